import { graphql } from '../../../gql';

/** The office's needs and offers as the office page shows them, so a save updates that page. */
export const NeedsOffersEditFields = graphql(`
  fragment NeedsOffersEditFields on Office {
    code
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
  }
`);

export const NeedsOffersEditQuery = graphql(`
  query NeedsOffersEdit($code: String!, $language: String!) {
    office(code: $code) {
      code
      name(language: $language)
      illustrative
      ...NeedsOffersEditFields
    }
    maturityModel(language: $language) {
      ...MaturityModelFields
    }
  }
`);

/** Both lists at once, each replaced as a whole; the answer updates the office in the cache. */
export const SaveNeedsAndOffers = graphql(`
  mutation SaveNeedsAndOffers($input: SetNeedsAndOffersInput!) {
    setNeedsAndOffers(input: $input) {
      ...NeedsOffersEditFields
    }
  }
`);
