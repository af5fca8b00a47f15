import type { ApolloServerPlugin } from '@apollo/server';

import { ErrorCode } from '../errors/domain-error';

/**
 * An answer refused by a limit (a sign-in limit thrown in a resolver) goes out as HTTP 429 with
 * `Retry-After`, as the request throttle's refusals do; its body stays a GraphQL error.
 */
export function tooManyRequestsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const delays = (response.body.singleResult.errors ?? [])
            .filter((error) => error.extensions?.['code'] === ErrorCode.TOO_MANY_REQUESTS)
            .map((error) => Number(error.extensions?.['retryAfterSeconds']) || 1);
          if (delays.length === 0) return;
          response.http.status = 429;
          response.http.headers.set('retry-after', String(Math.max(...delays)));
        },
      };
    },
  };
}
