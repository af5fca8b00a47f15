import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, IsNull } from 'typeorm';

import {
  AppConfig,
  AuditTrail,
  BadUserInputError,
  Clock,
  ConflictError,
  ConnectionShape,
  ForbiddenError,
  NotFoundError,
  PageArgs,
  paginate,
  RequestMeta,
} from '@wild/api/core';
import { Role } from '@wild/shared/domain';
import { isLanguageCode, isSt3Code } from '@wild/shared/reference-data';

import { AuthRateLimiter } from '../access/auth-rate-limiter';
import type { AuthenticatedAccount } from '../access/authenticated-account';
import { AccountEntity } from '../accounts/account.entity';
import { AccountsService, normalizeEmail } from '../accounts/accounts.service';
import { INTERNATIONAL_BUREAU } from '../international-bureau';
import { hashToken, SessionsService, TokenPair } from '../sessions/sessions.service';
import { InvitationEntity } from './invitation.entity';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

export function invitationStatus(invitation: InvitationEntity, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return InvitationStatus.ACCEPTED;
  if (invitation.revokedAt) return InvitationStatus.REVOKED;
  if (invitation.expiresAt.getTime() <= now.getTime()) return InvitationStatus.EXPIRED;
  return InvitationStatus.PENDING;
}

/**
 * Who may invite whom: an admin anyone with any role; a broker members and office admins of any
 * office; an office admin members and office admins of its own office; a member nobody.
 */
export function invitationRefusal(
  inviter: Pick<AuthenticatedAccount, 'role' | 'officeCode'>,
  officeCode: string,
  role: Role,
): string | null {
  switch (inviter.role) {
    case Role.ADMIN:
      return null;
    case Role.BROKER:
      return role === Role.MEMBER || role === Role.OFFICE_ADMIN
        ? null
        : 'Brokers may invite members and office admins only.';
    case Role.OFFICE_ADMIN:
      if (officeCode !== inviter.officeCode)
        return 'Office admins may invite people into their own office only.';
      return role === Role.MEMBER || role === Role.OFFICE_ADMIN
        ? null
        : 'Office admins may invite members and office admins only.';
    case Role.MEMBER:
      return 'Members cannot invite.';
  }
}

export interface CreatedInvitation {
  readonly invitation: InvitationEntity;
  /** Shown once: only its hash is kept. */
  readonly token: string;
  readonly acceptUrl: string;
}

