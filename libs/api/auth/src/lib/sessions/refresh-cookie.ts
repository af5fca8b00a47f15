import { Injectable } from '@nestjs/common';
import { parse } from 'cookie';
import type { CookieOptions, Request, Response } from 'express';

import { AppConfig, Clock, NodeEnv } from '@wild/api/core';

import { SessionTransport } from './session-transport';
import type { TokenPair } from './sessions.service';

/** The cookie that holds a browser's refresh token. */
export const REFRESH_COOKIE = 'wild_refresh';

/** Sent only to the session endpoints (`POST /auth/refresh`, `POST /auth/logout`). */
export const REFRESH_COOKIE_PATH = '/auth';

/**
 * The cookie's attributes: out of JavaScript's reach (HttpOnly), never sent by another site's
 * page (SameSite=Strict), only to /auth, and only over HTTPS but in development and tests (which
 * run on plain http://localhost).
 */
export function refreshCookieOptions(nodeEnv: NodeEnv): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    path: REFRESH_COOKIE_PATH,
    secure: nodeEnv !== 'development' && nodeEnv !== 'test',
  };
}

/** A sign-in's tokens as its answer carries them: no refresh token when it went in the cookie. */
export type DeliveredTokens = Omit<TokenPair, 'refreshToken'> & {
  readonly refreshToken: string | null;
};

/** Sets, reads and clears the refresh cookie. */
@Injectable()
export class RefreshCookie {
  private readonly options: CookieOptions;

  constructor(
    config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.options = refreshCookieOptions(config.nodeEnv);
  }

  /** The refresh token the request's cookie holds, if any. */
  read(req: Request): string | null {
    const header = req.headers.cookie;
    return (header && parse(header)[REFRESH_COOKIE]) || null;
  }

  /** Holds `token` until it expires (Max-Age, and Expires for older browsers). */
  set(res: Response, token: string, expiresAt: Date): void {
    res.cookie(REFRESH_COOKIE, token, {
      ...this.options,
      maxAge: Math.max(0, expiresAt.getTime() - this.clock.nowMs()),
    });
  }

  /** Removes the cookie (the same name, path and attributes, expired). */
  clear(res: Response): void {
    res.clearCookie(REFRESH_COOKIE, this.options);
  }

  /**
   * A sign-in's tokens, delivered as asked: in COOKIE mode the refresh token goes in the cookie
   * and the answer's `refreshToken` is null; in BODY mode (the default) it is in the answer.
   */
  deliver(
    res: Response,
    tokens: TokenPair,
    transport: SessionTransport | null | undefined,
  ): DeliveredTokens {
    if (transport !== SessionTransport.COOKIE) return tokens;
    this.set(res, tokens.refreshToken, tokens.refreshTokenExpiresAt);
    return { ...tokens, refreshToken: null };
  }
}
