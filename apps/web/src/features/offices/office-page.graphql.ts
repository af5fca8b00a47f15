import { graphql } from '../../gql';

/** One assessment as the office page (and later the maturity pages) shows it. */
export const MaturityAssessmentFields = graphql(`
  fragment MaturityAssessmentFields on MaturityAssessment {
    id
    officeCode
    modelVersion
    status
    submittedAt
    validated
    validatedAt
    overallLevel
    group
    illustrative
    levels {
      dimension
      level
      evidence
    }
  }
`);

/** The model's texts in one language: names of the dimensions and of their levels. */
export const MaturityModelFields = graphql(`
  fragment MaturityModelFields on MaturityModel {
    version
    language
    levels {
      level
      name
    }
    dimensions {
      dimension
      name
      description
      levels {
        level
        name
        descriptor
      }
    }
  }
`);

/** An office's maturity: the current assessment and the submitted ones (newest first, 50 at most). */
export const OfficeMaturityFields = graphql(`
  fragment OfficeMaturityFields on Office {
    code
    region
    maturity {
      ...MaturityAssessmentFields
    }
    maturityHistory(first: 50) {
      totalCount
      edges {
        node {
          ...MaturityAssessmentFields
        }
      }
    }
  }
`);

export const OfficePageQuery = graphql(`
  query OfficePage($code: String!, $language: String!) {
    office(code: $code) {
      code
      name(language: $language)
      names {
        translations {
          language
          text
        }
      }
      acronym
      kind
      region
      country
      languages
      businessSystems
      staffSize
      ictStaffSize
      timeZone
      website
      links {
        label
        url
      }
      description
      mentoringCapacity
      illustrative
      updatedAt
      ...OfficeMaturityFields
      maturityDraft {
        id
      }
      standards {
        standard
        status
        plannedDate
        comment
        illustrative
        updatedAt
      }
      needs {
        dimension
        description
        confidential
        illustrative
        updatedAt
      }
      offers {
        dimension
        description
        illustrative
        updatedAt
      }
      members(first: 100) {
        totalCount
        edges {
          node {
            id
            fullName
            title
            position
            joined
            hidden
            illustrative
          }
        }
      }
    }
    maturityModel(language: $language) {
      ...MaturityModelFields
    }
  }
`);

/** The mean of the office's WIPO region; refused (BENCHMARK_GROUP_TOO_SMALL) under 5 offices. */
export const OfficeRegionBenchmarkQuery = graphql(`
  query OfficeRegionBenchmark($region: WipoRegion!, $officeCode: String!) {
    maturityBenchmark(filter: { region: $region }, officeCode: $officeCode) {
      region
      officeCount
      illustrative
      dimensions {
        dimension
        mean
        known
        unknown
      }
      overall {
        mean
        known
      }
    }
  }
`);

/** The International Bureau (brokers, admins) validates a submitted assessment. */
export const ValidateMaturityAssessment = graphql(`
  mutation ValidateMaturityAssessment($input: ValidateMaturityAssessmentInput!) {
    validateMaturityAssessment(input: $input) {
      id
      validated
      validatedAt
    }
  }
`);
