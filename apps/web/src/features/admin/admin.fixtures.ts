/*
 * Test data for the administration pages: typed by the generated result types, with the
 * `__typename`s Apollo's cache needs.
 */
import type { MockLink } from '@apollo/client/testing';
import type { GraphQLFormattedError } from 'graphql';

import { session } from '../../app/session/session-store';
import type {
  AdminAccountsQueryVariables,
  AdminInvitationsQueryVariables,
} from '../../gql/graphql';
import { AdminAccounts, type AdminAccountNode } from './accounts.graphql';
import { AdminInvitations, type AdminInvitationNode } from './invitations.graphql';

export function signInAs(role: string, officeCode = 'FR', id = 'me') {
  session.signedIn({
    accessToken: 'token',
    accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
    account: {
      id,
      email: 'camille@example.org',
      displayName: 'Camille Exemple',
      role,
      officeCode,
      preferredLanguage: 'en',
    },
  });
}

export function account(id: string, displayName: string, more: Partial<AdminAccountNode> = {}) {
  return {
    id,
    displayName,
    email: `${id}@example.org`,
    officeCode: 'FR',
    role: 'MEMBER',
    active: true,
    ...more,
  } satisfies AdminAccountNode;
}

export function invitation(id: string, email: string, more: Partial<AdminInvitationNode> = {}) {
  return {
    id,
    email,
    officeCode: 'FR',
    role: 'MEMBER',
    status: 'PENDING',
    createdAt: '2025-03-01T10:00:00Z',
    expiresAt: '2025-03-15T10:00:00Z',
    ...more,
  } satisfies AdminInvitationNode;
}

interface Page<T> {
  readonly nodes: readonly T[];
  readonly hasNextPage?: boolean;
  readonly endCursor?: string | null;
  readonly totalCount?: number;
}

function connection<T extends { id: string }>(typename: string, node: string, page: Page<T>) {
  return {
    __typename: `${typename}Connection`,
    totalCount: page.totalCount ?? page.nodes.length,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: page.hasNextPage ?? false,
      endCursor: page.endCursor ?? null,
    },
    edges: page.nodes.map((entry) => ({
      __typename: `${typename}Edge`,
      cursor: `cursor-${entry.id}`,
      node: { __typename: node, ...entry },
    })),
  };
}

/** Answers any variables (recorded in `seen`) with `answer(variables)`, as often as asked. */
export function accountsMock(
  answer: (
    variables: AdminAccountsQueryVariables,
  ) => Page<AdminAccountNode> | { errors: GraphQLFormattedError[] },
  seen: AdminAccountsQueryVariables[] = [],
): MockLink.MockedResponse {
  return {
    request: {
      query: AdminAccounts,
      variables: (variables: AdminAccountsQueryVariables) => {
        seen.push(variables);
        return true;
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: AdminAccountsQueryVariables) => {
      const given = answer(variables);
      return 'errors' in given
        ? { errors: given.errors }
        : { data: { accounts: connection('Account', 'Account', given) } };
    },
  };
}

export function invitationsMock(
  answer: (variables: AdminInvitationsQueryVariables) => Page<AdminInvitationNode>,
  seen: AdminInvitationsQueryVariables[] = [],
): MockLink.MockedResponse {
  return {
    request: {
      query: AdminInvitations,
      variables: (variables: AdminInvitationsQueryVariables) => {
        seen.push(variables);
        return true;
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: AdminInvitationsQueryVariables) => ({
      data: { invitations: connection('Invitation', 'Invitation', answer(variables)) },
    }),
  };
}
