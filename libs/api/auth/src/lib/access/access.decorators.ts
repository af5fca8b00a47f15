import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';

import { GraphQLContext, requestOf, UnauthenticatedError } from '@wild/api/core';
import { Role } from '@wild/shared/domain';

import type { AuthenticatedAccount } from './authenticated-account';

export const PUBLIC_KEY = 'wild:public';
export const ACCESS_RULE_KEY = 'wild:access-rule';

/** Anyone may call this operation, signed in or not. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * Who may call this operation: a signed-in account with one of `roles` (ADMIN always passes);
 * with no roles, any signed-in account. An operation with neither this nor `@Public()` is refused.
 */
export const Authorize = (...roles: Role[]) => SetMetadata(ACCESS_RULE_KEY, roles);

/** Resolver parameter: the signed-in account (the guard guarantees one). */
export const CurrentAccount = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedAccount =>
    requestOf(context).user as AuthenticatedAccount,
);

/**
 * The signed-in caller behind a field resolver (guards do not run on fields; the operation's guard
 * has authenticated the request).
 */
export function viewerOf(context: GraphQLContext): AuthenticatedAccount {
  const viewer = context.req.user as AuthenticatedAccount | undefined;
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}
