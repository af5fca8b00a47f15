import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';

import { AppConfig, AuditTrail, Clock, RequestMeta, UnauthenticatedError } from '@wild/api/core';

import { AuthRateLimiter } from '../access/auth-rate-limiter';
import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  AccessTokenClaims,
  AuthenticatedAccount,
} from '../access/authenticated-account';
import { AccountEntity } from '../accounts/account.entity';
import { AuthSessionEntity } from './auth-session.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { openSuccessor, sealSuccessor } from './successor-seal';

/** How long a session check is cached: a logout elsewhere ends an access token within this. */
export const SESSION_CHECK_CACHE_MS = 5_000;

/**
 * The refresh grace: a spent refresh token presented again within this long after it was spent
 * (two tabs refreshing at once, a reload while a refresh was under way) is answered with the
 * successor already issued for it, and a new access token, instead of ending the session. Later,
 * a spent token presented again means it was stolen: the session ends.
 */
export const REFRESH_REUSE_GRACE_MS = 10_000;

/** How many spent tokens, each spent within the grace, the grace follows to the live one. */
const MAX_GRACE_HOPS = 32;

const NOT_VALID = 'This refresh token is not valid. Please sign in again.';
const ENDED = 'This session has ended. Please sign in again.';
const EXPIRED = 'This refresh token has expired. Please sign in again.';
const REUSED =
  'This refresh token was already used, so the session has been closed for safety. Please sign in again.';

export interface TokenPair {
  readonly accessToken: string;
  readonly accessTokenExpiresAt: Date;
  readonly refreshToken: string;
  readonly refreshTokenExpiresAt: Date;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What a seal is bound to: its row, and the address and browser that spent the token. The grace
 * serves the same browser again (two tabs, a reload); a replay from elsewhere opens nothing and
 * counts as reuse, even within the grace.
 */
function sealBinding(rowId: string, meta: RequestMeta): string {
  const spender = createHash('sha256')
    .update(`${meta.ip ?? ''}\n${meta.userAgent ?? ''}`)
    .digest('base64url');
  return `${rowId}.${spender}`;
}

/** What a rotation came to, decided inside its transaction. */
type RotationOutcome =
  | { readonly error: string; readonly accountId: string | null }
  | { readonly tokens: TokenPair; readonly accountId: string; readonly email: string };

/**
 * Sessions: a sign-in opens one; refresh tokens rotate within it (each spent once; presenting a
 * spent one after the refresh grace revokes the whole session, since it means the token was
 * stolen); logout revokes it.
 */
@Injectable()
export class SessionsService {
  private readonly checks = new Map<
    string,
    { until: number; account: AuthenticatedAccount | null }
  >();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly audit: AuditTrail,
    private readonly limiter: AuthRateLimiter,
    private readonly clock: Clock,
  ) {}

  /** Opens a session for an account that just proved who it is, and issues its first tokens. */
  async start(
    manager: EntityManager,
    account: AccountEntity,
    meta: RequestMeta,
  ): Promise<TokenPair> {
    const session = await manager.save(
      manager.create(AuthSessionEntity, {
        accountId: account.id,
        ip: meta.ip,
        userAgent: meta.userAgent,
      }),
    );
    return this.issue(manager, account.id, session.id);
  }

