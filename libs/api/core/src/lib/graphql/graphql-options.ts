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
import { createGraphQLContext } from './graphql-context';
import { queryCostPlugin } from './query-cost';

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
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // graphql-js counts tokens itself (parseOptions below) and answers 400; armor's plugin would 500
    maxTokens: { enabled: false },
    // armor's cost counts a list as one item, whatever page size it asks: ours (query-cost.ts) does
    costLimit: { enabled: false },
    // Field suggestions ("Did you mean …?") reveal the schema; off where introspection is off.
    blockFieldSuggestion: { enabled: production },
  }).protect();

  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    playground: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    includeStacktraceInErrorResponses: !production,
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      // no HTTP cache hints are given: spare the per-field bookkeeping of the default plugin
      ApolloServerPluginCacheControlDisabled(),
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      queryCostPlugin(GRAPHQL_LIMITS.maxCost),
      unexpectedErrorLogPlugin(extras.logger),
      ...(extras.plugins ?? []),
    ],
    formatError: createErrorFormatter({ production }),
    context: createGraphQLContext,
  };
}
