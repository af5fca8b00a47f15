import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Navigate, useLocation } from 'react-router';

import { useSession } from './session/use-session';

/** Pages of the closed network: without a session, sign in first and come back here. */
export function RequireSession({ children }: { children: ReactNode }) {
  const state = useSession();
  const location = useLocation();
  const intl = useIntl();
  if (state.status === 'restoring')
    return (
      <Center h="60vh">
        <Loader aria-label={intl.formatMessage({ id: 'session.restoring' })} />
      </Center>
    );
  if (state.status === 'signedOut') {
    const next = `${location.pathname}${location.search}${location.hash}`;
    const params = new URLSearchParams({ next });
    if (state.expired) params.set('expired', '1');
    return <Navigate to={`/sign-in?${params}`} replace />;
  }
  return children;
}

/** Where to go after signing in: a path of this app only (never another site). */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return '/directory';
  return next;
}
