import { graphql } from '../../../gql';

/**
 * What the profile form edits, and what the office page reads of the profile: the mutation
 * answers with it, so that Apollo's cache (Office by `code`) shows the new values there at once.
 */
export const OfficeEditFields = graphql(`
  fragment OfficeEditFields on Office {
    code
    name(language: $language)
    names {
      translations {
        language
        text
      }
    }
    acronym
    acronyms {
      language
      text
    }
    description
    website
    links {
      label
      url
    }
    languages
    businessSystems
    staffSize
    ictStaffSize
    mentoringCapacity
    timeZone
    illustrative
    updatedAt
  }
`);

export const OfficeEditQuery = graphql(`
  query OfficeEdit($code: String!, $language: String!) {
    office(code: $code) {
      ...OfficeEditFields
    }
    languages {
      code
      name(language: $language)
    }
  }
`);

export const UpdateOfficeProfile = graphql(`
  mutation UpdateOfficeProfile($input: UpdateOfficeInput!, $language: String!) {
    updateOffice(input: $input) {
      ...OfficeEditFields
    }
  }
`);
