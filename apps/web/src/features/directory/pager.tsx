import { Button, Group, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';

import { PAGE_SIZE } from './directory-variables';
import type { DirectoryNavigation } from './use-directory-state';

interface PagerProps {
  readonly navigation: DirectoryNavigation;
  readonly shown: number;
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
  /** Called before the page changes. */
  readonly onTurn: () => void;
}

/**
 * Previous / next through the API's cursors, the cursor in the address. A shared link to a
 * later page does not know the cursors before it, so it offers the first page instead.
 */
export function Pager({
  navigation,
  shown,
  totalCount,
  hasNextPage,
  endCursor,
  onTurn,
}: PagerProps) {
  const intl = useIntl();
  const { state, previousPage, firstPage, nextPage } = navigation;
  const onFirstPage = state.after === null;
  if (onFirstPage && !hasNextPage) return null;
  const pageNumber = onFirstPage ? 1 : state.page;
  const from = pageNumber ? (pageNumber - 1) * PAGE_SIZE + 1 : null;

  return (
    <Group
      component="nav"
      aria-label={intl.formatMessage({ id: 'directory.pager.label' })}
      justify="space-between"
      mt="md"
    >
      <div>
        {!onFirstPage && (
          <Button
            variant="default"
            onClick={() => {
              onTurn();
              (previousPage ?? firstPage)();
            }}
          >
            <FormattedMessage
              id={previousPage ? 'directory.pager.previous' : 'directory.pager.first'}
            />
          </Button>
        )}
      </div>
      <Text size="sm" c="gray.7">
        {from !== null ? (
          <FormattedMessage
            id="directory.pager.range"
            values={{ from, to: from + shown - 1, total: totalCount }}
          />
        ) : (
          <FormattedMessage id="directory.pager.later" />
        )}
      </Text>
      <div>
        {hasNextPage && endCursor && (
          <Button
            variant="default"
            onClick={() => {
              onTurn();
              nextPage(endCursor);
            }}
          >
            <FormattedMessage id="directory.pager.next" />
          </Button>
        )}
      </div>
    </Group>
  );
}
