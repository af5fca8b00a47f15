import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';

import { ErrorCode } from '../errors/domain-error';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';

/**
 * A list read by pages (a field with a `first` argument) costs its page size times what each of
 * its items asks for, plus one: `offices(first: 50) { edges { node { members(first: 5) { … } } } }`
 * counts 50 × 5 member nodes. The page size is the one asked, from the query or its variables, or
 * the default.
 */
const pagedListEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((argument) => argument.name === 'first')) return undefined;
  const asked = Number.isInteger(args['first']) ? (args['first'] as number) : DEFAULT_PAGE_SIZE;
  // a size out of range is refused by the argument's validation; it is not a cost to report
  const first = Math.min(Math.max(asked, 1), MAX_PAGE_SIZE);
  return 1 + first * childComplexity;
};

/**
 * Refuses, before anything runs, an operation whose cost is over `maxCost`: one per field, the
 * fields of a paged list counted once per item of the page asked. With BAD_USER_INPUT (HTTP 400),
 * the cost and the limit, and a message saying what to ask for instead.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  // A cost depends on the document, the operation and the variables only. Apollo hands the same
  // parsed document for the same query text, so a client's repeated request is costed once
  // (walking the document took a tenth of a directory page's time).
  const costs = new WeakMap<DocumentNode, LRUCache<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          // no operation matched `operationName`: Apollo answers that itself
          if (!operation) return;
          let byVariables = costs.get(document);
          if (!byVariables) {
            byVariables = new LRUCache<string, number>({ max: 200 });
            costs.set(document, byVariables);
          }
          const key = `${request.operationName ?? ''} ${JSON.stringify(request.variables ?? {})}`;
          let cost = byVariables.get(key);
          if (cost === undefined) {
            try {
              cost = getComplexity({
                schema,
                query: document,
                variables: request.variables,
                operationName: request.operationName,
                estimators: [pagedListEstimator, simpleEstimator({ defaultComplexity: 1 })],
              });
            } catch (error) {
              // variables the schema refuses: the execution answers them, with BAD_USER_INPUT,
              // before any resolver runs
              if (error instanceof GraphQLError) return;
              throw error;
            }
            byVariables.set(key, cost);
          }
          if (cost <= maxCost) return;
          throw new GraphQLError(
            `This query asks for too much at once: it costs ${cost.toLocaleString('en')}, over the limit of ${maxCost.toLocaleString('en')}. Ask for smaller pages (first) or fewer nested lists, and read on with the cursors.`,
            {
              extensions: {
                code: ErrorCode.BAD_USER_INPUT,
                cost,
                maxCost,
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}
