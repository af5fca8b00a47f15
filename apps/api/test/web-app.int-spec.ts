import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import request from 'supertest';

import {
  CONTENT_SECURITY_POLICY,
  createRootLogger,
  WEB_APP_ASSET_CACHE,
  WEB_APP_PAGE_CACHE,
} from '@wild/api/core';
import { TestApp } from '@wild/api/testing';

import { startApp } from './support/start-app';

/** What a browser sends when it navigates to a page. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

const INDEX_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>WILD Network</title>' +
  '<script type="module" src="/assets/app-abc123.js"></script></head>' +
  '<body><div id="root"></div></body></html>';
const APP_JS = 'console.log("WILD Network");\n';
const SECRET = 'a file beside the web root';

/** A web app's production build as Vite writes it: index.html, hashed files under assets/. */
function makeWebRoot(base: string, withIndex: boolean): string {
  const root = join(base, 'web');
  mkdirSync(join(root, 'assets'), { recursive: true });
  if (withIndex) writeFileSync(join(root, 'index.html'), INDEX_HTML);
  writeFileSync(join(root, 'assets', 'app-abc123.js'), APP_JS);
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, '.env'), 'SECRET=1');
  writeFileSync(join(base, 'secret.txt'), SECRET);
  return root;
}

/** The API's own 404, as before there was a web app. */
function expectApiNotFound(response: request.Response) {
  expect(response.status).toBe(404);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  expect(response.body).toMatchObject({ statusCode: 404, message: expect.any(String) });
  expect(response.text).not.toContain('<div id="root">');
}

function expectAppPage(response: request.Response) {
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/html/);
  expect(response.text).toBe(INDEX_HTML);
  expect(response.headers['cache-control']).toBe('no-cache');
  expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['x-frame-options']).toBe('DENY');
}

/** Every line the API logs in this file (the process's one root logger, caught from the start). */
let lines: Record<string, any>[] = [];
const warningsOfNoWebApp = () =>
  lines.filter((line) => line['level'] === 40 && /No web app in/.test(line['msg']));

const bases: string[] = [];
beforeAll(() => {
  const root = createRootLogger({ logLevel: 'warn', production: false, nodeEnv: 'test' });
  jest.spyOn((root as any)[pino.symbols.streamSym], 'write').mockImplementation((line) => {
    lines.push(JSON.parse(String(line)));
    return true;
  });
});
afterAll(() => {
  jest.restoreAllMocks();
  for (const base of bases) rmSync(base, { recursive: true, force: true });
});

function newBase(): string {
  const base = mkdtempSync(join(tmpdir(), 'wild-web-'));
  bases.push(base);
  return base;
}

