import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { Link, useParams } from 'react-router';

import type {
  MaturityDimension,
  NeedsOffersEditQuery as NeedsOffersEditData,
  SetNeedsAndOffersInput,
} from '../../../gql/graphql';
import { apiLanguage, useDocumentTitle } from '../../../shared/page';
import { dimensionShortLabel } from '../labels';
import { NeedsOffersEditQuery, SaveNeedsAndOffers } from './needs-offers-edit.graphql';
import classes from './needs-offers-edit.module.css';
import { listsErrorOf, type ListsError } from './needs-offers-errors';
import { FrameState, useCanEdit, type FrameTexts } from './standards-and-needs-frame';

type Office = NeedsOffersEditData['office'];
type Model = NeedsOffersEditData['maturityModel'];
type ListName = 'needs' | 'offers';

/** The API's limit on a need's or an offer's description. */
export const DESCRIPTION_MAX = 1000;

/** One entry of a list as the form holds it: as typed, kept through a refusal. */
export interface Row {
  /** The row's identity in the form (a row's dimension may change). */
  readonly key: string;
  readonly dimension: MaturityDimension;
  readonly description: string;
  /** Needs only. */
  readonly confidential: boolean;
}

export interface Draft {
  readonly needs: readonly Row[];
  readonly offers: readonly Row[];
}

let lastKey = 0;
const newKey = () => `row-${++lastKey}`;

function draftOf(office: Office): Draft {
  return {
    needs: office.needs.map((need) => ({
      key: newKey(),
      dimension: need.dimension,
      description: need.description,
      confidential: need.confidential,
    })),
    offers: office.offers.map((offer) => ({
      key: newKey(),
      dimension: offer.dimension,
      description: offer.description,
      confidential: false,
    })),
  };
}

/** Both lists, whole: the API replaces each list given. */
export function inputOf(officeCode: string, draft: Draft): SetNeedsAndOffersInput {
  return {
    officeCode,
    needs: draft.needs.map(({ dimension, description, confidential }) => ({
      dimension,
      description: description.trim(),
      confidential,
    })),
    offers: draft.offers.map(({ dimension, description }) => ({
      dimension,
      description: description.trim(),
    })),
  };
}

/** The dimensions in model order, named by the model in the interface's language. */
function dimensionsOf(intl: IntlShape, model: Model) {
  return model.dimensions.length
    ? model.dimensions.map(({ dimension, name }) => ({ dimension, name }))
    : (
        [
          'STRATEGY',
          'DATA',
          'SECURITY',
          'CORE_SYSTEMS',
          'SERVICES',
          'INTEROP',
          'INFRA',
          'EMERGING',
          'PEOPLE',
          'COOPERATION',
        ] as const
      ).map((dimension) => ({ dimension, name: dimensionShortLabel(intl, dimension) }));
}

/** `/offices/:code/needs-offers`: the office's needs and offers, each list edited as a whole. */
export function NeedsOffersEditPage() {
  const intl = useIntl();
  const code = (useParams()['code'] ?? '').toUpperCase();
  const canEdit = useCanEdit(code);
  const { data, previousData, error, refetch } = useQuery(
    NeedsOffersEditQuery,
    code ? { variables: { code, language: apiLanguage(intl.locale) } } : skipToken,
  );
  // after a switch of language, the form stays until the model's new names arrive
  const shown = data ?? (previousData?.office.code === code ? previousData : undefined);
  const message = (id: string, values?: Record<string, string>) =>
    intl.formatMessage({ id }, values);
  const officeName = shown?.office.name;
  useDocumentTitle(
    officeName
      ? message('needsOffersEdit.documentTitle', { name: officeName })
      : message('needsOffersEdit.documentTitleLoading'),
  );

  const texts: FrameTexts = {
    title: message('needsOffersEdit.title'),
    back: message('needsOffersEdit.back'),
    loading: message('needsOffersEdit.loading'),
    notFoundTitle: message('office.notFound.title'),
    notFound: message('office.notFound.text', { code }),
    refusedTitle: message('needsOffersEdit.refused.title'),
    refused: message('needsOffersEdit.refused.text', { office: officeName ?? code }),
    failedTitle: message('needsOffersEdit.loadFailed'),
    retry: message('needsOffersEdit.retry'),
  };

  return (
    <FrameState
      code={code}
      officeName={officeName}
      error={error}
      loaded={Boolean(shown)}
      canEdit={canEdit}
      texts={texts}
      onRetry={() => void refetch().catch(() => undefined)}
    >
      {shown && (
        // a fresh form for another office only: a save's answer never resets what is typed
        <NeedsOffersForm
          key={shown.office.code}
          office={shown.office}
          model={shown.maturityModel}
        />
      )}
    </FrameState>
  );
}

