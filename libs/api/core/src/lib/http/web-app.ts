import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';

/** Vite names each file under assets/ by its content's hash: a changed file is a new address. */
export const WEB_APP_ASSET_CACHE = 'public, max-age=31536000, immutable';

/** index.html (and every other file of the build's root) is revalidated at each load. */
export const WEB_APP_PAGE_CACHE = 'no-cache';

/**
 * What the API answers itself, which the web app never shadows, whatever the `Accept`: GraphQL
 * (the explorer on GET, POST, WebSocket upgrades), the health checks and the cookie session's
 * `/auth` routes. Any case and a trailing slash, as Express's routing matches them.
 */
const API_PATHS = /^\/(?:graphql|health|auth)(?:\/|$)/i;

/** An `Upgrade` header asking for a WebSocket. */
const WEBSOCKET = /\bwebsocket\b/i;

/** The hashed files: a missing one is a 404, never the app's page. */
const ASSETS_PATH = /^\/assets(?:\/|$)/i;

/** The invitation page: its address holds a token, which no request it makes may pass on. */
const INVITATION_PAGE = /^\/invitations\/accept\/?$/i;

/**
 * A browser navigating (`text/html` preferred to JSON): a script, `fetch` or curl accepting any
 * type, or sending no `Accept`, gets the API's own 404 for an unknown path, not the app's page.
 */
function prefersHtml(req: Request): boolean {
  return req.accepts(['application/json', 'text/html']) === 'text/html';
}

/** Whether `file` lies under `folder` (both absolute). */
function isInside(file: string, folder: string): boolean {
  const path = relative(folder, file);
  return !!path && !path.startsWith(`..${sep}`) && path !== '..';
}

/** The handler serving the web app's build in `root`, or null when `root` has no index.html. */
export function webAppHandler(root: string): RequestHandler | null {
  if (!existsSync(join(root, 'index.html'))) return null;
  const assets = join(root, 'assets');
  // serve-static: ETag and Last-Modified (so 304s), HEAD, Range; dotfiles and `..` refused
  const files = express.static(root, {
    index: false, // `/` is the page below, with its own headers
    redirect: false, // a folder is not a file: no redirect to `folder/`
    cacheControl: false, // set here instead
    setHeaders: (res, file) =>
      res.setHeader(
        'Cache-Control',
        isInside(file, assets) ? WEB_APP_ASSET_CACHE : WEB_APP_PAGE_CACHE,
      ),
  });

  /** The app's one page: index.html for `/` and for every client route (`/offices/WO`). */
  const sendPage = (req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', WEB_APP_PAGE_CACHE);
    // the same address answers JSON to a script: caches keep the two apart
    res.vary('Accept');
    // whatever the global policy is (security-headers.ts sets no-referrer): no Referer from here
    if (INVITATION_PAGE.test(req.path)) res.setHeader('Referrer-Policy', 'no-referrer');
    res.sendFile('index.html', { root, cacheControl: false }, (error?: Error) => {
      if (!error || res.headersSent) return;
      // the build was removed meanwhile: the API's own 404
      const status = (error as Error & { status?: number }).status;
      next(status === 404 ? undefined : error);
    });
  };

  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // a WebSocket handshake is never a page, wherever it goes
    if (API_PATHS.test(req.path) || WEBSOCKET.test(req.headers.upgrade ?? '')) return next();
    files(req, res, () => {
      if (ASSETS_PATH.test(req.path)) return next();
      if (req.path !== '/' && !prefersHtml(req)) return next();
      sendPage(req, res, next);
    });
  };
}
