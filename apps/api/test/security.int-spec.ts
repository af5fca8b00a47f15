import { createHmac } from 'node:crypto';
import jwt from 'jsonwebtoken';
import request from 'supertest';

import { CONTENT_SECURITY_POLICY } from '@wild/api/core';
import { createTestAccount, errorOf, TestAccount, TestApp } from '@wild/api/testing';

import { startApp } from './support/start-app';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

/** What every answer carries, GraphQL or not. */
const EVERY_ANSWER = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** What a browser sends when it opens /graphql. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

const ME = `{ me { email } }`;

describe('security headers', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp();
  });

  afterAll(() => api?.close());

  it('spells the Content-Security-Policy of the issue', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(CSP);
  });

  it('sends them, the CSP and Cache-Control: no-store on GraphQL answers', async () => {
    const response = await api.gql(`{ __typename }`);
    expect(response.status).toBe(200);
    expect(response.headers).toMatchObject({
      ...EVERY_ANSWER,
      'content-security-policy': CSP,
      'cache-control': 'no-store',
    });
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('sends them on GraphQL answers refused before anything runs', async () => {
    for (const query of ['{ __typename', '{ nothingHere }']) {
      const response = await api.gql(query);
      expect(response.status).toBe(400);
      expect(response.headers).toMatchObject({
        ...EVERY_ANSWER,
        'content-security-policy': CSP,
        'cache-control': 'no-store',
      });
    }
    const batch = await api.post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
    expect(batch.headers['cache-control']).toBe('no-store');
  });

  it('sends them on /health and on unknown paths', async () => {
    for (const path of ['/health', '/health/ready', '/no-such-page']) {
      const response = await request(api.http).get(path);
      expect(response.headers).toMatchObject({ ...EVERY_ANSWER, 'content-security-policy': CSP });
    }
  });

  it('sends no HSTS over plain HTTP, nor on an X-Forwarded-Proto it does not trust', async () => {
    const plain = await api.gql(`{ __typename }`);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const forwarded = await api.gql(
      `{ __typename }`,
      {},
      { headers: { 'X-Forwarded-Proto': 'https' } },
    );
    expect(forwarded.headers['strict-transport-security']).toBeUndefined();
  });

  it('leaves the CSP off the development explorer page only', async () => {
    const page = await request(api.http).get('/graphql').set('Accept', BROWSER_ACCEPT);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toMatch(/apollographql\.com/); // it loads from Apollo's CDN
    expect(page.headers['content-security-policy']).toBeUndefined();
    expect(page.headers).toMatchObject(EVERY_ANSWER);

    // the same address asked for JSON, by GET or POST, has its CSP
    const json = await request(api.http)
      .get('/graphql')
      .query({ query: '{ __typename }' })
      .set('Accept', 'application/json')
      .set('Apollo-Require-Preflight', 'true');
    expect(json.status).toBe(200);
    expect(json.body).toEqual({ data: { __typename: 'Query' } });
    expect(json.headers).toMatchObject({
      'content-security-policy': CSP,
      'cache-control': 'no-store',
    });
    const post = await request(api.http)
      .post('/graphql')
      .set('Accept', BROWSER_ACCEPT)
      .send({ query: '{ __typename }' });
    expect(post.headers['content-security-policy']).toBe(CSP);
  });
});

