import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  RateLimiterStoreAbstract,
} from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

import { AppConfig, TooManyRequestsError } from '@wild/api/core';
import { DATABASE_TARGET, DatabaseTarget } from '@wild/api/database';

export type RateLimitedAction = 'login' | 'refresh' | 'accept-invitation' | 'change-password';

/** Whose attempts are counted: an address, an account (or another secret-derived key), or both. */
export interface RateLimitKeys {
  readonly ip?: string | null;
  readonly account?: string | null;
}

/**
 * Limits sign-in, token refresh, invitation acceptance and password checks to AUTH_THROTTLE_LIMIT
 * attempts per AUTH_THROTTLE_TTL, per address and per account, so neither one address nor many can
 * grind a password or a token. On a PostgreSQL server the counts live in the database
 * (`auth_rate_limit`), shared by every API process (`API_WORKERS`, several instances); the
 * embedded engine serves one process, which keeps them in memory.
 */
@Injectable()
export class AuthRateLimiter {
  private readonly limiter: RateLimiterMemory | RateLimiterStoreAbstract;

  constructor(
    config: AppConfig,
    @Inject(DATABASE_TARGET) target: DatabaseTarget,
    @InjectDataSource() dataSource: DataSource,
  ) {
    const limits = {
      points: config.authThrottleLimit,
      duration: Math.max(1, Math.ceil(config.authThrottleTtlMs / 1000)),
    };
    this.limiter =
      target.engine === 'postgres'
        ? new RateLimiterPostgres({
            ...limits,
            storeClient: dataSource,
            storeType: 'typeorm',
            tableName: 'auth_rate_limit',
            tableCreated: true, // by a migration
            clearExpiredByTimeout: true,
          })
        : new RateLimiterMemory(limits);
  }

  /** Counts one attempt; throws TOO_MANY_REQUESTS (with the delay) when a limit is spent. */
  async consume(action: RateLimitedAction, by: RateLimitKeys): Promise<void> {
    for (const key of this.keysOf(action, by)) {
      try {
        await this.limiter.consume(key);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) throw this.refusal(rejection);
        throw rejection;
      }
    }
  }

  /**
   * Refuses when the limit is already spent, without counting this attempt: for operations where
   * only failures count (a valid refresh token or invitation is proof enough).
   */
  async assertNotBlocked(action: RateLimitedAction, by: RateLimitKeys): Promise<void> {
    for (const key of this.keysOf(action, by)) {
      const state = await this.limiter.get(key);
      if (state && state.consumedPoints >= this.limiter.points) throw this.refusal(state);
    }
  }

  /** Gives back the attempt {@link consume} counted, once it has succeeded. */
  async refund(action: RateLimitedAction, by: RateLimitKeys): Promise<void> {
    for (const key of this.keysOf(action, by)) await this.limiter.reward(key, 1);
  }

  /** Counts a failed attempt. */
  async countFailure(action: RateLimitedAction, by: RateLimitKeys): Promise<void> {
    for (const key of this.keysOf(action, by)) await this.limiter.penalty(key, 1);
  }

  private refusal(state: RateLimiterRes): TooManyRequestsError {
    return new TooManyRequestsError(Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
  }

  private keysOf(action: RateLimitedAction, by: RateLimitKeys): string[] {
    const keys: string[] = [];
    if (by.ip !== undefined) keys.push(`${action}:ip:${by.ip ?? 'unknown'}`);
    if (by.account) keys.push(`${action}:account:${by.account.trim().toLowerCase()}`);
    return keys;
  }
}
