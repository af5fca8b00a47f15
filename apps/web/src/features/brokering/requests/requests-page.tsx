import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  EmptyState,
  Group,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';

import { useSession } from '../../../app/session/use-session';
import { describeError } from '../../../shared/errors';
import { apiLanguage, useDocumentTitle } from '../../../shared/page';
import { DemoDataBadge, demoTextLanguage } from '../../offices/demo-data';
import { MoreFooter } from '../../recommendations/more-footer';
import { IntroductionStateBadge, RequestStateBadge } from '../shared/state-badge';
import { subjectLine, urgencyLabel } from './request-labels';
import { seesAllRequests } from './request-permissions';
import {
  ORDERS,
  readRequestsUrl,
  requestsSearchOf,
  STATE_FILTERS,
  statesOf,
  type RequestsUrl,
} from './request-url';
import { MatchRequestsQuery, type MatchRequestSummary } from './requests.graphql';
import classes from './requests.module.css';

export const PAGE_SIZE = 20;

/**
 * `/requests`: "Our requests", my office's requests to the International Bureau with their state,
 * what they ask, their urgency, how long they have waited and their latest introduction. The
 * bureau (brokers, admins), which has no office of its own here, sees every office's. The state
 * and the order live in the address: `?state=open&order=waiting`.
 */
export function RequestsPage() {
  const intl = useIntl();
  const state = useSession();
  const account = state.status === 'signedIn' ? state.account : null;
  const bureau = seesAllRequests(account);
  const [params, setParams] = useSearchParams();
  const url = readRequestsUrl(params);
  const language = apiLanguage(intl.locale);

  useDocumentTitle(
    intl.formatMessage({ id: bureau ? 'requests.all.documentTitle' : 'requests.documentTitle' }),
  );

  const states = statesOf(url.state);
  const variables = {
    filter: {
      ...(states ? { states } : {}),
      // the bureau has no office of its own to filter by
      ...(bureau || !account ? {} : { officeCodes: [account.officeCode] }),
    },
    orderBy:
      url.order === 'waiting'
        ? { field: 'WAITING' as const, direction: 'DESC' }
        : { field: 'CREATED' as const, direction: 'DESC' },
    first: PAGE_SIZE,
    language,
  };
  const { data, error, fetchMore, refetch } = useQuery(MatchRequestsQuery, {
    variables,
    notifyOnNetworkStatusChange: false,
  });
  const connection = data?.matchRequests;

  const [more, setMore] = useState<{ loading: boolean; failure: string | null }>({
    loading: false,
    failure: null,
  });
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const focusRef = useRef<HTMLLIElement>(null);
  const shown = connection?.edges.length ?? 0;
  useEffect(() => {
    if (focusIndex !== null && focusIndex < shown) focusRef.current?.focus();
  }, [focusIndex, shown]);

  function change(patch: Partial<RequestsUrl>) {
    setFocusIndex(null);
    setMore({ loading: false, failure: null });
    setParams(requestsSearchOf({ ...url, ...patch }));
  }

  async function showMore() {
    if (!connection?.pageInfo.endCursor) return;
    const before = connection.edges.length;
    setMore({ loading: true, failure: null });
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          matchRequests: {
            ...fetchMoreResult.matchRequests,
            edges: [...previous.matchRequests.edges, ...fetchMoreResult.matchRequests.edges],
          },
        }),
      });
      setMore({ loading: false, failure: null });
      setFocusIndex(before);
    } catch (caught) {
      setMore({ loading: false, failure: describeError(intl, caught).message });
    }
  }

  let results;
  if (connection && connection.edges.length === 0)
    results = (
      <EmptyState
        role="status"
        py="lg"
        title={intl.formatMessage({ id: `requests.empty.${url.state}.title` })}
        description={intl.formatMessage({
          id: bureau ? 'requests.empty.bureau' : 'requests.empty.text',
        })}
        styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
      />
    );
  else if (connection)
    results = (
      <Stack gap="sm">
        <Text fw={600} aria-live="polite">
          <FormattedMessage id="requests.count" values={{ count: connection.totalCount }} />
        </Text>
        <ul
          className={classes['list']}
          aria-label={intl.formatMessage({ id: 'requests.listLabel' })}
        >
          {connection.edges.map((edge, index) => (
            <RequestCard
              key={edge.node.id}
              request={edge.node}
              bureau={bureau}
              focusRef={index === focusIndex ? focusRef : undefined}
            />
          ))}
        </ul>
        <MoreFooter
          failure={more.failure}
          shown={connection.edges.length}
          total={connection.totalCount}
          hasMore={connection.pageInfo.hasNextPage}
          loading={more.loading}
          onMore={() => void showMore()}
          label={<FormattedMessage id="requests.showMore" />}
        />
      </Stack>
    );
  else if (error)
    results = (
      <Alert color="red" role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{describeError(intl, error).message}</Text>
          <Button size="xs" variant="default" onClick={() => void refetch().catch(() => undefined)}>
            <FormattedMessage id="requests.retry" />
          </Button>
        </Stack>
      </Alert>
    );
  else results = <ListSkeleton />;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>
          <FormattedMessage id={bureau ? 'requests.all.title' : 'requests.title'} />
        </Title>
        <Text c="gray.7">
          {bureau ? (
            <FormattedMessage id="requests.all.intro" />
          ) : (
            <>
              <FormattedMessage id="requests.intro" />{' '}
              <Anchor component={Link} to="/recommendations" underline="always">
                <FormattedMessage id="requests.toRecommendations" />
              </Anchor>
            </>
          )}
        </Text>
      </Stack>
      <Filters url={url} onChange={change} />
      {results}
    </Stack>
  );
}

