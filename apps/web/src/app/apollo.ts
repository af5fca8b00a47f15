import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, switchMap } from 'rxjs';

import { session } from './session/session-store';

let interfaceLanguage = 'en';

/** The API's texts (names, model descriptors) follow the interface's language. */
export function setRequestLanguage(locale: string): void {
  interfaceLanguage = locale;
}

const withCredentials = new SetContextLink(async (prevContext) => {
  const token = await session.token();
  return {
    headers: {
      ...prevContext['headers'],
      'Accept-Language': interfaceLanguage,
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
  };
});

/** A refused token gets one refresh and one retry; then the session has expired. */
const retryAfterRefresh = new ErrorLink(({ error, operation, forward }) => {
  const unauthenticated =
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
  // only a request sent with a token can have been refused for it (a wrong password at sign-in
  // is UNAUTHENTICATED too, and a retry would count it twice against the sign-in limits)
  const sentToken = Boolean(operation.getContext()['headers']?.['Authorization']);
  if (!unauthenticated || !sentToken || operation.getContext()['retried']) return;
  operation.setContext({ retried: true });
  return from(session.rejected()).pipe(switchMap(() => forward(operation)));
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      retryAfterRefresh,
      withCredentials,
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Office: { keyFields: ['code'] },
        // lists without an id of their own: a page's facets and counts replace the previous ones
        OfficeSearchConnection: { merge: true },
        MemberSearchConnection: { merge: true },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
