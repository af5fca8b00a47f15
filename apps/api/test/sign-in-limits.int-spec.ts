import { DataSource } from 'typeorm';

import {
  createPersistentTestDatabase,
  createTestAccount,
  errorOf,
  GraphQLResponse,
  TestAccount,
  TestApp,
} from '@wild/api/testing';
import { Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`;
const REFRESH = `mutation ($token: String!) { refreshToken(input: { token: $token }) { accessToken } }`;
const ACCEPT_INVITATION = `mutation ($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { accessToken }
}`;
const WRONG = 'wrong password!';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const codeOf = (response: GraphQLResponse) => errorOf(response)?.extensions.code;

/** Addresses are simulated behind a trusted proxy: each test run uses fresh ones. */
let addressCount = 0;
const newAddress = () =>
  `10.${Math.floor(Math.random() * 200)}.${Math.floor(addressCount / 250)}.${(addressCount++ % 250) + 1}`;

function loginAs(api: TestApp, email: string, password: string, address: string) {
  return api.gql(
    LOGIN,
    { input: { email, password } },
    { headers: { 'X-Forwarded-For': address } },
  );
}

async function auditedLimits(api: TestApp, action: string) {
  return api.app
    .get(DataSource)
    .query(
      `SELECT entity_id AS scope, ip, actor_email AS "actorEmail", changes FROM audit_entry WHERE action = $1 ORDER BY occurred_at`,
      [action],
    );
}

describe('sign-in limits (behind a proxy: addresses from X-Forwarded-For)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp({
      env: {
        TRUST_PROXY: 'true',
        AUTH_THROTTLE_LIMIT: '5',
        AUTH_THROTTLE_TTL: '15m',
        AUTH_ADDRESS_LIMIT: '100',
        AUTH_ACCOUNT_LIMIT: '50',
      },
    });
  });

  afterAll(() => api?.close());

  it('gives one account and address five free failures, then one try per doubling delay; elsewhere the owner signs in', async () => {
    const account = await createTestAccount(api);
    const address = newAddress();
    for (let failure = 1; failure <= 5; failure++) {
      expect(codeOf(await loginAs(api, account.email, WRONG, address))).toBe('UNAUTHENTICATED');
    }
    // the sixth is tried, and opens a 1 s delay
    expect(codeOf(await loginAs(api, account.email, WRONG, address))).toBe('UNAUTHENTICATED');
    const refused = await loginAs(api, account.email, account.password, address);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('1');
    expect(errorOf(refused)).toMatchObject({
      message: 'Too many requests. Please try again in 1 second.',
      extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 1 },
    });
    // meanwhile the owner, from another address, is not held back
    expect(codeOf(await loginAs(api, account.email, account.password, newAddress()))).toBe(
      undefined,
    );

    await sleep(1_100);
    expect(codeOf(await loginAs(api, account.email, WRONG, address))).toBe('UNAUTHENTICATED');
    const longer = await loginAs(api, account.email, WRONG, address);
    expect(errorOf(longer)?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: 2,
    });

    await sleep(2_100);
    expect(codeOf(await loginAs(api, account.email, account.password, address))).toBe(undefined);
    // a success clears the pair's failures
    expect(codeOf(await loginAs(api, account.email, WRONG, address))).toBe('UNAUTHENTICATED');
    expect(codeOf(await loginAs(api, account.email, WRONG, address))).toBe('UNAUTHENTICATED');

    // two refusals of one limit and key in the window: audited once, with the failures counted
    const audited = (await auditedLimits(api, 'login.limited')).filter(
      (entry: { actorEmail: string }) => entry.actorEmail === account.email,
    );
    expect(audited).toEqual([
      {
        scope: 'pair',
        ip: address,
        actorEmail: account.email,
        changes: {
          failures: { before: null, after: 6 },
          retryAfterSeconds: { before: null, after: 1 },
        },
      },
    ]);
  });

  it('lets a colleague behind the same address sign in after another’s failures', async () => {
    const careless = await createTestAccount(api);
    const colleague = await createTestAccount(api);
    const office = newAddress();
    for (let failure = 1; failure <= 6; failure++) {
      expect(codeOf(await loginAs(api, careless.email, WRONG, office))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await loginAs(api, careless.email, WRONG, office))).toBe('TOO_MANY_REQUESTS');
    expect(codeOf(await loginAs(api, colleague.email, colleague.password, office))).toBe(undefined);
  });

  it('keeps the owner signing in from a known address after 60 failures from elsewhere; unknown addresses are refused', async () => {
    const owner = await createTestAccount(api);
    const usual = newAddress();
    expect(codeOf(await loginAs(api, owner.email, owner.password, usual))).toBe(undefined);
    const codes: (string | undefined)[] = [];
    for (let attacker = 0; attacker < 12; attacker++) {
      const address = newAddress();
      for (let failure = 1; failure <= 5; failure++) {
        codes.push(codeOf(await loginAs(api, owner.email, WRONG, address)));
      }
    }
    // 50 failures counted, then every unknown address is refused
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(50);
    expect(codes.slice(50)).toEqual(Array(10).fill('TOO_MANY_REQUESTS'));
    expect(codeOf(await loginAs(api, owner.email, owner.password, newAddress()))).toBe(
      'TOO_MANY_REQUESTS',
    );
    expect(codeOf(await loginAs(api, owner.email, owner.password, usual))).toBe(undefined);
    const audited = (await auditedLimits(api, 'login.limited')).filter(
      (entry: { actorEmail: string; scope: string }) =>
        entry.actorEmail === owner.email && entry.scope === 'account',
    );
    expect(audited).toHaveLength(1);
    expect(audited[0].changes.failures.after).toBe(50);
  });

  it('refuses with BAD_USER_INPUT, not a limit, what the input rules refuse', async () => {
    const response = await loginAs(api, 'not an email', WRONG, newAddress());
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });
});

describe('sign-in limits per address', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp({
      env: { TRUST_PROXY: 'true', AUTH_THROTTLE_LIMIT: '5', AUTH_ADDRESS_LIMIT: '5' },
    });
  });

  afterAll(() => api?.close());

  it('refuses an address after AUTH_ADDRESS_LIMIT failures on any accounts, not the others', async () => {
    const account: TestAccount = await createTestAccount(api);
    const address = newAddress();
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      expect(codeOf(await loginAs(api, `${name}@ipo.example`, WRONG, address))).toBe(
        'UNAUTHENTICATED',
      );
    }
    expect(codeOf(await loginAs(api, account.email, account.password, address))).toBe(
      'TOO_MANY_REQUESTS',
    );
    expect(codeOf(await loginAs(api, account.email, account.password, newAddress()))).toBe(
      undefined,
    );
  });

  it('counts refreshes and invitation acceptances per address, each apart', async () => {
    const address = newAddress();
    const headers = { 'X-Forwarded-For': address };
    const accept = (token: string) =>
      api.gql(
        ACCEPT_INVITATION,
        {
          input: {
            token,
            fullName: 'Ada',
            password: 'long enough password',
            preferredLanguage: 'en',
          },
        },
        { headers },
      );
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(codeOf(await api.gql(REFRESH, { token: `unknown-${attempt}` }, { headers }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(codeOf(await accept(`unknown-${attempt}`))).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(await api.gql(REFRESH, { token: 'unknown-6' }, { headers }))).toBe(
      'TOO_MANY_REQUESTS',
    );
    expect(codeOf(await accept('unknown-6'))).toBe('TOO_MANY_REQUESTS');
    expect(
      codeOf(
        await api.gql(
          REFRESH,
          { token: 'unknown-7' },
          { headers: { 'X-Forwarded-For': newAddress() } },
        ),
      ),
    ).toBe('UNAUTHENTICATED');
  });
});

describe('sign-in limits: every way in makes an address known, and counts are taken first', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp({
      env: {
        TRUST_PROXY: 'true',
        AUTH_THROTTLE_LIMIT: '5',
        AUTH_ADDRESS_LIMIT: '10',
        AUTH_ACCOUNT_LIMIT: '10',
      },
    });
  });

  afterAll(() => api?.close());

  const changePassword = (account: TestAccount, current: string, address: string) =>
    api.gql(
      `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`,
      { input: { currentPassword: current, newPassword: 'a brand new passphrase' } },
      { token: account.accessToken, headers: { 'X-Forwarded-For': address } },
    );

  it('lets the owner change their password from the address they signed in from, whatever a stolen token tried elsewhere', async () => {
    const owner = await createTestAccount(api);
    const usual = newAddress();
    const signedIn = await loginAs(api, owner.email, owner.password, usual);
    expect(codeOf(signedIn)).toBe(undefined);
    const session = { ...owner, accessToken: signedIn.data?.['login'].accessToken };
    for (let attacker = 0; attacker < 3; attacker++) {
      const address = newAddress();
      for (let guess = 0; guess < 5; guess++) await changePassword(session, WRONG, address);
    }
    expect(codeOf(await changePassword(session, owner.password, newAddress()))).toBe(
      'TOO_MANY_REQUESTS',
    );
    expect(await changePassword(session, owner.password, usual)).toMatchObject({
      data: { changePassword: true },
    });
  });

  it('knows the address an invited person joined from, though they never signed in', async () => {
    const admin = await createTestAccount(api, { role: Role.OFFICE_ADMIN, officeCode: 'FR' });
    const email = `joiner.${Date.now()}@inpi.example`;
    const invitation = await api.gql(
      `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { token } }`,
      { input: { email, officeCode: 'FR', role: 'MEMBER' } },
      { token: admin.accessToken },
    );
    const joinedFrom = newAddress();
    const joined = await api.gql(
      ACCEPT_INVITATION,
      {
        input: {
          token: invitation.data?.['createInvitation'].token,
          fullName: 'Nadia Joiner',
          password: 'a long enough password',
          preferredLanguage: 'fr',
        },
      },
      { headers: { 'X-Forwarded-For': joinedFrom } },
    );
    expect(codeOf(joined)).toBe(undefined);
    for (let attacker = 0; attacker < 3; attacker++) {
      const address = newAddress();
      for (let guess = 0; guess < 5; guess++) await loginAs(api, email, WRONG, address);
    }
    expect(codeOf(await loginAs(api, email, 'a long enough password', newAddress()))).toBe(
      'TOO_MANY_REQUESTS',
    );
    expect(codeOf(await loginAs(api, email, 'a long enough password', joinedFrom))).toBe(undefined);
  });

  it('lets no more attempts through than the address limit, sent all at once', async () => {
    const address = newAddress();
    const codes = await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        loginAs(api, `parallel.${n}@ipo.example`, WRONG, address).then(codeOf),
      ),
    );
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(10);
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(20);
  });
});

// Several API processes share a PostgreSQL server (API_WORKERS, several instances); the
// embedded engine serves one process only.
(process.env['DATABASE_URL'] ? describe : describe.skip)(
  'sign-in limits shared by the API processes of one database',
  () => {
    let database: Awaited<ReturnType<typeof createPersistentTestDatabase>>;
    let first: TestApp;
    let second: TestApp;

    beforeAll(async () => {
      database = await createPersistentTestDatabase();
      const env = { AUTH_THROTTLE_LIMIT: '3', AUTH_THROTTLE_TTL: '15m' };
      first = await startApp({ database, env });
      second = await startApp({ database, env });
    });

    afterAll(async () => {
      await first?.close();
      await second?.close();
      await database?.drop();
    });

    it('counts the attempts made through either process, under keys that hold no email', async () => {
      const account = await createTestAccount(first);
      const attempt = (api: TestApp, password: string) =>
        api.gql(LOGIN, { input: { email: account.email, password } });
      for (const api of [first, second, first, second]) {
        expect(codeOf(await attempt(api, WRONG))).toBe('UNAUTHENTICATED');
      }
      // the fourth failure opened a delay: the next try, even right, through the other process
      expect(codeOf(await attempt(first, account.password))).toBe('TOO_MANY_REQUESTS');
      const keys: { key: string }[] = await first.app
        .get(DataSource)
        .query(`SELECT key FROM auth_rate_limit`);
      expect(keys.length).toBeGreaterThan(0);
      const localPart = account.email.split('@')[0];
      expect(
        keys.filter(({ key }) => key.includes(localPart) || key.includes('127.0.0.1')),
      ).toEqual([]);
    });
  },
);
