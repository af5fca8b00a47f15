import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';

import { useLocale } from '../../app/locale';
import { describeError } from '../../shared/errors';
import { PersonCard } from './cards';
import { DirectoryLayout } from './directory-layout';
import { activeFilterCount, clearFilters } from './directory-url';
import { membersVariables } from './directory-variables';
import { DirectoryMembers } from './directory.graphql';
import { fieldError } from './facets';
import { PeopleFilters } from './people-filters';
import { ResultsFrame } from './results-frame';
import { SearchBox } from './search-box';
import { useCommitted } from './use-committed';
import type { DirectoryNavigation } from './use-directory-state';

/** The people tab: search, filters, the list. */
export function PeopleDirectory({ navigation }: { navigation: DirectoryNavigation }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const { state, update, go } = navigation;
  const wanted = useMemo(() => membersVariables(state, locale), [state, locale]);
  const variables = useCommitted(wanted);
  const { data, previousData, loading, error, refetch } = useQuery(DirectoryMembers, {
    variables,
  });
  const shown = error ? undefined : (data ?? previousData);
  const described = error ? describeError(intl, error) : null;
  const filters = activeFilterCount(state);
  const clear = useCallback(() => go(clearFilters(state)), [go, state]);
  const search = useCallback(
    (text: string, options: { replace: boolean }) => update({ search: text }, options),
    [update],
  );
  const areaNames = useMemo(
    () => new Map(shown?.expertiseAreas.map((area) => [area.code, area.name]) ?? []),
    [shown],
  );

  return (
    <DirectoryLayout
      search={
        <SearchBox
          label={intl.formatMessage({ id: 'directory.search.people' })}
          placeholder={intl.formatMessage({ id: 'directory.search.peoplePlaceholder' })}
          value={state.search}
          onSearch={search}
          error={fieldError(described?.fields, 'filter.search')}
        />
      }
      filters={
        <PeopleFilters
          state={state}
          data={shown}
          fields={described?.fields}
          onChange={(change) => update(change)}
        />
      }
      activeFilters={filters}
      onClearFilters={clear}
    >
      <ResultsFrame
        navigation={navigation}
        page={
          shown && {
            totalCount: shown.members.totalCount,
            shown: shown.members.edges.length,
            hasNextPage: shown.members.pageInfo.hasNextPage,
            endCursor: shown.members.pageInfo.endCursor,
          }
        }
        loading={loading}
        error={described}
        onRetry={() => void refetch().catch(() => undefined)}
        onClearFilters={clear}
        canClear={filters > 0 || state.search.trim() !== ''}
        ids={{
          count: 'directory.people.count',
          empty: 'directory.people.empty',
          loading: 'directory.people.loading',
        }}
      >
        {shown?.members.edges.map(({ node }) => (
          <PersonCard key={node.id} member={node} areaNames={areaNames} />
        ))}
      </ResultsFrame>
    </DirectoryLayout>
  );
}
