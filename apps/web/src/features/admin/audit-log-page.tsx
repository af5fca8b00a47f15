import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  EmptyState,
  Group,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useSearchParams } from 'react-router';

import { useSession } from '../../app/session/use-session';
import { describeError, type DescribedError } from '../../shared/errors';
import { useDocumentTitle } from '../../shared/page';
import { canReadAuditLog } from '../offices/office-permissions';
import { ActorPicker } from './audit-log-actor';
import { AUDIT_ENTITIES, entityLabel, isAuditEntity } from './audit-log-labels';
import { AuditTable } from './audit-log-table';
import {
  filterOf,
  hasFilters,
  searchOf,
  valuesOf,
  type AuditFilterParam,
  type AuditFilterValues,
} from './audit-log-url';
import { AuditLogQuery } from './audit-log.graphql';
import classes from './audit-log.module.css';

export const AUDIT_PAGE_SIZE = 25;

/** `/admin/audit`: who changed what, and when (brokers and admins). */
export function AuditLogPage() {
  const intl = useIntl();
  const state = useSession();
  const me = state.status === 'signedIn' ? state.account : null;
  const title = intl.formatMessage({ id: 'audit.title' });
  useDocumentTitle(title);

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{title}</Title>
        <Text c="gray.7" size="sm">
          <FormattedMessage id="audit.intro" />
        </Text>
      </div>
      {canReadAuditLog(me) ? <AuditLog admin={me?.role === 'ADMIN'} /> : <NotAllowed />}
    </Stack>
  );
}

/** Members and office admins: the log is the International Bureau's and the administrators'. */
function NotAllowed() {
  return (
    <Alert color="orange" role="alert" title={<FormattedMessage id="audit.forbidden.title" />}>
      <FormattedMessage id="audit.forbidden.text" />
    </Alert>
  );
}

/** The field errors of a refused filter, by the filter's own names. */
function filterErrors(intl: IntlShape, error: unknown): Partial<Record<AuditFilterParam, string>> {
  const described = describeError(intl, error);
  if (described.code !== 'BAD_USER_INPUT') return {};
  const errors: Partial<Record<AuditFilterParam, string>> = {};
  for (const [field, message] of Object.entries(described.fields)) {
    const name = field.replace(/^filter\./, '') as AuditFilterParam;
    errors[name] = message;
  }
  // the API says "must come after from": say it with the fields' own names
  const inverted =
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((problem) => problem.extensions?.['rule'] === 'notAfter');
  if (inverted && errors.to) errors.to = intl.formatMessage({ id: 'audit.filter.toBeforeFrom' });
  return errors;
}

function AuditLog({ admin }: { readonly admin: boolean }) {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const values = valuesOf(params);
  const { data, error, loading, refetch, fetchMore } = useQuery(AuditLogQuery, {
    variables: { filter: filterOf(values), first: AUDIT_PAGE_SIZE },
    notifyOnNetworkStatusChange: false,
  });
  const [moreFailure, setMoreFailure] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const focusRef = useRef<HTMLTableRowElement>(null);

  const refused: DescribedError | null = error && !loading ? describeError(intl, error) : null;
  const fieldErrors = error && !loading ? filterErrors(intl, error) : {};
  const log = data?.auditLog;
  const entries = log?.edges.map((edge) => edge.node) ?? [];
  // once the page loaded with "Load more" is shown, its first entry has the focus
  const count = entries.length;
  useEffect(() => {
    if (focusIndex !== null && focusIndex < count) focusRef.current?.focus();
  }, [focusIndex, count]);
  const actorEmail = values.actor
    ? (entries.find((entry) => entry.actorId === values.actor)?.actorEmail ?? null)
    : null;

  function apply(next: AuditFilterValues) {
    setMoreFailure(null);
    setFocusIndex(null);
    setParams(searchOf(next));
  }

  async function loadMore() {
    if (!log?.pageInfo.endCursor) return;
    const shown = log.edges.length;
    setMoreFailure(null);
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: log.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          auditLog: {
            ...fetchMoreResult.auditLog,
            edges: [...previous.auditLog.edges, ...fetchMoreResult.auditLog.edges],
          },
        }),
      });
      setFocusIndex(shown);
    } catch (caught) {
      setMoreFailure(describeError(intl, caught).message);
    } finally {
      setLoadingMore(false);
    }
  }

  let body;
  if (refused?.code === 'FORBIDDEN') body = <NotAllowed />;
  else if (refused?.code === 'BAD_USER_INPUT')
    body = (
      <Alert color="red" role="alert">
        <FormattedMessage id="audit.filter.fix" />
      </Alert>
    );
  else if (refused)
    body = (
      <Alert color="red" role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{refused.message}</Text>
          <Button size="xs" variant="default" onClick={() => void refetch().catch(() => undefined)}>
            <FormattedMessage id="audit.retry" />
          </Button>
        </Stack>
      </Alert>
    );
  else if (!log) body = <AuditSkeleton />;
  else
    body = (
      <>
        <Title order={2} size="h4" aria-live="polite">
          <FormattedMessage id="audit.count" values={{ count: log.totalCount }} />
        </Title>
        {entries.length === 0 ? (
          <EmptyState
            title={intl.formatMessage({
              id: hasFilters(values) ? 'audit.empty.filtered' : 'audit.empty.none',
            })}
            description={
              hasFilters(values) ? <FormattedMessage id="audit.empty.filteredHint" /> : undefined
            }
            py="xl"
            role="status"
            styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
          >
            {hasFilters(values) && (
              <EmptyState.Actions>
                <Button onClick={() => apply(valuesOf(new URLSearchParams()))}>
                  <FormattedMessage id="audit.filter.clear" />
                </Button>
              </EmptyState.Actions>
            )}
          </EmptyState>
        ) : (
          <AuditTable
            entries={entries}
            values={values}
            focusRow={focusIndex === null ? null : { index: focusIndex, ref: focusRef }}
          />
        )}
        {moreFailure && (
          <Alert color="red" role="alert">
            {moreFailure}
          </Alert>
        )}
        {entries.length > 0 && (
          <Group justify="space-between" align="center">
            <Text size="sm" c="gray.7" aria-live="polite">
              <FormattedMessage
                id="audit.shown"
                values={{ shown: entries.length, total: log.totalCount }}
              />
            </Text>
            {log.pageInfo.hasNextPage && (
              <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
                <FormattedMessage id="audit.loadMore" />
              </Button>
            )}
          </Group>
        )}
      </>
    );

  return (
    <>
      <AuditFilters
        admin={admin}
        values={values}
        actorEmail={actorEmail}
        errors={fieldErrors}
        onApply={apply}
      />
      {body}
    </>
  );
}

