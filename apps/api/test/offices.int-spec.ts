import { DataSource } from 'typeorm';

import { joinOffice, officeCodes, OfficeEntity, officeMatchesCondition } from '@wild/api/offices';
import {
  createTestAccount,
  GraphQLRequestOptions,
  GraphQLResponse,
  TestApp,
} from '@wild/api/testing';
import { OfficeKind, WipoRegion } from '@wild/shared/domain';

import { startApp } from './support/start-app';

describe('offices and reference data (GraphQL over HTTP)', () => {
  let api: TestApp;
  let member: GraphQLRequestOptions;
  const gql = (
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => api.gql(query, variables, { ...member, headers });

  beforeAll(async () => {
    api = await startApp();
    member = { token: (await createTestAccount(api)).accessToken };
  });

  afterAll(() => api?.close());

  it('reads an office by its ST.3 code, with its name in the caller’s language', async () => {
    const query = `query ($code: String!) { office(code: $code) { code kind region acronym name names { en fr } languages illustrative } }`;
    const english = await gql(query, { code: 'EP' });
    expect(english.errors).toBeUndefined();
    expect(english.data?.['office']).toEqual({
      code: 'EP',
      kind: 'REGIONAL',
      region: 'TRANSITION_DEVELOPED',
      acronym: 'EPO',
      name: 'European Patent Office',
      names: { en: 'European Patent Office', fr: 'Office européen des brevets' },
      languages: ['en', 'fr', 'de'],
      illustrative: false,
    });

    const french = await gql(
      query,
      { code: 'ep' },
      { 'Accept-Language': 'fr-CH, fr;q=0.9, en;q=0.5' },
    );
    expect(french.data?.['office'].name).toBe('Office européen des brevets');

    const asked = await gql(`{ office(code: "WO") { name(language: "fr") region kind } }`);
    expect(asked.data?.['office']).toEqual({
      name: 'Organisation Mondiale de la Propriété Intellectuelle (Bureau international)',
      region: 'GLOBAL',
      kind: 'IGO',
    });
  });

  it('refuses a code that ST.3 does not list, naming the field', async () => {
    const { errors, data } = await gql(`{ office(code: "ZZ") { code } }`);
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({
      message: expect.stringContaining('not a WIPO ST.3 office code'),
      path: ['office'],
      extensions: { code: 'BAD_USER_INPUT', field: 'code' },
    });
  });

  it('answers NOT_FOUND for a valid code with no office in the network', async () => {
    const { errors } = await gql(`{ office(code: "AQ") { code } }`);
    expect(errors?.[0]).toMatchObject({
      message: 'No office with code AQ is in the network.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('pages through the offices with stable keyset cursors', async () => {
    const page = `query ($after: String) { offices(first: 50, after: $after) { totalCount edges { cursor node { code } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 10; guard++) {
      const response: GraphQLResponse = await gql(page, { after });
      expect(response.errors).toBeUndefined();
      const connection = response.data?.['offices'];
      total = connection.totalCount;
      seen.push(...connection.edges.map((edge: { node: { code: string } }) => edge.node.code));
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThanOrEqual(120);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toContain('WO');
  });

  it('keeps a cursor valid when rows are inserted before it', async () => {
    const first = await gql(`{ offices(first: 3) { edges { cursor node { code } } } }`);
    const edges = first.data?.['offices'].edges;
    const cursor = edges[2].cursor;
    const next = await gql(
      `query ($after: String) { offices(first: 2, after: $after) { edges { node { code } } } }`,
      { after: cursor },
    );
    const before = next.data?.['offices'].edges.map(
      (edge: { node: { code: string } }) => edge.node.code,
    );

    // an office that sorts (by name, the default order) before the cursor arrives meanwhile
    await api.app
      .get(DataSource)
      .query(
        `INSERT INTO office (code, kind, region, names) VALUES ('AQ', 'NATIONAL', 'TRANSITION_DEVELOPED', '{"en": "Aa Antarctic Office"}')`,
      );

    const again = await gql(
      `query ($after: String) { offices(first: 2, after: $after) { edges { node { code } } } }`,
      { after: cursor },
    );
    expect(
      again.data?.['offices'].edges.map((edge: { node: { code: string } }) => edge.node.code),
    ).toEqual(before);
  });

  it('refuses a malformed cursor and an out-of-range page size', async () => {
    const badCursor = await gql(`{ offices(after: "not-a-cursor") { totalCount } }`);
    expect(badCursor.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const tooMany = await gql(`{ offices(first: 500) { totalCount } }`);
    expect(tooMany.errors?.[0]).toMatchObject({
      message: 'first must be between 1 and 100.',
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
  });

  it('costs the same number of SQL statements for 50 offices as for 5', async () => {
    const query = `query ($first: Int) { offices(first: $first) { totalCount edges { node { code name } } } }`;
    const five = await gql(query, { first: 5 });
    const fifty = await gql(query, { first: 50 });
    expect(fifty.data?.['offices'].edges).toHaveLength(50);
    expect(five.statements).toBeGreaterThan(0);
    expect(fifty.statements).toBe(five.statements);
  });

  it('lends later libs SQL over offices that reads what the entity holds', async () => {
    const db = api.app.get(DataSource);
    const rows = async (text: string, parameters: Record<string, unknown> = {}) => {
      const [query, values] = db.driver.escapeQueryWithParameters(text, parameters);
      return (await db.query(query, values)).map((row: { value: string }) => row.value).sort();
    };
    const offices = await db.getRepository(OfficeEntity).find();

    const regions = [WipoRegion.AFRICA, WipoRegion.ARAB];
    const african = offices.filter(
      (office) => regions.includes(office.region) && office.kind === OfficeKind.REGIONAL,
    );
    expect(african.map((office) => office.code)).toEqual(expect.arrayContaining(['AP', 'OA']));
    const matches = officeMatchesCondition('listed.code', {
      regions,
      kinds: [OfficeKind.REGIONAL],
    });
    expect(
      await rows(`SELECT listed.code AS value FROM office listed WHERE ${matches.condition}`, {
        ...matches.parameters,
      }),
    ).toEqual(african.map((office) => office.code).sort());

    const seat = joinOffice('listed.code', 'seat');
    expect(
      await rows(
        `SELECT listed.code || ' ' || ${seat.region} || ' ' || ${seat.kind} AS value FROM office listed ${seat.join}`,
      ),
    ).toEqual(offices.map((office) => `${office.code} ${office.region} ${office.kind}`).sort());

    expect(await officeCodes(db.manager)).toEqual(offices.map((office) => office.code).sort());
  });

  it('is for signed-in accounts only', async () => {
    const anonymous = await api.gql(`{ office(code: "FR") { code } }`);
    expect(anonymous.errors?.[0]).toMatchObject({
      message: 'Please sign in.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('lists the ST.3 codes and the languages, WIPO’s six official ones flagged, to anyone', async () => {
    const { data } = await api.gql(`{
      organisations: st3Codes(kind: ORGANIZATION) { code region name }
      languages { code }
      official: languages(wipoOfficialOnly: true) { code name(language: "fr") nativeName }
    }`);
    expect(data?.['organisations'].map((entry: { code: string }) => entry.code)).toEqual(
      expect.arrayContaining([
        'AP',
        'BX',
        'EA',
        'EM',
        'EP',
        'GC',
        'OA',
        'WO',
        'XN',
        'XU',
        'XV',
        'QZ',
      ]),
    );
    expect(data?.['languages'].length).toBeGreaterThanOrEqual(180);
    expect(data?.['official']).toContainEqual({ code: 'zh', name: 'chinois', nativeName: '中文' });
    expect(data?.['official'].map((language: { code: string }) => language.code)).toEqual([
      'ar',
      'en',
      'es',
      'fr',
      'ru',
      'zh',
    ]);
  });
});