function NeedsOffersForm({ office, model }: { office: Office; model: Model }) {
  const intl = useIntl();
  const [draft, setDraft] = useState<Draft>(() => draftOf(office));
  const [error, setError] = useState<ListsError | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(SaveNeedsAndOffers);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);
  const dimensions = dimensionsOf(intl, model);

  const change = (list: ListName, rows: readonly Row[]) => {
    setSaved(false);
    setDraft((current) => ({ ...current, [list]: rows }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    const sent = { needs: draft.needs, offers: draft.offers };
    try {
      await save({ variables: { input: inputOf(office.code, draft) } });
      setSaved(true);
    } catch (caught) {
      setError(listsErrorOf(intl, caught, sent));
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="lg">
        <Text>
          <FormattedMessage id="needsOffersEdit.intro" />
        </Text>
        {error && (
          <Alert
            ref={alertRef}
            tabIndex={-1}
            color="red"
            role="alert"
            title={intl.formatMessage({ id: 'needsOffersEdit.saveFailed' })}
          >
            {error.message}
          </Alert>
        )}
        <ListEditor
          list="needs"
          rows={draft.needs}
          dimensions={dimensions}
          error={error}
          onChange={(rows) => change('needs', rows)}
        />
        <ListEditor
          list="offers"
          rows={draft.offers}
          dimensions={dimensions}
          error={error}
          onChange={(rows) => change('offers', rows)}
        />
        {saved && (
          <Alert
            color="green"
            role="status"
            title={intl.formatMessage({ id: 'needsOffersEdit.saved' })}
          >
            <Anchor
              component={Link}
              to={`/offices/${office.code}#needs-offers`}
              size="sm"
              c="blue.9"
            >
              <FormattedMessage id="needsOffersEdit.seeOfficePage" />
            </Anchor>
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={loading}>
            <FormattedMessage id="needsOffersEdit.save" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A padlock beside the word "Confidential" (never the only sign). */
function LockIcon() {
  return (
    <svg width="10" height="12" viewBox="0 0 10 12" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M5 0a3 3 0 0 0-3 3v2H1a1 1 0 0 0-1 1v5a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V6a1 1 0 0 0-1-1H8V3a3 3 0 0 0-3-3Zm-2 3a2 2 0 1 1 4 0v2H3V3Z"
      />
    </svg>
  );
}

/** One list (needs or offers): its rows, a way to add one, what saving it does. */
function ListEditor({
  list,
  rows,
  dimensions,
  error,
  onChange,
}: {
  list: ListName;
  rows: readonly Row[];
  dimensions: readonly { dimension: MaturityDimension; name: string }[];
  error: ListsError | null;
  onChange: (rows: readonly Row[]) => void;
}) {
  const intl = useIntl();
  const message = (id: string, values?: Record<string, string>) =>
    intl.formatMessage({ id }, values);
  const headingId = `${list}-title`;
  const addRef = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useRef<string | null>(null);
  const selects = useRef(new Map<string, HTMLSelectElement>());
  useEffect(() => {
    const key = focusAfterRender.current;
    if (!key) return;
    focusAfterRender.current = null;
    if (key === 'add') addRef.current?.focus();
    else selects.current.get(key)?.focus();
  });

  const nameOf = (dimension: MaturityDimension) =>
    dimensions.find((entry) => entry.dimension === dimension)?.name ?? dimension;
  const used = new Set(rows.map((row) => row.dimension));
  const free = dimensions.filter((entry) => !used.has(entry.dimension));
  const listError = error?.fields[list];

  const update = (key: string, patch: Partial<Row>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const add = () => {
    const first = free[0];
    if (!first) return;
    const key = newKey();
    focusAfterRender.current = key;
    onChange([...rows, { key, dimension: first.dimension, description: '', confidential: false }]);
  };
  const remove = (key: string) => {
    focusAfterRender.current = 'add';
    onChange(rows.filter((row) => row.key !== key));
  };

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={headingId}>
            <FormattedMessage
              id={list === 'needs' ? 'office.needs.title' : 'office.offers.title'}
            />
          </Title>
          <Text size="sm" c="gray.7">
            <FormattedMessage id={`needsOffersEdit.${list}.hint`} />
          </Text>
        </div>
        <Paper role="note" p="xs" radius="sm" bg="blue.0" bd="1px solid blue.3">
          <Text size="sm">
            <FormattedMessage id={`needsOffersEdit.${list}.replaces`} />
          </Text>
        </Paper>
        {listError && (
          <Text c="red.9" size="sm" role="alert">
            {listError}
          </Text>
        )}
        {rows.length === 0 ? (
          <Text c="gray.7" fs="italic">
            <FormattedMessage id={`needsOffersEdit.${list}.empty`} />
          </Text>
        ) : (
          <ol className={classes['rows']}>
            {rows.map((row) => {
              const fieldError = (field: string) => error?.fields[`${row.key}.${field}`];
              const name = nameOf(row.dimension);
              return (
                <li key={row.key}>
                  <Paper
                    component="fieldset"
                    withBorder
                    p="md"
                    radius="md"
                    className={classes['fieldset']}
                  >
                    <legend className={classes['legend']}>
                      <FormattedMessage
                        id={`needsOffersEdit.${list}.legend`}
                        values={{ dimension: name }}
                      />
                    </legend>
                    <Stack gap="sm">
                      <div className={classes['rowHead']}>
                        <NativeSelect
                          ref={(element) => {
                            if (element) selects.current.set(row.key, element);
                            else selects.current.delete(row.key);
                          }}
                          className={classes['dimension']}
                          label={message('needsOffersEdit.dimension')}
                          value={row.dimension}
                          onChange={(event) =>
                            update(row.key, {
                              dimension: event.currentTarget.value as MaturityDimension,
                            })
                          }
                          data={dimensions.map((entry) => ({
                            value: entry.dimension,
                            label: entry.name,
                            disabled:
                              entry.dimension !== row.dimension && used.has(entry.dimension),
                          }))}
                          error={fieldError('dimension')}
                          classNames={{ error: classes['error'] }}
                        />
                        {row.confidential && (
                          <Badge
                            color="gray.8"
                            radius="sm"
                            className={classes['badge']}
                            leftSection={<LockIcon />}
                          >
                            <FormattedMessage id="office.needs.confidential" />
                          </Badge>
                        )}
                        <Button
                          variant="default"
                          className={classes['remove']}
                          aria-label={message(`needsOffersEdit.${list}.removeNamed`, {
                            dimension: name,
                          })}
                          onClick={() => remove(row.key)}
                        >
                          <FormattedMessage id="needsOffersEdit.remove" />
                        </Button>
                      </div>
                      <Textarea
                        label={message(`needsOffersEdit.${list}.description`)}
                        value={row.description}
                        onChange={(event) =>
                          update(row.key, { description: event.currentTarget.value })
                        }
                        description={
                          <FormattedMessage
                            id="needsOffersEdit.counter"
                            values={{ count: row.description.length, max: DESCRIPTION_MAX }}
                          />
                        }
                        inputWrapperOrder={['label', 'input', 'description', 'error']}
                        error={fieldError('description') ?? error?.fields[row.key]}
                        classNames={{ error: classes['error'] }}
                        rows={4}
                        maxLength={DESCRIPTION_MAX}
                      />
                      {list === 'needs' && (
                        <Switch
                          label={message('needsOffersEdit.confidential')}
                          description={message('needsOffersEdit.confidentialHint')}
                          checked={row.confidential}
                          onChange={(event) =>
                            update(row.key, { confidential: event.currentTarget.checked })
                          }
                          error={fieldError('confidential')}
                          classNames={{ error: classes['error'] }}
                        />
                      )}
                    </Stack>
                  </Paper>
                </li>
              );
            })}
          </ol>
        )}
        <Group gap="sm">
          <Button ref={addRef} variant="default" onClick={add} disabled={free.length === 0}>
            <FormattedMessage id={`needsOffersEdit.${list}.add`} />
          </Button>
          {free.length === 0 && (
            <Text size="sm" c="gray.7">
              <FormattedMessage id={`needsOffersEdit.${list}.allUsed`} />
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
