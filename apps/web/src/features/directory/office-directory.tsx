import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';

import { useLocale } from '../../app/locale';
import { describeError } from '../../shared/errors';
import { OfficeCard } from './cards';
import { DirectoryLayout } from './directory-layout';
import { activeFilterCount, clearFilters, focusDimensions } from './directory-url';
import { officesVariables } from './directory-variables';
import { DirectoryOffices } from './directory.graphql';
import { fieldError } from './facets';
import { OfficeFilters } from './office-filters';
import { ResultsFrame } from './results-frame';
import { SearchBox } from './search-box';
import { useCommitted } from './use-committed';
import type { DirectoryNavigation } from './use-directory-state';

/** The offices tab: search, filters, the list. */
export function OfficeDirectory({ navigation }: { navigation: DirectoryNavigation }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const { state, update, go } = navigation;
  const wanted = useMemo(() => officesVariables(state, locale), [state, locale]);
  const variables = useCommitted(wanted);
  const { data, previousData, loading, error, refetch } = useQuery(DirectoryOffices, {
    variables,
  });
  const shown = error ? undefined : (data ?? previousData);
  const described = error ? describeError(intl, error) : null;
  const filters = activeFilterCount(state);
  const focus = useMemo(() => focusDimensions(state), [state]);
  const clear = useCallback(() => go(clearFilters(state)), [go, state]);
  const search = useCallback(
    (text: string, options: { replace: boolean }) => update({ search: text }, options),
    [update],
  );

  return (
    <DirectoryLayout
      search={
        <SearchBox
          label={intl.formatMessage({ id: 'directory.search.offices' })}
          placeholder={intl.formatMessage({ id: 'directory.search.officesPlaceholder' })}
          value={state.search}
          onSearch={search}
          error={fieldError(described?.fields, 'filter.search')}
        />
      }
      filters={
        <OfficeFilters
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
            totalCount: shown.offices.totalCount,
            shown: shown.offices.edges.length,
            hasNextPage: shown.offices.pageInfo.hasNextPage,
            endCursor: shown.offices.pageInfo.endCursor,
          }
        }
        loading={loading}
        error={described}
        onRetry={() => void refetch().catch(() => undefined)}
        onClearFilters={clear}
        canClear={filters > 0 || state.search.trim() !== ''}
        ids={{
          count: 'directory.offices.count',
          empty: 'directory.offices.empty',
          loading: 'directory.offices.loading',
        }}
      >
        {shown?.offices.edges.map(({ node }) => (
          <OfficeCard key={node.code} office={node} focus={focus} />
        ))}
      </ResultsFrame>
    </DirectoryLayout>
  );
}
