import { Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

import { AppConfig, TooManyRequestsError } from '@wild/api/core';

export type RateLimitedAction = 'login' | 'refresh' | 'accept-invitation';

/**
 * Limits sign-in, token refresh and invitation acceptance to AUTH_THROTTLE_LIMIT attempts per
 * AUTH_THROTTLE_TTL, per address and per account, so neither one address nor many can grind a
 * password or a token.
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

  /**
   * Counts one attempt against the address and/or the account given; throws TOO_MANY_REQUESTS
   * (with the delay) when a limit is spent.
   */
  async consume(
    action: RateLimitedAction,
    by: { ip?: string | null; account?: string | null },
  ): Promise<void> {
    const keys: string[] = [];
    if (by.ip !== undefined) keys.push(`${action}:ip:${by.ip ?? 'unknown'}`);
    if (by.account) keys.push(`${action}:account:${by.account.trim().toLowerCase()}`);
    for (const key of keys) {
      try {
        await this.limiter.consume(key);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          throw new TooManyRequestsError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
        }
        throw rejection;
      }
    }
  }
}
