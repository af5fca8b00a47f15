import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';

import {
  DomainError,
  requestMetaOf,
  requestOf,
  UnauthenticatedError,
  validateInput,
} from '@wild/api/core';

import { AuthRateLimiter } from '../access/auth-rate-limiter';
import { LoginInput } from './dto/login.inputs';

/**
 * `login` through Passport's local strategy: the input is validated, the attempt checked and
 * counted against the sign-in limits (AuthRateLimiter), then the password checked; a successful
 * sign-in gives its count back and makes its address known to the account.
 */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  constructor(private readonly limiter: AuthRateLimiter) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const input = await validateInput(
      LoginInput,
      GqlExecutionContext.create(context).getArgs()['input'],
    );
    const req = requestOf(context);
    const keys = { ip: req.ip ?? null, account: input.email, email: input.email };
    // counted before the check, so that attempts sent at once cannot all pass it
    await this.limiter.begin('login', keys, requestMetaOf(req), { count: true });
    // passport-local reads the credentials from the body
    req.body = { ...req.body, email: input.email, password: input.password };
    const signedIn = (await super.canActivate(context)) as boolean;
    // only failures count: people signing in from one office's address are not held back
    await this.limiter.succeeded('login', keys, true);
    return signedIn;
  }

  override handleRequest<T>(error: unknown, account: T): T {
    if (error instanceof DomainError) throw error;
    if (error || !account)
      throw new UnauthenticatedError('The email or the password is not right.');
    return account;
  }
}
