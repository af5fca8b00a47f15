import type { ResultOf } from '@graphql-typed-document-node/core';

import { graphql } from '../../gql';

/** A page of accounts (admins: all; office admins: their office's), by display name. */
export const AdminAccounts = graphql(`
  query AdminAccounts($filter: AccountsFilterInput, $first: Int, $after: String) {
    accounts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          displayName
          email
          officeCode
          role
          active
        }
      }
    }
  }
`);

/** Another role for an account (admins only); its sessions end. */
export const AdminSetRole = graphql(`
  mutation AdminSetRole($input: SetRoleInput!) {
    setRole(input: $input) {
      id
      role
      active
    }
  }
`);

/** Blocks sign-in for an account (admins only). */
export const AdminDeactivateAccount = graphql(`
  mutation AdminDeactivateAccount($input: DeactivateAccountInput!) {
    deactivateAccount(input: $input) {
      id
      role
      active
    }
  }
`);

export type AdminAccountsResult = ResultOf<typeof AdminAccounts>;
export type AdminAccountNode = AdminAccountsResult['accounts']['edges'][number]['node'];
