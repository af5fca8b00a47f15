import type { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';

import { AppConfig } from '../config/app-config';
import {
  createErrorFormatter,
  ErrorLogger,
  unexpectedErrorLogPlugin,
} from '../errors/format-graphql-error';
import { cleanStringsPlugin } from './clean-strings';
import { oneDirectiveErrorPlugin } from './directive-errors';
import { createGraphQLContext } from './graphql-context';
import { hideSuggestionsPlugin } from './hide-suggestions';
import { noSubscriptionsRule } from './no-subscriptions';
import { queryCostPlugin } from './query-cost';
import { tooManyRequestsPlugin } from './too-many-requests.plugin';

/** Where the API answers GraphQL (Apollo's middleware takes this path and those below it). */
export const GRAPHQL_PATH = '/graphql';

/** The limits every request must keep. Fragments count toward depth. */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  /** Fields to resolve, those of a paged list once per item asked for (see query-cost.ts). */
  maxCost: 20_000,
} as const;

export interface GraphQLOptionsExtras {
  readonly plugins?: readonly ApolloServerPlugin[];
  /** Where unexpected errors are logged outside an HTTP request. */
  readonly logger: ErrorLogger;
}

/** The Apollo driver's options: one place for limits, errors, introspection and the context. */
export function createGraphQLOptions(
  config: AppConfig,
  extras: GraphQLOptionsExtras,
): ApolloDriverConfig {
  const production = config.production;
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true },
    // every alias counts: armor's default allowList skips those of (and named) __typename
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, allowList: [] },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // graphql-js counts tokens itself (parseOptions below) and answers 400; armor's plugin would 500
    maxTokens: { enabled: false },
    // armor's cost counts a list as one item, whatever page size it asks: ours (query-cost.ts) does
    costLimit: { enabled: false },
    // Suggestions ("Did you mean …?") reveal the schema; off where introspection is off. Armor's
    // masks those of fields; hideSchemaDetailsFromClientErrors and hideSuggestionsPlugin below
    // remove them all (enum values, and in variables too).
    blockFieldSuggestion: { enabled: production },
  }).protect();

  return {
    path: GRAPHQL_PATH,
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    // no "Did you mean …?" in validation errors, enum values included (Apollo's own plugin)
    hideSchemaDetailsFromClientErrors: production,
    playground: false,
    allowBatchedHttpRequests: false,
    // @nestjs/apollo would reset every answer with data to HTTP 200, a refusal's 429 too
    preserveHttpStatusForExecutionErrors: false,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    includeStacktraceInErrorResponses: !production,
    validationRules: [...armor.validationRules, noSubscriptionsRule],
    // no persisted queries: their errors (a wrong hash, an unknown version) carried no code
    persistedQueries: false,
    plugins: [
      // before armor's: in production, no "Did you mean …?" left in any error for it to mask
      ...(production ? [hideSuggestionsPlugin()] : []),
      ...armor.plugins,
      oneDirectiveErrorPlugin(),
      // no HTTP cache hints are given: spare the per-field bookkeeping of the default plugin
      ApolloServerPluginCacheControlDisabled(),
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      queryCostPlugin(GRAPHQL_LIMITS.maxCost),
      tooManyRequestsPlugin(),
      unexpectedErrorLogPlugin(extras.logger),
      cleanStringsPlugin(), // a NUL in any string given: BAD_USER_INPUT before anything runs
      ...(extras.plugins ?? []),
    ],
    formatError: createErrorFormatter({ production }),
    context: createGraphQLContext,
  };
}
