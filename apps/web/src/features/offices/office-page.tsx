import { CombinedGraphQLErrors } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
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

import { useSession } from '../../app/session/use-session';
import type { OfficePageQuery as OfficePageData } from '../../gql/graphql';
import { describeError } from '../../shared/errors';
import { apiLanguage } from '../../shared/page';
import { ValidateAssessmentButton } from './assessment/validate-assessment';
import { DemoDataBadge, DemoDataNotice } from './demo-data';
import { EvidenceNotes } from './evidence-notes';
import { kindLabel, regionLabel } from './labels';
import { MaturityHistory } from './maturity-history';
import { previousAssessment, type Model, type RegionMean } from './maturity-model';
import { MaturityRadar } from './maturity-radar';
import { MaturitySummary } from './maturity-summary';
import { MembersList } from './members-list';
import { NeedsAndOffers } from './needs-offers';
import { isOfficeMissing, OfficeNotFound } from './office-not-found';
import { OfficePageQuery, OfficeRegionBenchmarkQuery } from './office-page.graphql';
import classes from './office-page.module.css';
import { canEditOffice, canValidateAssessments } from './office-permissions';
import { OfficeProfile } from './office-profile';
import { EmptyState, Section } from './section';
import { StandardsTable } from './standards-section';

type Office = OfficePageData['office'];

const SECTIONS = [
  'profile',
  'maturity',
  'history',
  'evidence',
  'standards',
  'needs-offers',
  'members',
] as const;

/** `/offices/:code`: an office's profile, maturity, standards, needs and offers, and people. */
export function OfficePage() {
  const intl = useIntl();
  const code = (useParams()['code'] ?? '').toUpperCase();
  const { data, previousData, error, refetch } = useQuery(OfficePageQuery, {
    variables: { code, language: apiLanguage(intl.locale) },
  });
  // after a switch of language, the page stays as it was until its new texts arrive
  const shown = data ?? (previousData?.office.code === code ? previousData : undefined);

  if (shown?.office) return <OfficeView office={shown.office} model={shown.maturityModel} />;
  if (error) {
    const described = describeError(intl, error);
    if (isOfficeMissing(described)) return <OfficeNotFound code={code} />;
    return (
      <Stack gap="md" align="flex-start">
        <Title order={1}>
          <FormattedMessage id="office.error.title" />
        </Title>
        <Alert color="red" role="alert" w="100%">
          {described.message}
        </Alert>
        <Button variant="light" onClick={() => void refetch().catch(() => undefined)}>
          <FormattedMessage id="office.error.retry" />
        </Button>
      </Stack>
    );
  }
  return <OfficePageSkeleton />;
}

/** The page's shape while it loads, announced once to screen readers. */
function OfficePageSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true">
      <VisuallyHidden role="status">
        <FormattedMessage id="office.loading" />
      </VisuallyHidden>
      <Skeleton h={36} w="50%" />
      <Group gap="xs">
        <Skeleton h={22} w={60} />
        <Skeleton h={22} w={120} />
        <Skeleton h={22} w={160} />
      </Group>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Skeleton h={24} w="30%" />
          <Skeleton h={14} />
          <Skeleton h={14} w="85%" />
          <Skeleton h={14} w="70%" />
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Group align="flex-start" grow>
          <Skeleton h={320} />
          <Stack gap="xs">
            {Array.from({ length: 8 }, (_, index) => (
              <Skeleton key={index} h={22} />
            ))}
          </Stack>
        </Group>
      </Paper>
    </Stack>
  );
}

