import { graphql } from '../../../gql';
import type {
  MatchRequestPageQuery as MatchRequestPageData,
  MatchRequestsQuery as MatchRequestsData,
  RequestFormQuery as RequestFormData,
} from '../../../gql/graphql';

/**
 * What the request form needs: the asking office (its working languages come first among the
 * preferred ones), every ISO 639-1 language by its name, and the model's names of the dimensions.
 */
export const RequestFormQuery = graphql(`
  query RequestForm($office: String!, $language: String!) {
    office(code: $office) {
      code
      name(language: $language)
      languages
    }
    languages {
      code
      name(language: $language)
    }
    maturityModel(language: $language) {
      version
      language
      dimensions {
        dimension
        name
      }
    }
  }
`);

export type RequestFormLanguages = RequestFormData['languages'];
export type ModelDimensions = RequestFormData['maturityModel']['dimensions'];

/** The office a request was made from the recommendation of (its own query: it may be gone). */
export const SuggestedOfficeQuery = graphql(`
  query SuggestedOffice($code: String!, $language: String!) {
    office(code: $code) {
      code
      name(language: $language)
      acronym(language: $language)
    }
  }
`);

export const CreateMatchRequestMutation = graphql(`
  mutation CreateMatchRequest($input: CreateMatchRequestInput!) {
    createMatchRequest(input: $input) {
      id
      state
    }
  }
`);

/** A request as a list shows it, with its latest introduction (introductions are newest first). */
export const MatchRequestSummaryFields = graphql(`
  fragment MatchRequestSummaryFields on MatchRequest {
    id
    officeCode
    office {
      code
      name(language: $language)
    }
    kind
    dimension
    standard
    topic
    urgency
    state
    createdAt
    waitingDays
    illustrative
    introductions {
      id
      state
      candidateOffice {
        code
        name(language: $language)
      }
    }
  }
`);

export const MatchRequestsQuery = graphql(`
  query MatchRequests(
    $filter: MatchRequestFilterInput
    $orderBy: MatchRequestOrderInput
    $first: Int
    $after: String
    $language: String!
  ) {
    matchRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...MatchRequestSummaryFields
        }
      }
    }
  }
`);

export type MatchRequestSummary = MatchRequestsData['matchRequests']['edges'][number]['node'];

/** One request with its history and introductions, and the names of its preferred languages. */
export const MatchRequestPageQuery = graphql(`
  query MatchRequestPage($id: ID!, $language: String!) {
    matchRequest(id: $id) {
      ...MatchRequestSummaryFields
      goal
      preferredLanguages
      suggestedOfficeCode
      updatedAt
      requestedByViewer
      viewerMayCancel
      history {
        ...BrokeringEventFields
      }
      introductions {
        id
        state
        proposedAt
        endedAt
        requesterOffice {
          code
          name(language: $language)
        }
        candidateOffice {
          code
          name(language: $language)
        }
      }
    }
    languages {
      code
      name(language: $language)
    }
    maturityModel(language: $language) {
      version
      language
      dimensions {
        dimension
        name
      }
    }
  }
`);

export type MatchRequestDetail = MatchRequestPageData['matchRequest'];

export const CancelMatchRequestMutation = graphql(`
  mutation CancelMatchRequest($input: CancelMatchRequestInput!, $language: String!) {
    cancelMatchRequest(input: $input) {
      ...MatchRequestSummaryFields
      updatedAt
      viewerMayCancel
      history {
        ...BrokeringEventFields
      }
    }
  }
`);
