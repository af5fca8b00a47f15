import { skipToken, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  EmptyState,
  NativeSelect,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';

import type {
  MatchKind,
  MaturityDimension,
  RecommendationsSeekerQuery as SeekerData,
} from '../../gql/graphql';
import { dimensionLabel } from '../../shared/labels';
import { apiLanguage } from '../../shared/page';
import { newRequestHref } from '../brokering/requests/request-url';
import { kindHint, kindLabel, READABLE_ERROR } from './match-factors';
import { MoreFooter } from './more-footer';
import { RankingExplained } from './ranking-explained';
import { RecommendationCard } from './recommendation-card';
import { DIMENSIONS, KINDS, type RecommendationsUrl } from './recommendations-url';
import { RecommendationsQuery } from './recommendations.graphql';
import classes from './recommendations.module.css';
import { refusalOf } from './refusal';

export const PAGE_SIZE = 5;

type Seeker = SeekerData['office'];
type ModelDimensions = SeekerData['maturityModel']['dimensions'];

/** The standards a buddy can help with: planned (`NONE` with a date) or implemented partly. */
export function plannedStandards(standards: Seeker['standards']): Seeker['standards'] {
  return standards.filter(
    (entry) => entry.status === 'PARTIAL' || (entry.status === 'NONE' && entry.plannedDate),
  );
}

/** What the panel asks for, from the address and the office's own data (its first need …). */
export function requestOf(office: Seeker, url: RecommendationsUrl) {
  const dimension: MaturityDimension = url.dimension ?? office.needs[0]?.dimension ?? 'SECURITY';
  const standard = url.standard ?? plannedStandards(office.standards)[0]?.standard ?? null;
  return { kind: url.kind, dimension, standard };
}

/**
 * The choice (kind, then dimension or standard) and the candidates it finds, best first, a page
 * at a time. The API's refusals of the choice show beside the control they are about.
 */
export function RecommendationsPanel({
  office,
  dimensions,
  url,
  ownCode,
  editable,
  mayAsk = false,
  onChange,
}: {
  office: Seeker;
  dimensions: ModelDimensions;
  url: RecommendationsUrl;
  ownCode: string;
  /** The caller keeps this office's data (its assessment, its standards). */
  editable: boolean;
  /** The caller may ask the International Bureau for an introduction for this office. */
  mayAsk?: boolean;
  onChange: (patch: Partial<RecommendationsUrl>) => void;
}) {
  const intl = useIntl();
  const language = apiLanguage(intl.locale);
  const { kind, dimension, standard } = requestOf(office, url);
  const buddy = kind === 'STANDARD_BUDDY';
  const ready = !buddy || standard !== null;
  const variables = {
    officeCode: office.code,
    kind,
    ...(buddy ? { standard } : { dimension }),
    first: PAGE_SIZE,
    language,
  };
  const { data, error, fetchMore, refetch } = useQuery(
    RecommendationsQuery,
    ready ? { variables, notifyOnNetworkStatusChange: false } : skipToken,
  );
  const refusal = error && !data ? refusalOf(intl, error) : null;
  const [more, setMore] = useState<{ loading: boolean; failure: string | null }>({
    loading: false,
    failure: null,
  });
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const focusRef = useRef<HTMLLIElement>(null);
  const connection = data?.recommendations;
  const shown = connection?.edges.length ?? 0;
  useEffect(() => {
    if (focusIndex !== null && focusIndex < shown) focusRef.current?.focus();
  }, [focusIndex, shown]);

  const dimensionName = (code: MaturityDimension) =>
    dimensions.find((entry) => entry.dimension === code)?.name ?? dimensionLabel(intl, code);

  function choose(patch: Partial<RecommendationsUrl>) {
    setFocusIndex(null);
    setMore({ loading: false, failure: null });
    onChange(patch);
  }

  async function showMore() {
    if (!connection?.pageInfo.endCursor) return;
    const before = connection.edges.length;
    setMore({ loading: true, failure: null });
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          recommendations: {
            ...fetchMoreResult.recommendations,
            edges: [...previous.recommendations.edges, ...fetchMoreResult.recommendations.edges],
          },
        }),
      });
      setMore({ loading: false, failure: null });
      setFocusIndex(before);
    } catch (caught) {
      setMore({ loading: false, failure: refusalOf(intl, caught).message });
    }
  }

  // a refusal of the choice goes beside its control; with the fix the API's rule points to
  const fieldError = (field: 'dimension' | 'standard'): ReactNode => {
    const message = refusal?.fields[field];
    if (!message) return null;
    const rule = refusal.rules[field];
    const fix =
      rule === 'levelUnknown'
        ? editable
          ? { to: `/offices/${office.code}/assessment`, id: 'recommendations.fix.recordLevel' }
          : { to: `/offices/${office.code}#maturity`, id: 'recommendations.fix.seeMaturity' }
        : rule === 'standardNotPlanned'
          ? editable
            ? { to: `/offices/${office.code}/standards`, id: 'recommendations.fix.recordStandards' }
            : { to: `/offices/${office.code}#standards`, id: 'recommendations.fix.seeStandards' }
          : null;
    return (
      // announced as it appears: the choice that caused it was made on the control above
      <span role="alert">
        {message}
        {fix && (
          <>
            {' '}
            <Anchor component={Link} to={fix.to} size="sm" c="red.9" underline="always">
              <FormattedMessage id={fix.id} />
            </Anchor>
          </>
        )}
      </span>
    );
  };
  const choiceRefused =
    refusal?.code === 'BAD_USER_INPUT' &&
    (refusal.fields['dimension'] || refusal.fields['standard']);

  let results;
  if (!ready) results = null;
  else if (choiceRefused) results = null;
  else if (refusal?.code === 'FORBIDDEN')
    results = (
      <Alert
        color="red"
        role="alert"
        title={intl.formatMessage({ id: 'recommendations.forbidden.title' })}
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            <FormattedMessage id="recommendations.forbidden.text" values={{ code: office.code }} />
          </Text>
          {ownCode && ownCode !== office.code && (
            <Anchor component={Link} to="/recommendations" size="sm" c="red.9" underline="always">
              <FormattedMessage id="recommendations.forbidden.toMine" values={{ code: ownCode }} />
            </Anchor>
          )}
        </Stack>
      </Alert>
    );
  else if (refusal)
    results = (
      <Alert color="red" role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{refusal.message}</Text>
          <Button size="xs" variant="default" onClick={() => void refetch().catch(() => undefined)}>
            <FormattedMessage id="recommendations.retry" />
          </Button>
        </Stack>
      </Alert>
    );
  else if (!connection) results = <ResultsSkeleton />;
  else if (connection.edges.length === 0)
    results = (
      <EmptyState
        role="status"
        py="lg"
        title={intl.formatMessage({ id: `recommendations.empty.${kind}.title` })}
        description={intl.formatMessage(
          { id: `recommendations.empty.${kind}` },
          {
            code: office.code,
            dimension: dimensionName(dimension),
            standard: standard ?? '',
          },
        )}
        styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
      />
    );
  else
    results = (
      <Stack gap="sm">
        <Text fw={600} aria-live="polite">
          <FormattedMessage
            id="recommendations.count"
            values={{ count: connection.totalCount, kind }}
          />
        </Text>
        <ol className={classes['list']}>
          {connection.edges.map((edge, index) => (
            <RecommendationCard
              key={edge.node.office.code}
              node={edge.node}
              rank={index + 1}
              focusRef={index === focusIndex ? focusRef : undefined}
              askHref={
                mayAsk
                  ? newRequestHref({
                      kind,
                      dimension,
                      standard,
                      office: office.code,
                      suggested: edge.node.office.code,
                    })
                  : undefined
              }
            />
          ))}
        </ol>
        <MoreFooter
          failure={more.failure}
          shown={connection.edges.length}
          total={connection.totalCount}
          hasMore={connection.pageInfo.hasNextPage}
          loading={more.loading}
          onMore={() => void showMore()}
          label={<FormattedMessage id="recommendations.showMore" />}
        />
      </Stack>
    );

  return (
    <Stack gap="md">
      <KindChoice kind={kind} onChange={(next) => choose({ kind: next })} />
      {buddy ? (
        <StandardChoice
          office={office}
          standard={standard}
          editable={editable}
          error={fieldError('standard')}
          onChange={(next) => choose({ standard: next })}
        />
      ) : (
        <DimensionChoice
          office={office}
          dimension={dimension}
          nameOf={dimensionName}
          error={fieldError('dimension')}
          onChange={(next) => choose({ dimension: next })}
        />
      )}
      <RankingExplained kind={kind} />
      {results}
    </Stack>
  );
}

