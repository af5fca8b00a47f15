import {
  ArgumentsHost,
  CanActivate,
  Catch,
  Controller,
  ExceptionFilter,
  ExecutionContext,
  HttpCode,
  HttpException,
  Injectable,
  Post,
  Req,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import type { Request, Response } from 'express';

import {
  AppConfig,
  DomainError,
  ErrorCode,
  ForbiddenError,
  graphQLErrorBody,
  requestMetaOf,
  TooManyRequestsError,
  UnauthenticatedError,
} from '@wild/api/core';
import { Role } from '@wild/shared/domain';

import { Public } from '../access/access.decorators';
import { AccountsService } from '../accounts/accounts.service';
import { RefreshCookie } from './refresh-cookie';
import { SessionsService } from './sessions.service';

/** What `POST /auth/refresh` answers. */
export interface BrowserRefreshAnswer {
  readonly accessToken: string;
  readonly accessTokenExpiresAt: Date;
  readonly account: {
    readonly id: string;
    readonly email: string;
    readonly displayName: string;
    readonly role: Role;
    readonly officeCode: string;
    readonly preferredLanguage: string;
  };
}

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
};

const UNEXPECTED = 'Something went wrong on our side. It has been logged; please try again later.';

/**
 * The session endpoints answer their errors as GraphQL does, `{ errors: [{ message, extensions:
 * { code } }] }`, with the HTTP status of the code (401 UNAUTHENTICATED, 403 FORBIDDEN, 429
 * TOO_MANY_REQUESTS with `Retry-After` …); anything unexpected is logged with the request and
 * answered 500 INTERNAL_SERVER_ERROR without its details.
 */
@Catch()
export class SessionEndpointErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { log?: { error(details: object, m: string): void } }>();
    const res = http.getResponse<Response>();
    if (exception instanceof DomainError && HTTP_STATUS[exception.code]) {
      if (exception instanceof TooManyRequestsError)
        res.set('Retry-After', String(exception.retryAfterSeconds));
      res
        .status(HTTP_STATUS[exception.code] as number)
        .json(
          graphQLErrorBody(exception.message, { code: exception.code, ...exception.extensions }),
        );
      return;
    }
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    const code = Object.entries(HTTP_STATUS).find(([, known]) => known === status)?.[0];
    if (code && exception instanceof HttpException) {
      res.status(status).json(graphQLErrorBody(exception.message, { code }));
      return;
    }
    req.log?.error({ err: exception }, 'Unexpected error in a session endpoint');
    res.status(500).json(graphQLErrorBody(UNEXPECTED, { code: ErrorCode.INTERNAL_SERVER_ERROR }));
  }
}

/** `application/json`, with parameters or not (`; charset=utf-8`). */
const JSON_CONTENT_TYPE = /^application\/json\s*(;|$)/i;

/**
 * Cross-site request forgery, beyond the cookie's SameSite=Strict: a request whose `Origin` is
 * present and is another origin than its own (or than PUBLIC_URL's, the address people use, in
 * case a proxy in front is not trusted with X-Forwarded-Proto and -Host) is refused, and so is
 * one not sent as `Content-Type: application/json`, which a page of another site cannot send
 * without the browser asking first (a CORS preflight, which the API never grants). Both
 * FORBIDDEN (HTTP 403).
 */
@Injectable()
export class SameOriginGuard implements CanActivate {
  private readonly publicOrigin: string;

  constructor(config: AppConfig) {
    this.publicOrigin = new URL(config.publicUrl).origin;
  }

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const origin = req.headers.origin?.toLowerCase();
    // req.protocol and req.host follow X-Forwarded-Proto and -Host from a trusted proxy only
    const own = `${req.protocol}://${req.host}`.toLowerCase();
    if (origin !== undefined && origin !== own && origin !== this.publicOrigin) {
      throw new ForbiddenError('This request comes from another site.');
    }
    if (!JSON_CONTENT_TYPE.test(req.headers['content-type'] ?? '')) {
      throw new ForbiddenError('Send this request with Content-Type: application/json.');
    }
    return true;
  }
}

/**
 * Sessions in the browser: the refresh token lives in the `wild_refresh` cookie (see
 * RefreshCookie), out of JavaScript's reach, and only these two endpoints receive it. Sign in
 * with `login` or `acceptInvitation` and `session: COOKIE`; keep the access token in memory;
 * `POST /auth/refresh` for a new one; `POST /auth/logout` to sign out.
 */
@Controller('auth')
@UseFilters(SessionEndpointErrorFilter)
@UseGuards(SameOriginGuard)
export class BrowserSessionController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly accounts: AccountsService,
    private readonly cookie: RefreshCookie,
  ) {}

  /**
   * Rotates the cookie's refresh token (as the `refreshToken` mutation, grace and sign-in limits
   * included), sets its successor in the cookie and answers a new access token and the account.
   * No cookie, or one that no longer opens a session: 401 UNAUTHENTICATED (and the cookie is
   * cleared).
   */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  async refresh(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<BrowserRefreshAnswer> {
    res.set('Cache-Control', 'no-store');
    const token = this.cookie.read(req);
    if (!token) throw new UnauthenticatedError('You are not signed in. Please sign in.');
    const { tokens, accountId } = await this.sessions
      .rotate(token, requestMetaOf(req))
      .catch((error: unknown) => {
        // a token that opens no session is of no use any more
        if (error instanceof UnauthenticatedError) this.cookie.clear(res);
        throw error;
      });
    this.cookie.set(res, tokens.refreshToken, tokens.refreshTokenExpiresAt);
    const account = await this.accounts.getById(accountId);
    return {
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: tokens.accessTokenExpiresAt,
      account: {
        id: account.id,
        email: account.email,
        displayName: account.displayName,
        role: account.role,
        officeCode: account.officeCode,
        preferredLanguage: account.preferredLanguage,
      },
    };
  }

  /**
   * Ends the cookie's session (audited as `account.signed_out`) and clears the cookie: 204, with
   * no cookie or an unknown one too (signing out twice is no error).
   */
  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    res.set('Cache-Control', 'no-store');
    const token = this.cookie.read(req);
    if (token) await this.sessions.endByRefreshToken(token, requestMetaOf(req));
    this.cookie.clear(res);
  }
}
