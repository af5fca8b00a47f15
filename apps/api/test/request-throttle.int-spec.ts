import request from 'supertest';

import { createTestAccount, TestApp } from '@wild/api/testing';

import { startApp } from './support/start-app';

/** Addresses are simulated behind a trusted proxy, fresh for each run (Redis outlives it). */
const newAddress = () =>
  `172.${16 + Math.floor(Math.random() * 16)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

const THROTTLE = { TRUST_PROXY: 'true', THROTTLE_LIMIT: '120', THROTTLE_TTL: '60s' };

function bare(api: TestApp, address: string, token?: string) {
  return api.gql('{ __typename }', undefined, {
    headers: { 'X-Forwarded-For': address },
    token,
  });
}

/** Sends `count` requests one after the other; returns their HTTP statuses. */
async function statuses(count: number, send: () => Promise<{ status: number }>) {
  const seen: number[] = [];
  for (let n = 0; n < count; n++) seen.push((await send()).status);
  return seen;
}

describe('the request throttle, in memory', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp({ env: THROTTLE });
  });

  afterAll(() => api?.close());

  it('refuses bare { __typename } requests over the limit with 429, Retry-After and a GraphQL error', async () => {
    const address = newAddress();
    const seen = await statuses(130, () => bare(api, address));
    expect(seen.slice(0, 120)).toEqual(Array(120).fill(200));
    expect(seen.slice(120)).toEqual(Array(10).fill(429));
    const refused = await bare(api, address);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.body).toEqual({
      errors: [
        {
          message: expect.stringMatching(
            /^Too many requests\. Please try again in \d+ seconds?\.$/,
          ),
          extensions: {
            code: 'TOO_MANY_REQUESTS',
            retryAfterSeconds: Number(refused.headers['retry-after']),
          },
        },
      ],
    });
    // another address is not held back
    expect((await bare(api, newAddress())).status).toBe(200);
  });

  it('counts requests refused before execution and those below /graphql, not /health', async () => {
    const address = newAddress();
    for (let n = 0; n < 20; n++) {
      expect((await request(api.http).get('/health').set('X-Forwarded-For', address)).status).toBe(
        200,
      );
    }
    const broken = () =>
      request(api.http)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .set('X-Forwarded-For', address)
        .send({ query: '{ __typename' });
    expect(await statuses(100, broken)).toEqual(Array(100).fill(400));
    const below = () =>
      request(api.http)
        .post('/graphql/x')
        .set('Content-Type', 'application/json')
        .set('X-Forwarded-For', address)
        .send({ query: '{ __typename }' });
    // the 120th is still within the limit: /health was not counted
    expect(await statuses(20, below)).toEqual(Array(20).fill(200));
    expect((await below()).status).toBe(429);
    expect((await bare(api, address)).status).toBe(429);
  });

  it('keys a request with a valid access token by its account, one without by its address', async () => {
    const member = await createTestAccount(api);
    const address = newAddress();
    await statuses(120, () => bare(api, address));
    expect((await bare(api, address)).status).toBe(429);
    expect((await bare(api, address, 'not.a.token')).status).toBe(429);
    // the member's own count starts afresh, wherever they are
    const own = await statuses(120, () => bare(api, address, member.accessToken));
    expect(own).toEqual(Array(120).fill(200));
    expect((await bare(api, newAddress(), member.accessToken)).status).toBe(429);
  });
});

describe('the request throttle on Redis (REDIS_URL), shared by two API processes', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    const env = {
      ...THROTTLE,
      REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    };
    first = await startApp({ env });
    second = await startApp({ env });
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('counts the requests sent to either process', async () => {
    const address = newAddress();
    const seen = await statuses(120, async () =>
      bare(Math.random() < 0.5 ? first : second, address),
    );
    expect(seen).toEqual(Array(120).fill(200));
    expect((await bare(first, address)).status).toBe(429);
    expect((await bare(second, address)).status).toBe(429);
  });
});
