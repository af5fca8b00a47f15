import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

import { AppConfig, Clock, UnauthenticatedError } from '@wild/api/core';

import { SessionsService } from '../sessions/sessions.service';
import {
  ACCESS_TOKEN_CHECKS,
  AccessTokenClaims,
  AuthenticatedAccount,
} from './authenticated-account';

/**
 * How far in the future a token's `iat` may be: another instance, whose clock runs a little ahead
 * of this one's, may have issued it an instant ago. Its lifetime (`exp - iat`) needs no allowance:
 * both come from the one clock that signed it.
 */
export const ISSUED_AT_SKEW_SECONDS = 5;

/** The claims that bound an access token's life, as jsonwebtoken has checked them. */
interface TimedClaims {
  readonly iat?: unknown;
  readonly exp?: unknown;
}

/**
 * Reads `Authorization: Bearer <accessToken>`: HS256 only (no `alg: none`), issued by us for us,
 * not expired (jsonwebtoken checks these); then its life is bounded: it must carry `iat` and `exp`,
 * live no longer than ACCESS_TOKEN_TTL and not be issued in the future (so a token signed with
 * our secret by anything but SessionsService cannot outlive a logout's reach); then the session
 * is checked.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  private readonly maxLifetimeSeconds: number;

  constructor(
    config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly clock: Clock,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // a KeyObject, made once: given a string, jsonwebtoken first tries (and fails) to read it as
      // a PEM public key on every request, which costs more than the HMAC itself
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as string,
      ...ACCESS_TOKEN_CHECKS,
      ignoreExpiration: false,
    });
    this.maxLifetimeSeconds = config.accessTokenTtlMs / 1000;
  }

  validate(claims: AccessTokenClaims & TimedClaims): Promise<AuthenticatedAccount> {
    const { iat, exp } = claims;
    if (
      typeof iat !== 'number' ||
      typeof exp !== 'number' ||
      exp - iat > this.maxLifetimeSeconds ||
      iat > this.clock.nowMs() / 1000 + ISSUED_AT_SKEW_SECONDS
    ) {
      // the same answer as for any token that is not ours: nothing to learn from it
      throw new UnauthenticatedError('Please sign in.');
    }
    return this.sessions.authenticate(claims.sid, claims.sub);
  }
}
