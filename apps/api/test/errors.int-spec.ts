import { PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import request from 'supertest';
import { DataSource } from 'typeorm';

import { createTestAccount, ProbeModule, TestApp } from '@wild/api/testing';
import { Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

/**
 * The one error path: every code of docs/api-conventions.md comes back in the same shape,
 * `{ message, path, extensions: { code, … } }`, with a message a person understands.
 */
describe('errors (GraphQL over HTTP)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp({ imports: [ProbeModule] });
  });

  afterAll(() => api?.close());

  it.each([
    ['UNAUTHENTICATED', 'Please sign in.'],
    ['FORBIDDEN', 'Only office admins may do this.'],
    ['NOT_FOUND', 'No such thing.'],
    ['CONFLICT', 'This already exists.'],
  ])('answers %s with its code and message', async (code, message) => {
    const response = await api.gql(`query ($code: String!) { probeError(code: $code) }`, { code });
    expect(response.status).toBe(200);
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]).toMatchObject({
      message,
      path: ['probeError'],
      extensions: { code },
    });
  });

  it('answers BAD_USER_INPUT naming the field, and every field when several fail', async () => {
    const one = await api.gql(
      `mutation { probeValidation(input: { email: "ada@example.org", level: 6 }) }`,
    );
    expect(one.errors?.[0]).toMatchObject({
      message: 'level must be between 1 and 5.',
      extensions: { code: 'BAD_USER_INPUT', field: 'level', rule: 'max', params: { max: 5 } },
    });
    expect(one.errors?.[0].extensions['errors']).toEqual([
      {
        field: 'level',
        message: 'level must be between 1 and 5.',
        rule: 'max',
        params: { max: 5 },
      },
    ]);

    const two = await api.gql(
      `mutation { probeValidation(input: { email: "not-an-email", level: 0 }) }`,
    );
    expect(two.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
      rule: 'isEmail',
      params: {},
      errors: [
        { field: 'email', message: 'email must be an email address.', rule: 'isEmail', params: {} },
        {
          field: 'level',
          message: 'level must be between 1 and 5.',
          rule: 'min',
          params: { min: 1 },
        },
      ],
    });
  });

  describe('field errors a client can translate', () => {
    it('carry a class-validator rule and its parameters, and never the value or the input', async () => {
      const member = await createTestAccount(api, { officeCode: 'FR' });
      const title = `Chief ${'x'.repeat(200)}`;
      const response = await api.gql(
        `mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }`,
        { input: { title, fullName: 'Ada Lovelace' } },
        { token: member.accessToken },
      );
      const problem = {
        field: 'title',
        message: 'title must be shorter than or equal to 200 characters',
        rule: 'maxLength',
        params: { max: 200 },
      };
      expect(response.errors?.[0]).toMatchObject({ message: problem.message });
      expect(response.errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'title',
        rule: 'maxLength',
        params: { max: 200 },
        errors: [problem],
        stacktrace: expect.any(Array),
      });
      const body = JSON.stringify(response.body);
      expect(body).not.toContain('xxxxxxxxxx');
      expect(body).not.toContain('Ada Lovelace');
      expect(body).not.toMatch(/"(target|value)"/);
    });

    it('carry a domain rule and its parameters', async () => {
      const member = await createTestAccount(api, { officeCode: 'FR' });
      const response = await api.gql(
        `query ($filter: OfficeFilterInput) { offices(filter: $filter) { totalCount } }`,
        { filter: { maturity: [{ dimension: 'SECURITY', min: 4, max: 2 }] } },
        { token: member.accessToken },
      );
      const problem = {
        field: 'filter.maturity.0',
        message: 'min (4) is above max (2).',
        rule: 'rangeInverted',
        params: { min: 4, max: 2 },
      };
      expect(response.errors?.[0].message).toBe(problem.message);
      expect(response.errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'filter.maturity.0',
        rule: 'rangeInverted',
        params: { min: 4, max: 2 },
        errors: [problem],
        stacktrace: expect.any(Array),
      });
    });

    it('carry a rule for a variable GraphQL’s own types refuse', async () => {
      const member = await createTestAccount(api, { officeCode: 'FR' });
      const response = await api.gql(
        `mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }`,
        { input: { position: 'ASTRONAUT' } },
        { token: member.accessToken },
      );
      expect(response.status).toBe(400);
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'position',
        rule: 'type',
        params: {},
        errors: [{ field: 'position', rule: 'type', params: {} }],
      });
    });
  });

  it('answers CONFLICT for a unique violation in PostgreSQL (23505), and writes nothing', async () => {
    const response = await api.gql(`mutation { probeUniqueViolation }`);
    expect(response.errors?.[0]).toMatchObject({
      message: 'This code is already in use.',
      extensions: { code: 'CONFLICT', field: 'code' },
    });
    const [office] = await api.app
      .get(DataSource)
      .query(`SELECT names FROM office WHERE code = 'WO'`);
    expect(office.names.en).not.toBe('Duplicate');
  });

  it('refuses values the schema’s types refuse with a GraphQL validation error', async () => {
    const response = await api.gql(`{ st3Codes(kind: PLANET) { code } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers INTERNAL_SERVER_ERROR for an unexpected error, with its details outside production', async () => {
    const response = await api.gql(`{ probeError(code: "BOOM") }`);
    expect(response.errors?.[0]).toMatchObject({
      message: 'internal detail that must not leak: BOOM',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(response.errors?.[0].extensions['stacktrace']).toEqual(expect.any(Array));
  });
});

describe('errors in production', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp({ imports: [ProbeModule], env: { NODE_ENV: 'production' } });
  });

  afterAll(() => api?.close());

  it('hides the message and stack of an unexpected error', async () => {
    const response = await api.gql(`{ probeError(code: "BOOM") }`);
    expect(response.errors?.[0]).toEqual({
      message: 'Something went wrong on our side. It has been logged; please try again later.',
      locations: expect.any(Array),
      path: ['probeError'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(response.body)).not.toMatch(/must not leak|stacktrace|at .*\.js/);
  });

  it('keeps the stack out of expected errors too', async () => {
    const response = await api.gql(
      `mutation { probeValidation(input: { email: "ada@example.org", level: 9 }) }`,
    );
    expect(response.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'level',
      rule: 'max',
      params: { max: 5 },
      errors: [
        {
          field: 'level',
          message: 'level must be between 1 and 5.',
          rule: 'max',
          params: { max: 5 },
        },
      ],
    });
  });

  it('refuses introspection and gives no field suggestions', async () => {
    const introspection = await api.gql(`{ __schema { types { name } } }`);
    expect(introspection.status).toBe(400);
    expect(introspection.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);

    const typo = await api.gql(`{ languag { code } }`);
    expect(typo.errors?.[0].message).not.toMatch(/did you mean/i);
  });
});

describe('rate limit', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp({ env: { THROTTLE_LIMIT: '3', THROTTLE_TTL: '60s' } });
  });

  afterAll(() => api?.close());

  it('answers TOO_MANY_REQUESTS with the delay before a retry once the limit is spent', async () => {
    for (let request = 0; request < 3; request++) {
      expect(
        (await api.gql(`{ languages(wipoOfficialOnly: true) { code } }`)).errors,
      ).toBeUndefined();
    }
    const refused = await api.gql(`{ languages(wipoOfficialOnly: true) { code } }`);
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Too many requests\. Please try again in \d+ seconds?\.$/),
      extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) },
    });
    expect(refused.errors?.[0].extensions['retryAfterSeconds']).toBeGreaterThan(0);
    expect(refused.errors?.[0].extensions['retryAfterSeconds']).toBeLessThanOrEqual(60);
  });
});

describe('error logs', () => {
  let api: TestApp;
  let lines: Record<string, any>[];

  beforeAll(async () => {
    api = await startApp({ imports: [ProbeModule], env: { LOG_LEVEL: 'warn' } });
    // every logger of the API is pino's root logger or a child of it, writing to its stream
    const stream = (PinoLogger.root as any)[pino.symbols.streamSym];
    jest.spyOn(stream, 'write').mockImplementation((line: unknown) => {
      lines.push(JSON.parse(String(line)));
      return true;
    });
  });

  beforeEach(() => (lines = []));
  afterAll(async () => {
    jest.restoreAllMocks();
    await api?.close();
  });

  it('logs an unexpected error once, with the request’s id', async () => {
    await api.gql(`{ probeError(code: "BOOM") }`, undefined, {
      headers: { 'x-request-id': 'report-42' },
    });
    const errors = lines.filter((line) => line['level'] >= 50);
    expect(errors).toEqual([
      expect.objectContaining({
        msg: 'Unexpected error in a GraphQL request',
        req: expect.objectContaining({ id: 'report-42' }),
        err: expect.objectContaining({ message: 'internal detail that must not leak: BOOM' }),
        path: ['probeError'],
      }),
    ]);
  });

  it('answers a thrown value that is not an Error as an unexpected error, logged', async () => {
    const response = await api.gql(`{ probeError(code: "NOT_AN_ERROR") }`);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]).toMatchObject({
      path: ['probeError'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(lines.filter((line) => line['level'] >= 50)).toHaveLength(1);
  });

  it('does not log the errors the API answers on purpose', async () => {
    for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']) {
      const response = await api.gql(`query ($code: String!) { probeError(code: $code) }`, {
        code,
      });
      expect(response.errors?.[0].extensions.code).toBe(code);
    }
    expect(lines.filter((line) => line['level'] >= 50)).toEqual([]);
  });
});

/** Requests the schema fuzzer found answered with a 500 or outside the GraphQL shape. */
describe('malformed requests, answered as GraphQL errors', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp();
  });

  afterAll(() => api?.close());

  const raw = (body: string, contentType = 'application/json') =>
    request(api.http).post('/graphql').set('Content-Type', contentType).send(body);

  it.each([['{'], ['1'], ['null'], ['{"query":"{ __typename }"} trailing']])(
    'answers a body that is not a JSON object (%s) with 400 BAD_REQUEST',
    async (body) => {
      const response = await raw(body);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        errors: [
          { message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } },
        ],
      });
    },
  );

  it('answers a body over the size limit with 413 BAD_REQUEST', async () => {
    // 1 MB is read (an assignment of 5,000 requests needs about 350 kB); one byte more is not
    const body = (size: number) => {
      const head = JSON.stringify({ query: '{ __typename } #' }).slice(0, -2);
      return `${head}${'x'.repeat(size - head.length - 2)}"}`;
    };
    const within = await raw(body(1024 * 1024));
    expect(within.status).toBe(200);
    expect(within.body).toEqual({ data: { __typename: 'Query' } });
    const response = await raw(body(1024 * 1024 + 1));
    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      errors: [
        { message: 'The request body is larger than 1mb.', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
  });

  it('refuses variables nested deeper than 32 levels before anything walks them (it was a stack overflow)', async () => {
    const deep = JSON.stringify({
      query: '{ __typename }',
      variables: { a: JSON.parse('['.repeat(2000) + ']'.repeat(2000)) },
    });
    const response = await raw(deep);
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toEqual({
      message: 'The request nests more than 32 levels deep.',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('answers an operation name that matches nothing without a 500', async () => {
    const response = await api.post({ query: '{ __typename }', operationName: 'Nope' });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
  });

  it('refuses a subscription, which the API does not have, as a validation error', async () => {
    const response = await api.gql('subscription { __typename }');
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'This API has no subscriptions.',
        extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }),
      }),
    ]);
  });

  it('answers a date PostgreSQL cannot hold with BAD_USER_INPUT (it was INTERNAL_SERVER_ERROR)', async () => {
    const admin = await createTestAccount(api, { role: Role.ADMIN });
    const response = await api.gql(
      `{ auditLog(filter: { from: "-004714-01-01T00:00:00Z" }) { totalCount } }`,
      {},
      { token: admin.accessToken },
    );
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/out of the range the API can store\.$/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('answers a persisted query with the code Apollo gives when they are off', async () => {
    const response = await api.post({
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } },
    });
    expect(response.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });
});
