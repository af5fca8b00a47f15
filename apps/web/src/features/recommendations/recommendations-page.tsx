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
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';

import type { SessionAccount } from '../../app/session/session-store';
import { useSession } from '../../app/session/use-session';
import { apiLanguage, useDocumentTitle } from '../../shared/page';
import { canAskForIntroduction } from '../brokering/requests/request-permissions';
import { canEditOffice } from '../offices/office-permissions';
import { ExpertsPanel } from './experts-panel';
import { READABLE_ERROR } from './match-factors';
import { RecommendationsPanel } from './recommendations-panel';
import { readUrl, searchOf, type RecommendationsUrl } from './recommendations-url';
import { RecommendationsSeekerQuery } from './recommendations.graphql';
import classes from './recommendations.module.css';
import { refusalOf, type Refusal } from './refusal';

/**
 * The International Bureau (brokers, admins) may look at any office's recommendations; a member
 * at their own office's (the API refuses another with FORBIDDEN).
 */
export function canChooseOffice(account: SessionAccount | null): boolean {
  return account?.role === 'ADMIN' || account?.role === 'BROKER';
}

/**
 * `/recommendations`: offices to talk to for my office (mentors, peers, standards buddies), each
 * with its score and reasons, and experts beside them. What is chosen lives in the address:
 * `?office=KE&kind=peer&dimension=DATA`, `?kind=buddy&standard=ST.26`, `&area=DEVOPS`.
 */
export function RecommendationsPage() {
  const intl = useIntl();
  const state = useSession();
  const account = state.status === 'signedIn' ? state.account : null;
  const [params, setParams] = useSearchParams();
  const url = readUrl(params);
  const ownCode = account?.officeCode ?? '';
  const officeCode = url.office ?? ownCode;
  const language = apiLanguage(intl.locale);
  const chooser = canChooseOffice(account);

  useDocumentTitle(intl.formatMessage({ id: 'recommendations.documentTitle' }));

  const change = (patch: Partial<RecommendationsUrl>) => setParams(searchOf({ ...url, ...patch }));

  const seeker = useQuery(
    RecommendationsSeekerQuery,
    officeCode ? { variables: { code: officeCode, language } } : skipToken,
  );
  // after a switch of language, the page stays as it was until its new names arrive
  const seekerData =
    seeker.data ??
    (seeker.previousData?.office.code === officeCode ? seeker.previousData : undefined);
  const seekerRefusal: Refusal | null =
    seeker.error && !seekerData ? refusalOf(intl, seeker.error) : null;
  const unknownOffice =
    seekerRefusal !== null &&
    (seekerRefusal.code === 'NOT_FOUND' ||
      (seekerRefusal.code === 'BAD_USER_INPUT' && 'code' in seekerRefusal.fields));
  const officeError = unknownOffice
    ? intl.formatMessage({ id: 'recommendations.office.unknown' }, { code: officeCode })
    : null;

  let body;
  if (seekerData)
    body = (
      <RecommendationsPanel
        office={seekerData.office}
        dimensions={seekerData.maturityModel.dimensions}
        url={url}
        ownCode={ownCode}
        editable={canEditOffice(account, seekerData.office.code)}
        mayAsk={canAskForIntroduction(account, seekerData.office.code)}
        onChange={change}
      />
    );
  else if (unknownOffice && chooser)
    body = (
      <Text c="gray.7">
        <FormattedMessage id="recommendations.office.chooseAnother" />
      </Text>
    );
  else if (seekerRefusal)
    body = (
      <Stack gap="sm" align="flex-start">
        <Alert color="red" role="alert" w="100%">
          {unknownOffice ? officeError : seekerRefusal.message}
        </Alert>
        {!unknownOffice && (
          <Button variant="light" onClick={() => void seeker.refetch().catch(() => undefined)}>
            <FormattedMessage id="recommendations.retry" />
          </Button>
        )}
      </Stack>
    );
  else body = <PanelSkeleton />;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>
          <FormattedMessage id="recommendations.title" />
        </Title>
        <Text c="gray.7">
          {seekerData ? (
            <FormattedMessage
              id="recommendations.intro"
              values={{
                office: seekerData.office.name,
                code: seekerData.office.code,
              }}
            />
          ) : (
            <FormattedMessage id="recommendations.introLoading" />
          )}
        </Text>
      </Stack>

      {chooser && (
        <OfficeChooser
          key={officeCode}
          current={officeCode}
          own={ownCode}
          error={officeError}
          onChoose={(code) => change({ office: code === ownCode ? null : code })}
        />
      )}

      <div className={classes['columns']}>
        <section aria-labelledby="recommendations-offices">
          <Stack gap="md">
            <Title order={2} id="recommendations-offices" size="h3">
              <FormattedMessage id="recommendations.offices.title" />
            </Title>
            {body}
          </Stack>
        </section>
        <section aria-labelledby="recommendations-experts">
          <Stack gap="md">
            <Title order={2} id="recommendations-experts" size="h3">
              <FormattedMessage id="experts.title" />
            </Title>
            {seekerData ? (
              <ExpertsPanel
                officeCode={seekerData.office.code}
                area={url.area}
                onArea={(area) => change({ area })}
              />
            ) : (
              !seekerRefusal && <Skeleton h={120} radius="md" />
            )}
          </Stack>
        </section>
      </div>
    </Stack>
  );
}

/** Brokers and admins: the office whose recommendations to show, by its code. */
function OfficeChooser({
  current,
  own,
  error,
  onChoose,
}: {
  current: string;
  own: string;
  error: string | null;
  onChoose: (code: string) => void;
}) {
  const intl = useIntl();
  const [code, setCode] = useState(current);
  function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = code.trim().toUpperCase();
    if (chosen) onChoose(chosen);
  }
  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate>
      <TextInput
        label={intl.formatMessage({ id: 'recommendations.office.label' })}
        description={intl.formatMessage({ id: 'recommendations.office.hint' })}
        value={code}
        onChange={(event) => setCode(event.currentTarget.value)}
        error={error}
        styles={error ? READABLE_ERROR : undefined}
        maxLength={8}
        autoCapitalize="characters"
        autoComplete="off"
        inputContainer={(input) => (
          <Group gap="sm" wrap="wrap" align="center">
            <div className={classes['codeInput']}>{input}</div>
            <Button type="submit" variant="light">
              <FormattedMessage id="recommendations.office.show" />
            </Button>
            {current !== own && (
              <Anchor component={Link} to="/recommendations" size="sm">
                <FormattedMessage id="recommendations.office.mine" values={{ code: own }} />
              </Anchor>
            )}
          </Group>
        )}
      />
    </Paper>
  );
}

/** The panel's shape while the office loads, announced once to screen readers. */
export function PanelSkeleton() {
  return (
    <Stack gap="md" aria-busy="true">
      <VisuallyHidden role="status">
        <FormattedMessage id="recommendations.loading" />
      </VisuallyHidden>
      <Skeleton h={56} />
      <Skeleton h={36} w="60%" />
      {Array.from({ length: 3 }, (_, index) => (
        <Skeleton key={index} h={160} radius="md" />
      ))}
    </Stack>
  );
}
