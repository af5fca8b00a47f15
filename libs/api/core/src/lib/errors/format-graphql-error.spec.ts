import { ApolloServer, HeaderMap } from '@apollo/server';
import { buildSchema } from 'graphql';
import { QueryFailedError } from 'typeorm';

import { BadUserInputError, NotFoundError } from './domain-error';
import {
  createErrorFormatter,
  ErrorLogger,
  unexpectedErrorLogPlugin,
} from './format-graphql-error';

const schema = buildSchema(
  `type Query { broken: String, missing: String, fine: String, refused: String, dangling: String }`,
);
const rootValue = {
  broken: () => {
    throw new Error('disk on fire');
  },
  missing: () => {
    throw new NotFoundError('No office has the code XX.');
  },
  fine: () => 'ok',
  refused: () => {
    throw BadUserInputError.field(
      'filter.maturity.0',
      'min (4) is above max (2).',
      'rangeInverted',
      {
        min: 4,
        max: 2,
      },
    );
  },
  dangling: () => {
    throw new QueryFailedError('INSERT …', [], {
      code: '23503',
      detail: 'Key (office_code)=(ZZ) is not present in table "office".',
    } as unknown as Error);
  },
};

function recordingLogger() {
  const lines: { details: Record<string, unknown>; message: string }[] = [];
  const logger: ErrorLogger = {
    error: (details, message) =>
      lines.push({ details: details as Record<string, unknown>, message }),
  };
  return { logger, lines };
}

describe('unexpected errors', () => {
  const fallback = recordingLogger();
  const server = new ApolloServer<{ req?: { log?: ErrorLogger } }>({
    schema,
    rootValue,
    plugins: [unexpectedErrorLogPlugin(fallback.logger)],
    formatError: createErrorFormatter({ production: true }),
  });

  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => (fallback.lines.length = 0));

  async function run(query: string, contextValue: { req?: { log?: ErrorLogger } }) {
    const response = await server.executeOperation({ query }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  }

  it('are logged with the request’s own logger and answered without their message', async () => {
    const request = recordingLogger();
    const result = await run(`{ broken fine }`, { req: { log: request.logger } });

    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'Something went wrong on our side. It has been logged; please try again later.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    ]);
    expect(request.lines).toHaveLength(1);
    expect(request.lines[0].message).toBe('Unexpected error in a GraphQL request');
    expect((request.lines[0].details['err'] as Error).message).toBe('disk on fire');
    expect(request.lines[0].details['path']).toEqual(['broken']);
    expect(fallback.lines).toHaveLength(0);
  });

  it('go to the fallback logger outside an HTTP request', async () => {
    await run(`{ broken }`, {});
    expect(fallback.lines).toHaveLength(1);
  });

  it('are logged when the context cannot be made, and answered without their message', async () => {
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        search: '',
        body: { query: '{ fine }' },
      },
      context: async () => {
        throw new Error('session store unreachable');
      },
    });
    expect(response.status).toBe(500);
    const body = response.body.kind === 'complete' ? response.body.string : '';
    expect(body).not.toContain('session store unreachable');
    expect(fallback.lines).toEqual([
      {
        details: { err: expect.objectContaining({ message: 'session store unreachable' }) },
        message: 'Unexpected error creating a GraphQL context',
      },
    ]);
  });

  it('do not include the errors the API raises on purpose, or a malformed query', async () => {
    const request = recordingLogger();
    const result = await run(`{ missing }`, { req: { log: request.logger } });
    expect(result.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND' });
    await run(`{ nosuchfield }`, { req: { log: request.logger } });
    await run(`{ broken `, { req: { log: request.logger } });
    expect(request.lines).toHaveLength(0);
  });
});

describe('field errors', () => {
  const server = new ApolloServer({
    schema,
    rootValue,
    formatError: createErrorFormatter({ production: true }),
  });

  beforeAll(() => server.start());
  afterAll(() => server.stop());

  async function extensionsOf(query: string) {
    const response = await server.executeOperation({ query });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult.errors?.[0].extensions;
  }

  it('carry the field, the rule and its parameters, and every problem in errors', async () => {
    expect(await extensionsOf(`{ refused }`)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filter.maturity.0',
      rule: 'rangeInverted',
      params: { min: 4, max: 2 },
      errors: [
        {
          field: 'filter.maturity.0',
          message: 'min (4) is above max (2).',
          rule: 'rangeInverted',
          params: { min: 4, max: 2 },
        },
      ],
    });
  });

  it('in the same shape for a refusal of PostgreSQL that names a field', async () => {
    expect(await extensionsOf(`{ dangling }`)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'officeCode',
      rule: 'unknownReference',
      params: {},
      errors: [
        {
          field: 'officeCode',
          message: 'The officeCode refers to something that does not exist.',
          rule: 'unknownReference',
          params: {},
        },
      ],
    });
  });
});
