import { graphql } from '../../gql';

/** The session fields the app keeps; the refresh token goes to an HttpOnly cookie. */
export const SessionFields = graphql(`
  fragment SessionFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    account {
      id
      email
      displayName
      role
      officeCode
      preferredLanguage
    }
  }
`);

export const SignIn = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      ...SessionFields
    }
  }
`);

export const AcceptInvitation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...SessionFields
    }
  }
`);

/** What the invitation link says before it is used (no sign-in: the token is the proof). */
export const InvitationPreview = graphql(`
  query InvitationPreview($token: String!, $language: String) {
    invitationPreview(token: $token) {
      email
      officeCode
      officeName(language: $language)
      role
      status
      expiresAt
    }
  }
`);
