import { Button, Group, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';

import type { AdminUrl } from './use-admin-url';

interface AdminPagerProps {
  readonly url: AdminUrl;
  readonly label: string;
  readonly pageSize: number;
  readonly shown: number;
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly endCursor: string | null | undefined;
}

/** Previous / next through the API's cursors; the cursor is in the address. */
export function AdminPager({
  url,
  label,
  pageSize,
  shown,
  totalCount,
  hasNextPage,
  endCursor,
}: AdminPagerProps) {
  const intl = useIntl();
  const { previousPage, nextPage, pageNumber, knowsPrevious } = url;
  if (!previousPage && !hasNextPage) return null;
  const from = pageNumber === null ? null : (pageNumber - 1) * pageSize + 1;

  return (
    <Group component="nav" aria-label={label} justify="space-between" mt="md">
      <div>
        {previousPage && (
          <Button variant="default" onClick={previousPage}>
            <FormattedMessage id={knowsPrevious ? 'admin.pager.previous' : 'admin.pager.first'} />
          </Button>
        )}
      </div>
      <Text size="sm" c="gray.7">
        {from === null
          ? intl.formatMessage({ id: 'admin.pager.later' })
          : intl.formatMessage(
              { id: 'admin.pager.range' },
              { from, to: from + shown - 1, total: totalCount },
            )}
      </Text>
      <div>
        {hasNextPage && endCursor && (
          <Button variant="default" onClick={() => nextPage(endCursor)}>
            <FormattedMessage id="admin.pager.next" />
          </Button>
        )}
      </div>
    </Group>
  );
}
