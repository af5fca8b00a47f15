import type { ApolloServerPlugin } from '@apollo/server';

/**
 * graphql-js's suggestions: `Did you mean "languages"?`, `Did you mean "a", "b", or "c"?`,
 * `Did you mean the enum value "STATE"?` (names never hold a `?`).
 */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** A message without its "Did you mean …?" suggestions. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/**
 * Removes "Did you mean …?" from every error of a request, before it is formatted. Apollo's
 * `hideSchemaDetailsFromClientErrors` does it for validation errors only, and graphql-armor's
 * blockFieldSuggestion masks only suggestions of fields; a variable's value is checked later, at
 * execution, where a misspelt enum value or input field would still be suggested. Runs before
 * armor's plugin in the list, so that one finds nothing left to mask.
 */
export function hideSuggestionsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = withoutSuggestions(error.message);
        },
      };
    },
  };
}