function OfficeView({ office, model }: { office: Office; model: Model }) {
  const intl = useIntl();
  const history = office.maturityHistory.edges.map((edge) => edge.node);
  const current = office.maturity;
  const previous = previousAssessment(current, history);
  const regionMean = useRegionMean(office, Boolean(current));
  const state = useSession();
  const account = state.status === 'signedIn' ? state.account : null;
  const editable = canEditOffice(account, office.code);
  const validatable =
    canValidateAssessments(account) && current?.status === 'SUBMITTED' && !current.validated;
  const [validated, setValidated] = useState(false);
  // the button is gone once the assessment is validated: focus goes to the notice that says so
  const validatedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (validated) validatedRef.current?.focus();
  }, [validated]);

  useEffect(() => {
    const before = document.title;
    document.title = intl.formatMessage({ id: 'office.documentTitle' }, { name: office.name });
    return () => {
      document.title = before;
    };
  }, [intl, office.name]);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>
          {office.name}
          {office.acronym && ' '}
          {office.acronym && (
            <Text span inherit c="gray.7" fw={400}>
              ({office.acronym})
            </Text>
          )}
        </Title>
        <Group gap="xs">
          <Badge color="blue.8" radius="sm">
            {office.code}
          </Badge>
          <Badge variant="outline" color="gray.8" radius="sm">
            {kindLabel(intl, office.kind)}
          </Badge>
          <Badge variant="outline" color="gray.8" radius="sm">
            {regionLabel(intl, office.region)}
          </Badge>
          {office.illustrative && <DemoDataBadge />}
        </Group>
      </Stack>

      {office.illustrative && <DemoDataNotice />}

      <nav aria-label={intl.formatMessage({ id: 'office.toc' })}>
        <ul className={classes['toc']}>
          {SECTIONS.map((id) => (
            <li key={id}>
              <Anchor href={`#${id}`} size="sm">
                <FormattedMessage id={`office.section.${id}`} />
              </Anchor>
            </li>
          ))}
        </ul>
      </nav>

      <Section
        id="profile"
        title={<FormattedMessage id="office.section.profile" />}
        actions={
          editable && (
            <EditLink to={`/offices/${office.code}/edit`} label="office.actions.editProfile" />
          )
        }
      >
        <OfficeProfile office={office} />
      </Section>

      <Section
        id="maturity"
        title={<FormattedMessage id="office.section.maturity" />}
        actions={
          (validatable || editable) && (
            <>
              {validatable && current && (
                <ValidateAssessmentButton
                  assessment={current}
                  officeName={office.name}
                  onValidated={() => setValidated(true)}
                />
              )}
              {editable && (
                <EditLink
                  to={`/offices/${office.code}/assessment`}
                  label={
                    office.maturityDraft
                      ? 'office.actions.resumeDraft'
                      : 'office.actions.updateAssessment'
                  }
                />
              )}
            </>
          )
        }
      >
        {validated && current?.validated && (
          <Alert ref={validatedRef} tabIndex={-1} color="green" role="status">
            <FormattedMessage id="office.validate.done" />
          </Alert>
        )}
        {current ? (
          <>
            <MaturitySummary
              assessment={current}
              model={model}
              officeIllustrative={office.illustrative}
            />
            <Title order={3} size="h4">
              <FormattedMessage id="office.radar.title" />
            </Title>
            {!previous && (
              <Text size="sm" c="gray.7">
                <FormattedMessage id="office.radar.noPrevious" />
              </Text>
            )}
            <MaturityRadar
              model={model}
              current={current}
              previous={previous}
              region={office.region}
              regionMean={regionMean}
            />
          </>
        ) : (
          <EmptyState>
            <FormattedMessage id="office.maturity.none" />
          </EmptyState>
        )}
      </Section>

      <Section id="history" title={<FormattedMessage id="office.section.history" />}>
        <MaturityHistory
          history={history}
          totalCount={office.maturityHistory.totalCount}
          model={model}
          officeIllustrative={office.illustrative}
        />
      </Section>

      <Section id="evidence" title={<FormattedMessage id="office.section.evidence" />}>
        {current ? (
          <EvidenceNotes assessment={current} model={model} />
        ) : (
          <EmptyState>
            <FormattedMessage id="office.maturity.none" />
          </EmptyState>
        )}
      </Section>

      <Section
        id="standards"
        title={<FormattedMessage id="office.section.standards" />}
        actions={
          editable && (
            <EditLink
              to={`/offices/${office.code}/standards`}
              label="office.actions.editStandards"
            />
          )
        }
      >
        <StandardsTable standards={office.standards} officeIllustrative={office.illustrative} />
      </Section>

      <Section
        id="needs-offers"
        title={<FormattedMessage id="office.section.needs-offers" />}
        actions={
          editable && (
            <EditLink
              to={`/offices/${office.code}/needs-offers`}
              label="office.actions.editNeedsOffers"
            />
          )
        }
      >
        <NeedsAndOffers office={office} model={model} />
      </Section>

      <Section id="members" title={<FormattedMessage id="office.section.members" />}>
        <MembersList members={office.members} officeIllustrative={office.illustrative} />
      </Section>
    </Stack>
  );
}

/** A section's edit action: a link that looks like a button. */
function EditLink({ to, label }: { to: string; label: string }) {
  return (
    <Button component={Link} to={to} variant="light" size="sm">
      <FormattedMessage id={label} />
    </Button>
  );
}

/**
 * The mean of the office's WIPO region. Under 5 offices the API refuses it
 * (BENCHMARK_GROUP_TOO_SMALL): a note then, never an error.
 */
function useRegionMean(office: Office, wanted: boolean): RegionMean {
  const { data, error } = useQuery(
    OfficeRegionBenchmarkQuery,
    wanted ? { variables: { region: office.region, officeCode: office.code } } : skipToken,
  );
  if (data) return { status: 'ready', benchmark: data.maturityBenchmark };
  if (error) {
    const tooSmall =
      CombinedGraphQLErrors.is(error) &&
      error.errors.some(
        (problem) => problem.extensions?.['reason'] === 'BENCHMARK_GROUP_TOO_SMALL',
      );
    return { status: tooSmall ? 'tooSmall' : 'unavailable' };
  }
  return { status: 'loading' };
}
