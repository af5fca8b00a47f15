import { Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

import { AppConfig, TooManyRequestsError } from '@wild/api/core';

export type RateLimitedAction = 'login' | 'refresh' | 'accept-invitation' | 'change-password';

/** Whose attempts are counted: an address, an account (or another secret-derived key), or both. */
export interface RateLimitKeys {
  readonly ip?: string | null;
  readonly account?: string | null;
}

/**
 * Limits sign-in, token refresh, invitation acceptance and password checks to AUTH_THROTTLE_LIMIT
 * attempts per AUTH_THROTTLE_TTL, per address and per account, so neither one address nor many can
 * grind a password or a token.
 */
@Injectable()
export class AuthRateLimiter {
  private readonly limiter: RateLimiterMemory;

  constructor(config: AppConfig) {
    this.limiter = new RateLimiterMemory({
      points: config.authThrottleLimit,
      duration: Math.max(1, Math.ceil(config.authThrottleTtlMs / 1000)),
    });
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
