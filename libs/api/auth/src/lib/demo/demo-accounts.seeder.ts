import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Seed, Seeder } from '@wild/api/database';

import { AccountsService } from '../accounts/accounts.service';
import { PasswordHasher } from '../passwords/password-hasher';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

/** The demo accounts (DEMO_DATA): added when missing, marked illustrative. */
@Injectable()
@Seed({ name: 'demo accounts', order: 30, kind: 'demo' })
export class DemoAccountsSeeder implements Seeder {
  constructor(
    private readonly accounts: AccountsService,
    private readonly hasher: PasswordHasher,
  ) {}

  async seed(manager: EntityManager): Promise<void> {
    let passwordHash: string | undefined;
    for (const demo of DEMO_ACCOUNTS) {
      if (await this.accounts.findByEmail(demo.email, manager)) continue;
      passwordHash ??= await this.hasher.hash(DEMO_PASSWORD); // one hash for the shared password
      await this.accounts.create(manager, {
        ...demo,
        password: DEMO_PASSWORD,
        passwordHash,
        illustrative: true,
      });
    }
  }
}
