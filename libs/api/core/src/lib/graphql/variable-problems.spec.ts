import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';

import { createErrorFormatter } from '../errors/format-graphql-error';
import { hideSuggestionsPlugin } from './hide-suggestions';
import { fieldOfPath, variableProblem } from './variable-problems';

const schema = buildSchema(`
  enum Kind { NATIONAL REGIONAL }
  input NameInput { language: String!, text: String! }
  input OfficeInput { code: String!, kind: Kind, level: Int, names: [NameInput!] }
  type Query { office(first: Int!): String }
  type Mutation { update(input: OfficeInput!): String }
`);

describe('fieldOfPath', () => {
  it('joins a path with dots, from inside an input', () => {
    expect(fieldOfPath(['input', 'names', 0, 'text'])).toBe('names.0.text');
    expect(fieldOfPath(['input'])).toBe('input');
    expect(fieldOfPath(['filter', 'languages', 1])).toBe('filter.languages.1');
  });
});

describe('variableProblem', () => {
  it('is null for any other message', () => {
    expect(variableProblem('This query asks for too much at once.', undefined)).toBeNull();
  });
});

describe.each([false, true])('GraphQL’s refusals of variables (production: %s)', (production) => {
  const server = new ApolloServer({
    schema,
    rootValue: { update: () => 'ok', office: () => 'ok' },
    plugins: production ? [hideSuggestionsPlugin()] : [],
    formatError: createErrorFormatter({ production }),
  });

  beforeAll(() => server.start());
  afterAll(() => server.stop());

  async function extensionsOf(query: string, variables: Record<string, unknown>) {
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const [error] = response.body.singleResult.errors ?? [];
    const { code, field, rule, params, errors } = error?.extensions ?? {};
    return { code, field, rule, params, errors, message: error?.message };
  }

  const UPDATE = `mutation ($input: OfficeInput!) { update(input: $input) }`;

  it.each([
    ['a value of another type', { code: 'FR', level: 'high' }, 'level', 'type'],
    ['an unknown enum value', { code: 'FR', kind: 'PLANET' }, 'kind', 'type'],
    [
      'a required field left out',
      { code: 'FR', names: [{ language: 'en' }] },
      'names.0.text',
      'required',
    ],
    ['a required field null', { code: null }, 'code', 'required'],
    ['a field the type does not have', { code: 'FR', nmes: [] }, 'nmes', 'unknownField'],
    [
      'a number where a text is',
      { code: 'FR', names: [{ language: 'en', text: 7 }] },
      'names.0.text',
      'type',
    ],
  ])('names the field and gives a rule for %s', async (_what, input, field, rule) => {
    const result = await extensionsOf(UPDATE, { input });
    expect(result).toEqual({
      code: 'BAD_USER_INPUT',
      field,
      rule,
      params: {},
      errors: [{ field, message: result.message, rule, params: {} }],
      message: expect.stringMatching(/^Variable "\$input" got invalid value /),
    });
  });

  it('names a variable left out, null, or of the wrong type', async () => {
    const PAGE = `query ($first: Int!) { office(first: $first) }`;
    expect(await extensionsOf(PAGE, {})).toMatchObject({ field: 'first', rule: 'required' });
    expect(await extensionsOf(PAGE, { first: null })).toMatchObject({
      field: 'first',
      rule: 'required',
    });
    expect(await extensionsOf(PAGE, { first: 2 ** 40 })).toMatchObject({
      field: 'first',
      rule: 'type',
    });
    expect(await extensionsOf(UPDATE, { input: 'FR' })).toMatchObject({
      field: 'input',
      rule: 'type',
    });
  });

  it('is not fooled by a value that prints like a path', async () => {
    const result = await extensionsOf(UPDATE, {
      input: { code: 'x at "input.names"; y', level: 'high' },
    });
    expect(result).toMatchObject({ field: 'level', rule: 'type' });
  });
});
