import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

import { AppConfig } from '@wild/api/core';

import { SessionsService } from '../sessions/sessions.service';
import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  AccessTokenClaims,
  AuthenticatedAccount,
} from './authenticated-account';

/** Reads `Authorization: Bearer <accessToken>`: HS256 only (no `alg: none`), then checks the session. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly sessions: SessionsService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // a KeyObject, made once: given a string, jsonwebtoken first tries (and fails) to read it as
      // a PEM public key on every request, which costs more than the HMAC itself
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as string,
      algorithms: ['HS256'],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): Promise<AuthenticatedAccount> {
    return this.sessions.authenticate(claims.sid, claims.sub);
  }
}
