import { graphql } from '../../../gql';

/** One move of a request or an introduction, as the history shows it (brokering-history.tsx). */
export const BrokeringEventFields = graphql(`
  fragment BrokeringEventFields on BrokeringEvent {
    action
    actor
    at
    fromState
    toState
    reason
  }
`);
