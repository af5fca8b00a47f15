import { graphql } from '../../../gql';
import type {
  IntroductionPageQuery as IntroductionPageData,
  IntroductionsQuery as IntroductionsData,
} from '../../../gql/graphql';

/** An introduction as the list shows it: the two offices, the request's subject, where it stands. */
export const IntroductionSummaryFields = graphql(`
  fragment IntroductionSummaryFields on Introduction {
    id
    state
    proposedAt
    expiresAt
    illustrative
    requesterOffice {
      code
      name(language: $language)
      acronym(language: $language)
    }
    candidateOffice {
      code
      name(language: $language)
      acronym(language: $language)
    }
    request {
      id
      kind
      dimension
      standard
      topic
    }
    viewerPermissions {
      respond
      side
      close
      cancel
    }
  }
`);

/**
 * Everything the introduction's page shows; the mutations answer the same, so the page (and the
 * list in the cache) shows the new state at once. `counterpart` is the other side's contact, for
 * the person who accepted for one side of an ACTIVE introduction only (null for anyone else).
 */
export const IntroductionDetailFields = graphql(`
  fragment IntroductionDetailFields on Introduction {
    ...IntroductionSummaryFields
    message
    activatedAt
    endedAt
    outcome
    outcomeNotes
    request {
      id
      goal
      state
    }
    requesterResponse {
      accepted
      at
      reason
    }
    candidateResponse {
      accepted
      at
      reason
    }
    history {
      ...BrokeringEventFields
    }
    counterpart {
      id
      fullName
      title
      contactEmail
      contactPhone
      office {
        code
        name(language: $language)
      }
    }
  }
`);

export const IntroductionsQuery = graphql(`
  query Introductions(
    $filter: IntroductionFilterInput
    $first: Int
    $after: String
    $language: String!
  ) {
    introductions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...IntroductionSummaryFields
        }
      }
    }
  }
`);

export type IntroductionSummary = IntroductionsData['introductions']['edges'][number]['node'];

export const IntroductionPageQuery = graphql(`
  query IntroductionPage($id: ID!, $language: String!) {
    introduction(id: $id) {
      ...IntroductionDetailFields
    }
  }
`);

export type IntroductionDetail = IntroductionPageData['introduction'];

export const RespondToIntroductionMutation = graphql(`
  mutation RespondToIntroduction($input: RespondToIntroductionInput!, $language: String!) {
    respondToIntroduction(input: $input) {
      ...IntroductionDetailFields
    }
  }
`);

export const CloseIntroductionMutation = graphql(`
  mutation CloseIntroduction($input: CloseIntroductionInput!, $language: String!) {
    closeIntroduction(input: $input) {
      ...IntroductionDetailFields
    }
  }
`);

export const CancelIntroductionMutation = graphql(`
  mutation CancelIntroduction($input: CancelIntroductionInput!, $language: String!) {
    cancelIntroduction(input: $input) {
      ...IntroductionDetailFields
    }
  }
`);
