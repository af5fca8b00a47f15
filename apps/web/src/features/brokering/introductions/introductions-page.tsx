import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
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
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';

import { useSession } from '../../../app/session/use-session';
import { describeError } from '../../../shared/errors';
import { apiLanguage, useDocumentTitle } from '../../../shared/page';
import { DemoDataBadge } from '../../offices/demo-data';
import { MoreFooter } from '../../recommendations/more-footer';
import { IntroductionStateBadge, introductionStateLabel } from '../shared/state-badge';
import { subjectOf } from './introduction-labels';
import { filterOf, INTRODUCTION_STATES, readUrl, searchOf } from './introductions-url';
import { IntroductionsQuery, type IntroductionSummary } from './introductions.graphql';
import classes from './introductions.module.css';
import { OfficePair } from './office-pair';

export const PAGE_SIZE = 20;

/**
 * `/introductions`: my office's introductions, on either side (brokers and admins: all of them,
 * or one office's), newest first; those waiting for my answer say so. The state (and the
 * International Bureau's office) live in the address.
 */
export function IntroductionsPage() {
  const intl = useIntl();
  const state = useSession();
  const account = state.status === 'signedIn' ? state.account : null;
  const bureau = account?.role === 'BROKER' || account?.role === 'ADMIN';
  const [params, setParams] = useSearchParams();
  const url = readUrl(params);
  const language = apiLanguage(intl.locale);
  useDocumentTitle(intl.formatMessage({ id: 'introductions.documentTitle' }));

  const { data, previousData, error, fetchMore, refetch } = useQuery(IntroductionsQuery, {
    variables: { filter: filterOf(url, bureau), first: PAGE_SIZE, language },
    notifyOnNetworkStatusChange: false,
  });
  // after a switch of language, the list stays until its new names arrive
  const connection = (data ?? (error ? undefined : previousData))?.introductions;
  const [more, setMore] = useState<{ loading: boolean; failure: string | null }>({
    loading: false,
    failure: null,
  });

  async function showMore() {
    if (!connection?.pageInfo.endCursor) return;
    setMore({ loading: true, failure: null });
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          introductions: {
            ...fetchMoreResult.introductions,
            edges: [...previous.introductions.edges, ...fetchMoreResult.introductions.edges],
          },
        }),
      });
      setMore({ loading: false, failure: null });
    } catch (caught) {
      setMore({ loading: false, failure: describeError(intl, caught).message });
    }
  }

  let body;
  if (error && !data)
    body = (
      <Alert color="red" role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{describeError(intl, error).message}</Text>
          <Button size="xs" variant="default" onClick={() => void refetch().catch(() => undefined)}>
            <FormattedMessage id="introductions.retry" />
          </Button>
        </Stack>
      </Alert>
    );
  else if (!connection) body = <ListSkeleton />;
  else if (connection.edges.length === 0)
    body = (
      <EmptyState
        role="status"
        py="lg"
        title={intl.formatMessage({
          id: url.state || url.office ? 'introductions.empty.filtered' : 'introductions.empty',
        })}
        description={intl.formatMessage({
          id: bureau ? 'introductions.empty.hint.bureau' : 'introductions.empty.hint',
        })}
        styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
      />
    );
  else
    body = (
      <Stack gap="sm">
        <Text fw={600} aria-live="polite">
          <FormattedMessage id="introductions.count" values={{ count: connection.totalCount }} />
        </Text>
        <ul className={classes['list']}>
          {connection.edges.map((edge) => (
            <IntroductionItem key={edge.node.id} introduction={edge.node} />
          ))}
        </ul>
        <MoreFooter
          failure={more.failure}
          shown={connection.edges.length}
          total={connection.totalCount}
          hasMore={connection.pageInfo.hasNextPage}
          loading={more.loading}
          onMore={() => void showMore()}
          label={<FormattedMessage id="introductions.showMore" />}
        />
      </Stack>
    );

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>
          <FormattedMessage id="introductions.title" />
        </Title>
        <Text c="gray.7">
          {bureau ? (
            <FormattedMessage id="introductions.intro.bureau" />
          ) : (
            <FormattedMessage
              id="introductions.intro"
              values={{ code: account?.officeCode ?? '' }}
            />
          )}
        </Text>
      </Stack>
      <Group align="flex-end" gap="md" wrap="wrap">
        <NativeSelect
          label={intl.formatMessage({ id: 'introductions.filter.state' })}
          value={url.state ?? ''}
          onChange={(event) => {
            setMore({ loading: false, failure: null });
            const value = event.currentTarget.value;
            setParams(
              searchOf({ ...url, state: INTRODUCTION_STATES.find((s) => s === value) ?? null }),
            );
          }}
          data={[
            { value: '', label: intl.formatMessage({ id: 'introductions.filter.allStates' }) },
            ...INTRODUCTION_STATES.map((value) => ({
              value,
              label: introductionStateLabel(intl, value),
            })),
          ]}
          w="16rem"
        />
        {bureau && (
          <OfficeFilter
            key={url.office ?? ''}
            current={url.office}
            onChoose={(office) => setParams(searchOf({ ...url, office }))}
          />
        )}
      </Group>
      {body}
    </Stack>
  );
}

