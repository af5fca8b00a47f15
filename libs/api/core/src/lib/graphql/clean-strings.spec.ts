import { ApolloServer } from '@apollo/server';
import {
  buildSchema,
  DocumentNode,
  getOperationAST,
  OperationDefinitionNode,
  parse,
} from 'graphql';

import { createErrorFormatter } from '../errors/format-graphql-error';
import { cleanStringsPlugin, nulInLiterals, nulInValue, nulInVariables } from './clean-strings';

const schema = buildSchema(`
  input NameInput { language: String!, text: String! }
  input ProfileInput { fullName: String, names: [NameInput!], tags: [String!] }
  type Query {
    member(id: ID!): String
    echo(text: String, list: [String!]): String
  }
  type Mutation { update(input: ProfileInput!): String }
`);

const operationOf = (document: DocumentNode): OperationDefinitionNode => {
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return operation;
};
const literalFields = (query: string) => {
  const document = parse(query);
  return nulInLiterals(operationOf(document), document).map((problem) => problem.field);
};

describe('nulInLiterals', () => {
  it('names each literal with a NUL by its path from the argument', () => {
    expect(literalFields(`{ member(id: "\\u0000") }`)).toEqual(['id']);
    expect(
      literalFields(
        `mutation { update(input: { fullName: "Ada\\u0000", names: [{ language: "en", text: "ok" }, { language: "fr", text: "\\u0000" }], tags: ["a", "b\\u0000"] }) }`,
      ),
    ).toEqual(['fullName', 'names.1.text', 'tags.1']);
  });

  it('looks into fragments, directive arguments and variables’ defaults', () => {
    expect(
      literalFields(
        `query ($text: String = "\\u0000") { ...F echo(text: $text) @skip(if: false) }
         fragment F on Query { echo(list: ["\\u0000"]) }`,
      ),
    ).toEqual(['text', 'list.0']);
  });

  it('finds nothing in clean literals, block strings included', () => {
    expect(literalFields(`{ member(id: "42") echo(text: """two\nlines""") }`)).toEqual([]);
  });
});

describe('nulInValue', () => {
  it('walks objects (with or without a prototype) and lists, not other objects', () => {
    const coerced = Object.assign(Object.create(null), { fullName: 'Ada\u0000' });
    expect(
      nulInValue({ input: coerced, list: ['ok', 'no\u0000'], when: new Date(0), n: 1, none: null }),
    ).toEqual([
      {
        field: 'fullName',
        message: 'fullName must not contain a NUL character (U+0000).',
        rule: 'noNul',
      },
      {
        field: 'list.1',
        message: 'list.1 must not contain a NUL character (U+0000).',
        rule: 'noNul',
      },
    ]);
  });
});

describe('nulInVariables', () => {
  const operation = operationOf(
    parse(`query ($id: ID!, $list: [String!]) { member(id: $id) echo(list: $list) }`),
  );
  it('names a variable with a NUL by its path, as the types coerce it', () => {
    expect(
      nulInVariables(schema, operation, { id: 'x\u0000', list: 'one\u0000' }).map(
        (problem) => problem.field,
      ),
    ).toEqual(['id', 'list.0']);
  });

  it('leaves variables the types refuse, or that the operation does not declare, to the execution', () => {
    expect(nulInVariables(schema, operation, { id: 7, list: 3, other: '\u0000' })).toEqual([]);
    expect(nulInVariables(schema, operation, { id: '1', other: '\u0000' })).toEqual([]);
    expect(nulInVariables(schema, operation, undefined)).toEqual([]);
  });
});

describe('cleanStringsPlugin', () => {
  const resolved: string[] = [];
  const server = new ApolloServer({
    schema,
    rootValue: {
      member: ({ id }: { id: string }) => (resolved.push(id), id),
      echo: () => 'echo',
      update: () => (resolved.push('update'), 'updated'),
    },
    plugins: [cleanStringsPlugin()],
    formatError: createErrorFormatter({ production: true }),
  });

  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => (resolved.length = 0));

  async function run(query: string, variables?: Record<string, unknown>) {
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, ...response.body.singleResult };
  }

  it('refuses a NUL before anything runs, with BAD_USER_INPUT naming its path', async () => {
    const literal = await run(`{ member(id: "\\u0000") }`);
    expect(literal).toMatchObject({
      status: 400,
      errors: [
        {
          message: 'id must not contain a NUL character (U+0000).',
          extensions: { code: 'BAD_USER_INPUT', field: 'id' },
        },
      ],
    });
    expect(literal.data).toBeUndefined();

    const variable = await run(`mutation ($input: ProfileInput!) { update(input: $input) }`, {
      input: { fullName: 'Ada', names: [{ language: 'en', text: 'x\u0000' }] },
    });
    expect(variable.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'names.0.text',
      rule: 'noNul',
      params: {},
      errors: [
        {
          field: 'names.0.text',
          message: 'names.0.text must not contain a NUL character (U+0000).',
          rule: 'noNul',
          params: {},
        },
      ],
    });
    expect(resolved).toEqual([]);
  });

  it('names every path when several hold a NUL', async () => {
    const result = await run(`query ($id: ID!) { member(id: $id) echo(text: "\\u0000") }`, {
      id: '\u0000',
    });
    expect(result.errors?.[0].extensions).toMatchObject({
      field: 'text',
      errors: [{ field: 'text' }, { field: 'id' }],
    });
  });

  it('lets every other string through, control characters included (the inputs’ rules judge them)', async () => {
    const result = await run(`query ($id: ID!) { member(id: $id) }`, { id: 'a\u0001\u202Eb' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ member: 'a\u0001\u202Eb' });
  });
});
