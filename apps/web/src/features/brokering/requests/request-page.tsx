import { skipToken, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';

import { useSession } from '../../../app/session/use-session';
import { describeError } from '../../../shared/errors';
import { apiLanguage, useDocumentTitle } from '../../../shared/page';
import { DemoDataBadge, demoTextLanguage } from '../../offices/demo-data';
import { BrokeringHistory } from '../shared/brokering-history';
import { IntroductionStateBadge, RequestStateBadge } from '../shared/state-badge';
import { CancelRequestButton } from './cancel-request';
import { subjectLine, urgencyLabel } from './request-labels';
import { isRequestMissing, RequestNotFound } from './request-not-found';
import { seesAllRequests } from './request-permissions';
import {
  MatchRequestPageQuery,
  SuggestedOfficeQuery,
  type MatchRequestDetail,
} from './requests.graphql';
import classes from './requests.module.css';

/** What the form leaves in the history's state when it opens the request it made. */
interface ArrivalState {
  readonly created?: boolean;
}

/**
 * `/requests/:id`: one of my office's requests (any, for the International Bureau): what it asks,
 * its state, its introductions (each to its own page) and its history; the requester side and
 * the bureau may cancel it, with a reason.
 */
export function RequestPage() {
  const intl = useIntl();
  const id = useParams()['id'] ?? '';
  const location = useLocation();
  const language = apiLanguage(intl.locale);
  const { data, previousData, error, refetch } = useQuery(MatchRequestPageQuery, {
    variables: { id, language },
  });
  const shown = data ?? (previousData?.matchRequest.id === id ? previousData : undefined);
  const request = shown?.matchRequest;
  useDocumentTitle(
    request
      ? intl.formatMessage({ id: 'requests.page.documentTitle' }, { topic: request.topic })
      : intl.formatMessage({ id: 'requests.page.documentTitleLoading' }),
  );

  if (shown && request)
    return (
      <RequestView
        // a fresh view (and notices) for another request
        key={request.id}
        request={request}
        languages={shown.languages}
        dimensions={shown.maturityModel.dimensions}
        created={(location.state as ArrivalState | null)?.created === true}
      />
    );
  if (error) {
    const described = describeError(intl, error);
    if (isRequestMissing(described)) return <RequestNotFound />;
    return (
      <Stack gap="md" align="flex-start">
        <Title order={1}>
          <FormattedMessage id="requests.page.error" />
        </Title>
        <Alert color="red" role="alert" w="100%">
          {described.message}
        </Alert>
        <Button variant="light" onClick={() => void refetch().catch(() => undefined)}>
          <FormattedMessage id="requests.retry" />
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="lg" aria-busy="true">
      <VisuallyHidden role="status">
        <FormattedMessage id="requests.page.loading" />
      </VisuallyHidden>
      <Skeleton h={36} w="60%" />
      <Skeleton h={160} radius="md" />
      <Skeleton h={120} radius="md" />
    </Stack>
  );
}

type Languages = readonly { code: string; name: string }[];
type Dimensions = Parameters<typeof subjectLine>[2];

function RequestView({
  request,
  languages,
  dimensions,
  created,
}: {
  request: MatchRequestDetail;
  languages: Languages;
  dimensions: Dimensions;
  created: boolean;
}) {
  const intl = useIntl();
  const state = useSession();
  const bureau = seesAllRequests(state.status === 'signedIn' ? state.account : null);
  const language = apiLanguage(intl.locale);
  const [notice, setNotice] = useState<'created' | 'cancelled' | null>(created ? 'created' : null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // the form's submit, or the cancellation, ends here: the focus goes to what it says
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const suggested = useQuery(
    SuggestedOfficeQuery,
    request.suggestedOfficeCode
      ? { variables: { code: request.suggestedOfficeCode, language } }
      : skipToken,
  );
  const suggestedOffice = suggested.data?.office ?? suggested.previousData?.office;

  const languageNames = request.preferredLanguages.map(
    (code) => languages.find((entry) => entry.code === code)?.name ?? code,
  );
  const open = request.introductions.some((introduction) => introduction.state === 'PROPOSED');
  const made = intl.formatDate(request.createdAt, { dateStyle: 'long' });

  return (
    <Stack gap="lg" className={classes['page']}>
      <Anchor component={Link} to="/requests" size="sm">
        <FormattedMessage id={bureau ? 'requests.page.backAll' : 'requests.page.back'} />
      </Anchor>
      <Stack gap="xs">
        <Title order={1} lang={demoTextLanguage(request.illustrative)}>
          {request.topic}
        </Title>
        <Group gap="xs">
          <RequestStateBadge state={request.state} />
          <Text size="sm" c="gray.7">
            <FormattedMessage
              id="requests.urgencyValue"
              values={{ urgency: urgencyLabel(intl, request.urgency) }}
            />
          </Text>
          {request.illustrative && <DemoDataBadge />}
        </Group>
      </Stack>

      {notice && (
        <Alert
          ref={noticeRef}
          tabIndex={-1}
          color="green"
          role="status"
          title={intl.formatMessage({ id: `requests.page.${notice}.title` })}
        >
          <FormattedMessage id={`requests.page.${notice}.text`} />
        </Alert>
      )}

      <Paper withBorder p="md" radius="md">
        <dl className={classes['facts']}>
          <dt>
            <FormattedMessage id="requests.fact.office" />
          </dt>
          <dd>
            <Anchor component={Link} to={`/offices/${encodeURIComponent(request.office.code)}`}>
              {request.office.name}
            </Anchor>
          </dd>
          <dt>
            <FormattedMessage id="requests.fact.asked" />
          </dt>
          <dd>{subjectLine(intl, request, dimensions)}</dd>
          <dt>
            <FormattedMessage id="requests.fact.languages" />
          </dt>
          <dd>
            {languageNames.length > 0 ? (
              intl.formatList(languageNames, { type: 'conjunction' })
            ) : (
              <FormattedMessage id="requests.fact.languagesNone" />
            )}
          </dd>
          {request.suggestedOfficeCode && (
            <>
              <dt>
                <FormattedMessage id="requests.fact.suggested" />
              </dt>
              <dd>
                <Anchor
                  component={Link}
                  to={`/offices/${encodeURIComponent(request.suggestedOfficeCode)}`}
                >
                  {suggestedOffice?.name ?? request.suggestedOfficeCode}
                </Anchor>
              </dd>
            </>
          )}
          <dt>
            <FormattedMessage id="requests.fact.created" />
          </dt>
          <dd>
            <time dateTime={request.createdAt}>{made}</time>
            {(request.state === 'OPEN' || request.state === 'INTRODUCED') && (
              <>
                {' · '}
                <FormattedMessage id="requests.waiting" values={{ days: request.waitingDays }} />
              </>
            )}
          </dd>
        </dl>
      </Paper>

      <section aria-labelledby="request-goal-title">
        <Stack gap="xs">
          <Title order={2} size="h3" id="request-goal-title">
            <FormattedMessage id="requests.page.goal" />
          </Title>
          <Text className={classes['goal']} lang={demoTextLanguage(request.illustrative)}>
            {request.goal}
          </Text>
        </Stack>
      </section>

      <section aria-labelledby="request-introductions-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="request-introductions-title">
            <FormattedMessage id="requests.page.introductions" />
          </Title>
          {request.introductions.length === 0 ? (
            <Text c="gray.7">
              <FormattedMessage
                id={
                  request.state === 'OPEN'
                    ? 'requests.page.noIntroductionYet'
                    : 'requests.page.noIntroduction'
                }
              />
            </Text>
          ) : (
            <ul className={classes['list']} aria-labelledby="request-introductions-title">
              {request.introductions.map((introduction) => (
                <Paper
                  component="li"
                  key={introduction.id}
                  withBorder
                  p="sm"
                  radius="md"
                  className={`${classes['card']} ${
                    introduction.state === 'PROPOSED' || introduction.state === 'ACTIVE'
                      ? ''
                      : classes['cardClosed']
                  }`}
                >
                  <Group justify="space-between" align="center" gap="sm">
                    <Stack gap={2}>
                      <Anchor component={Link} to={`/introductions/${introduction.id}`} fw={600}>
                        <FormattedMessage
                          id="requests.page.introductionWith"
                          values={{ office: introduction.candidateOffice.name }}
                        />
                      </Anchor>
                      <Text size="sm" c="gray.7">
                        <FormattedMessage
                          id="requests.page.proposedOn"
                          values={{
                            date: intl.formatDate(introduction.proposedAt, { dateStyle: 'long' }),
                          }}
                        />
                      </Text>
                    </Stack>
                    <IntroductionStateBadge state={introduction.state} />
                  </Group>
                </Paper>
              ))}
            </ul>
          )}
        </Stack>
      </section>

      <section aria-labelledby="request-history-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="request-history-title">
            <FormattedMessage id="requests.page.history" />
          </Title>
          <BrokeringHistory events={request.history} labelledBy="request-history-title" />
        </Stack>
      </section>

      {request.viewerMayCancel && (
        <Group>
          <CancelRequestButton
            requestId={request.id}
            hasOpenIntroduction={open}
            onCancelled={() => setNotice('cancelled')}
          />
        </Group>
      )}
    </Stack>
  );
}
