import type { ResultOf } from '@graphql-typed-document-node/core';

import { graphql } from '../../gql';

/** Invitations, newest first (brokers and admins: all; office admins: their office's). */
export const AdminInvitations = graphql(`
  query AdminInvitations($filter: InvitationsFilterInput, $first: Int, $after: String) {
    invitations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          email
          officeCode
          role
          status
          createdAt
          expiresAt
        }
      }
    }
  }
`);

/** Invites a person; the link to accept it is answered once (no mail is sent yet). */
export const AdminCreateInvitation = graphql(`
  mutation AdminCreateInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      acceptUrl
      invitation {
        id
        email
        officeCode
        role
        status
        createdAt
        expiresAt
      }
    }
  }
`);

/** Withdraws a pending invitation. */
export const AdminRevokeInvitation = graphql(`
  mutation AdminRevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      id
      status
      revokedAt
    }
  }
`);

export type AdminInvitationsResult = ResultOf<typeof AdminInvitations>;
export type AdminInvitationNode = AdminInvitationsResult['invitations']['edges'][number]['node'];
