import type { Role } from '../../gql/graphql';

/** Every role, from the least to the most it may do. */
export const ROLES: readonly Role[] = ['MEMBER', 'OFFICE_ADMIN', 'BROKER', 'ADMIN'];

export function isRole(value: string | null | undefined): value is Role {
  return ROLES.includes(value as Role);
}

/*
 * What the signed-in role may use here, to hide the controls it may not: the API decides and
 * refuses anyway (its FORBIDDEN is shown when it comes).
 */

/** Changing roles, deactivating accounts and filtering by any office: admins. */
export function managesAccounts(role: string | undefined): boolean {
  return role === 'ADMIN';
}

/** Invites into any office: admins and brokers; office admins into their own. */
export function invitesAnyOffice(role: string | undefined): boolean {
  return role === 'ADMIN' || role === 'BROKER';
}

/** The roles an invitation from this role may give. */
export function invitableRoles(role: string | undefined): readonly Role[] {
  return role === 'ADMIN' ? ROLES : ['MEMBER', 'OFFICE_ADMIN'];
}
