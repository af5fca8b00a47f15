import { createSecretKey, KeyObject } from 'node:crypto';
import { Injectable, NestMiddleware, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { NextFunction, Request, Response } from 'express';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { PinoLogger } from 'nestjs-pino';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

import {
  AppConfig,
  Clock,
  ErrorCode,
  graphQLErrorBody,
  TooManyRequestsError,
} from '@wild/api/core';

import { ACCESS_TOKEN_CHECKS, AccessTokenClaims } from './authenticated-account';

const BEARER = /^Bearer\s+(\S+)$/i;
const REDIS_CONNECT_TIMEOUT_MS = 5_000;

/**
 * The request throttle: THROTTLE_LIMIT HTTP requests to /graphql and /auth per THROTTLE_TTL, counted
 * before anything reads them (so requests refused at parse, validation or cost count too), per
 * account when a valid access token comes with them and per address otherwise. Over it: HTTP 429
 * with `Retry-After` and a GraphQL error TOO_MANY_REQUESTS. The counts live in memory, or in
 * Redis when REDIS_URL is set, shared by every API process and instance; while Redis cannot be
 * reached, each process counts in memory.
 */
@Injectable()
export class RequestThrottle implements NestMiddleware, OnModuleInit, OnModuleDestroy {
  private readonly limiter: RateLimiterAbstract;
  private readonly redis: Redis | null;
  private readonly tokenKey: KeyObject;
  /** Tokens already verified, with their account and expiry: a client sends one many times. */
  private readonly verified = new LRUCache<string, { account: string; expiresAtMs: number }>({
    max: 10_000,
  });

  constructor(
    config: AppConfig,
    private readonly jwt: JwtService,
    private readonly logger: PinoLogger,
    private readonly clock: Clock,
  ) {
    this.logger.setContext('RequestThrottle');
    const limits = {
      points: config.throttleLimit,
      duration: Math.max(1, Math.ceil(config.throttleTtlMs / 1000)),
    };
    this.tokenKey = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
    if (config.redisUrl) {
      // fail fast while disconnected: the in-memory insurance answers meanwhile
      this.redis = new Redis(config.redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
      });
      this.redis.on('error', (error) => this.logger.warn({ err: error }, 'Redis is unreachable'));
      this.limiter = new RateLimiterRedis({
        ...limits,
        storeClient: this.redis,
        keyPrefix: 'wild:throttle',
        insuranceLimiter: new RateLimiterMemory({ ...limits, keyPrefix: 'wild:throttle' }),
      });
    } else {
      this.redis = null;
      this.limiter = new RateLimiterMemory({ ...limits, keyPrefix: 'wild:throttle' });
    }
  }

  use(req: Request, res: Response, next: NextFunction): void {
    this.limiter.consume(this.callerOf(req)).then(
      () => next(),
      (rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) return next(rejection);
        const refusal = new TooManyRequestsError(
          Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
        );
        res
          .status(429)
          .set('Retry-After', String(refusal.retryAfterSeconds))
          .json(
            graphQLErrorBody(refusal.message, {
              code: ErrorCode.TOO_MANY_REQUESTS,
              ...refusal.extensions,
            }),
          );
      },
    );
  }

  /** Waits (a few seconds at most) for Redis, so the first requests are counted where all are. */
  async onModuleInit(): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    const ready = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), REDIS_CONNECT_TIMEOUT_MS);
      redis.once('ready', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!ready) {
      this.logger.warn(
        'Redis did not answer: each API process counts requests in memory meanwhile',
      );
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }

  /** The account of a valid access token (its session is checked later, by the guard), else the address. */
  private callerOf(req: Request): string {
    const token = BEARER.exec(req.headers.authorization ?? '')?.[1];
    if (token) {
      const known = this.verified.get(token);
      if (known && known.expiresAtMs > this.clock.nowMs()) return known.account;
      try {
        const claims = this.jwt.verify<AccessTokenClaims & { exp: number }>(token, {
          secret: this.tokenKey as unknown as string,
          ...ACCESS_TOKEN_CHECKS,
        });
        const account = `account:${claims.sub}`;
        this.verified.set(token, { account, expiresAtMs: claims.exp * 1000 });
        return account;
      } catch {
        // an invalid token counts against its address
      }
    }
    return `address:${req.ip ?? 'unknown'}`;
  }
}
