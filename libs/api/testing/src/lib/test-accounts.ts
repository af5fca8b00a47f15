import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

import { AccountEntity, AccountsService, SessionsService } from '@wild/api/auth';
import { Role } from '@wild/shared/domain';

import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestAccount {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  readonly role: Role;
  readonly officeCode: string;
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly entity: AccountEntity;
}

export interface TestAccountOptions {
  readonly role?: Role;
  readonly officeCode?: string;
  readonly email?: string;
  readonly password?: string;
  readonly displayName?: string;
}

/**
 * Creates an account through the app's own services and opens a real session for it, so a test
 * holds genuine tokens without going through invitations each time.
 */
export async function createTestAccount(
  api: TestApp,
  options: TestAccountOptions = {},
): Promise<TestAccount> {
  const role = options.role ?? Role.MEMBER;
  const officeCode =
    options.officeCode ?? (role === Role.BROKER || role === Role.ADMIN ? 'WO' : 'FR');
  const email =
    options.email ?? `${role.toLowerCase()}.${randomBytes(4).toString('hex')}@test.wild.example`;
  const password = options.password ?? TEST_PASSWORD;
  const accounts = api.app.get(AccountsService);
  const sessions = api.app.get(SessionsService);
  return api.app.get(DataSource).transaction(async (manager) => {
    const entity = await accounts.create(manager, {
      email,
      displayName: options.displayName ?? `Test ${role}`,
      officeCode,
      role,
      preferredLanguage: 'en',
      password,
    });
    const tokens = await sessions.start(manager, entity, {
      ip: '127.0.0.1',
      userAgent: 'jest',
      requestId: null,
    });
    return { id: entity.id, email, password, role, officeCode, ...tokens, entity };
  });
}
