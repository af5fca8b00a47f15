import { graphql } from '../../../gql';

/** One reported standard, with the fields the office page shows. */
export const StandardsEditAdoptionFields = graphql(`
  fragment StandardsEditAdoptionFields on StandardAdoption {
    standard
    status
    plannedDate
    comment
    illustrative
    updatedAt
  }
`);

export const StandardsEditQuery = graphql(`
  query StandardsEdit($code: String!, $language: String!) {
    office(code: $code) {
      code
      name(language: $language)
      illustrative
      standards {
        ...StandardsEditAdoptionFields
      }
    }
  }
`);

/** One standard per call: its status, planned date and comment. */
export const SaveStandardAdoption = graphql(`
  mutation SaveStandardAdoption($input: SetStandardAdoptionInput!) {
    setStandardAdoption(input: $input) {
      ...StandardsEditAdoptionFields
    }
  }
`);
