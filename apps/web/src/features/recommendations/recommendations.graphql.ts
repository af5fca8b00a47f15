import { graphql } from '../../gql';
import type {
  ExpertsQuery as ExpertsData,
  RecommendationsQuery as RecommendationsData,
} from '../../gql/graphql';

/**
 * The office the recommendations are for: its name, the needs and current levels that choose the
 * default dimension and describe the choice, and the standards it plans (a buddy's subject); with
 * the maturity model's names of the dimensions in the interface's language.
 */
export const RecommendationsSeekerQuery = graphql(`
  query RecommendationsSeeker($code: String!, $language: String!) {
    office(code: $code) {
      code
      name(language: $language)
      acronym(language: $language)
      needs {
        dimension
      }
      standards {
        standard
        status
        plannedDate
      }
      maturity {
        id
        levels {
          dimension
          level
        }
      }
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

/**
 * One page of candidates, best first. `language` names the offices; the summaries and reasons
 * follow the interface's language (Accept-Language), and the variable makes a switch of language
 * fetch them again.
 */
export const RecommendationsQuery = graphql(`
  query Recommendations(
    $officeCode: String!
    $kind: MatchKind!
    $dimension: MaturityDimension
    $standard: String
    $first: Int
    $after: String
    $language: String!
  ) {
    recommendations(
      officeCode: $officeCode
      kind: $kind
      dimension: $dimension
      standard: $standard
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          office {
            code
            name(language: $language)
            acronym(language: $language)
            illustrative
          }
          score
          summary
          reasons {
            factor
            weight
            value
            contribution
            text
          }
        }
      }
    }
  }
`);

export type RecommendationNode = RecommendationsData['recommendations']['edges'][number]['node'];
export type MatchReasonFields = RecommendationNode['reasons'][number];

/** The expertise taxonomy, named in the interface's language. */
export const ExpertiseAreasQuery = graphql(`
  query RecommendationsExpertiseAreas($language: String!) {
    expertiseAreas {
      code
      name(language: $language)
    }
  }
`);

/**
 * Members with expertise in an area, best first, compared with the office (its languages and
 * time zone). Contact details come only where the privacy rules let the caller see them: the
 * others answer FORBIDDEN on their own fields, and read as not given.
 */
export const ExpertsQuery = graphql(`
  query Experts(
    $area: String!
    $officeCode: String
    $first: Int
    $after: String
    $language: String!
  ) {
    experts(area: $area, officeCode: $officeCode, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          member {
            id
            fullName
            title
            position
            illustrative
            contactEmail
            contactPhone
            office {
              code
              name(language: $language)
              acronym(language: $language)
            }
          }
          score
          summary
          reasons {
            factor
            weight
            value
            contribution
            text
          }
        }
      }
    }
  }
`);

export type ExpertNode = ExpertsData['experts']['edges'][number]['node'];
