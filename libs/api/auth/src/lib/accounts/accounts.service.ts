import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, SelectQueryBuilder } from 'typeorm';

import {
  AuditTrail,
  BadUserInputError,
  Clock,
  ConflictError,
  ConnectionShape,
  ForbiddenError,
  KeysetOrderKey,
  NotFoundError,
  PageArgs,
  paginate,
  RequestMeta,
  UnauthenticatedError,
} from '@wild/api/core';
import { Role } from '@wild/shared/domain';
import { isLanguageCode, isSt3Code } from '@wild/shared/reference-data';

import { AuthRateLimiter } from '../access/auth-rate-limiter';
import type { AuthenticatedAccount } from '../access/authenticated-account';
import { INTERNATIONAL_BUREAU } from '../international-bureau';
import { InvitationEntity } from '../invitations/invitation.entity';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertPasswordPolicy } from '../passwords/password-policy';
import { SessionsService } from '../sessions/sessions.service';
import { ACCOUNT_CREATED_LISTENER, AccountCreatedListener } from './account-created.listener';
import { AccountEntity } from './account.entity';

const WRONG_CREDENTIALS = 'The email or the password is not right.';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface AccountsFilter {
  readonly officeCode?: string | null;
  readonly role?: Role | null;
  readonly active?: boolean | null;
  readonly search?: string | null;
}

/** Words of a search past this many are ignored: a few words of a name or an address. */
export const MAX_ACCOUNT_SEARCH_WORDS = 8;

/**
 * The words of an accounts search: split at white space (an address stays one word), Unicode NFC
 * and lower case; none when nothing is left.
 */
export function accountSearchWords(search: string | null | undefined): string[] {
  return (search ?? '')
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFC')
    .split(/\s+/u)
    .filter(Boolean)
    .slice(0, MAX_ACCOUNT_SEARCH_WORDS);
}

/**
 * A word as a LIKE pattern that finds it anywhere: unaccented by the same function as the
 * compared column (so an index on that expression serves it), then its `\`, `%` and `_` escaped,
 * so that they match themselves.
 */
const containsPattern = (parameter: string) =>
  String.raw`'%' || replace(replace(replace(immutable_unaccent(:${parameter}), '\', '\\'), '%', '\%'), '_', '\_') || '%'`;

/** What accounts are sorted by: the display name, accent- and case-insensitively. */
const SORT_NAME = 'immutable_unaccent(lower(account.displayName))';

/** The accounts list's order: by display name, then id (so the order is total and stable). */
const ACCOUNTS_ORDER: readonly KeysetOrderKey<AccountEntity>[] = [
  {
    expression: SORT_NAME,
    direction: 'ASC',
    selectAs: 'account_sort_name',
    valueOf: (_account, raw) => raw['account_sort_name'] as string,
  },
  { expression: 'account.id', direction: 'ASC', valueOf: (account) => account.id },
];

/** An ST.3 office code of a filter, upper-cased; anything else is BAD_USER_INPUT `unknownCode`. */
function filterOfficeCode(value: string, field: string): string {
  const code = value.trim().toUpperCase();
  if (!isSt3Code(code)) {
    throw BadUserInputError.field(
      field,
      `“${value}” is not a WIPO ST.3 office code (such as FR, EP or WO).`,
      'unknownCode',
      { list: 'office', values: [value] },
    );
  }
  return code;
}

