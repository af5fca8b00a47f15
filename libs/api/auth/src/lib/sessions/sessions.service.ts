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

/** How long a session check is cached: a logout elsewhere ends an access token within this. */
export const SESSION_CHECK_CACHE_MS = 5_000;

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
 * Sessions: a sign-in opens one; refresh tokens rotate within it (each spent once; presenting a
 * spent one revokes the whole session, since it means the token was stolen); logout revokes it.
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
   * Spends a refresh token and returns a new pair in the same session. Only failures count
   * against the sign-in limits, per address.
   */
  async rotate(
    token: string,
    meta: RequestMeta,
  ): Promise<{ tokens: TokenPair; accountId: string }> {
    // the token names its account only once looked up: checked per address first
    await this.limiter.begin('refresh', { ip: meta.ip, account: null }, meta, { count: false });
    const outcome = await this.dataSource.transaction(async (manager) => {
      const stored = await manager.findOne(RefreshTokenEntity, {
        where: { tokenHash: hashToken(token) },
      });
      if (!stored)
        return { error: 'This refresh token is not valid. Please sign in again.', accountId: null };
      const session = await manager.findOneByOrFail(AuthSessionEntity, { id: stored.sessionId });
      const account = await manager.findOneBy(AccountEntity, { id: session.accountId });
      const accountId = session.accountId;
      if (session.revokedAt || !account?.active) {
        return { error: 'This session has ended. Please sign in again.', accountId };
      }
      // an expired token is refused as expired, never spent (so it cannot look reused later)
      if (stored.expiresAt.getTime() <= this.clock.nowMs()) {
        return { error: 'This refresh token has expired. Please sign in again.', accountId };
      }
      // spend it, unless someone spent it first (a concurrent rotation counts as reuse)
      const spent = await manager.update(
        RefreshTokenEntity,
        { id: stored.id, usedAt: IsNull() },
        { usedAt: this.clock.now() },
      );
      if (!spent.affected) {
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
        return {
          error:
            'This refresh token was already used, so the session has been closed for safety. Please sign in again.',
          accountId,
        };
      }
      await manager.update(AuthSessionEntity, { id: session.id }, { lastUsedAt: this.clock.now() });
      const tokens = await this.issue(manager, accountId, session.id);
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

  /** Revokes sessions in a transaction; their refresh and access tokens stop working. */
  async revokeIn(
    manager: EntityManager,
    sessionIds: readonly string[],
    reason: string,
  ): Promise<void> {
    if (sessionIds.length === 0) return;
    await manager.update(
      AuthSessionEntity,
      { id: In([...sessionIds]), revokedAt: IsNull() },
      { revokedAt: this.clock.now(), revokedReason: reason },
    );
    for (const id of sessionIds) this.checks.delete(id);
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

  private async issue(
    manager: EntityManager,
    accountId: string,
    sessionId: string,
  ): Promise<TokenPair> {
    const refreshToken = newOpaqueToken();
    const refreshTokenExpiresAt = new Date(this.clock.nowMs() + this.config.refreshTokenTtlMs);
    await manager.insert(RefreshTokenEntity, {
      sessionId,
      tokenHash: hashToken(refreshToken),
      expiresAt: refreshTokenExpiresAt,
    });
    const claims: AccessTokenClaims = { sub: accountId, sid: sessionId };
    const accessTokenExpiresAt = new Date(this.clock.nowMs() + this.config.accessTokenTtlMs);
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: 'HS256',
      secret: this.config.jwtSecret,
      expiresIn: Math.floor(this.config.accessTokenTtlMs / 1000),
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
    });
    return { accessToken, accessTokenExpiresAt, refreshToken, refreshTokenExpiresAt };
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
