import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';

import { requestMetaOf } from '@wild/api/core';

import { AccountEntity } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';

/** Email and password, checked against the stored argon2id hash. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly accounts: AccountsService) {
    super({
      usernameField: 'email',
      passwordField: 'password',
      passReqToCallback: true,
      session: false,
    });
  }

  validate(req: Request, email: string, password: string): Promise<AccountEntity> {
    return this.accounts.verifyCredentials(email, password, requestMetaOf(req));
  }
}
