import {
  Alert,
  Anchor,
  Button,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';

import { useSession } from '../../../app/session/use-session';
import { describeError } from '../../../shared/errors';
import { canEditOffice } from '../office-permissions';

/*
 * The frame the needs-and-offers and the standards pages share: the heading, the link back to the
 * office page, and the states before the form (loading, not found, refused, failed). Each page
 * gives its own texts.
 */

/** Whether the signed-in account may change this office's lists (the API decides anyway). */
export function useCanEdit(code: string): boolean {
  const state = useSession();
  return canEditOffice(state.status === 'signedIn' ? state.account : null, code);
}

export interface FrameTexts {
  /** The page's heading. */
  readonly title: string;
  readonly back: string;
  readonly loading: string;
  readonly notFoundTitle: string;
  readonly notFound: string;
  readonly refusedTitle: string;
  readonly refused: string;
  readonly failedTitle: string;
  readonly retry: string;
}

/** The heading, the office it is about, and the way back to the office page. */
export function FrameHeader({
  code,
  officeName,
  texts,
}: {
  code: string;
  officeName?: string;
  texts: FrameTexts;
}) {
  return (
    <Stack gap={4}>
      <Anchor component={Link} to={`/offices/${code}`} size="sm">
        <span aria-hidden="true">← </span>
        {texts.back}
      </Anchor>
      <Title order={1}>{texts.title}</Title>
      {officeName && (
        <Text size="lg" c="gray.7">
          {`${officeName} (${code})`}
        </Text>
      )}
    </Stack>
  );
}

/** Which state the page is in, from its query: the form itself is the page's. */
export function FrameState({
  code,
  officeName,
  error,
  loaded,
  canEdit,
  texts,
  onRetry,
  children,
}: {
  code: string;
  officeName?: string;
  error: unknown;
  loaded: boolean;
  canEdit: boolean;
  texts: FrameTexts;
  onRetry: () => void;
  children: ReactNode;
}) {
  const intl = useIntl();
  const header = <FrameHeader code={code} officeName={officeName} texts={texts} />;

  if (!loaded && error) {
    const described = describeError(intl, error);
    // no such office, one the caller may not see, or a code that is no ST.3 code at all
    const notFound =
      described.code === 'NOT_FOUND' ||
      (described.code === 'BAD_USER_INPUT' && 'code' in described.fields);
    return (
      <Stack gap="lg">
        {header}
        {notFound ? (
          <Alert color="gray" role="alert" title={texts.notFoundTitle}>
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{texts.notFound}</Text>
              <Button component={Link} to="/directory" variant="default" size="xs">
                {intl.formatMessage({ id: 'office.notFound.toDirectory' })}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <Alert color="red" role="alert" title={texts.failedTitle}>
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{described.message}</Text>
              <Button variant="default" size="xs" onClick={onRetry}>
                {texts.retry}
              </Button>
            </Stack>
          </Alert>
        )}
      </Stack>
    );
  }
  if (!loaded)
    return (
      <Stack gap="lg" aria-busy="true">
        <VisuallyHidden role="status">{texts.loading}</VisuallyHidden>
        {header}
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Skeleton h={24} w="30%" />
            <Skeleton h={36} />
            <Skeleton h={80} />
            <Skeleton h={36} w="40%" />
          </Stack>
        </Paper>
      </Stack>
    );
  if (!canEdit)
    return (
      <Stack gap="lg">
        {header}
        <Alert color="orange" role="alert" title={texts.refusedTitle}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{texts.refused}</Text>
            <Button component={Link} to={`/offices/${code}`} variant="default" size="xs">
              {texts.back}
            </Button>
          </Stack>
        </Alert>
      </Stack>
    );
  return (
    <Stack gap="lg">
      {header}
      {children}
    </Stack>
  );
}