  /**
   * Spends a refresh token and returns a new pair in the same session. A token spent less than
   * {@link REFRESH_REUSE_GRACE_MS} ago returns the successor already issued for it (following the
   * chain to the live token) with a new access token; spent longer ago, it revokes the session.
   * Only failures count against the sign-in limits, per address.
   */
  async rotate(
    token: string,
    meta: RequestMeta,
  ): Promise<{ tokens: TokenPair; accountId: string }> {
    // the token names its account only once looked up: checked per address first
    await this.limiter.begin('refresh', { ip: meta.ip, account: null }, meta, { count: false });
    const outcome = await this.dataSource.transaction(async (manager): Promise<RotationOutcome> => {
      const stored = await manager.findOne(RefreshTokenEntity, {
        where: { tokenHash: hashToken(token) },
      });
      if (!stored) return { error: NOT_VALID, accountId: null };
      const session = await manager.findOneByOrFail(AuthSessionEntity, {
        id: stored.sessionId,
      });
      const account = await manager.findOneBy(AccountEntity, { id: session.accountId });
      const accountId = session.accountId;
      if (session.revokedAt || !account?.active) return { error: ENDED, accountId };
      // an expired token is refused as expired, never spent (so it cannot look reused later)
      if (stored.expiresAt.getTime() <= this.clock.nowMs()) return { error: EXPIRED, accountId };
      // spend it, its successor sealed beside it, unless someone spent it first; a concurrent
      // rotation waits here for the first to commit, then finds the token spent
      const successor = newOpaqueToken();
      const spent = await manager.update(
        RefreshTokenEntity,
        { id: stored.id, usedAt: IsNull() },
        {
          usedAt: this.clock.now(),
          successorSealed: sealSuccessor(token, successor, sealBinding(stored.id, meta)),
        },
      );
      let tokens: TokenPair;
      if (spent.affected) {
        tokens = await this.issue(manager, accountId, session.id, successor);
        // a seal serves the grace only: past it, none is kept, so that an old token and a read
        // of the database never lead along the chain to the live one
        await manager
          .createQueryBuilder()
          .update(RefreshTokenEntity)
          .set({ successorSealed: null })
          .where('sessionId = :sessionId', { sessionId: session.id })
          .andWhere('successorSealed IS NOT NULL')
          .andWhere('usedAt < :cutoff', {
            cutoff: new Date(this.clock.nowMs() - REFRESH_REUSE_GRACE_MS),
          })
          .execute();
      } else {
        const live = await this.liveSuccessorOf(manager, token, stored.id, meta);
        if (live === 'expired') return { error: EXPIRED, accountId };
        if (!live) {
          await this.revokeIn(manager, [session.id], 'refresh token reuse');
          await this.audit.record(
            {
              action: 'session.revoked_on_token_reuse',
              entity: 'account',
              entityId: accountId,
              actorId: accountId,
              request: meta,
            },
            manager,
          );
          return { error: REUSED, accountId };
        }
        tokens = {
          ...(await this.signAccessToken(accountId, session.id)),
          refreshToken: live.token,
          refreshTokenExpiresAt: live.expiresAt,
        };
        await this.audit.record(
          {
            action: 'session.refresh_grace_used',
            entity: 'account',
            entityId: accountId,
            actorId: accountId,
            request: meta,
          },
          manager,
        );
      }
      await manager.update(AuthSessionEntity, { id: session.id }, { lastUsedAt: this.clock.now() });
      return { tokens, accountId, email: account.email };
    });
    // limited per address only: a refresh token cannot be guessed, and names its account only
    // once looked up
    const keys = { ip: meta.ip, account: null };
    if ('error' in outcome) {
      await this.limiter.failed('refresh', keys);
      throw new UnauthenticatedError(outcome.error);
    }
    // staying signed in through refreshes keeps the address known to the account
    await this.limiter.succeeded('refresh', { ...keys, email: outcome.email }, false);
    return { tokens: outcome.tokens, accountId: outcome.accountId };
  }

