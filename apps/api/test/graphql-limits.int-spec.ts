import { GRAPHQL_LIMITS } from '@wild/api/core';
import { createTestAccount, ProbeModule, TestApp } from '@wild/api/testing';
import { Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

/** graphql-armor's limits, the query cost and Apollo's settings keep costly or abusive documents out. */
describe('GraphQL limits', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp({ imports: [ProbeModule] });
  });

  afterAll(() => api?.close());

  /** `probeTree { child { child { … depth } } }`, `depth` levels deep. */
  function treeOfDepth(depth: number): string {
    let selection = 'depth';
    for (let level = 2; level < depth; level++) selection = `child { ${selection} }`;
    return `{ probeTree { ${selection} } }`;
  }

  it('answers { __typename }', async () => {
    const response = await api.gql(`{ __typename }`);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ __typename: 'Query' });
  });

  it(`answers a query ${GRAPHQL_LIMITS.maxDepth} levels deep and refuses one level more`, async () => {
    const deepest = await api.gql(treeOfDepth(GRAPHQL_LIMITS.maxDepth));
    expect(deepest.errors).toBeUndefined();
    expect(JSON.stringify(deepest.data)).toContain(`"depth":${GRAPHQL_LIMITS.maxDepth - 1}`);

    const tooDeep = await api.gql(treeOfDepth(GRAPHQL_LIMITS.maxDepth + 1));
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.data).toBeUndefined();
    expect(tooDeep.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/depth limit/i),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('counts fragments toward the depth', async () => {
    let selection = 'depth';
    for (let level = 2; level < GRAPHQL_LIMITS.maxDepth; level++)
      selection = `child { ${selection} }`;
    const query = `{ probeTree { child { ...Deep } } } fragment Deep on ProbeNode { ${selection} }`;
    const response = await api.gql(query);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].message).toMatch(/depth limit/i);
  });

  it('refuses a query with too many aliases', async () => {
    const aliases = (count: number) =>
      `{ ${Array.from({ length: count }, (_, index) => `a${index}: languages(wipoOfficialOnly: true) { code }`).join(' ')} }`;
    expect((await api.gql(aliases(GRAPHQL_LIMITS.maxAliases))).errors).toBeUndefined();

    const refused = await api.gql(aliases(GRAPHQL_LIMITS.maxAliases + 1));
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/aliases limit/i),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('counts every alias toward the limit, those of __typename too', async () => {
    const typenames = (count: number, prefix = 'a') =>
      Array.from({ length: count }, (_, index) => `${prefix}${index}: __typename`).join(' ');
    expect((await api.gql(`{ ${typenames(GRAPHQL_LIMITS.maxAliases)} }`)).errors).toBeUndefined();

    for (const count of [GRAPHQL_LIMITS.maxAliases + 1, 600]) {
      const refused = await api.gql(`{ ${typenames(count)} }`);
      expect(refused.status).toBe(400);
      expect(refused.data).toBeUndefined();
      expect(refused.errors).toHaveLength(1);
      expect(refused.errors?.[0]).toMatchObject({
        message: `Syntax Error: Aliases limit of ${GRAPHQL_LIMITS.maxAliases} exceeded, found ${count}.`,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
    }
    // an alias named __typename, and aliases in inline fragments and in fragments, count the same
    const spread = await api.gql(
      `{ __typename: languages(wipoOfficialOnly: true) { code } ... on Query { ${typenames(7, 'i')} }
        ...More } fragment More on Query { ${typenames(8, 'f')} }`,
    );
    expect(spread.status).toBe(400);
    expect(spread.errors?.[0].message).toMatch(/Aliases limit of 15 exceeded, found 16\./);
  });

  it('refuses too many directives', async () => {
    const directives = ' @include(if: true)'.repeat(GRAPHQL_LIMITS.maxDirectives + 1);
    const refused = await api.gql(`{ __typename${directives} }`);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0].message).toMatch(/directives limit/i);
  });

  it.each([
    [
      'unknown',
      '{ __typename @a @b @c @d @e @f @g @h @i @j }',
      'Unknown directive "@a". 9 more problems with directives in this document.',
    ],
    [
      'repeated',
      `{ __typename${' @include(if: true)'.repeat(10)} languages(wipoOfficialOnly: true) @skip(if: false) @skip(if: false) { code } }`,
      'The directive "@include" can only be used once at this location. 9 more problems with directives in this document.',
    ],
    [
      'misplaced, unknown and repeated',
      'query @include(if: true) { __typename @nope @skip(if: false) @skip(if: false) }',
      'Directive "@include" may not be used on QUERY. 2 more problems with directives in this document.',
    ],
  ])(
    'refuses %s directives with one error, before anything runs',
    async (_kind, query, message) => {
      const refused = await api.gql(query);
      expect(refused.status).toBe(400);
      expect(refused.data).toBeUndefined();
      expect(refused.errors).toHaveLength(1);
      expect(refused.errors?.[0]).toMatchObject({
        message,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
    },
  );

  it('keeps a single directive problem’s own message, and other errors beside it', async () => {
    const one = await api.gql('{ __typename @include(if: true) @include(if: false) }');
    expect(one.errors).toEqual([
      expect.objectContaining({
        message: 'The directive "@include" can only be used once at this location.',
      }),
    ]);
    const mixed = await api.gql('{ __typename @a @b nothingHere }');
    expect(mixed.errors?.map((error) => error.message)).toEqual([
      expect.stringMatching(
        /^Unknown directive "@a"\. 1 more problem with directives in this document\.$/,
      ),
      expect.stringMatching(/^Cannot query field "nothingHere" on type "Query"\./),
    ]);
  });

  it('refuses a document over the token limit as a bad request', async () => {
    const fields = Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => '__typename').join(' ');
    const refused = await api.gql(`{ ${fields} }`);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/more th(an|at) \d+ tokens/i), // graphql-js writes "more that"
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('refuses a query over the cost limit, counting each page at the size it asks', async () => {
    const { accessToken } = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'FR' });
    const nested = `query ($n: Int) { offices(first: $n) { edges { node {
      code members(first: $n) { edges { node { fullName title } } } } } } }`;
    // 100 offices × 100 members × their fields: some 40,000
    const refused = await api.gql(nested, { n: 100 }, { token: accessToken });
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringMatching(
        /^This query asks for too much at once: it costs 40,401, over the limit of 20,000\. Ask for smaller pages/,
      ),
      extensions: { code: 'BAD_USER_INPUT', cost: 40_401, maxCost: GRAPHQL_LIMITS.maxCost },
    });
    // the same in pages of 10, and an ordinary directory page with nested lists and facets
    expect((await api.gql(nested, { n: 10 }, { token: accessToken })).errors).toBeUndefined();
    const page = await api.gql(
      `{ offices(first: 20) { totalCount edges { node { code name
        members(first: 5) { totalCount edges { node { fullName } } }
        maturityHistory(first: 3) { edges { node { id overallLevel } } } } }
        facets(fields: [REGION, KIND, LANGUAGE]) { field values { value count } } } }`,
      {},
      { token: accessToken },
    );
    expect(page.errors).toBeUndefined();
  });

  it('refuses batched requests', async () => {
    const response = await api.post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toMatch(/batch/i);
  });
});
