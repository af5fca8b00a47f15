import request from 'supertest';
import { DataSource } from 'typeorm';

import { REFRESH_COOKIE, REFRESH_REUSE_GRACE_MS } from '@wild/api/auth';
import {
  createTestAccount,
  dataOf,
  errorOf,
  GraphQLResponse,
  TestAccount,
  TestApp,
} from '@wild/api/testing';
import { Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

const LOGIN = `mutation ($input: LoginInput!) {
  login(input: $input) { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt account { id email } }
}`;
const ACCEPT_INVITATION = `mutation ($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { accessToken refreshToken refreshTokenExpiresAt account { id email } }
}`;
const CREATE_INVITATION = `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { token } }`;
const REFRESH = `mutation ($token: String!) { refreshToken(input: { token: $token }) { accessToken refreshToken refreshTokenExpiresAt } }`;
const ME = `{ me { id email } }`;

/** One `Set-Cookie` of the refresh cookie, read as a browser would. */
interface SetCookie {
  readonly value: string;
  /** Attribute names in lower case; flags (HttpOnly) are `true`. */
  readonly attributes: Readonly<Record<string, string | true>>;
}

function refreshCookieOf(headers: Record<string, unknown>): SetCookie | undefined {
  const all = (headers['set-cookie'] ?? []) as string[];
  const raw = all.filter((header) => header.startsWith(`${REFRESH_COOKIE}=`));
  expect(raw.length).toBeLessThanOrEqual(1);
  if (raw.length === 0) return undefined;
  const [pair, ...attributes] = raw[0].split(';').map((part) => part.trim());
  return {
    value: decodeURIComponent(pair.slice(REFRESH_COOKIE.length + 1)),
    attributes: Object.fromEntries(
      attributes.map((attribute) => {
        const [name, ...value] = attribute.split('=');
        return [name.toLowerCase(), value.length ? value.join('=') : true];
      }),
    ),
  };
}

interface PostOptions {
  readonly cookie?: string;
  readonly headers?: Record<string, string>;
  /** `null`: no Content-Type header at all. */
  readonly contentType?: string | null;
}

describe('sessions in the browser: the refresh cookie and /auth', () => {
  let api: TestApp;
  let admin: TestAccount;

  beforeAll(async () => {
    api = await startApp();
    admin = await createTestAccount(api, { role: Role.ADMIN });
  });

  afterAll(() => api?.close());

  const post = (path: string, options: PostOptions = {}) => {
    let call = request(api.http).post(path);
    const contentType =
      options.contentType === undefined ? 'application/json' : options.contentType;
    if (contentType !== null) call = call.set('Content-Type', contentType);
    if (options.cookie !== undefined)
      call = call.set('Cookie', `${REFRESH_COOKIE}=${options.cookie}`);
    for (const [name, value] of Object.entries(options.headers ?? {})) call = call.set(name, value);
    return contentType === 'application/json' ? call.send('{}') : call.send();
  };
  const refresh = (cookie?: string, options: PostOptions = {}) =>
    post('/auth/refresh', { ...options, cookie });
  const logout = (cookie?: string, options: PostOptions = {}) =>
    post('/auth/logout', { ...options, cookie });

  const loginWith = (account: TestAccount, session?: string) =>
    api.gql(LOGIN, {
      input: { email: account.email, password: account.password, ...(session ? { session } : {}) },
    });
  /** Signs in in COOKIE mode: the cookie's token. */
  const browserLogin = async (account: TestAccount) => {
    const response = await loginWith(account, 'COOKIE');
    expect(response.errors).toBeUndefined();
    const cookie = refreshCookieOf(response.headers);
    expect(cookie).toBeDefined();
    return { cookie: cookie?.value as string, payload: response.data?.['login'] };
  };
  const meOf = async (accessToken: string) => {
    const response = await api.gql(ME, {}, { token: accessToken });
    return response.errors ? errorOf(response)?.extensions.code : response.data?.['me'].email;
  };
  const auditActions = async (accountId: string): Promise<string[]> =>
    (
      await api.app
        .get(DataSource)
        .query(
          `SELECT action FROM audit_entry WHERE entity = 'account' AND entity_id = $1 ORDER BY occurred_at`,
          [accountId],
        )
    ).map((row: { action: string }) => row.action);

  describe('signing in', () => {
    it('login with session: COOKIE sets wild_refresh (HttpOnly, SameSite=Strict, Path=/auth, the token’s expiry) and answers no refreshToken', async () => {
      const account = await createTestAccount(api);
      const response = await loginWith(account, 'COOKIE');
      const payload = dataOf(response, 'login');
      expect(payload).toMatchObject({
        accessToken: expect.any(String),
        refreshToken: null,
        refreshTokenExpiresAt: expect.any(String),
        account: { id: account.id, email: account.email },
      });
      const cookie = refreshCookieOf(response.headers);
      expect(cookie?.value).toMatch(/^[\w-]{43}$/);
      expect(cookie?.attributes).toEqual({
        'max-age': expect.any(String),
        path: '/auth',
        expires: expect.any(String),
        httponly: true,
        samesite: 'Strict',
      });
      // not Secure: tests (and development) run on plain http://localhost
      expect(cookie?.attributes['secure']).toBeUndefined();
      const expiresAt = new Date(payload.refreshTokenExpiresAt).getTime();
      const maxAgeSeconds = Number(cookie?.attributes['max-age']);
      expect(maxAgeSeconds).toBeGreaterThan(api.config.refreshTokenTtlMs / 1000 - 5);
      expect(maxAgeSeconds).toBeLessThanOrEqual(api.config.refreshTokenTtlMs / 1000);
      expect(
        Math.abs(new Date(cookie?.attributes['expires'] as string).getTime() - expiresAt),
      ).toBeLessThan(5_000);
      // the cookie's token is the session's own refresh token
      expect((await refresh(cookie?.value)).status).toBe(200);
    });

    it('login without session, or with BODY, answers the refresh token and sets no cookie', async () => {
      const account = await createTestAccount(api);
      for (const session of [undefined, 'BODY']) {
        const response = await loginWith(account, session);
        expect(dataOf(response, 'login').refreshToken).toMatch(/^[\w-]{43}$/);
        expect(response.headers['set-cookie']).toBeUndefined();
      }
    });

    it('acceptInvitation with session: COOKIE sets the cookie and answers no refreshToken', async () => {
      const email = `cookie.${Date.now()}@ipo.example`;
      const { token } = dataOf(
        await api.gql(
          CREATE_INVITATION,
          { input: { email, officeCode: 'FR', role: Role.MEMBER } },
          { token: admin.accessToken },
        ),
        'createInvitation',
      );
      const response = await api.gql(ACCEPT_INVITATION, {
        input: {
          token,
          fullName: 'Grace Hopper',
          password: 'a long enough password',
          preferredLanguage: 'en',
          session: 'COOKIE',
        },
      });
      const payload = dataOf(response, 'acceptInvitation');
      expect(payload).toMatchObject({ refreshToken: null, account: { email } });
      const cookie = refreshCookieOf(response.headers);
      expect(cookie?.attributes).toMatchObject({
        path: '/auth',
        httponly: true,
        samesite: 'Strict',
      });
      const refreshed = await refresh(cookie?.value);
      expect(refreshed.status).toBe(200);
      expect(refreshed.body.account.email).toBe(email);
    });
  });

  describe('POST /auth/refresh', () => {
    it('rotates the cookie and answers a new access token and the account', async () => {
      const account = await createTestAccount(api, { displayName: 'Cookie Person' });
      const { cookie } = await browserLogin(account);
      const response = await refresh(cookie);
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).toEqual({
        accessToken: expect.any(String),
        accessTokenExpiresAt: expect.any(String),
        account: {
          id: account.id,
          email: account.email,
          displayName: 'Cookie Person',
          role: 'MEMBER',
          officeCode: 'FR',
          preferredLanguage: 'en',
        },
      });
      expect(new Date(response.body.accessTokenExpiresAt).getTime()).toBeGreaterThan(Date.now());
      const next = refreshCookieOf(response.headers);
      expect(next?.value).toMatch(/^[\w-]{43}$/);
      expect(next?.value).not.toBe(cookie);
      expect(next?.attributes).toMatchObject({ path: '/auth', httponly: true, samesite: 'Strict' });
      expect(await meOf(response.body.accessToken)).toBe(account.email);
      // the successor rotates in turn
      expect((await refresh(next?.value)).status).toBe(200);
    });

    it('answers the spent cookie again within the grace with the same successor, and keeps the session', async () => {
      const account = await createTestAccount(api);
      const { cookie } = await browserLogin(account);
      const first = await refresh(cookie);
      const successor = refreshCookieOf(first.headers)?.value;

      api.clock.advance(REFRESH_REUSE_GRACE_MS - 1_000);
      const again = await refresh(cookie);
      expect(again.status).toBe(200);
      expect(refreshCookieOf(again.headers)?.value).toBe(successor);
      expect(again.body.accessToken).toEqual(expect.any(String));
      expect(await meOf(again.body.accessToken)).toBe(account.email);
      expect(await meOf(first.body.accessToken)).toBe(account.email);
      // the successor is live: it rotates
      const next = await refresh(successor);
      expect(next.status).toBe(200);
      expect(refreshCookieOf(next.headers)?.value).not.toBe(successor);
      expect(await auditActions(account.id)).not.toContain('session.revoked_on_token_reuse');
    });

    it('audits the grace, and serves it only to the browser that spent the token', async () => {
      const account = await createTestAccount(api);
      const { cookie } = await browserLogin(account);
      const browser = { 'User-Agent': 'Tab browser/1.0' };
      const first = await refresh(cookie, { headers: browser });
      expect(first.status).toBe(200);
      const again = await refresh(cookie, { headers: browser });
      expect(again.status).toBe(200);
      expect(await auditActions(account.id)).toContain('session.refresh_grace_used');

      // the same spent cookie from another browser, within the grace: reuse, the session ends
      const elsewhere = await refresh(cookie, { headers: { 'User-Agent': 'Another browser/2.0' } });
      expect(elsewhere.status).toBe(401);
      expect(await meOf(first.body.accessToken)).toBe('UNAUTHENTICATED');
      expect(await auditActions(account.id)).toContain('session.revoked_on_token_reuse');
    });

    it('keeps no seal of a spent token past the grace: the next rotation clears it', async () => {
      const account = await createTestAccount(api);
      const { cookie } = await browserLogin(account);
      const first = await refresh(cookie);
      const sealsOf = async () =>
        (
          await api.app
            .get(DataSource)
            .query(
              `SELECT count(*)::int AS n FROM refresh_token t JOIN auth_session s ON s.id = t.session_id WHERE s.account_id = $1 AND t.successor_sealed IS NOT NULL`,
              [account.id],
            )
        )[0].n;
      expect(await sealsOf()).toBe(1);
      api.clock.advance(REFRESH_REUSE_GRACE_MS + 1_000);
      const second = await refresh(refreshCookieOf(first.headers)?.value);
      expect(second.status).toBe(200);
      // the first token's seal is gone; only the one just spent is kept, for its grace
      expect(await sealsOf()).toBe(1);
    });

    it('answers two tabs refreshing at once with one successor', async () => {
      const account = await createTestAccount(api);
      const { cookie } = await browserLogin(account);
      const answers = await Promise.all([refresh(cookie), refresh(cookie), refresh(cookie)]);
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
      const successors = new Set(answers.map((answer) => refreshCookieOf(answer.headers)?.value));
      expect(successors.size).toBe(1);
      for (const answer of answers) expect(await meOf(answer.body.accessToken)).toBe(account.email);
      expect((await refresh([...successors][0])).status).toBe(200);
    });

    it('ends the session when the spent cookie comes back after the grace: the successor fails too', async () => {
      const account = await createTestAccount(api);
      const { cookie } = await browserLogin(account);
      const first = await refresh(cookie);
      const successor = refreshCookieOf(first.headers)?.value;

      api.clock.advance(REFRESH_REUSE_GRACE_MS + 1_000);
      const replay = await refresh(cookie);
      expect(replay.status).toBe(401);
      expect(replay.body).toEqual({
        errors: [
          {
            message: expect.stringMatching(/already used, so the session has been closed/),
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
      // a cookie that opens no session is cleared
      expect(refreshCookieOf(replay.headers)?.attributes['expires']).toBe(
        'Thu, 01 Jan 1970 00:00:00 GMT',
      );
      expect((await refresh(successor)).status).toBe(401);
      expect(await meOf(first.body.accessToken)).toBe('UNAUTHENTICATED');
      expect(await auditActions(account.id)).toContain('session.revoked_on_token_reuse');
    });

    it('answers 401 UNAUTHENTICATED without a cookie or with an unknown one', async () => {
      for (const cookie of [undefined, '', 'not-a-token-of-ours']) {
        const response = await refresh(cookie);
        expect(response.status).toBe(401);
        expect(response.body).toEqual({
          errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }],
        });
      }
      const unknown = await refresh('not-a-token-of-ours');
      expect(unknown.body.errors[0].message).toBe(
        'This refresh token is not valid. Please sign in again.',
      );
    });

    it('refuses a request from another origin, or not sent as JSON, with 403 FORBIDDEN', async () => {
      const account = await createTestAccount(api);
      const { cookie } = await browserLogin(account);
      for (const origin of ['https://evil.example', 'null', 'http://wild.example:8080']) {
        const response = await refresh(cookie, {
          headers: { Host: 'wild.example', Origin: origin },
        });
        expect(response.status).toBe(403);
        expect(response.body).toEqual({
          errors: [{ message: expect.any(String), extensions: { code: 'FORBIDDEN' } }],
        });
        expect(refreshCookieOf(response.headers)).toBeUndefined();
        expect((await logout(cookie, { headers: { Origin: origin } })).status).toBe(403);
      }
      for (const contentType of [null, 'text/plain', 'application/x-www-form-urlencoded']) {
        const response = await refresh(cookie, { contentType });
        expect(response.status).toBe(403);
        expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
        expect((await logout(cookie, { contentType })).status).toBe(403);
      }
      // the refusals spent nothing: the cookie still opens the session, from its own origin
      const sameOrigin = await refresh(cookie, {
        headers: { Host: 'wild.example', Origin: 'http://wild.example' },
        contentType: 'application/json; charset=utf-8',
      });
      expect(sameOrigin.status).toBe(200);
      // and from PUBLIC_URL's origin, whatever Host a proxy in front sends
      const publicOrigin = await refresh(refreshCookieOf(sameOrigin.headers)?.value, {
        headers: { Host: 'api.internal:3000', Origin: new URL(api.config.publicUrl).origin },
      });
      expect(publicOrigin.status).toBe(200);
    });
  });

  describe('POST /auth/logout', () => {
    it('ends the session (audited), clears the cookie and answers 204', async () => {
      const account = await createTestAccount(api);
      const { cookie, payload } = await browserLogin(account);
      expect(await meOf(payload.accessToken)).toBe(account.email);

      const response = await logout(cookie);
      expect(response.status).toBe(204);
      expect(response.text).toBe('');
      expect(refreshCookieOf(response.headers)).toEqual({
        value: '',
        attributes: {
          path: '/auth',
          expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
          httponly: true,
          samesite: 'Strict',
        },
      });
      expect(await meOf(payload.accessToken)).toBe('UNAUTHENTICATED');
      expect((await refresh(cookie)).status).toBe(401);
      // another session of the account is untouched
      expect(await meOf(account.accessToken)).toBe(account.email);

      // signing out again changes nothing, and is no error
      expect((await logout(cookie)).status).toBe(204);
      expect(
        (await auditActions(account.id)).filter((action) => action === 'account.signed_out'),
      ).toHaveLength(1);
    });

    it('answers 204 and clears the cookie without a cookie, or with an unknown one', async () => {
      for (const cookie of [undefined, 'not-a-token-of-ours']) {
        const response = await logout(cookie);
        expect(response.status).toBe(204);
        expect(refreshCookieOf(response.headers)?.attributes['expires']).toBe(
          'Thu, 01 Jan 1970 00:00:00 GMT',
        );
      }
    });
  });

  describe('the refreshToken mutation', () => {
    it('answers a spent token within the grace with the live successor, following the chain; after it, ends the session', async () => {
      const account = await createTestAccount(api);
      const first = dataOf(await loginWith(account), 'login');
      const second = dataOf(await api.gql(REFRESH, { token: first.refreshToken }), 'refreshToken');

      const again = dataOf(await api.gql(REFRESH, { token: first.refreshToken }), 'refreshToken');
      expect(again.refreshToken).toBe(second.refreshToken);
      expect(again.refreshTokenExpiresAt).toBe(second.refreshTokenExpiresAt);
      expect(await meOf(again.accessToken)).toBe(account.email);

      // the successor spent in turn (within its own grace): the first leads to the live third
      api.clock.advance(2_000);
      const third = dataOf(await api.gql(REFRESH, { token: second.refreshToken }), 'refreshToken');
      const chained = dataOf(await api.gql(REFRESH, { token: first.refreshToken }), 'refreshToken');
      expect(chained.refreshToken).toBe(third.refreshToken);
      expect(chained.refreshTokenExpiresAt).toBe(third.refreshTokenExpiresAt);

      // measured from the first token's rotation
      api.clock.advance(REFRESH_REUSE_GRACE_MS);
      const late = await api.gql(REFRESH, { token: first.refreshToken });
      expect(errorOf(late)).toMatchObject({
        message: expect.stringMatching(/already used, so the session has been closed/),
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(errorOf(await api.gql(REFRESH, { token: third.refreshToken }))?.extensions.code).toBe(
        'UNAUTHENTICATED',
      );
      expect(await meOf(third.accessToken)).toBe('UNAUTHENTICATED');
    });

    it('keeps refusing an expired token as expired within the grace of its successor', async () => {
      const account = await createTestAccount(api);
      const first = dataOf(await loginWith(account), 'login');
      dataOf(await api.gql(REFRESH, { token: first.refreshToken }), 'refreshToken');
      await api.app
        .get(DataSource)
        .query(
          `UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE used_at IS NULL AND session_id IN (SELECT id FROM auth_session WHERE account_id = $1)`,
          [account.id],
        );
      const response: GraphQLResponse = await api.gql(REFRESH, { token: first.refreshToken });
      expect(errorOf(response)?.message).toBe(
        'This refresh token has expired. Please sign in again.',
      );
    });
  });
});

describe('sessions in the browser: the limits hold on /auth', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp({
      env: {
        TRUST_PROXY: 'true',
        AUTH_ADDRESS_LIMIT: '3',
        THROTTLE_LIMIT: '12',
        THROTTLE_TTL: '60s',
      },
    });
  });

  afterAll(() => api?.close());

  const fromAddress = (path: string, address: string, cookie?: string) => {
    let call = request(api.http)
      .post(path)
      .set('Content-Type', 'application/json')
      .set('X-Forwarded-For', address);
    if (cookie) call = call.set('Cookie', `${REFRESH_COOKIE}=${cookie}`);
    return call.send('{}');
  };

  it('counts failed cookie refreshes against the sign-in limits of the address', async () => {
    const address = '10.14.0.1';
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect((await fromAddress('/auth/refresh', address, `unknown-${attempt}`)).status).toBe(401);
    }
    const refused = await fromAddress('/auth/refresh', address, 'unknown-4');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^Too many requests/),
          extensions: {
            code: 'TOO_MANY_REQUESTS',
            retryAfterSeconds: Number(refused.headers['retry-after']),
          },
        },
      ],
    });
    // another address is not held back
    expect((await fromAddress('/auth/refresh', '10.14.0.2', 'unknown-5')).status).toBe(401);
  });

  it('counts every request to /auth in the request throttle', async () => {
    const address = '10.14.1.1';
    const statuses: number[] = [];
    for (let n = 0; n < 14; n++) statuses.push((await fromAddress('/auth/logout', address)).status);
    expect(statuses).toEqual([...Array(12).fill(204), 429, 429]);
  });
});
