import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { RouterProvider } from 'react-router';

import { createApolloClient } from './apollo';
import { LocaleProvider } from './locale';
import { createRouter } from './router';
import { session } from './session/session-store';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  const client = useMemo(() => createApolloClient(), []);
  const router = useMemo(() => createRouter(), []);
  useEffect(() => {
    void session.restore();
  }, []);
  // what one account saw never shows to the next one signing in on this page
  useEffect(
    () =>
      session.subscribe(() => {
        if (session.getSnapshot().status === 'signedOut') void client.clearStore();
      }),
    [client],
  );
  return (
    <LocaleProvider>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <ApolloProvider client={client}>
          {/* navigations render at once, not in a transition: a transition re-subscribes Apollo's
              queries with the new variables, and their updates kept interrupting it */}
          <RouterProvider router={router} useTransitions={false} />
        </ApolloProvider>
      </MantineProvider>
    </LocaleProvider>
  );
}