/** Mentor · peer · standards buddy, each explained in one line. */
function KindChoice({ kind, onChange }: { kind: MatchKind; onChange: (kind: MatchKind) => void }) {
  const intl = useIntl();
  const labelId = useId();
  // three columns from a tablet up; one under the other on a phone
  const narrow = useMediaQuery('(max-width: 40em)');
  return (
    <Stack gap={6}>
      <Text id={labelId} fw={600} size="sm">
        <FormattedMessage id="recommendations.kind.label" />
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        className={classes['kinds']}
        fullWidth
        orientation={narrow ? 'vertical' : 'horizontal'}
        value={kind}
        onChange={(value) => onChange(value as MatchKind)}
        transitionDuration={0}
        data={KINDS.map((value) => ({
          value,
          label: (
            <span className={classes['kindLabel']}>
              <Text span display="block" fw={700} size="sm">
                {kindLabel(intl, value)}
              </Text>
              <Text span display="block" size="xs">
                {kindHint(intl, value)}
              </Text>
            </span>
          ),
        }))}
      />
    </Stack>
  );
}

function DimensionChoice({
  office,
  dimension,
  nameOf,
  error,
  onChange,
}: {
  office: Seeker;
  dimension: MaturityDimension;
  nameOf: (dimension: MaturityDimension) => string;
  error: ReactNode;
  onChange: (dimension: MaturityDimension) => void;
}) {
  const intl = useIntl();
  const needs = new Set(office.needs.map((need) => need.dimension));
  const option = (value: MaturityDimension) => ({ value, label: nameOf(value) });
  const data =
    needs.size > 0
      ? [
          {
            group: intl.formatMessage(
              { id: 'recommendations.dimension.needs' },
              { code: office.code },
            ),
            items: DIMENSIONS.filter((value) => needs.has(value)).map(option),
          },
          {
            group: intl.formatMessage({ id: 'recommendations.dimension.others' }),
            items: DIMENSIONS.filter((value) => !needs.has(value)).map(option),
          },
        ]
      : DIMENSIONS.map(option);
  const level = office.maturity?.levels.find((entry) => entry.dimension === dimension)?.level;
  return (
    <NativeSelect
      label={intl.formatMessage({ id: 'recommendations.dimension.label' })}
      description={
        level === null || level === undefined
          ? intl.formatMessage({ id: 'recommendations.dimension.noLevel' }, { code: office.code })
          : intl.formatMessage(
              { id: 'recommendations.dimension.level' },
              { code: office.code, level },
            )
      }
      value={dimension}
      onChange={(event) => onChange(event.currentTarget.value as MaturityDimension)}
      data={data}
      error={error}
      styles={error ? READABLE_ERROR : undefined}
      maw="32rem"
    />
  );
}

