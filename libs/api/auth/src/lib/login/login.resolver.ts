import { UseGuards } from '@nestjs/common';
import { Context, Mutation, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

import { Args, AuditTrail, Meta, RequestMeta } from '@wild/api/core';

import { Authorize, CurrentAccount, Public } from '../access/access.decorators';
import type { AuthenticatedAccount } from '../access/authenticated-account';
import { AccountEntity } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';
import { RefreshCookie } from '../sessions/refresh-cookie';
import { REFRESH_REUSE_GRACE_MS, SessionsService } from '../sessions/sessions.service';
import {
  ChangePasswordInput,
  LoginInput,
  LogoutInput,
  RefreshTokenInput,
} from './dto/login.inputs';
import { LoginGuard } from './login.guard';
import { AuthPayloadModel } from './models/auth-payload.model';

/** Signing in and out, and keeping a session alive. */
@Resolver()
export class LoginResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly accounts: AccountsService,
    private readonly audit: AuditTrail,
    private readonly cookie: RefreshCookie,
  ) {}

  @Public()
  @UseGuards(LoginGuard)
  @Mutation(() => AuthPayloadModel, {
    description:
      'Signs in with email and password. With `session: COOKIE` the refresh token is set in the `wild_refresh` cookie rather than answered.',
  })
  async login(
    @Args('input') input: LoginInput,
    @CurrentAccount() verified: unknown,
    @Meta() meta: RequestMeta,
    @Context('res') res: Response,
  ): Promise<AuthPayloadModel> {
    const account = verified as AccountEntity;
    const tokens = await this.dataSource.transaction(async (manager) => {
      const pair = await this.sessions.start(manager, account, meta);
      await this.audit.record(
        {
          action: 'account.signed_in',
          entity: 'account',
          entityId: account.id,
          actorId: account.id,
          request: meta,
        },
        manager,
      );
      return pair;
    });
    return { ...this.cookie.deliver(res, tokens, input.session), account };
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: `Spends a refresh token for a new pair. Presented again within ${REFRESH_REUSE_GRACE_MS / 1000} s of that, it answers the same new refresh token (with a new access token); later, it ends its session.`,
  })
  async refreshToken(
    @Args('input') input: RefreshTokenInput,
    @Meta() meta: RequestMeta,
  ): Promise<AuthPayloadModel> {
    const { tokens, accountId } = await this.sessions.rotate(input.token, meta);
    return { ...tokens, account: await this.accounts.getById(accountId) };
  }

  @Authorize()
  @Mutation(() => Boolean, { description: 'Ends this session (or every session of the account).' })
  async logout(
    @Args('input') input: LogoutInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      if (input.everywhere)
        await this.sessions.revokeAllOf(manager, caller.id, 'logout everywhere');
      else await this.sessions.revokeIn(manager, [caller.sessionId], 'logout');
      await this.audit.record(
        {
          action: input.everywhere ? 'account.signed_out_everywhere' : 'account.signed_out',
          entity: 'account',
          entityId: caller.id,
          actorId: caller.id,
          request: meta,
        },
        manager,
      );
    });
    return true;
  }

  @Authorize()
  @Mutation(() => Boolean, {
    description: 'Changes the caller’s password; every other session ends.',
  })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ): Promise<boolean> {
    await this.accounts.changePassword(caller, input.currentPassword, input.newPassword, meta);
    return true;
  }
}
