import { graphql } from '../../gql';

/** A member as their page shows it. Contact details the caller may not see come back refused. */
export const MemberPageQuery = graphql(`
  query MemberPage($id: ID!, $language: String!) {
    member(id: $id) {
      id
      fullName
      title
      position
      bio
      timeZone
      expertise {
        area
        level
      }
      languages
      availableToMentor
      seeksMentoring
      contactVisibility
      contactEmail
      contactPhone
      hidden
      joined
      illustrative
      officeCode
      office {
        code
        name(language: $language)
        illustrative
      }
    }
    expertiseAreas {
      code
      name(language: $language)
    }
  }
`);
