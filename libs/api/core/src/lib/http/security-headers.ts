import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

import { GRAPHQL_PATH } from '../graphql/graphql-options';

/**
 * The Content-Security-Policy every answer carries (but the development explorer page), the web
 * app's pages first: everything from the app's own origin, nothing inline but styles, no plugins,
 * no framing, and no `<base>` or form sending elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Vite's build has no inline script: index.html loads /assets/index-<hash>.js
  "script-src 'self'",
  // Mantine writes `style` attributes (style props, CSS variables of components) and `<style>`
  // tags (the theme's CSS variables) at run time: they need 'unsafe-inline', as a nonce or hash
  // cannot cover style attributes. Styles cannot run script.
  "style-src 'self' 'unsafe-inline'",
  // data: for the small images Vite's build inlines (under 4 KB, as data: URLs)
  "img-src 'self' data:",
  "font-src 'self'",
  // GraphQL and /auth, and a WebSocket to the same host: in CSP3, as Chromium implements it,
  // 'self' covers ws: and wss: of the page's own host and port, so neither is listed
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** One year, and the subdomains too: browsers then refuse plain HTTP to this host. */
export const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * The media types Apollo Server weighs against `Accept` before it answers a GET with its landing
 * page (`prefersHTML` in @apollo/server's ApolloServer.ts): the page is served when text/html wins.
 */
const APOLLO_MEDIA_TYPES = [
  'application/json; charset=utf-8',
  'application/graphql-response+json; charset=utf-8',
  'multipart/mixed; deferSpec=20220824',
  'multipart/mixed; incrementalSpec=v0.2',
  'multipart/mixed',
  'text/html',
];

/** Apollo's middleware is mounted with `app.use('/graphql')`: that path and below, any case. */
const GRAPHQL_PATHS = new RegExp(`^${GRAPHQL_PATH}(?:/|$)`, 'i');

/** A browser opening /graphql (outside production, Apollo answers its explorer page). */
function asksForExplorerPage(req: Request): boolean {
  return (
    req.method === 'GET' &&
    !!req.headers.accept &&
    GRAPHQL_PATHS.test(req.path) &&
    req.accepts(APOLLO_MEDIA_TYPES) === 'text/html'
  );
}

export interface SecurityHeadersOptions {
  /** In production there is no explorer page, so every answer has the CSP. */
  readonly production: boolean;
}

/**
 * helmet's headers on every answer: `X-Content-Type-Options: nosniff`, `Referrer-Policy:
 * no-referrer`, `X-Frame-Options: DENY`, and helmet's other defaults (Cross-Origin-Opener-Policy
 * and Cross-Origin-Resource-Policy `same-origin`, `X-DNS-Prefetch-Control: off`, …); the CSP above,
 * but not on the development explorer page (it loads from Apollo's CDN). HSTS only on requests that came over TLS: `req.secure`,
 * which believes `X-Forwarded-Proto` only from a proxy that TRUST_PROXY trusts. GraphQL answers,
 * refusals included, are never cached: `Cache-Control: no-store`.
 */
export function securityHeaders(options: SecurityHeadersOptions): RequestHandler {
  const common = helmet({
    contentSecurityPolicy: false,
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  const hsts = helmet.strictTransportSecurity({
    maxAge: HSTS_MAX_AGE_SECONDS,
    includeSubDomains: true,
  });

  return (req: Request, res: Response, next: NextFunction) => {
    if (GRAPHQL_PATHS.test(req.path)) res.setHeader('Cache-Control', 'no-store');
    if (req.secure) hsts(req, res, () => undefined); // sets one header; never fails
    const withCsp = options.production || !asksForExplorerPage(req);
    // set as written (helmet's own CSP middleware would write it without a space after each `;`)
    if (withCsp) res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    common(req, res, next);
  };
}