describe('the web app, served from WEB_ROOT', () => {
  let api: TestApp;
  const get = (path: string, accept = BROWSER_ACCEPT) =>
    request(api.http).get(path).set('Accept', accept);

  beforeAll(async () => {
    lines = [];
    const root = makeWebRoot(newBase(), true);
    // a low throttle, so that the test below shows static files are not counted
    api = await startApp({
      env: {
        WEB_ROOT: root,
        LOG_LEVEL: 'warn',
        TRUST_PROXY: 'true',
        THROTTLE_LIMIT: '20',
        THROTTLE_TTL: '60s',
      },
    });
  });

  afterAll(() => api?.close());

  it('starts without a warning', () => {
    expect(api.config.webRoot).toMatch(/web$/);
    expect(warningsOfNoWebApp()).toEqual([]);
  });

  it('answers / with index.html, not cached, with the CSP, whatever the Accept', async () => {
    expectAppPage(await get('/'));
    expectAppPage(await request(api.http).get('/')); // curl, no Accept
    expectAppPage(await get('/', '*/*'));
    expectAppPage(await get('/index.html'));
    const head = await request(api.http).head('/').set('Accept', BROWSER_ACCEPT);
    expect(head.status).toBe(200);
    expect(head.headers['cache-control']).toBe('no-cache');
    expect(head.text ?? '').toBe('');
  });

  it('revalidates index.html (ETag, 304)', async () => {
    const first = await get('/');
    expect(first.headers['etag']).toBeDefined();
    const again = await get('/').set('If-None-Match', first.headers['etag'] as string);
    expect(again.status).toBe(304);
  });

  it("answers the app's client routes with index.html, for a browser", async () => {
    for (const path of [
      '/offices/WO',
      '/directory?languages=fr&maturity=SECURITY:4',
      '/fr/offices/EP/',
      '/OFFICES/wo',
    ]) {
      const response = await get(path);
      expectAppPage(response);
      expect(response.headers['vary']).toMatch(/Accept/);
    }
  });

  it('answers an unknown path with the API 404 to a client that does not prefer HTML', async () => {
    expectApiNotFound(await get('/offices/WO', 'application/json'));
    expectApiNotFound(await get('/offices/WO', '*/*'));
    expectApiNotFound(await request(api.http).get('/offices/WO'));
    expectApiNotFound(await request(api.http).post('/offices/WO').set('Accept', BROWSER_ACCEPT));
    expectApiNotFound(await request(api.http).delete('/').set('Accept', BROWSER_ACCEPT));
  });

  it('serves the hashed assets for a year, immutable, with their type', async () => {
    const script = await get('/assets/app-abc123.js', '*/*');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(script.headers['cache-control']).toBe(WEB_APP_ASSET_CACHE);
    expect(WEB_APP_ASSET_CACHE).toBe('public, max-age=31536000, immutable');
    expect(script.headers['x-content-type-options']).toBe('nosniff');
    expect(script.text).toBe(APP_JS);
    const favicon = await get('/favicon.svg', 'image/*');
    expect(favicon.status).toBe(200);
    expect(favicon.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(favicon.headers['cache-control']).toBe(WEB_APP_PAGE_CACHE);
  });

  it('answers a missing asset with a real 404, even to a browser', async () => {
    for (const path of ['/assets/missing.js', '/assets/', '/assets', '/assets/deep/missing.css']) {
      for (const accept of [BROWSER_ACCEPT, '*/*']) {
        const response = await get(path, accept);
        expectApiNotFound(response);
        expect(response.headers['cache-control']).not.toBe(WEB_APP_ASSET_CACHE);
      }
    }
  });

  it('serves no dotfile and nothing outside the web root', async () => {
    for (const path of [
      '/.env',
      '/assets/..%2f..%2fsecret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
    ]) {
      const response = await get(path, '*/*');
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.text).not.toContain(SECRET);
      expect(response.text).not.toContain('SECRET=1');
      // a browser gets the app (its router shows its own "not found"), never the file
      const browser = await get(path);
      expect(browser.text).not.toContain(SECRET);
      expect(browser.text).not.toContain('SECRET=1');
    }
  });

  it('answers the invitation page with index.html and Referrer-Policy: no-referrer', async () => {
    for (const path of ['/invitations/accept?token=x', '/invitations/accept/?token=x']) {
      const response = await get(path);
      expectAppPage(response);
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('leaves GET /graphql to Apollo: the explorer for a browser, JSON for a client', async () => {
    for (const path of ['/graphql', '/GraphQL', '/graphql/']) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toMatch(/apollographql\.com/); // the explorer, not the app
      expect(page.text).not.toContain('<div id="root">');
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.headers['content-security-policy']).toBeUndefined();
    }
    const json = await request(api.http)
      .get('/graphql')
      .query({ query: '{ __typename }' })
      .set('Accept', 'application/json')
      .set('Apollo-Require-Preflight', 'true');
    expect(json.status).toBe(200);
    expect(json.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('leaves POST /graphql to Apollo', async () => {
    const response = await request(api.http)
      .post('/graphql')
      .set('Accept', BROWSER_ACCEPT)
      .send({ query: '{ __typename }' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { __typename: 'Query' } });
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never answers a WebSocket handshake with the app', async () => {
    // no subscriptions yet, so nothing listens for upgrades: Node hands the handshake to Express
    const handshake = (path: string) =>
      request(api.http)
        .get(path)
        .set('Accept', BROWSER_ACCEPT)
        .set('Connection', 'Upgrade')
        .set('Upgrade', 'websocket')
        .set('Sec-WebSocket-Version', '13')
        .set('Sec-WebSocket-Key', 'dGhlIHNhbXBsZSBub25jZQ==')
        .set('Sec-WebSocket-Protocol', 'graphql-transport-ws');
    const graphql = await handshake('/graphql');
    expect(graphql.text).not.toContain('<div id="root">'); // Apollo's answer (today its explorer)
    expect(graphql.headers['cache-control']).toBe('no-store');
    expectApiNotFound(await handshake('/'));
    expectApiNotFound(await handshake('/offices/WO'));
  });

  it('leaves /health to the health checks, and /auth to the API', async () => {
    for (const path of ['/health', '/health/ready', '/HEALTH/ready/']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body).toMatchObject({ status: 'ok' });
    }
    // whatever the auth controller answers there (a 404 before it exists), never the app
    for (const path of ['/auth/refresh', '/auth/logout', '/auth', '/auth/anything']) {
      for (const method of ['get', 'post'] as const) {
        const response = await request(api.http)[method](path).set('Accept', BROWSER_ACCEPT);
        expect(response.headers['content-type']).not.toMatch(/^text\/html/);
        expect(response.text).not.toContain('<div id="root">');
      }
    }
  });

  it('does not count static files against the request throttle', async () => {
    const address = '203.0.113.77';
    const asBrowser = (path: string, accept = BROWSER_ACCEPT) =>
      get(path, accept).set('X-Forwarded-For', address);
    // five times the limit of static answers: pages, client routes, assets, a missing asset
    for (let n = 0; n < 25; n++) {
      expect((await asBrowser('/')).status).toBe(200);
      expect((await asBrowser(`/offices/O${n}`)).status).toBe(200);
      expect((await asBrowser('/assets/app-abc123.js', '*/*')).status).toBe(200);
      expect((await asBrowser('/assets/missing.js')).status).toBe(404);
    }
    const graphql = () =>
      request(api.http)
        .post('/graphql')
        .set('X-Forwarded-For', address)
        .send({ query: '{ __typename }' });
    // the whole of THROTTLE_LIMIT is still there for GraphQL, and no more
    for (let n = 0; n < 20; n++) expect((await graphql()).status).toBe(200);
    expect((await graphql()).status).toBe(429);
    // the app still loads for the throttled address
    expectAppPage(await asBrowser('/offices/WO'));
  });
});

describe('without a web app in WEB_ROOT', () => {
  let api: TestApp;

  beforeAll(async () => {
    lines = [];
    const root = makeWebRoot(newBase(), false); // assets, but no index.html
    api = await startApp({ env: { WEB_ROOT: root, LOG_LEVEL: 'warn' } });
  });

  afterAll(() => api?.close());

  it('answers / and client routes with the API 404 JSON, and serves no file', async () => {
    for (const path of [
      '/',
      '/offices/WO',
      '/invitations/accept?token=x',
      '/assets/app-abc123.js',
    ]) {
      const response = await request(api.http).get(path).set('Accept', BROWSER_ACCEPT);
      expectApiNotFound(response);
      expect(response.body).toMatchObject({ message: `Cannot GET ${path}` });
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('still serves the API', async () => {
    expect((await request(api.http).get('/health/ready')).status).toBe(200);
    const response = await api.gql('{ __typename }');
    expect(response.data).toEqual({ __typename: 'Query' });
  });

  it('said so once, at start-up', () => {
    expect(warningsOfNoWebApp()).toEqual([
      expect.objectContaining({
        context: 'WebApp',
        msg: expect.stringContaining(api.config.webRoot),
      }),
    ]);
  });
});
