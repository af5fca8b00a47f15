import { GraphQLError, ValidationRule } from 'graphql';

/**
 * A subscription operation on a schema without a Subscription type: graphql-js 16 lets it through
 * validation, and its execution then throws an error with no code (an INTERNAL_SERVER_ERROR).
 * Refused here, as a validation error, while the API has no subscriptions.
 */
export const noSubscriptionsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription' && !context.getSchema().getSubscriptionType()) {
      context.reportError(new GraphQLError('This API has no subscriptions.', { nodes: node }));
    }
  },
});
