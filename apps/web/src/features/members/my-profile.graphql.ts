import { graphql } from '../../gql';

/** What the profile form edits, as the API keeps it. */
export const MyProfileFields = graphql(`
  fragment MyProfileFields on Member {
    id
    fullName
    title
    position
    bio
    expertise {
      area
      level
    }
    languages
    availableToMentor
    seeksMentoring
    contactEmail
    contactPhone
    contactVisibility
    hidden
    illustrative
    updatedAt
  }
`);

export const MyProfileQuery = graphql(`
  query MyProfile($language: String!) {
    me {
      id
      member {
        ...MyProfileFields
      }
    }
    expertiseAreas {
      code
      name(language: $language)
    }
    languages {
      code
      name(language: $language)
    }
  }
`);

export const UpdateMyProfile = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      ...MyProfileFields
    }
  }
`);
