import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  IRateLimiterOptions,
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

import { AppConfig, AuditTrail, Clock, RequestMeta, TooManyRequestsError } from '@wild/api/core';
import { DATABASE_TARGET, DatabaseTarget } from '@wild/api/database';

export type RateLimitedAction = 'login' | 'refresh' | 'accept-invitation' | 'change-password';

/** Whose attempt it is: the address it came from and the account (or token) it is about. */
export interface RateLimitKeys {
  readonly ip: string | null;
  /** An email, an account id or a token's hash; null when the attempt names none. */
  readonly account: string | null;
}

/** An address that signed in to an account stays trusted for it this long. */
export const KNOWN_ADDRESS_DAYS = 30;

/** Which limit refused an attempt (audited). */
type LimitScope = 'pair' | 'address' | 'account';

/**
 * The sign-in limits (login, token refresh, invitation acceptance, password change, each counted
 * apart), built so that nobody can keep a person out:
 * - per account and address: AUTH_THROTTLE_LIMIT failures per AUTH_THROTTLE_TTL are free; after
 *   them, one attempt per window that doubles from 1 s up to the TTL, refused meanwhile;
 * - per address: AUTH_ADDRESS_LIMIT failures, so colleagues behind one address are not refused
 *   for one colleague's mistakes;
 * - per account, across addresses: AUTH_ACCOUNT_LIMIT failures; then refused only from addresses
 *   that have not succeeded for this account in the last 30 days, so an attacker elsewhere cannot
 *   keep the owner out.
 * Keys are keyed hashes (no email or address is stored). On a PostgreSQL server the counters live
 * in `auth_rate_limit`, shared by every API process; the embedded engine serves one process and
 * keeps them in memory. The first refusal per limit and key in a window is audited.
 */
@Injectable()
export class AuthRateLimiter {
  private readonly hashKey: Buffer;
  private readonly pairLimit: number;
  private readonly ttlSeconds: number;
  private readonly pairFailures: RateLimiterAbstract;
  /** Beyond the free failures: one attempt per window, the window doubling each time. */
  private readonly pairGate: RateLimiterAbstract;
  private readonly addressFailures: RateLimiterAbstract;
  private readonly accountFailures: RateLimiterAbstract;
  /** One audited refusal per limit and key per window. */
  private readonly auditedRefusals: RateLimiterAbstract;
  private readonly limits: { readonly address: number; readonly account: number };
  private lastKnownAddressCleanup = 0;

