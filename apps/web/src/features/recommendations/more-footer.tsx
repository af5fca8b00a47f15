import { Alert, Button, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

/** Below a list read page by page: why "show more" failed, how many are shown, and the button. */
export function MoreFooter({
  failure,
  shown,
  total,
  hasMore,
  loading,
  onMore,
  label,
}: {
  failure: string | null | undefined;
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
  label: ReactNode;
}) {
  return (
    <>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      <Group justify="space-between" align="center">
        <Text size="sm" c="gray.7">
          <FormattedMessage id="recommendations.shown" values={{ shown, total }} />
        </Text>
        {hasMore && (
          <Button variant="default" loading={loading} onClick={onMore}>
            {label}
          </Button>
        )}
      </Group>
    </>
  );
}
