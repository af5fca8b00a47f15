import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Blockquote,
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
import { Link, useParams } from 'react-router';

import { useSession } from '../../../app/session/use-session';
import { describeError } from '../../../shared/errors';
import { apiLanguage, useDocumentTitle } from '../../../shared/page';
import { DemoDataBadge, demoTextLanguage } from '../../offices/demo-data';
import { BrokeringHistory } from '../shared/brokering-history';
import { IntroductionStateBadge } from '../shared/state-badge';
import { ContactSection } from './contact-section';
import { IntroductionActions, type MoveResult } from './introduction-actions';
import { IntroductionAnswers } from './introduction-answers';
import { outcomeLabel, subjectOf } from './introduction-labels';
import { IntroductionPageQuery, type IntroductionDetail } from './introductions.graphql';
import classes from './introductions.module.css';
import { OfficePair } from './office-pair';

/** `/introductions/:id`: one introduction, both sides' answers, what I may do, and the contact. */
export function IntroductionPage() {
  const intl = useIntl();
  const id = useParams()['id'] ?? '';
  const { data, previousData, error, refetch } = useQuery(IntroductionPageQuery, {
    variables: { id, language: apiLanguage(intl.locale) },
  });
  // after a switch of language, the page stays as it was until its new names arrive
  const shown =
    data?.introduction ??
    (previousData?.introduction.id === id ? previousData.introduction : undefined);

  if (shown) return <IntroductionView introduction={shown} refetch={refetch} />;
  if (error) {
    const described = describeError(intl, error);
    const missing = described.code === 'NOT_FOUND' || described.code === 'BAD_USER_INPUT';
    return (
      <Stack gap="md" align="flex-start">
        <Title order={1}>
          <FormattedMessage
            id={missing ? 'introductions.notFound.title' : 'introductions.error.title'}
          />
        </Title>
        {missing ? (
          <Text>
            <FormattedMessage id="introductions.notFound.text" />
          </Text>
        ) : (
          <Alert color="red" role="alert" w="100%">
            {described.message}
          </Alert>
        )}
        {missing ? (
          <Button component={Link} to="/introductions" variant="light">
            <FormattedMessage id="introductions.backToList" />
          </Button>
        ) : (
          <Button variant="light" onClick={() => void refetch().catch(() => undefined)}>
            <FormattedMessage id="introductions.retry" />
          </Button>
        )}
      </Stack>
    );
  }
  return <PageSkeleton />;
}