  constructor(
    config: AppConfig,
    @Inject(DATABASE_TARGET) target: DatabaseTarget,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {
    this.hashKey = createHmac('sha256', config.jwtSecret).update('wild:auth-rate-limit').digest();
    this.pairLimit = config.authThrottleLimit;
    this.ttlSeconds = Math.max(1, Math.ceil(config.authThrottleTtlMs / 1000));
    const limiter = (keyPrefix: string, points: number): RateLimiterAbstract => {
      const options: IRateLimiterOptions = { keyPrefix, points, duration: this.ttlSeconds };
      return target.engine === 'postgres'
        ? new RateLimiterPostgres({
            ...options,
            storeClient: dataSource,
            storeType: 'typeorm',
            tableName: 'auth_rate_limit',
            tableCreated: true, // by a migration
            clearExpiredByTimeout: true,
          })
        : new RateLimiterMemory(options);
    };
    // counters that only count: the limits are compared here, so their own points never refuse
    this.pairFailures = limiter('auth-pair', Number.MAX_SAFE_INTEGER);
    this.pairGate = limiter('auth-pair-gate', 1);
    this.addressFailures = limiter('auth-address', Number.MAX_SAFE_INTEGER);
    this.accountFailures = limiter('auth-account', Number.MAX_SAFE_INTEGER);
    this.auditedRefusals = limiter('auth-refusal', 1);
    this.limits = { address: config.authAddressLimit, account: config.authAccountLimit };
  }

  /**
   * Before an attempt is checked: refuses it (TOO_MANY_REQUESTS with the delay) while a limit
   * holds. With `count`, the attempt is counted as a failure at once, so that attempts sent
   * together cannot all pass; {@link succeeded} gives the count back. Without it, only
   * {@link failed} counts (a valid token is proof enough).
   */
  async begin(
    action: RateLimitedAction,
    by: RateLimitKeys,
    meta: RequestMeta,
    options: { count: boolean },
  ): Promise<void> {
    const keys = this.keysOf(action, by);
    if (keys.address) {
      const failures = await this.addressFailures.get(keys.address);
      if (failures && failures.consumedPoints >= this.limits.address) {
        await this.refuse('address', keys.address, failures, action, by, meta);
      }
    }
    if (keys.account) {
      const failures = await this.accountFailures.get(keys.account);
      if (
        failures &&
        failures.consumedPoints >= this.limits.account &&
        !(keys.known && (await this.isKnown(keys.known)))
      ) {
        await this.refuse('account', keys.account, failures, action, by, meta);
      }
    }
    if (keys.pair) {
      const attemptNumber = options.count
        ? (await this.pairFailures.penalty(keys.pair)).consumedPoints
        : ((await this.pairFailures.get(keys.pair))?.consumedPoints ?? 0) + 1;
      if (attemptNumber > this.pairLimit) {
        const window = Math.min(2 ** (attemptNumber - this.pairLimit - 1), this.ttlSeconds);
        try {
          await this.pairGate.consume(keys.pair, 1, { customDuration: window });
        } catch (rejection) {
          if (!(rejection instanceof RateLimiterRes)) throw rejection;
          if (options.count) await this.pairFailures.reward(keys.pair, 1);
          const failures = await this.pairFailures.get(keys.pair);
          await this.refuse('pair', keys.pair, rejection, action, by, meta, failures);
        }
      }
    }
    if (options.count) await this.countOthers(keys);
  }

  /** The attempt succeeded: its count is given back, and its address is known to the account. */
  async succeeded(action: RateLimitedAction, by: RateLimitKeys, counted: boolean): Promise<void> {
    const keys = this.keysOf(action, by);
    if (keys.pair) {
      await this.pairFailures.delete(keys.pair);
      await this.pairGate.delete(keys.pair);
    }
    if (counted) {
      if (keys.address) await this.addressFailures.reward(keys.address, 1);
      if (keys.account) await this.accountFailures.reward(keys.account, 1);
    }
    // refreshes name their account only once checked, and an invitation is accepted once
    if (keys.known && (action === 'login' || action === 'change-password')) {
      await this.remember(keys.known);
    }
  }

  /** Counts a failed attempt that {@link begin} did not count. */
  async failed(action: RateLimitedAction, by: RateLimitKeys): Promise<void> {
    const keys = this.keysOf(action, by);
    if (keys.pair) await this.pairFailures.penalty(keys.pair);
    await this.countOthers(keys);
  }

  private async countOthers(keys: ReturnType<AuthRateLimiter['keysOf']>): Promise<void> {
    if (keys.address) await this.addressFailures.penalty(keys.address);
    if (keys.account) await this.accountFailures.penalty(keys.account);
  }

  private async refuse(
    scope: LimitScope,
    key: string,
    state: RateLimiterRes,
    action: RateLimitedAction,
    by: RateLimitKeys,
    meta: RequestMeta,
    failures: RateLimiterRes | null = state,
  ): Promise<never> {
    const retryAfterSeconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
    const first = await this.auditedRefusals
      .consume(`${scope}:${key}`)
      .then(() => true)
      .catch((rejection: unknown) => {
        if (rejection instanceof RateLimiterRes) return false;
        throw rejection;
      });
    if (first) {
      await this.audit.record({
        action: `${action}.limited`,
        entity: 'auth_limit',
        entityId: scope,
        actorId: null,
        actorEmail: action === 'login' ? by.account : null,
        changes: {
          failures: { before: null, after: failures?.consumedPoints ?? null },
          retryAfterSeconds: { before: null, after: retryAfterSeconds },
        },
        request: meta,
      });
    }
    throw new TooManyRequestsError(retryAfterSeconds);
  }

  private async isKnown(key: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM auth_known_address WHERE key = $1 AND last_succeeded_at > $2`,
      [key, this.knownSince()],
    );
    return rows.length > 0;
  }

  private async remember(key: string): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.query(
      `INSERT INTO auth_known_address (key, last_succeeded_at) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET last_succeeded_at = excluded.last_succeeded_at`,
      [key, now],
    );
    // forgotten after 30 days: swept at most once an hour
    if (now.getTime() - this.lastKnownAddressCleanup > 3_600_000) {
      this.lastKnownAddressCleanup = now.getTime();
      await this.dataSource.query(`DELETE FROM auth_known_address WHERE last_succeeded_at <= $1`, [
        this.knownSince(),
      ]);
    }
  }

  private knownSince(): Date {
    return new Date(this.clock.nowMs() - KNOWN_ADDRESS_DAYS * 86_400_000);
  }

  /** Keyed hashes: the store never holds an email, a token or an address. */
  private keysOf(action: RateLimitedAction, by: RateLimitKeys) {
    const hash = (...parts: string[]) =>
      createHmac('sha256', this.hashKey).update(parts.join('\u0000')).digest('base64url');
    const account = by.account?.trim().toLowerCase() || null;
    const ip = by.ip ?? 'unknown';
    return {
      address: hash(action, 'address', ip),
      account: account ? hash(action, 'account', account) : null,
      pair: account ? hash(action, 'pair', account, ip) : null,
      known: account ? hash(action, 'known', account, ip) : null,
    };
  }
}