/** Accounts: credentials, roles, activation. */
/** Refuses a change that would leave the network without an active admin. */
function assertAnotherActiveAdmin(activeAdmins: readonly string[], accountId: string): void {
  if (!activeAdmins.some((id) => id !== accountId)) {
    throw new ConflictError(
      'This is the last active admin: name another admin first.',
      'LAST_ACTIVE_ADMIN',
    );
  }
}

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly audit: AuditTrail,
    private readonly limiter: AuthRateLimiter,
    private readonly clock: Clock,
    @Optional()
    @Inject(ACCOUNT_CREATED_LISTENER)
    private readonly accountCreated?: AccountCreatedListener,
  ) {}

  /**
   * The account behind an email and password. A wrong email, a wrong password and a deactivated
   * account all answer the same, in the same time.
   */
  async verifyCredentials(
    email: string,
    password: string,
    meta: RequestMeta,
  ): Promise<AccountEntity> {
    const address = normalizeEmail(email);
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .where('account.email = :address', { address })
      .getOne();
    const valid = account
      ? await this.hasher.verify(account.passwordHash, password)
      : await this.hasher.verifyNothing(password);
    if (!account || !valid || !account.active) {
      await this.audit.record({
        action: 'account.sign_in_failed',
        entity: 'account',
        entityId: account?.id ?? null,
        actorId: null,
        actorEmail: address,
        request: meta,
      });
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    return account;
  }

  async getById(id: string): Promise<AccountEntity> {
    const account = await this.dataSource.getRepository(AccountEntity).findOneBy({ id });
    if (!account) throw new NotFoundError('No such account.');
    return account;
  }

  /**
   * The accounts a caller may list, by display name: admins every account, office admins their
   * own office's (another office's `officeCode` matches none, as for invitations); nobody else.
   */
  list(
    actor: Pick<AuthenticatedAccount, 'role' | 'officeCode'>,
    filter: AccountsFilter,
    page: PageArgs,
  ): Promise<ConnectionShape<AccountEntity>> {
    return paginate(this.listed(actor, filter), page, ACCOUNTS_ORDER);
  }

  private listed(
    actor: Pick<AuthenticatedAccount, 'role' | 'officeCode'>,
    filter: AccountsFilter,
  ): SelectQueryBuilder<AccountEntity> {
    const query = this.dataSource.getRepository(AccountEntity).createQueryBuilder('account');
    switch (actor.role) {
      case Role.ADMIN:
        break;
      case Role.OFFICE_ADMIN:
        query.andWhere('account.officeCode = :ownOffice', { ownOffice: actor.officeCode });
        break;
      default:
        throw new ForbiddenError('Only admins and office admins may list accounts.');
    }
    if (filter.officeCode !== null && filter.officeCode !== undefined) {
      query.andWhere('account.officeCode = :officeCode', {
        officeCode: filterOfficeCode(filter.officeCode, 'filter.officeCode'),
      });
    }
    if (filter.role) query.andWhere('account.role = :role', { role: filter.role });
    if (typeof filter.active === 'boolean') {
      query.andWhere('account.active = :active', { active: filter.active });
    }
    accountSearchWords(filter.search).forEach((word, index) => {
      const parameter = `searchWord${index}`;
      const pattern = containsPattern(parameter);
      query.andWhere(
        `(${SORT_NAME} LIKE ${pattern} OR immutable_unaccent(account.email) LIKE ${pattern})`,
        { [parameter]: word },
      );
    });
    return query;
  }

  async findByEmail(
    email: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AccountEntity | null> {
    return manager.findOneBy(AccountEntity, { email: normalizeEmail(email) });
  }

  /** Creates an account (from an accepted invitation, the bootstrap admin or the demo). */
  async create(
    manager: EntityManager,
    values: Pick<
      AccountEntity,
      'email' | 'displayName' | 'officeCode' | 'role' | 'preferredLanguage'
    > & {
      password: string;
      illustrative?: boolean;
      passwordHash?: string;
    },
  ): Promise<AccountEntity> {
    const email = normalizeEmail(values.email);
    if (await this.findByEmail(email, manager)) {
      throw new ConflictError(`An account for ${email} exists already.`);
    }
    if (!values.passwordHash) assertPasswordPolicy(values.password, email);
    const account = manager.create(AccountEntity, {
      email,
      displayName: values.displayName.trim(),
      officeCode: values.officeCode,
      role: values.role,
      preferredLanguage: values.preferredLanguage,
      passwordHash: values.passwordHash ?? (await this.hasher.hash(values.password)),
      illustrative: values.illustrative ?? false,
    });
    const saved = await manager.save(account);
    await this.accountCreated?.accountCreated(saved, manager);
    return saved;
  }

  async setRole(
    actor: AuthenticatedAccount,
    accountId: string,
    role: Role,
    meta: RequestMeta,
  ): Promise<AccountEntity> {
    return this.dataSource.transaction(async (manager) => {
      const admins = await this.lockActiveAdmins(manager);
      const account = await this.lockedAccount(manager, accountId);
      if (account.role === role) return account;
      if (role === Role.BROKER && account.officeCode !== INTERNATIONAL_BUREAU) {
        throw BadUserInputError.field(
          'role',
          'Brokers are International Bureau staff: only an account of WO can be a broker.',
          'brokerOutsideBureau',
        );
      }
      if (account.role === Role.ADMIN) assertAnotherActiveAdmin(admins, account.id);
      const before = account.role;
      account.role = role;
      await manager.save(account);
      // a role change takes effect at once, not when the cached session check expires
      await this.sessions.revokeAllOf(manager, account.id, 'role changed');
      await this.revokePendingInvitationsOf(manager, account.id);
      await this.audit.record(
        {
          action: 'account.role_changed',
          entity: 'account',
          entityId: account.id,
          actorId: actor.id,
          changes: { role: { before, after: role } },
          request: meta,
        },
        manager,
      );
      return account;
    });
  }

  /** The caller's own language; an unchanged language writes nothing. */
  async setPreferredLanguage(
    actor: AuthenticatedAccount,
    language: string,
    meta: RequestMeta,
  ): Promise<AccountEntity> {
    const preferredLanguage = language.trim().toLowerCase();
    if (!isLanguageCode(preferredLanguage)) {
      throw BadUserInputError.field(
        'language',
        `“${language}” is not an ISO 639-1 language code.`,
        'unknownCode',
        { list: 'language', values: [language] },
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const account = await this.lockedAccount(manager, actor.id);
      if (account.preferredLanguage === preferredLanguage) return account;
      const before = account.preferredLanguage;
      account.preferredLanguage = preferredLanguage;
      await manager.save(account);
      await this.audit.record(
        {
          action: 'account.language_changed',
          entity: 'account',
          entityId: account.id,
          actorId: actor.id,
          changes: { preferredLanguage: { before, after: preferredLanguage } },
          request: meta,
        },
        manager,
      );
      return account;
    });
  }

  async deactivate(
    actor: AuthenticatedAccount,
    accountId: string,
    meta: RequestMeta,
  ): Promise<AccountEntity> {
    if (actor.id === accountId) {
      throw BadUserInputError.field(
        'accountId',
        'You cannot deactivate your own account.',
        'cannotDeactivateSelf',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const admins = await this.lockActiveAdmins(manager);
      const account = await this.lockedAccount(manager, accountId);
      if (!account.active) return account;
      if (account.role === Role.ADMIN) assertAnotherActiveAdmin(admins, account.id);
      account.active = false;
      account.deactivatedAt = this.clock.now();
      await manager.save(account);
      await this.sessions.revokeAllOf(manager, account.id, 'account deactivated');
      await this.revokePendingInvitationsOf(manager, account.id);
      await this.audit.record(
        {
          action: 'account.deactivated',
          entity: 'account',
          entityId: account.id,
          actorId: actor.id,
          changes: { active: { before: true, after: false } },
          request: meta,
        },
        manager,
      );
      return account;
    });
  }

  /** Changes the caller's password and ends every other session of theirs. */
  async changePassword(
    actor: AuthenticatedAccount,
    currentPassword: string,
    newPassword: string,
    meta: RequestMeta,
  ): Promise<void> {
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .where('account.id = :id', { id: actor.id })
      .getOneOrFail();
    // a stolen access token must not become a way to guess the password
    const keys = { ip: meta.ip, account: actor.id, email: account.email };
    await this.limiter.begin('change-password', keys, meta, { count: true });
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) {
      throw BadUserInputError.field(
        'currentPassword',
        'This is not your current password.',
        'notYourCurrentPassword',
      );
    }
    await this.limiter.succeeded('change-password', keys, true);
    assertPasswordPolicy(newPassword, account.email, 'newPassword');
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        AccountEntity,
        { id: account.id },
        { passwordHash, passwordChangedAt: this.clock.now() },
      );
      await this.sessions.revokeAllOf(manager, account.id, 'password changed', actor.sessionId);
      await this.audit.record(
        {
          action: 'account.password_changed',
          entity: 'account',
          entityId: account.id,
          actorId: actor.id,
          request: meta,
        },
        manager,
      );
    });
  }

  private async lockedAccount(manager: EntityManager, id: string): Promise<AccountEntity> {
    const account = await manager.findOne(AccountEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!account) throw new NotFoundError('No such account.');
    return account;
  }

  /**
   * The network must keep an active admin: the last one cannot be demoted or deactivated. A role
   * change or a deactivation first locks every active admin row, in id order, then its account:
   * two admins demoting each other at once wait for one another (one then finds itself the last)
   * instead of each holding the row the other needs (a deadlock).
   */
  private async lockActiveAdmins(manager: EntityManager): Promise<string[]> {
    const admins = await manager
      .createQueryBuilder(AccountEntity, 'account')
      .select('account.id')
      .where('account.role = :role', { role: Role.ADMIN })
      .andWhere('account.active = true')
      .orderBy('account.id')
      .setLock('pessimistic_write')
      .getMany();
    return admins.map((admin) => admin.id);
  }

  /** An invitation stands only while its inviter keeps the role that issued it. */
  private async revokePendingInvitationsOf(
    manager: EntityManager,
    accountId: string,
  ): Promise<void> {
    await manager.update(
      InvitationEntity,
      { invitedById: accountId, acceptedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
  }
}