function IntroductionView({
  introduction,
  refetch,
}: {
  introduction: IntroductionDetail;
  refetch: () => Promise<unknown>;
}) {
  const intl = useIntl();
  const state = useSession();
  const account = state.status === 'signedIn' ? state.account : null;
  const bureau = account?.role === 'BROKER' || account?.role === 'ADMIN';
  const { requesterOffice, candidateOffice, request } = introduction;
  const [notice, setNotice] = useState<{ text: string; failed: boolean } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // the buttons that led here may be gone: the keyboard goes on from the notice
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  useDocumentTitle(
    intl.formatMessage(
      { id: 'introductions.detail.documentTitle' },
      { requester: requesterOffice.code, candidate: candidateOffice.code },
    ),
  );

  function onResult(result: MoveResult) {
    if ('done' in result) setNotice({ text: result.done, failed: false });
    else {
      setNotice({ text: result.failure.message, failed: true });
      // what happened meanwhile (expired, answered by a colleague …): show it as it is now
      void refetch().catch(() => undefined);
    }
  }

  const date = (value: string) => (
    <time dateTime={value}>{intl.formatDate(value, { dateStyle: 'long' })}</time>
  );
  const mayOpenRequest = bureau || account?.officeCode === requesterOffice.code;
  const textLanguage = demoTextLanguage(introduction.illustrative);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/introductions" size="sm">
        <FormattedMessage id="introductions.backToList" />
      </Anchor>
      <Stack gap="xs">
        <Group gap="sm" align="center">
          <Title order={1}>
            <OfficePair requester={requesterOffice} candidate={candidateOffice} />
          </Title>
          <IntroductionStateBadge state={introduction.state} size="lg" />
          {introduction.illustrative && <DemoDataBadge />}
        </Group>
        <Text c="gray.7">
          <FormattedMessage
            id="introductions.detail.offices"
            values={{
              requester: `${requesterOffice.name} (${requesterOffice.code})`,
              candidate: `${candidateOffice.name} (${candidateOffice.code})`,
            }}
          />
        </Text>
      </Stack>

      {notice && (
        <Alert
          ref={noticeRef}
          tabIndex={-1}
          color={notice.failed ? 'red' : 'green'}
          role={notice.failed ? 'alert' : 'status'}
          withCloseButton
          closeButtonLabel={intl.formatMessage({ id: 'introductions.modal.close' })}
          onClose={() => setNotice(null)}
        >
          {notice.text}
        </Alert>
      )}

      <div className={classes['columns']}>
        <Stack gap="lg">
          <Paper
            withBorder
            p="md"
            radius="md"
            component="section"
            aria-labelledby="introduction-subject"
          >
            <Stack gap="xs">
              <Title order={2} size="h3" id="introduction-subject">
                <FormattedMessage id="introductions.detail.subject" />
              </Title>
              <Text fw={600}>{subjectOf(intl, request)}</Text>
              <Text lang={textLanguage}>{request.topic}</Text>
              <Text size="sm" c="gray.8" className={classes['message']} lang={textLanguage}>
                <FormattedMessage id="introductions.detail.goal" values={{ goal: request.goal }} />
              </Text>
              {mayOpenRequest && (
                <Anchor component={Link} to={`/requests/${request.id}`} size="sm">
                  <FormattedMessage id="introductions.detail.openRequest" />
                </Anchor>
              )}
              <Text size="sm" c="gray.7">
                <FormattedMessage
                  id="introductions.proposedOn"
                  values={{ date: date(introduction.proposedAt) }}
                />
                {introduction.state === 'PROPOSED' && introduction.expiresAt && (
                  <>
                    {' · '}
                    <FormattedMessage
                      id="introductions.detail.expires"
                      values={{ date: date(introduction.expiresAt) }}
                    />
                  </>
                )}
              </Text>
            </Stack>
          </Paper>

          <section aria-labelledby="introduction-message">
            <Stack gap="xs">
              <Title order={2} size="h3" id="introduction-message">
                <FormattedMessage id="introductions.detail.message" />
              </Title>
              <Blockquote color="blue.8" p="md" className={classes['message']} lang={textLanguage}>
                {introduction.message}
              </Blockquote>
            </Stack>
          </section>

          <section aria-labelledby="introduction-answers">
            <Stack gap="xs">
              <Title order={2} size="h3" id="introduction-answers">
                <FormattedMessage id="introductions.detail.answers" />
              </Title>
              <IntroductionAnswers introduction={introduction} labelledBy="introduction-answers" />
            </Stack>
          </section>

          <IntroductionActions introduction={introduction} onResult={onResult} />

          {introduction.state === 'CLOSED' && introduction.outcome && (
            <section aria-labelledby="introduction-outcome">
              <Stack gap="xs">
                <Title order={2} size="h3" id="introduction-outcome">
                  <FormattedMessage id="introductions.detail.outcome" />
                </Title>
                <Text fw={600}>{outcomeLabel(intl, introduction.outcome)}</Text>
                {introduction.outcomeNotes && (
                  <Text className={classes['message']} lang={textLanguage}>
                    {introduction.outcomeNotes}
                  </Text>
                )}
              </Stack>
            </section>
          )}
        </Stack>

        <Stack gap="lg">
          <ContactSection introduction={introduction} viewerOffice={account?.officeCode ?? ''} />
          <section aria-labelledby="introduction-history">
            <Stack gap="xs">
              <Title order={2} size="h3" id="introduction-history">
                <FormattedMessage id="introductions.detail.history" />
              </Title>
              <BrokeringHistory events={introduction.history} labelledBy="introduction-history" />
            </Stack>
          </section>
        </Stack>
      </div>
    </Stack>
  );
}

/** The page's shape while it loads, announced once to screen readers. */
function PageSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true">
      <VisuallyHidden role="status">
        <FormattedMessage id="introductions.detail.loading" />
      </VisuallyHidden>
      <Skeleton h={36} w="50%" />
      <Skeleton h={140} radius="md" />
      <Skeleton h={100} radius="md" />
      <Skeleton h={80} radius="md" />
    </Stack>
  );
}
