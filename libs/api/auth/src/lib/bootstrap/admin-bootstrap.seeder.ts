import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { EntityManager } from 'typeorm';

import { AppConfig, AuditTrail, ConfigError } from '@wild/api/core';
import { Seed, Seeder } from '@wild/api/database';
import { Role } from '@wild/shared/domain';

import { AccountEntity } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';
import { INTERNATIONAL_BUREAU } from '../international-bureau';
import { passwordProblems } from '../passwords/password-policy';

/**
 * ADMIN_EMAIL and ADMIN_PASSWORD create the first admin, at the International Bureau, once: a
 * restart with another password changes nothing (the admin changes it with `changePassword`).
 */
@Injectable()
@Seed({ name: 'bootstrap admin', order: 20, kind: 'reference' })
export class AdminBootstrapSeeder implements Seeder {
  constructor(
    private readonly config: AppConfig,
    private readonly accounts: AccountsService,
    private readonly audit: AuditTrail,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext(AdminBootstrapSeeder.name);
  }

  async seed(manager: EntityManager): Promise<void> {
    const admin = this.config.admin;
    if (!admin) return;
    // only the first admin: once any admin exists, ADMIN_EMAIL and ADMIN_PASSWORD change nothing
    if (await manager.existsBy(AccountEntity, { role: Role.ADMIN })) return;
    const problems = passwordProblems(admin.password, admin.email);
    if (problems.length > 0)
      throw new ConfigError(problems.map((problem) => `ADMIN_PASSWORD: ${problem}`));
    const account = await this.accounts.create(manager, {
      email: admin.email,
      displayName: 'Administrator',
      officeCode: INTERNATIONAL_BUREAU,
      role: Role.ADMIN,
      preferredLanguage: 'en',
      password: admin.password,
    });
    await this.audit.record(
      {
        action: 'account.created',
        entity: 'account',
        entityId: account.id,
        actorId: null,
        changes: {
          role: { before: null, after: Role.ADMIN },
          source: { before: null, after: 'ADMIN_EMAIL' },
        },
      },
      manager,
    );
    this.logger.info({ email: admin.email }, 'Created the first admin from ADMIN_EMAIL');
  }
}