/** The state (open … all) and the order, each a segmented control named by its label. */
function Filters({
  url,
  onChange,
}: {
  url: RequestsUrl;
  onChange: (patch: Partial<RequestsUrl>) => void;
}) {
  const intl = useIntl();
  const stateLabel = useId();
  const orderLabel = useId();
  const narrow = useMediaQuery('(max-width: 40em)');
  return (
    <Group gap="lg" align="flex-end">
      <Stack gap={6}>
        <Text id={stateLabel} fw={600} size="sm">
          <FormattedMessage id="requests.filter.state" />
        </Text>
        <SegmentedControl
          aria-labelledby={stateLabel}
          orientation={narrow ? 'vertical' : 'horizontal'}
          value={url.state}
          onChange={(value) => onChange({ state: value as RequestsUrl['state'] })}
          transitionDuration={0}
          data={STATE_FILTERS.map((value) => ({
            value,
            label: intl.formatMessage({ id: `requests.filter.${value}` }),
          }))}
        />
      </Stack>
      <Stack gap={6}>
        <Text id={orderLabel} fw={600} size="sm">
          <FormattedMessage id="requests.order.label" />
        </Text>
        <SegmentedControl
          aria-labelledby={orderLabel}
          value={url.order}
          onChange={(value) => onChange({ order: value as RequestsUrl['order'] })}
          transitionDuration={0}
          data={ORDERS.map((value) => ({
            value,
            label: intl.formatMessage({ id: `requests.order.${value}` }),
          }))}
        />
      </Stack>
    </Group>
  );
}

/**
 * One request: its topic (to its page), state, what it asks, urgency, how long it has waited,
 * and its latest introduction with the other office; the asking office too, for the bureau.
 */
function RequestCard({
  request,
  bureau,
  focusRef,
}: {
  request: MatchRequestSummary;
  bureau: boolean;
  focusRef?: Ref<HTMLLIElement>;
}) {
  const intl = useIntl();
  const headingId = `request-${request.id}`;
  const latest = request.introductions[0];
  const waiting = request.state === 'OPEN' || request.state === 'INTRODUCED';
  return (
    <Paper
      component="li"
      ref={focusRef}
      tabIndex={focusRef ? -1 : undefined}
      aria-labelledby={headingId}
      withBorder
      p="md"
      radius="md"
      className={`${classes['card']} ${waiting ? '' : classes['cardClosed']}`}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={2} size="h4" id={headingId} lang={demoTextLanguage(request.illustrative)}>
            <Anchor component={Link} to={`/requests/${request.id}`}>
              {request.topic}
            </Anchor>
          </Title>
          <RequestStateBadge state={request.state} />
        </Group>
        {bureau && (
          <Text size="sm" fw={600}>
            {request.office.name} ({request.office.code})
          </Text>
        )}
        <Text size="sm">{subjectLine(intl, request, undefined)}</Text>
        <Group gap="md">
          <Text size="sm" c="gray.7">
            <FormattedMessage
              id="requests.urgencyValue"
              values={{ urgency: urgencyLabel(intl, request.urgency) }}
            />
          </Text>
          <Text size="sm" c="gray.7">
            {waiting ? (
              <FormattedMessage id="requests.waiting" values={{ days: request.waitingDays }} />
            ) : (
              <FormattedMessage
                id="requests.madeOn"
                values={{ date: intl.formatDate(request.createdAt, { dateStyle: 'long' }) }}
              />
            )}
          </Text>
          {request.illustrative && <DemoDataBadge size="xs" />}
        </Group>
        <Group gap="xs">
          {latest ? (
            <>
              <Text size="sm">
                <FormattedMessage
                  id="requests.latestIntroduction"
                  values={{ office: latest.candidateOffice.name }}
                />
              </Text>
              <IntroductionStateBadge state={latest.state} size="sm" />
            </>
          ) : (
            <Text size="sm" c="gray.7">
              <FormattedMessage id="requests.noIntroduction" />
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function ListSkeleton() {
  return (
    <Stack gap="sm" aria-busy="true">
      <VisuallyHidden role="status">
        <FormattedMessage id="requests.loading" />
      </VisuallyHidden>
      <Skeleton h={20} w="30%" />
      {Array.from({ length: 3 }, (_, index) => (
        <Skeleton key={index} h={120} radius="md" />
      ))}
    </Stack>
  );
}
