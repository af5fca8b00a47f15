import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';

/**
 * True for an error about directives themselves: graphql-js's rules for unknown, misplaced and
 * repeated directives (and a directive's missing argument) report the directive nodes alone.
 */
export function isDirectiveError(error: Error): error is GraphQLError {
  const nodes = (error as Partial<GraphQLError>).nodes;
  return !!nodes?.length && nodes.every((node) => node.kind === Kind.DIRECTIVE);
}

/**
 * The same errors with those about directives made one, where the first of them was: graphql-js
 * reports each unknown or repeated directive apart, so 20 of them would answer 20 errors. The
 * first one's message says what is wrong; the count says how much more there is.
 */
export function withOneDirectiveError<E extends Error>(errors: readonly E[]): (E | GraphQLError)[] {
  const directiveErrors = errors.filter((error): error is E & GraphQLError =>
    isDirectiveError(error),
  );
  if (directiveErrors.length < 2) return [...errors];
  const [first] = directiveErrors;
  const more = directiveErrors.length - 1;
  const combined = new GraphQLError(
    `${first.message} ${more} more problem${more > 1 ? 's' : ''} with directives in this document.`,
    { nodes: first.nodes, extensions: first.extensions },
  );
  return errors.flatMap((error): (E | GraphQLError)[] =>
    error === first ? [combined] : isDirectiveError(error) ? [] : [error],
  );
}

/**
 * Unknown, misplaced or repeated directives answer one error, at validation (before anything
 * runs). Apollo answers with the very array it gives the `validationDidStart` end hooks, and does
 * not await them: the array is rewritten there, in place and synchronously (Apollo's own
 * suggestion-hiding plugin rewrites the messages at the same point). graphql-limits.int-spec.ts
 * checks that this still holds.
 */
export function oneDirectiveErrorPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async validationDidStart() {
          return async (validationErrors) => {
            if (!validationErrors || validationErrors.filter(isDirectiveError).length < 2) return;
            const errors = validationErrors as Error[];
            errors.splice(0, errors.length, ...withOneDirectiveError(errors));
          };
        },
      };
    },
  };
}