  /**
   * Ends the session a refresh token belongs to (a browser's sign-out, which holds the token in a
   * cookie), audited as a sign-out. Idempotent: an unknown token, or a session already ended,
   * changes nothing.
   */
  async endByRefreshToken(token: string, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const stored = await manager.findOne(RefreshTokenEntity, {
        select: { id: true, sessionId: true },
        where: { tokenHash: hashToken(token) },
      });
      if (!stored) return;
      const session = await manager.findOneBy(AuthSessionEntity, { id: stored.sessionId });
      if (!session || !(await this.revokeIn(manager, [session.id], 'logout'))) return;
      await this.audit.record(
        {
          action: 'account.signed_out',
          entity: 'account',
          entityId: session.accountId,
          actorId: session.accountId,
          request: meta,
        },
        manager,
      );
    });
  }

  /** The account behind a session, if the session is live (cached for a few seconds). */
  async authenticate(sessionId: string, accountId: string): Promise<AuthenticatedAccount> {
    const cached = this.checks.get(sessionId);
    const now = this.clock.nowMs();
    let account = cached && cached.until > now ? cached.account : undefined;
    if (account === undefined) {
      account = await this.loadLiveSession(sessionId);
      this.checks.set(sessionId, { until: now + SESSION_CHECK_CACHE_MS, account });
      if (this.checks.size > 10_000) this.pruneChecks();
    }
    if (!account || account.id !== accountId) {
      throw new UnauthenticatedError('This session has ended. Please sign in again.');
    }
    return account;
  }

  /**
   * Revokes sessions in a transaction; their refresh and access tokens stop working. Answers how
   * many were live.
   */
  async revokeIn(
    manager: EntityManager,
    sessionIds: readonly string[],
    reason: string,
  ): Promise<number> {
    if (sessionIds.length === 0) return 0;
    const revoked = await manager.update(
      AuthSessionEntity,
      { id: In([...sessionIds]), revokedAt: IsNull() },
      { revokedAt: this.clock.now(), revokedReason: reason },
    );
    for (const id of sessionIds) this.checks.delete(id);
    return revoked.affected ?? 0;
  }

  /** Revokes every live session of an account, but `keep`. */
  async revokeAllOf(
    manager: EntityManager,
    accountId: string,
    reason: string,
    keep?: string,
  ): Promise<void> {
    const sessions = await manager.find(AuthSessionEntity, {
      select: { id: true },
      where: { accountId, revokedAt: IsNull(), ...(keep ? { id: Not(keep) } : {}) },
    });
    await this.revokeIn(
      manager,
      sessions.map((session) => session.id),
      reason,
    );
  }

  /**
   * The live token a spent one leads to, through successors each spent within the grace; `null`
   * when the grace is over (or the token was spent before successors were kept): that is reuse.
   */
  private async liveSuccessorOf(
    manager: EntityManager,
    token: string,
    rowId: string,
    meta: RequestMeta,
  ): Promise<{ token: string; expiresAt: Date } | 'expired' | null> {
    const now = this.clock.nowMs();
    let presented = token;
    // read again: a concurrent rotation may have spent it since it was first read
    let row = await manager.findOneBy(RefreshTokenEntity, { id: rowId });
    for (let hop = 0; row && hop <= MAX_GRACE_HOPS; hop++) {
      if (!row.usedAt) {
        if (row.expiresAt.getTime() <= now) return 'expired';
        return { token: presented, expiresAt: row.expiresAt };
      }
      if (now - row.usedAt.getTime() > REFRESH_REUSE_GRACE_MS || !row.successorSealed) return null;
      const successor = openSuccessor(presented, row.successorSealed, sealBinding(row.id, meta));
      if (!successor) return null;
      const next = await manager.findOneBy(RefreshTokenEntity, { tokenHash: hashToken(successor) });
      if (next?.sessionId !== row.sessionId) return null;
      presented = successor;
      row = next;
    }
    return null;
  }

  private async issue(
    manager: EntityManager,
    accountId: string,
    sessionId: string,
    refreshToken = newOpaqueToken(),
  ): Promise<TokenPair> {
    const refreshTokenExpiresAt = new Date(this.clock.nowMs() + this.config.refreshTokenTtlMs);
    await manager.insert(RefreshTokenEntity, {
      sessionId,
      tokenHash: hashToken(refreshToken),
      expiresAt: refreshTokenExpiresAt,
    });
    return {
      ...(await this.signAccessToken(accountId, sessionId)),
      refreshToken,
      refreshTokenExpiresAt,
    };
  }

  private async signAccessToken(
    accountId: string,
    sessionId: string,
  ): Promise<Pick<TokenPair, 'accessToken' | 'accessTokenExpiresAt'>> {
    const claims: AccessTokenClaims = { sub: accountId, sid: sessionId };
    const accessTokenExpiresAt = new Date(this.clock.nowMs() + this.config.accessTokenTtlMs);
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: 'HS256',
      secret: this.config.jwtSecret,
      expiresIn: Math.floor(this.config.accessTokenTtlMs / 1000),
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
    });
    return { accessToken, accessTokenExpiresAt };
  }

  private async loadLiveSession(sessionId: string): Promise<AuthenticatedAccount | null> {
    const row = await this.dataSource
      .createQueryBuilder(AuthSessionEntity, 'session')
      .innerJoin(AccountEntity, 'account', 'account.id = session.accountId')
      .select([
        'account.id AS id',
        'account.email AS email',
        'account.display_name AS "displayName"',
        'account.role AS role',
        'account.office_code AS "officeCode"',
        'account.preferred_language AS "preferredLanguage"',
        'session.id AS "sessionId"',
      ])
      .where('session.id = :sessionId', { sessionId })
      .andWhere('session.revokedAt IS NULL')
      .andWhere('account.active = true')
      .getRawOne<AuthenticatedAccount>();
    return row ?? null;
  }

  private pruneChecks(): void {
    const now = this.clock.nowMs();
    for (const [id, check] of this.checks) if (check.until <= now) this.checks.delete(id);
  }
}