export interface InvitationsFilter {
  readonly officeCode?: string | null;
  readonly status?: InvitationStatus | null;
}

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditTrail,
    private readonly limiter: AuthRateLimiter,
    private readonly clock: Clock,
  ) {}

  /** What an invitation is now. */
  statusOf(invitation: InvitationEntity): InvitationStatus {
    return invitationStatus(invitation, this.clock.now());
  }

  async create(
    inviter: AuthenticatedAccount,
    input: { email: string; officeCode: string; role: Role },
    meta: RequestMeta,
  ): Promise<CreatedInvitation> {
    const email = normalizeEmail(input.email);
    const officeCode = input.officeCode.trim().toUpperCase();
    if (!isSt3Code(officeCode)) {
      throw BadUserInputError.field(
        'officeCode',
        `“${input.officeCode}” is not a WIPO ST.3 office code.`,
        'unknownCode',
        { list: 'office', values: [input.officeCode] },
      );
    }
    const refusal = invitationRefusal(inviter, officeCode, input.role);
    if (refusal) throw new ForbiddenError(refusal);
    if (input.role === Role.BROKER && officeCode !== INTERNATIONAL_BUREAU) {
      throw BadUserInputError.field(
        'officeCode',
        'Brokers are International Bureau staff: their office is WO.',
        'brokerOutsideBureau',
      );
    }

    return this.dataSource.transaction(async (manager) => {
      const office = await manager.query(`SELECT 1 FROM office WHERE code = $1`, [officeCode]);
      if (office.length === 0) {
        throw BadUserInputError.field(
          'officeCode',
          `No office with code ${officeCode} is in the network.`,
          'officeNotInNetwork',
          { code: officeCode },
        );
      }
      if (await this.accounts.findByEmail(email, manager)) {
        throw new ConflictError(`${email} already has an account.`);
      }
      // a new invitation replaces a pending one for the same email (a "resend"), but only one
      // the inviter could have revoked: never someone else's that they may not touch
      const pending = await manager.find(InvitationEntity, {
        where: { email, acceptedAt: IsNull(), revokedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      for (const previous of pending) {
        if (!this.mayRevoke(inviter, previous)) {
          throw new ConflictError(
            `${email} has a pending invitation from someone else; it must be revoked first.`,
          );
        }
        await this.revokeIn(manager, previous, inviter, meta, 'replaced');
      }

      const token = randomBytes(32).toString('base64url');
      const invitation = await manager.save(
        manager.create(InvitationEntity, {
          email,
          officeCode,
          role: input.role,
          tokenHash: hashToken(token),
          invitedById: inviter.id,
          expiresAt: new Date(this.clock.nowMs() + this.config.invitationTtlMs),
        }),
      );
      await this.audit.record(
        {
          action: 'invitation.created',
          entity: 'invitation',
          entityId: invitation.id,
          actorId: inviter.id,
          changes: {
            email: { before: null, after: email },
            officeCode: { before: null, after: officeCode },
            role: { before: null, after: input.role },
          },
          request: meta,
        },
        manager,
      );
      const acceptUrl = `${this.config.publicUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
      return { invitation, token, acceptUrl };
    });
  }

  /** Accepting creates the account and signs it in. */
  async accept(
    input: { token: string; fullName: string; password: string; preferredLanguage: string },
    meta: RequestMeta,
  ): Promise<{ account: AccountEntity; tokens: TokenPair }> {
    // failures count, per address and per invitation (the account does not exist yet)
    const keys = { ip: meta.ip, account: hashToken(input.token) };
    await this.limiter.begin('accept-invitation', keys, meta, { count: false });
    try {
      const accepted = await this.acceptChecked(input, meta);
      // the address the person joined from is known to their account
      await this.limiter.succeeded(
        'accept-invitation',
        { ...keys, email: accepted.account.email },
        false,
      );
      return accepted;
    } catch (error) {
      await this.limiter.failed('accept-invitation', keys);
      throw error;
    }
  }

  /**
   * What an invitation link says before it is used (the page that accepts it): the invitation's
   * status as accepting it now would find it — withdrawn (REVOKED) also when its inviter could no
   * longer issue it. A token that is no invitation is refused as `acceptInvitation` refuses it,
   * and counts as a failed attempt against the address.
   */
  async preview(
    token: string,
    meta: RequestMeta,
  ): Promise<{ invitation: InvitationEntity; status: InvitationStatus }> {
    const keys = { ip: meta.ip, account: hashToken(token) };
    await this.limiter.begin('accept-invitation', keys, meta, { count: false });
    const invitation = await this.dataSource.manager.findOneBy(InvitationEntity, {
      tokenHash: hashToken(token),
    });
    if (!invitation) {
      await this.limiter.failed('accept-invitation', keys);
      throw BadUserInputError.field(
        'token',
        'This invitation link is not valid.',
        'invitationInvalid',
      );
    }
    const status = this.statusOf(invitation);
    if (status === InvitationStatus.PENDING) {
      const stands = await this.inviterStands(this.dataSource.manager, invitation);
      return { invitation, status: stands ? status : InvitationStatus.REVOKED };
    }
    return { invitation, status };
  }

  /** An invitation stands only while its inviter could still issue it. */
  private async inviterStands(
    manager: EntityManager,
    invitation: InvitationEntity,
  ): Promise<boolean> {
    if (!invitation.invitedById) return true; // the bootstrap's or the demo's
    const inviter = await manager.findOneBy(AccountEntity, { id: invitation.invitedById });
    return (
      Boolean(inviter?.active) &&
      !invitationRefusal(inviter as AccountEntity, invitation.officeCode, invitation.role)
    );
  }

  private async acceptChecked(
    input: { token: string; fullName: string; password: string; preferredLanguage: string },
    meta: RequestMeta,
  ): Promise<{ account: AccountEntity; tokens: TokenPair }> {
    const preferredLanguage = input.preferredLanguage.trim().toLowerCase();
    if (!isLanguageCode(preferredLanguage)) {
      throw BadUserInputError.field(
        'preferredLanguage',
        `“${input.preferredLanguage}” is not an ISO 639-1 language code.`,
        'unknownCode',
        { list: 'language', values: [input.preferredLanguage] },
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(InvitationEntity, {
        where: { tokenHash: hashToken(input.token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) {
        throw BadUserInputError.field(
          'token',
          'This invitation link is not valid.',
          'invitationInvalid',
        );
      }
      switch (this.statusOf(invitation)) {
        case InvitationStatus.ACCEPTED:
          throw new ConflictError('This invitation has already been used. Sign in instead.');
        case InvitationStatus.REVOKED:
          throw BadUserInputError.field(
            'token',
            'This invitation was withdrawn. Ask for a new one.',
            'invitationWithdrawn',
          );
        case InvitationStatus.EXPIRED:
          throw BadUserInputError.field(
            'token',
            `This invitation expired on ${invitation.expiresAt.toISOString().slice(0, 10)}. Ask for a new one.`,
            'invitationExpired',
            { expiredOn: invitation.expiresAt.toISOString().slice(0, 10) },
          );
        case InvitationStatus.PENDING:
          break;
      }
      if (!(await this.inviterStands(manager, invitation))) {
        throw BadUserInputError.field(
          'token',
          'This invitation was withdrawn. Ask for a new one.',
          'invitationWithdrawn',
        );
      }
      const account = await this.accounts.create(manager, {
        email: invitation.email,
        displayName: input.fullName,
        officeCode: invitation.officeCode,
        role: invitation.role,
        preferredLanguage,
        password: input.password,
      });
      invitation.acceptedAt = this.clock.now();
      invitation.accountId = account.id;
      await manager.save(invitation);
      await this.audit.record(
        {
          action: 'invitation.accepted',
          entity: 'invitation',
          entityId: invitation.id,
          actorId: account.id,
          request: meta,
        },
        manager,
      );
      await this.audit.record(
        {
          action: 'account.created',
          entity: 'account',
          entityId: account.id,
          actorId: account.id,
          changes: {
            email: { before: null, after: account.email },
            officeCode: { before: null, after: account.officeCode },
            role: { before: null, after: account.role },
          },
          request: meta,
        },
        manager,
      );
      const tokens = await this.sessions.start(manager, account, meta);
      return { account, tokens };
    });
  }

  async revoke(
    actor: AuthenticatedAccount,
    invitationId: string,
    meta: RequestMeta,
  ): Promise<InvitationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(InvitationEntity, {
        where: { id: invitationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation || !this.maySee(actor, invitation))
        throw new NotFoundError('No such invitation.');
      const refusal = invitationRefusal(actor, invitation.officeCode, invitation.role);
      if (refusal) throw new ForbiddenError(refusal);
      if (this.statusOf(invitation) !== InvitationStatus.PENDING) {
        throw new ConflictError('Only a pending invitation can be revoked.');
      }
      return this.revokeIn(manager, invitation, actor, meta, 'revoked');
    });
  }

  /** Invitations the caller may see: admins and brokers all, office admins their office's. */
  list(
    actor: AuthenticatedAccount,
    filter: InvitationsFilter,
    page: PageArgs,
  ): Promise<ConnectionShape<InvitationEntity>> {
    const query = this.dataSource.getRepository(InvitationEntity).createQueryBuilder('invitation');
    if (actor.role === Role.OFFICE_ADMIN) {
      query.andWhere('invitation.officeCode = :own', { own: actor.officeCode });
    }
    if (filter.officeCode) {
      query.andWhere('invitation.officeCode = :officeCode', {
        officeCode: filter.officeCode.trim().toUpperCase(),
      });
    }
    switch (filter.status) {
      case InvitationStatus.PENDING:
        query
          .andWhere('invitation.acceptedAt IS NULL AND invitation.revokedAt IS NULL')
          .andWhere('invitation.expiresAt > :now', { now: this.clock.now() });
        break;
      case InvitationStatus.ACCEPTED:
        query.andWhere('invitation.acceptedAt IS NOT NULL');
        break;
      case InvitationStatus.REVOKED:
        query.andWhere('invitation.revokedAt IS NOT NULL');
        break;
      case InvitationStatus.EXPIRED:
        query.andWhere(
          new Brackets((where) =>
            where.where(
              'invitation.acceptedAt IS NULL AND invitation.revokedAt IS NULL AND invitation.expiresAt <= :now',
              { now: this.clock.now() },
            ),
          ),
        );
        break;
      default:
        break;
    }
    return paginate(query, page, [
      {
        expression: 'invitation.createdAt',
        direction: 'DESC',
        valueOf: (invitation) => invitation.createdAt,
      },
      { expression: 'invitation.id', direction: 'DESC', valueOf: (invitation) => invitation.id },
    ]);
  }

  /** Admins and brokers see every invitation; office admins their office's. */
  private maySee(
    actor: Pick<AuthenticatedAccount, 'role' | 'officeCode'>,
    invitation: InvitationEntity,
  ): boolean {
    return (
      actor.role === Role.ADMIN ||
      actor.role === Role.BROKER ||
      (actor.role === Role.OFFICE_ADMIN && invitation.officeCode === actor.officeCode)
    );
  }

  /** Revoking an invitation takes the right to issue it. */
  private mayRevoke(
    actor: Pick<AuthenticatedAccount, 'role' | 'officeCode'>,
    invitation: InvitationEntity,
  ): boolean {
    return (
      this.maySee(actor, invitation) &&
      !invitationRefusal(actor, invitation.officeCode, invitation.role)
    );
  }

  private async revokeIn(
    manager: EntityManager,
    invitation: InvitationEntity,
    actor: AuthenticatedAccount,
    meta: RequestMeta,
    reason: string,
  ): Promise<InvitationEntity> {
    invitation.revokedAt = this.clock.now();
    await manager.update(
      InvitationEntity,
      { id: invitation.id },
      { revokedAt: invitation.revokedAt },
    );
    await this.audit.record(
      {
        action: 'invitation.revoked',
        entity: 'invitation',
        entityId: invitation.id,
        actorId: actor.id,
        changes: {
          status: { before: InvitationStatus.PENDING, after: InvitationStatus.REVOKED },
          reason: { before: null, after: reason },
        },
        request: meta,
      },
      manager,
    );
    return invitation;
  }
}
