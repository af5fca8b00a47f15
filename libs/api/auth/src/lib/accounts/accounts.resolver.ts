import { Mutation, Query, Resolver } from '@nestjs/graphql';

import { Args, Meta, RequestMeta } from '@wild/api/core';
import { Role } from '@wild/shared/domain';

import { Authorize, CurrentAccount } from '../access/access.decorators';
import type { AuthenticatedAccount } from '../access/authenticated-account';
import { AccountsService } from './accounts.service';
import {
  AccountsArgs,
  DeactivateAccountInput,
  SetPreferredLanguageInput,
  SetRoleInput,
} from './dto/account.inputs';
import { AccountConnection, AccountModel } from './models/account.model';

@Resolver(() => AccountModel)
export class AccountsResolver {
  constructor(private readonly accountsService: AccountsService) {}

  @Authorize()
  @Query(() => AccountModel, { description: 'The signed-in account.' })
  me(@CurrentAccount() caller: AuthenticatedAccount): Promise<AccountModel> {
    return this.accountsService.getById(caller.id);
  }

  @Authorize(Role.OFFICE_ADMIN)
  @Query(() => AccountConnection, {
    description:
      'Accounts by display name, then id (admins and office admins only): every account for admins, their own office’s for office admins (asked for another office, none).',
  })
  accounts(
    @CurrentAccount() caller: AuthenticatedAccount,
    @Args() args: AccountsArgs,
  ): Promise<AccountConnection> {
    return this.accountsService.list(caller, args.filter ?? {}, args);
  }

  @Authorize()
  @Mutation(() => AccountModel, {
    description: 'Saves the caller’s preferred language (the web app’s language switch).',
  })
  setPreferredLanguage(
    @Args('input') input: SetPreferredLanguageInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ): Promise<AccountModel> {
    return this.accountsService.setPreferredLanguage(caller, input.language, meta);
  }

  @Authorize(Role.ADMIN)
  @Mutation(() => AccountModel, {
    description: 'Gives an account another role (admins only); its sessions end.',
  })
  setRole(
    @Args('input') input: SetRoleInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ): Promise<AccountModel> {
    return this.accountsService.setRole(caller, input.accountId, input.role, meta);
  }

  @Authorize(Role.ADMIN)
  @Mutation(() => AccountModel, {
    description: 'Blocks sign-in and ends every session of an account (admins only).',
  })
  deactivateAccount(
    @Args('input') input: DeactivateAccountInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ): Promise<AccountModel> {
    return this.accountsService.deactivate(caller, input.accountId, meta);
  }
}
