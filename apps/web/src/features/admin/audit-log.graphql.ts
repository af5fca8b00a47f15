import type { ResultOf } from '@graphql-typed-document-node/core';

import { graphql } from '../../gql';

/** A page of the audit trail, newest first (brokers and admins). */
export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilterInput, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          occurredAt
          action
          actorId
          actorEmail
          entity
          entityId
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`);

/** Accounts to pick the actor from, by name or email (admins only). */
export const AuditActorAccounts = graphql(`
  query AuditActorAccounts($search: String, $first: Int) {
    accounts(filter: { search: $search }, first: $first) {
      edges {
        node {
          id
          displayName
          email
        }
      }
    }
  }
`);

export type AuditLogResult = ResultOf<typeof AuditLogQuery>;
export type AuditEntryNode = AuditLogResult['auditLog']['edges'][number]['node'];
export type AuditChangeNode = AuditEntryNode['changes'][number];
