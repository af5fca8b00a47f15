import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';

import { DomainError, ForbiddenError, requestOf, UnauthenticatedError } from '@wild/api/core';
import { Role } from '@wild/shared/domain';

import { ACCESS_RULE_KEY, PUBLIC_KEY } from './access.decorators';
import type { AuthenticatedAccount } from './authenticated-account';

/**
 * The one global guard: secure by default. `@Public()` opts out; otherwise the operation needs an
 * `@Authorize(...)` rule, a valid access token of a live session, and one of the rule's roles.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  getResponse(context: ExecutionContext) {
    return context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext().res
      : context.switchToHttp().getResponse();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const handler = context.getHandler();
    const type = context.getClass();
    // the operation's own rule comes first: a class-level @Public() never loosens it
    const handlerPublic = this.reflector.get<boolean>(PUBLIC_KEY, handler) ?? false;
    const roles =
      this.reflector.get<Role[] | undefined>(ACCESS_RULE_KEY, handler) ??
      (handlerPublic ? undefined : this.reflector.get<Role[] | undefined>(ACCESS_RULE_KEY, type));
    if (!roles) {
      if (handlerPublic || this.reflector.get<boolean>(PUBLIC_KEY, type)) return true;
      throw new ForbiddenError('This operation has no access rule, so nobody may call it.');
    }

    await super.canActivate(context);
    const account = requestOf(context).user as AuthenticatedAccount;
    if (roles.length > 0 && account.role !== Role.ADMIN && !roles.includes(account.role)) {
      throw new ForbiddenError('Your role does not allow this.');
    }
    return true;
  }

  override handleRequest<T>(error: unknown, account: T, info: unknown): T {
    if (error instanceof DomainError) throw error;
    if (error || !account) {
      const expired = info instanceof Error && info.name === 'TokenExpiredError';
      throw new UnauthenticatedError(
        expired ? 'Your access token has expired: refresh it or sign in again.' : 'Please sign in.',
      );
    }
    return account;
  }
}