describe('security headers behind a TLS proxy (TRUST_PROXY=true)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp({ env: { TRUST_PROXY: 'true' } });
  });

  afterAll(() => api?.close());

  it('sends HSTS when the proxy says the request came over TLS, and only then', async () => {
    const tls = await api.gql(`{ __typename }`, {}, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(tls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const health = await request(api.http).get('/health').set('X-Forwarded-Proto', 'https');
    expect(health.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');

    const plain = await api.gql(`{ __typename }`, {}, { headers: { 'X-Forwarded-Proto': 'http' } });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect((await api.gql(`{ __typename }`)).headers['strict-transport-security']).toBeUndefined();
  });
});

describe('security in production', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp({ env: { NODE_ENV: 'production' } });
  });

  afterAll(() => api?.close());

  it('has no explorer page: a browser gets a JSON refusal with every header', async () => {
    const page = await request(api.http).get('/graphql').set('Accept', BROWSER_ACCEPT);
    expect(page.status).toBe(400);
    expect(page.headers['content-type']).toMatch(/^application\/json/);
    expect(page.headers).toMatchObject({
      ...EVERY_ANSWER,
      'content-security-policy': CSP,
      'cache-control': 'no-store',
    });
  });

  it('refuses a token without exp, and accepts its own', async () => {
    const member = await createTestAccount(api);
    const sid = (jwt.decode(member.accessToken) as { sid: string }).sid;
    const forever = jwt.sign({ sub: member.id, sid }, api.config.jwtSecret, {
      issuer: 'wild-network',
      audience: 'wild-network-api',
    });
    const refused = await api.gql(ME, {}, { token: forever });
    expect(errorOf(refused)?.extensions.code).toBe('UNAUTHENTICATED');
    const accepted = await api.gql(ME, {}, { token: member.accessToken });
    expect(accepted.data?.['me'].email).toBe(member.email);
  });

  it.each([
    ['a misspelt field', `{ languags { code } }`, undefined],
    ['a misspelt argument', `{ languages(wipoOfficial: true) { code } }`, undefined],
    ['a misspelt type', `query ($kind: St3Kind) { st3Codes(kind: $kind) { code } }`, undefined],
    ['a misspelt enum value', `{ st3Codes(kind: STAT) { code } }`, undefined],
    [
      'a misspelt enum value in a variable',
      `query ($kind: St3CodeKind) { st3Codes(kind: $kind) { code } }`,
      { kind: 'STAT' },
    ],
    [
      'a misspelt input field in a variable',
      `query ($filter: OfficeFilterInput) { offices(filter: $filter) { totalCount } }`,
      { filter: { kinds: ['STATE'], languags: ['fr'] } },
    ],
  ])('suggests nothing for %s', async (_kind, query, variables) => {
    const response = await api.gql(query, variables);
    expect(response.status).toBe(400);
    expect(response.errors?.length).toBeGreaterThan(0);
    const body = JSON.stringify(response.body);
    expect(body).not.toMatch(/did you mean|suggestion/i);
    expect(body).not.toMatch(/"STATE"|"languages"|"wipoOfficialOnly"|"St3CodeKind"\?/);
  });
});

describe('access tokens', () => {
  let api: TestApp;
  let member: TestAccount;
  const options = {
    issuer: 'wild-network',
    audience: 'wild-network-api',
    algorithm: 'HS256',
  } as const;
  const claims = () => ({
    sub: member.id,
    sid: (jwt.decode(member.accessToken) as { sid: string }).sid,
  });
  const now = () => Math.floor(Date.now() / 1000);
  const sign = (payload: object, noTimestamp = false) =>
    jwt.sign(payload, api.config.jwtSecret, { ...options, noTimestamp });
  const issuedBy = { iss: options.issuer, aud: options.audience };
  /** Signs claims as they are, which jsonwebtoken's own checks would refuse to sign. */
  const signUnchecked = (payload: object) => {
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}`;
    const signature = createHmac('sha256', api.config.jwtSecret)
      .update(unsigned)
      .digest('base64url');
    return `${unsigned}.${signature}`;
  };

  beforeAll(async () => {
    api = await startApp({ env: { ACCESS_TOKEN_TTL: '15m' } });
    member = await createTestAccount(api);
  });

  afterAll(() => api?.close());

  it('accepts the tokens it issues, and one living exactly ACCESS_TOKEN_TTL', async () => {
    const decoded = jwt.decode(member.accessToken) as { iat: number; exp: number };
    expect(decoded.exp - decoded.iat).toBe(15 * 60);
    for (const token of [
      member.accessToken,
      sign({ ...claims(), iat: now(), exp: now() + 15 * 60 }),
      sign({ ...claims(), iat: now() - 60, exp: now() + 60 }),
      // issued by an instance whose clock is a little ahead (ISSUED_AT_SKEW_SECONDS)
      sign({ ...claims(), iat: now() + 3, exp: now() + 3 + 60 }),
    ]) {
      const response = await api.gql(ME, {}, { token });
      expect(response.errors).toBeUndefined();
      expect(response.data?.['me'].email).toBe(member.email);
    }
  });

  it.each([
    ['without exp', () => sign(claims())],
    ['without iat', () => sign({ ...claims(), exp: now() + 60 }, true)],
    [
      'living longer than ACCESS_TOKEN_TTL',
      () => sign({ ...claims(), iat: now(), exp: now() + 15 * 60 + 1 }),
    ],
    ['living for a year', () => sign({ ...claims(), iat: now(), exp: now() + 365 * 24 * 3600 })],
    [
      'issued in the future',
      () => sign({ ...claims(), iat: now() + 3600, exp: now() + 3600 + 60 }),
    ],
    [
      'with an exp that is not a number',
      () => signUnchecked({ ...claims(), ...issuedBy, iat: now(), exp: `${now() + 60}` }),
    ],
  ])('refuses a token %s with UNAUTHENTICATED', async (_kind, token) => {
    const response = await api.gql(ME, {}, { token: token() });
    expect(response.data).toBeNull();
    expect(errorOf(response)).toMatchObject({
      message: 'Please sign in.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
