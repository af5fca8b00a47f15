import {
  Alert,
  Button,
  EmptyState,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { FormattedMessage } from 'react-intl';

import type { DescribedError } from '../../shared/errors';
import classes from './directory.module.css';

/** Placeholder cards while the first page loads. */
export function ResultsSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true">
      <VisuallyHidden role="status">{label}</VisuallyHidden>
      <ul className={classes['list']} aria-hidden>
        {[0, 1, 2, 3].map((index) => (
          <Paper component="li" key={index} withBorder p="md" radius="md">
            <Stack gap="xs">
              <Skeleton height={18} width="55%" />
              <Skeleton height={12} width="35%" />
              <Skeleton height={12} width="70%" />
            </Stack>
          </Paper>
        ))}
      </ul>
    </div>
  );
}

/** Nothing matches: say so, and offer to clear the filters. */
export function ResultsEmpty({
  title,
  onClear,
  canClear,
}: {
  title: string;
  onClear: () => void;
  canClear: boolean;
}) {
  return (
    <EmptyState
      title={title}
      description={<FormattedMessage id="directory.empty.hint" />}
      py="xl"
      role="status"
      styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
    >
      {canClear && (
        <EmptyState.Actions>
          <Button onClick={onClear}>
            <FormattedMessage id="directory.filters.clear" />
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}

/**
 * The list could not be read: the API's message in the interface's language. A refused cursor
 * (a link from an older list) offers the first page; field errors also show beside their filter.
 */
export function ResultsError({
  error,
  onRetry,
  onFirstPage,
}: {
  error: DescribedError;
  onRetry: () => void;
  onFirstPage: () => void;
}) {
  const cursorProblem = error.fields['after'];
  const hasFieldErrors = Object.keys(error.fields).some((field) => field !== 'after');
  return (
    <Alert color="red" role="alert" title={<FormattedMessage id="directory.error.title" />}>
      <Stack gap="sm">
        <Text size="sm">{cursorProblem ?? error.message}</Text>
        {hasFieldErrors && (
          <Text size="sm">
            <FormattedMessage id="directory.error.fields" />
          </Text>
        )}
        <Group gap="xs">
          {cursorProblem ? (
            <Button size="xs" onClick={onFirstPage}>
              <FormattedMessage id="directory.pager.first" />
            </Button>
          ) : (
            !hasFieldErrors && (
              <Button size="xs" variant="light" onClick={onRetry}>
                <FormattedMessage id="directory.error.retry" />
              </Button>
            )
          )}
        </Group>
      </Stack>
    </Alert>
  );
}
