import { skipToken, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  EmptyState,
  NativeSelect,
  Skeleton,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

import { apiLanguage } from '../../shared/page';
import { ExpertCard } from './expert-card';
import { READABLE_ERROR } from './match-factors';
import { MoreFooter } from './more-footer';
import { RankingExplained } from './ranking-explained';
import { ExpertiseAreasQuery, ExpertsQuery } from './recommendations.graphql';
import classes from './recommendations.module.css';
import { refusalOf } from './refusal';

export const EXPERTS_PAGE_SIZE = 5;

/** Contact details the privacy rules withhold answer FORBIDDEN on their own fields: not a failure. */
function onlyWithheldContacts(error: unknown): boolean {
  const errors = (error as { errors?: readonly { path?: readonly (string | number)[] }[] }).errors;
  return (
    Array.isArray(errors) &&
    errors.every((problem) => {
      const field = problem.path?.[problem.path.length - 1];
      return field === 'contactEmail' || field === 'contactPhone';
    })
  );
}

/**
 * Experts by area, beside the offices: members of the network with expertise in the area
 * chosen, compared with the office's languages and time zone.
 */
export function ExpertsPanel({
  officeCode,
  area,
  onArea,
}: {
  officeCode: string;
  area: string | null;
  onArea: (area: string | null) => void;
}) {
  const intl = useIntl();
  const language = apiLanguage(intl.locale);
  const areas = useQuery(ExpertiseAreasQuery, { variables: { language } });
  const { data, error, fetchMore, refetch } = useQuery(
    ExpertsQuery,
    area
      ? {
          variables: { area, officeCode, first: EXPERTS_PAGE_SIZE, language },
          errorPolicy: 'all',
          notifyOnNetworkStatusChange: false,
        }
      : skipToken,
  );
  const connection = data?.experts;
  const refusal =
    error && !(connection && onlyWithheldContacts(error)) ? refusalOf(intl, error) : null;
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

  const collator = new Intl.Collator(intl.locale);
  const options = [...(areas.data?.expertiseAreas ?? areas.previousData?.expertiseAreas ?? [])]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((entry) => ({ value: entry.code, label: entry.name }));
  if (area && !options.some((option) => option.value === area))
    options.push({ value: area, label: area });

  async function showMore() {
    if (!connection?.pageInfo.endCursor) return;
    const before = connection.edges.length;
    setMore({ loading: true, failure: null });
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          experts: {
            ...fetchMoreResult.experts,
            edges: [...previous.experts.edges, ...fetchMoreResult.experts.edges],
          },
        }),
      });
      setMore({ loading: false, failure: null });
      setFocusIndex(before);
    } catch (caught) {
      setMore({ loading: false, failure: refusalOf(intl, caught).message });
    }
  }

  const areaError = refusal?.fields['area'];
  let results;
  if (!area)
    results = (
      <Text size="sm" c="gray.7">
        <FormattedMessage id="experts.choose" />
      </Text>
    );
  else if (areaError) results = null;
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
  else if (!connection)
    results = (
      <Stack gap="sm" aria-busy="true">
        <VisuallyHidden role="status">
          <FormattedMessage id="experts.loading" />
        </VisuallyHidden>
        {Array.from({ length: 2 }, (_, index) => (
          <Skeleton key={index} h={200} radius="md" />
        ))}
      </Stack>
    );
  else if (connection.edges.length === 0)
    results = (
      <EmptyState
        role="status"
        py="md"
        size="sm"
        title={intl.formatMessage({ id: 'experts.empty.title' })}
        description={intl.formatMessage({ id: 'experts.empty' })}
        styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
      />
    );
  else
    results = (
      <Stack gap="sm">
        <Text fw={600} aria-live="polite">
          <FormattedMessage id="experts.count" values={{ count: connection.totalCount }} />
        </Text>
        <ol className={classes['list']}>
          {connection.edges.map((edge, index) => (
            <ExpertCard
              key={edge.node.member.id}
              node={edge.node}
              focusRef={index === focusIndex ? focusRef : undefined}
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
          label={<FormattedMessage id="experts.showMore" />}
        />
      </Stack>
    );

  return (
    <Stack gap="md">
      <Text size="sm" c="gray.7">
        <FormattedMessage id="experts.intro" values={{ code: officeCode }} />
      </Text>
      <NativeSelect
        label={intl.formatMessage({ id: 'experts.area.label' })}
        value={area ?? ''}
        onChange={(event) => {
          setFocusIndex(null);
          setMore({ loading: false, failure: null });
          onArea(event.currentTarget.value || null);
        }}
        data={[
          { value: '', label: intl.formatMessage({ id: 'experts.area.placeholder' }) },
          ...options,
        ]}
        error={areaError && <span role="alert">{areaError}</span>}
        styles={areaError ? READABLE_ERROR : undefined}
        disabled={!areas.data && !areas.previousData && !areas.error}
        maw="32rem"
      />
      {areas.error && !areas.data && (
        <Alert color="red" role="alert">
          {refusalOf(intl, areas.error).message}
        </Alert>
      )}
      <RankingExplained kind="EXPERT" />
      {results}
    </Stack>
  );
}