function StandardChoice({
  office,
  standard,
  editable,
  error,
  onChange,
}: {
  office: Seeker;
  standard: string | null;
  editable: boolean;
  error: ReactNode;
  onChange: (standard: string) => void;
}) {
  const intl = useIntl();
  const planned = plannedStandards(office.standards);
  if (planned.length === 0 && standard === null)
    return (
      <Alert color="gray" variant="light" role="status">
        <Stack gap={4} align="flex-start">
          <Text size="sm">
            <FormattedMessage id="recommendations.standard.none" values={{ code: office.code }} />
          </Text>
          <Anchor
            component={Link}
            to={
              editable ? `/offices/${office.code}/standards` : `/offices/${office.code}#standards`
            }
            size="sm"
          >
            <FormattedMessage
              id={
                editable
                  ? 'recommendations.fix.recordStandards'
                  : 'recommendations.fix.seeStandards'
              }
            />
          </Anchor>
        </Stack>
      </Alert>
    );
  const data = planned.map((entry) => ({
    value: entry.standard,
    label:
      entry.status === 'PARTIAL'
        ? intl.formatMessage(
            { id: 'recommendations.standard.partial' },
            { standard: entry.standard },
          )
        : intl.formatMessage(
            { id: 'recommendations.standard.planned' },
            {
              standard: entry.standard,
              date: intl.formatDate(`${entry.plannedDate}T00:00:00Z`, {
                dateStyle: 'long',
                timeZone: 'UTC',
              }),
            },
          ),
  }));
  // a standard from a shared link that the office does not plan: the API says why
  if (standard && !planned.some((entry) => entry.standard === standard))
    data.push({ value: standard, label: standard });
  return (
    <NativeSelect
      label={intl.formatMessage({ id: 'recommendations.standard.label' })}
      description={intl.formatMessage(
        { id: 'recommendations.standard.hint' },
        { code: office.code },
      )}
      value={standard ?? ''}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={data}
      error={error}
      styles={error ? READABLE_ERROR : undefined}
      maw="32rem"
    />
  );
}

function ResultsSkeleton() {
  return (
    <Stack gap="sm" aria-busy="true">
      <VisuallyHidden role="status">
        <FormattedMessage id="recommendations.loadingResults" />
      </VisuallyHidden>
      <Skeleton h={20} w="40%" />
      {Array.from({ length: 3 }, (_, index) => (
        <Skeleton key={index} h={180} radius="md" />
      ))}
    </Stack>
  );
}