function AuditSkeleton() {
  const intl = useIntl();
  return (
    <div aria-busy="true">
      <VisuallyHidden role="status">{intl.formatMessage({ id: 'audit.loading' })}</VisuallyHidden>
      <Stack gap="xs" aria-hidden>
        <Skeleton h={24} w="30%" />
        {Array.from({ length: 6 }, (_, index) => (
          <Skeleton key={index} h={44} />
        ))}
      </Stack>
    </div>
  );
}

interface AuditFiltersProps {
  readonly admin: boolean;
  readonly values: AuditFilterValues;
  readonly actorEmail: string | null;
  readonly errors: Partial<Record<AuditFilterParam, string>>;
  readonly onApply: (values: AuditFilterValues) => void;
}

/** The filters, applied together; what the address says until then. */
function AuditFilters({ admin, values, actorEmail, errors, onApply }: AuditFiltersProps) {
  const intl = useIntl();
  const [draft, setDraft] = useState<AuditFilterValues>(values);
  // the address changed by other means (Back, a row's link, a reload): show its values
  const inAddress = searchOf(values).toString();
  useEffect(() => {
    setDraft(valuesOf(new URLSearchParams(inAddress)));
  }, [inAddress]);
  const change = (name: AuditFilterParam, value: string) =>
    setDraft((current) => ({ ...current, [name]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }

  const entityOptions = [
    { value: '', label: intl.formatMessage({ id: 'audit.filter.anyEntity' }) },
    ...AUDIT_ENTITIES.map((entity) => ({ value: entity, label: entityLabel(intl, entity) })),
    // a kind from a shared link that this version does not list
    ...(draft.entity && !isAuditEntity(draft.entity)
      ? [{ value: draft.entity, label: draft.entity }]
      : []),
  ];

  return (
    <Paper withBorder p="md" radius="md">
      <form
        role="search"
        aria-label={intl.formatMessage({ id: 'audit.filter.title' })}
        onSubmit={submit}
        noValidate
      >
        <Stack gap="sm">
          <div className={classes['filters']}>
            <NativeSelect
              label={intl.formatMessage({ id: 'audit.filter.entity' })}
              value={draft.entity}
              onChange={(event) => change('entity', event.currentTarget.value)}
              data={entityOptions}
              error={errors.entity}
            />
            <TextInput
              label={intl.formatMessage({ id: 'audit.filter.entityId' })}
              description={intl.formatMessage({ id: 'audit.filter.entityIdHint' })}
              value={draft.entityId}
              maxLength={64}
              autoComplete="off"
              onChange={(event) => change('entityId', event.currentTarget.value)}
              error={errors.entityId}
            />
            {admin ? (
              <ActorPicker
                value={draft.actor}
                knownEmail={draft.actor === values.actor ? actorEmail : null}
                onChange={(id) => change('actor', id)}
                error={errors.actor}
              />
            ) : (
              <TextInput
                label={intl.formatMessage({ id: 'audit.filter.actorId' })}
                description={intl.formatMessage({ id: 'audit.filter.actorIdHint' })}
                value={draft.actor}
                maxLength={64}
                autoComplete="off"
                onChange={(event) => change('actor', event.currentTarget.value)}
                error={errors.actor}
              />
            )}
            <TextInput
              type="date"
              label={intl.formatMessage({ id: 'audit.filter.from' })}
              description={intl.formatMessage({ id: 'audit.filter.fromHint' })}
              value={draft.from}
              onChange={(event) => change('from', event.currentTarget.value)}
              error={errors.from}
            />
            <TextInput
              type="date"
              label={intl.formatMessage({ id: 'audit.filter.to' })}
              description={intl.formatMessage({ id: 'audit.filter.toHint' })}
              value={draft.to}
              onChange={(event) => change('to', event.currentTarget.value)}
              error={errors.to}
            />
          </div>
          <div className={classes['actions']}>
            <Button type="submit">
              <FormattedMessage id="audit.filter.apply" />
            </Button>
            {hasFilters(values) && (
              <Button variant="default" onClick={() => onApply(valuesOf(new URLSearchParams()))}>
                <FormattedMessage id="audit.filter.clear" />
              </Button>
            )}
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
