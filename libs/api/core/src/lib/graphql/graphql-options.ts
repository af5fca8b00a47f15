import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { AppConfig } from '../config/app-config';
import { createErrorFormatter, ErrorLogger } from '../errors/format-graphql-error';
import { createGraphQLContext } from './graphql-context';

/** The limits every request must keep. Fragments count toward depth. */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 10_000,
} as const;

/**
 * graphql-armor throws an unhandled error for a document over the token limit, which Apollo
 * answers with HTTP 500; the refusal is the client's fault, so answer it as a 400.
 */
const tokenLimitAsBadRequest: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          if (/token limit/i.test(error.message) && error instanceof GraphQLError) {
            Object.assign(error.extensions, { code: 'GRAPHQL_PARSE_FAILED', http: { status: 400 } });
          }
        }
      },
    };
  },
};

export interface GraphQLOptionsExtras {
  readonly plugins?: readonly ApolloServerPlugin[];
  readonly logger: ErrorLogger;
}

/** The Apollo driver's options: one place for limits, errors, introspection and the context. */
export function createGraphQLOptions(config: AppConfig, extras: GraphQLOptionsExtras): ApolloDriverConfig {
  const production = config.production;
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
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
    includeStacktraceInErrorResponses: !production,
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      tokenLimitAsBadRequest,
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      ...(extras.plugins ?? []),
    ],
    formatError: createErrorFormatter({ production, logger: extras.logger }),
    context: createGraphQLContext,
  };
}