/** Brokers and admins: the introductions of one office, either side, by its code. */
function OfficeFilter({
  current,
  onChoose,
}: {
  current: string | null;
  onChoose: (code: string | null) => void;
}) {
  const intl = useIntl();
  const [code, setCode] = useState(current ?? '');
  function submit(event: FormEvent) {
    event.preventDefault();
    onChoose(code.trim().toUpperCase() || null);
  }
  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={intl.formatMessage({ id: 'introductions.filter.office' })}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          maxLength={8}
          autoCapitalize="characters"
          autoComplete="off"
          w="9rem"
        />
        <Button type="submit" variant="light">
          <FormattedMessage id="introductions.filter.apply" />
        </Button>
      </Group>
    </form>
  );
}

/** One introduction: the two offices (to its page), the request's subject, where it stands. */
function IntroductionItem({ introduction }: { introduction: IntroductionSummary }) {
  const intl = useIntl();
  const headingId = `introduction-${introduction.id}`;
  const { requesterOffice, candidateOffice, request } = introduction;
  const date = (value: string) => (
    <time dateTime={value}>{intl.formatDate(value, { dateStyle: 'long' })}</time>
  );
  return (
    <Paper
      component="li"
      aria-labelledby={headingId}
      withBorder
      p="md"
      radius="md"
      className={classes['item']}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={2} size="h4" id={headingId}>
            <Anchor component={Link} to={`/introductions/${introduction.id}`}>
              <OfficePair requester={requesterOffice} candidate={candidateOffice} />
            </Anchor>
          </Title>
          <Group gap="xs">
            {introduction.viewerPermissions.respond && (
              <Badge component="span" color="grape.9" variant="filled" radius="sm">
                <FormattedMessage id="introductions.waitingForYou" />
              </Badge>
            )}
            <IntroductionStateBadge state={introduction.state} />
            {introduction.illustrative && <DemoDataBadge size="xs" />}
          </Group>
        </Group>
        <Text>
          <FormattedMessage
            id="introductions.subjectLine"
            values={{ subject: subjectOf(intl, request), topic: request.topic }}
          />
        </Text>
        <Text size="sm" c="gray.7">
          <FormattedMessage
            id="introductions.proposedOn"
            values={{ date: date(introduction.proposedAt) }}
          />
          {introduction.state === 'PROPOSED' && introduction.expiresAt && (
            <>
              {' · '}
              <FormattedMessage
                id="introductions.expiresOn"
                values={{ date: date(introduction.expiresAt) }}
              />
            </>
          )}
        </Text>
      </Stack>
    </Paper>
  );
}

function ListSkeleton() {
  return (
    <Stack gap="sm" aria-busy="true">
      <VisuallyHidden role="status">
        <FormattedMessage id="introductions.loading" />
      </VisuallyHidden>
      <Skeleton h={20} w="30%" />
      {Array.from({ length: 3 }, (_, index) => (
        <Skeleton key={index} h={110} radius="md" />
      ))}
    </Stack>
  );
}
