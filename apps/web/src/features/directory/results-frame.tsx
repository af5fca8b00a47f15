import { Group, Loader, Stack, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useIntl } from 'react-intl';

import type { DescribedError } from '../../shared/errors';
import classes from './directory.module.css';
import { fieldError } from './facets';
import { Pager } from './pager';
import { ResultsEmpty, ResultsError, ResultsSkeleton } from './result-states';
import { SortControls } from './sort-controls';
import type { DirectoryNavigation } from './use-directory-state';

interface ResultsFrameProps {
  readonly navigation: DirectoryNavigation;
  readonly page:
    | {
        readonly totalCount: number;
        readonly shown: number;
        readonly hasNextPage: boolean;
        readonly endCursor: string | null;
      }
    | undefined;
  readonly loading: boolean;
  readonly error: DescribedError | null;
  readonly onRetry: () => void;
  readonly onClearFilters: () => void;
  readonly canClear: boolean;
  /** Message ids: `{count}` results, nothing found, loading. */
  readonly ids: { readonly count: string; readonly empty: string; readonly loading: string };
  /** The cards, as `<li>`. */
  readonly children: ReactNode;
}

/** The results column: count and order, then the list, or why there is none; then the pages. */
export function ResultsFrame({
  navigation,
  page,
  loading,
  error,
  onRetry,
  onClearFilters,
  canClear,
  ids,
  children,
}: ResultsFrameProps) {
  const intl = useIntl();
  const heading = useRef<HTMLHeadingElement>(null);
  const { state } = navigation;

  // a page turned: the keyboard and the screen reader start at the top of the new one (a
  // changed filter keeps the focus where it is)
  const turned = useRef(false);
  const cursor = state.after;
  useEffect(() => {
    if (!turned.current) return;
    turned.current = false;
    heading.current?.focus();
  }, [cursor]);

  let body: ReactNode;
  if (error)
    body = <ResultsError error={error} onRetry={onRetry} onFirstPage={navigation.firstPage} />;
  else if (!page) body = <ResultsSkeleton label={intl.formatMessage({ id: ids.loading })} />;
  else if (page.totalCount === 0 || page.shown === 0)
    body = (
      <ResultsEmpty
        title={intl.formatMessage({ id: ids.empty })}
        onClear={onClearFilters}
        canClear={canClear}
      />
    );
  else
    body = (
      <>
        <ul className={classes['list']} aria-busy={loading}>
          {children}
        </ul>
        <Pager
          navigation={navigation}
          onTurn={() => {
            turned.current = true;
          }}
          shown={page.shown}
          totalCount={page.totalCount}
          hasNextPage={page.hasNextPage}
          endCursor={page.endCursor}
        />
      </>
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Group gap="xs" align="center">
          <Title order={2} size="h3" ref={heading} tabIndex={-1} aria-live="polite">
            {page && !error
              ? intl.formatMessage({ id: ids.count }, { count: page.totalCount })
              : intl.formatMessage({ id: 'directory.results' })}
          </Title>
          {loading && page && (
            <Loader size="xs" aria-label={intl.formatMessage({ id: ids.loading })} />
          )}
        </Group>
        <SortControls
          state={state}
          onChange={(change) => navigation.update(change)}
          error={fieldError(error?.fields, 'orderBy')}
        />
      </Group>
      {body}
    </Stack>
  );
}
