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

import {
  AppConfig,
  AuditAction,
  AuditTrail,
  Clock,
  RequestMeta,
  TooManyRequestsError,
} from '@wild/api/core';
import { DATABASE_TARGET, DatabaseTarget } from '@wild/api/database';

export type RateLimitedAction = 'login' | 'refresh' | 'accept-invitation' | 'change-password';

/** Whose attempt it is: the address it came from and the account (or token) it is about. */
export interface RateLimitKeys {
  readonly ip: string | null;
  /** An email, an account id or a token's hash; null when the attempt names none. */
  readonly account: string | null;
  /**
   * The email of the account, where the attempt knows it: an address that succeeded for it, by
   * any action (a sign-in, a refresh, an accepted invitation, a password change), is known to
   * it for AUTH_ACCOUNT_LIMIT.
   */
  readonly email?: string | null;
}

/** The audit action of each limit's first refusal. */
const LIMITED_ACTIONS: Record<RateLimitedAction, AuditAction> = {
  login: 'login.limited',
  refresh: 'refresh.limited',
  'accept-invitation': 'accept_invitation.limited',
  'change-password': 'change_password.limited',
};

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
   * holds. With `count`, the attempt is counted as a failure first and compared after, so that
   * attempts sent together cannot all pass; {@link succeeded} gives the count back. Without it,
   * only {@link failed} counts (a valid token is proof enough).
   */
  async begin(
    action: RateLimitedAction,
    by: RateLimitKeys,
    meta: RequestMeta,
    options: { count: boolean },
  ): Promise<void> {
    const keys = this.keysOf(action, by);
    // what this attempt counted, given back if a later limit refuses it
    const counted: [RateLimiterAbstract, string][] = [];
    const failuresOf = async (counter: RateLimiterAbstract, key: string) => {
      if (!options.count) return ((await counter.get(key))?.consumedPoints ?? 0) + 1;
      counted.push([counter, key]);
      return (await counter.penalty(key)).consumedPoints;
    };
    const refuse = async (scope: LimitScope, key: string, state: RateLimiterRes) => {
      for (const [counter, countedKey] of counted) await counter.reward(countedKey, 1);
      const failures = options.count ? state.consumedPoints - 1 : state.consumedPoints;
      return this.refuse(scope, key, state, failures, action, by, meta);
    };

    if (keys.address) {
      // this attempt is the n-th: refused once n - 1 failures reached the limit
      const attempt = await failuresOf(this.addressFailures, keys.address);
      if (attempt > this.limits.address) {
        await refuse(
          'address',
          keys.address,
          await this.stateOf(this.addressFailures, keys.address),
        );
      }
    }
    if (keys.account) {
      const attempt = await failuresOf(this.accountFailures, keys.account);
      if (attempt > this.limits.account && !(keys.known && (await this.isKnown(keys.known)))) {
        await refuse(
          'account',
          keys.account,
          await this.stateOf(this.accountFailures, keys.account),
        );
      }
    }
    if (keys.pair) {
      const attempt = await failuresOf(this.pairFailures, keys.pair);
      if (attempt > this.pairLimit) {
        const window = Math.min(2 ** (attempt - this.pairLimit - 1), this.ttlSeconds);
        try {
          await this.pairGate.consume(keys.pair, 1, { customDuration: window });
        } catch (rejection) {
          if (!(rejection instanceof RateLimiterRes)) throw rejection;
          const failures = await this.stateOf(this.pairFailures, keys.pair);
          // the delay is the gate's; the failures, the pair's
          await refuse(
            'pair',
            keys.pair,
            new RateLimiterRes(0, rejection.msBeforeNext, failures.consumedPoints),
          );
        }
      }
    }
  }

  /**
   * The attempt succeeded: the pair's failures are forgotten, the attempt's count given back,
   * and the address is known to the account (for AUTH_ACCOUNT_LIMIT) for 30 days.
   */
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
    if (keys.known) await this.remember(keys.known);
  }

  /** Counts a failed attempt that {@link begin} did not count. */
  async failed(action: RateLimitedAction, by: RateLimitKeys): Promise<void> {
    const keys = this.keysOf(action, by);
    if (keys.address) await this.addressFailures.penalty(keys.address);
    if (keys.account) await this.accountFailures.penalty(keys.account);
    if (keys.pair) await this.pairFailures.penalty(keys.pair);
  }

  private async stateOf(counter: RateLimiterAbstract, key: string): Promise<RateLimiterRes> {
    return (await counter.get(key)) ?? new RateLimiterRes(0, this.ttlSeconds * 1000, 0);
  }

  private async refuse(
    scope: LimitScope,
    key: string,
    state: RateLimiterRes,
    failures: number,
    action: RateLimitedAction,
    by: RateLimitKeys,
    meta: RequestMeta,
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
        action: LIMITED_ACTIONS[action],
        entity: 'auth_limit',
        entityId: scope,
        actorId: null,
        actorEmail: action === 'login' ? by.account : null,
        changes: {
          failures: { before: null, after: failures },
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
    const email = by.email?.trim().toLowerCase() || null;
    const ip = by.ip ?? 'unknown';
    return {
      address: hash(action, 'address', ip),
      account: account ? hash(action, 'account', account) : null,
      pair: account ? hash(action, 'pair', account, ip) : null,
      // one per account and address, whatever the action
      known: email ? hash('known', email, ip) : null,
    };
  }
}
