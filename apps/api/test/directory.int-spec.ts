import { DataSource } from 'typeorm';

import { DirectoryCache } from '@wild/api/directory';
import { createTestAccount, dataOf, errorOf, TestAccount, TestApp } from '@wild/api/testing';
import { MATURITY_DIMENSIONS, Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

type Facet = { field: string; values: { value: string | null; count: number }[] };
type OfficeNode = {
  code: string;
  languages: string[];
  maturity: { levels: { dimension: string; level: number | null }[] } | null;
};

const OFFICES = `query ($filter: OfficeFilterInput, $orderBy: OfficeOrderInput, $first: Int, $after: String, $facets: [OfficeFacetField!]) {
  offices(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    edges { cursor node { code languages maturity { levels { dimension level } } } }
    pageInfo { hasNextPage endCursor }
    facets(fields: $facets) { field values { value count } }
  }
}`;
const MEMBERS = `query ($filter: MemberFilterInput, $orderBy: MemberOrderInput, $first: Int, $after: String, $facets: [MemberFacetField!]) {
  members(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    edges { cursor node { id fullName office { code } } }
    pageInfo { hasNextPage endCursor }
    facets(fields: $facets) { field values { value count } }
  }
}`;

const levelOf = (office: OfficeNode, dimension: string) =>
  office.maturity?.levels.find((level) => level.dimension === dimension)?.level ?? null;
const facet = (facets: Facet[], field: string) =>
  Object.fromEntries(
    (facets.find((entry) => entry.field === field)?.values ?? []).map((value) => [
      String(value.value),
      value.count,
    ]),
  );
const sum = (counts: Record<string, number>) =>
  Object.values(counts).reduce((total, count) => total + count, 0);

// SECURITY is the third dimension; the others are 3 so every office has an overall level
const withSecurity = (security: number | null, rest = 3) =>
  MATURITY_DIMENSIONS.map((dimension) => ({
    dimension,
    level: dimension === 'SECURITY' ? security : rest,
  }));

describe('the office directory (GraphQL over HTTP)', () => {
  let api: TestApp;
  let broker: TestAccount;
  let jpMember: TestAccount;
  let frMember: TestAccount;

  const offices = async (variables: Record<string, unknown>, account: TestAccount = jpMember) =>
    dataOf(
      await api.gql(OFFICES, { first: 100, ...variables }, { token: account.accessToken }),
      'offices',
    );
  const codes = (connection: { edges: { node: OfficeNode }[] }) =>
    connection.edges.map((edge) => edge.node.code);
  const allOffices = async (): Promise<OfficeNode[]> => {
    const nodes: OfficeNode[] = [];
    let after: string | null = null;
    do {
      const page = await offices({ after });
      nodes.push(...page.edges.map((edge: { node: OfficeNode }) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return nodes;
  };

  beforeAll(async () => {
    api = await startApp();
    broker = await createTestAccount(api, { role: Role.BROKER });
    jpMember = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'JP' });
    frMember = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'FR' });
    const as = (query: string, input: unknown) =>
      api.gql(query, { input }, { token: broker.accessToken }).then((response) => {
        expect(response.errors).toBeUndefined();
      });
    const SUBMIT = `mutation ($input: MaturityAssessmentInput!) { submitMaturityAssessment(input: $input) { id } }`;
    const fixtures: [string, number | null, number?][] = [
      ['FR', 5, 4],
      ['CA', 4],
      ['CH', 3],
      ['SN', 2, 2],
      ['MA', null],
      ['JP', 5, 4],
      ['DE', 4],
      ['KE', 2, 2],
    ];
    for (const [officeCode, security, rest] of fixtures) {
      await as(SUBMIT, { officeCode, levels: withSecurity(security, rest) });
    }
    const SET = `mutation ($input: SetNeedsAndOffersInput!) { setNeedsAndOffers(input: $input) { code } }`;
    await as(SET, {
      officeCode: 'FR',
      needs: [{ dimension: 'EMERGING', description: 'AI pilots.', confidential: true }],
      offers: [{ dimension: 'SECURITY', description: 'Our SOC.' }],
    });
    await as(SET, {
      officeCode: 'SN',
      needs: [{ dimension: 'SECURITY', description: 'A security policy.' }],
    });
    const STANDARD = `mutation ($input: SetStandardAdoptionInput!) { setStandardAdoption(input: $input) { standard } }`;
    await as(STANDARD, { officeCode: 'FR', standard: 'ST.26', status: 'COMPLETE' });
    await as(STANDARD, { officeCode: 'CA', standard: 'ST.26', status: 'PARTIAL' });
    await as(STANDARD, {
      officeCode: 'DE',
      standard: 'ST.26',
      status: 'NONE',
      plannedDate: '2027-06-30',
    });
    const UPDATE = `mutation ($input: UpdateOfficeInput!) { updateOffice(input: $input) { code } }`;
    await as(UPDATE, {
      code: 'MX',
      names: [
        { language: 'en', text: 'Mexican Institute of Industrial Property' },
        { language: 'fr', text: 'Institut mexicain de la propriété industrielle' },
        { language: 'es', text: 'Instituto Mexicano de la Propiedad Industrial' },
      ],
    });
    await as(UPDATE, { code: 'KE', businessSystems: ['WIPO IPAS', 'in-house e-filing'] });
    await as(UPDATE, { code: 'SN', businessSystems: ['WIPO IPAS'] });
  });

  afterAll(() => api?.close());

  it('combines filters: French-speaking offices at SECURITY ≥ 4, as a hand computation over all offices says', async () => {
    const everyone = await allOffices();
    const expected = everyone
      .filter(
        (office) => office.languages.includes('fr') && (levelOf(office, 'SECURITY') ?? 0) >= 4,
      )
      .map((office) => office.code)
      .sort();
    expect(expected).toEqual(['CA', 'FR']);
    const found = await offices({
      filter: { languages: ['fr'], maturity: [{ dimension: 'SECURITY', min: 4 }] },
      facets: ['LANGUAGE', 'MATURITY_SECURITY', 'REGION'],
    });
    expect(codes(found).sort()).toEqual(expected);
    expect(found.totalCount).toBe(2);
    // facets agree with the list
    expect(facet(found.facets, 'LANGUAGE')['fr']).toBe(2);
    expect(facet(found.facets, 'MATURITY_SECURITY')).toEqual({ '4': 1, '5': 1 });
    expect(sum(facet(found.facets, 'REGION'))).toBe(2);

    const range = await offices({
      filter: { maturity: [{ dimension: 'SECURITY', min: 2, max: 3 }] },
    });
    expect(codes(range).sort()).toEqual(['CH', 'KE', 'SN']);
    const overall = await offices({ filter: { overallLevel: { min: 4 } } });
    expect(codes(overall).sort()).toEqual(['FR', 'JP']); // 5 + 9 × 4 = 41 of 10: 4
    const groups = await offices({ filter: { groups: ['C'] } }); // 2 × 10 of 10: x = 0.25 exactly
    expect(codes(groups).sort()).toEqual(['KE', 'SN']);
    const systems = await offices({ filter: { systems: ['wipo ipas'], regions: ['AFRICA'] } });
    expect(codes(systems).sort()).toEqual(['KE', 'SN']);
    const standards = await offices({ filter: { standards: [{ standard: 'st26' }] } });
    expect(codes(standards).sort()).toEqual(['CA', 'FR']);
    const complete = await offices({
      filter: { standards: [{ standard: 'ST.26', statuses: ['COMPLETE'] }], kinds: ['NATIONAL'] },
    });
    expect(codes(complete)).toEqual(['FR']);
    const offers = await offices({ filter: { offers: ['SECURITY'], countries: ['fr'] } });
    expect(codes(offers)).toEqual(['FR']);
  });

  it('counts unknown levels, and offices with no assessment, as null in the facets', async () => {
    const all = await offices({ facets: ['MATURITY_SECURITY', 'GROUP', 'OVERALL_LEVEL'] });
    const security = facet(all.facets, 'MATURITY_SECURITY');
    expect(security).toMatchObject({ '2': 2, '3': 1, '4': 2, '5': 2 });
    expect(security['null']).toBe(all.totalCount - 7); // MA's is unknown; most have no assessment
    expect(sum(security)).toBe(all.totalCount);
    expect(sum(facet(all.facets, 'GROUP'))).toBe(all.totalCount);
  });

  it('searches names in every stored language, accent- and case-insensitively, and tolerates typos', async () => {
    const search = async (text: string) => codes(await offices({ filter: { search: text } }));
    expect(await search('propriete industrielle')).toEqual(
      expect.arrayContaining(['FR', 'KE', 'MX']),
    );
    expect(await search('PROPRIÉTÉ')).toEqual(expect.arrayContaining(['FR']));
    expect(await search('institut kenyan')).toEqual(['KE']); // the French name, accent left out
    expect(await search('propiedad')).toEqual(['MX']); // a Spanish name an admin added
    expect(await search('inpi')).toEqual(expect.arrayContaining(['FR'])); // acronym
    const typo = await search('Kenya Industial Propery');
    expect(typo[0]).toBe('KE');
    expect(await search('zzzzqqq')).toEqual([]);
    // every word narrows: one that nothing holds leaves nothing
    expect(await search('propriete zzzz')).toEqual([]);
    expect(await search('propriete kenya')).toEqual(['KE']);
  });

  it('orders by relevance when searching, and by name, maturity and last update on request', async () => {
    const relevant = codes(
      await offices({ filter: { search: 'Mexican Institute of Industrial Property' } }),
    );
    expect(relevant[0]).toBe('MX');

    const everyone = await allOffices();
    const byName = codes(await offices({ orderBy: { field: 'NAME' }, first: 3 }));
    const byNameDesc = codes(
      await offices({ orderBy: { field: 'NAME', direction: 'DESC' }, first: 3 }),
    );
    // the default order, without a search, is by name
    expect(byName).toEqual(everyone.slice(0, 3).map((office) => office.code));
    expect(byNameDesc).toEqual(
      everyone
        .slice(-3)
        .map((office) => office.code)
        .reverse(),
    );

    const bySecurity = await offices({
      orderBy: { field: 'MATURITY', dimension: 'SECURITY' },
      first: 10,
    });
    const levels = bySecurity.edges.map((edge: { node: OfficeNode }) =>
      levelOf(edge.node, 'SECURITY'),
    );
    expect(levels.slice(0, 7)).toEqual([5, 5, 4, 4, 3, 2, 2]);
    expect(codes(bySecurity).slice(0, 2)).toEqual(['FR', 'JP']); // level, then code
    const ascending = await offices({
      orderBy: { field: 'MATURITY', dimension: 'SECURITY', direction: 'ASC' },
      first: 3,
    });
    expect(
      ascending.edges.map((edge: { node: OfficeNode }) => levelOf(edge.node, 'SECURITY')),
    ).toEqual([2, 2, 3]);

    const UPDATE = `mutation ($input: UpdateOfficeInput!) { updateOffice(input: $input) { code } }`;
    await api.gql(
      UPDATE,
      { input: { code: 'BR', description: 'Updated last.' } },
      { token: broker.accessToken },
    );
    const recent = codes(await offices({ orderBy: { field: 'UPDATED' }, first: 1 }));
    expect(recent).toEqual(['BR']);
  });

  it('pages with stable cursors: no office missing or repeated while one is inserted', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let inserted = false;
    do {
      const page = await offices({ orderBy: { field: 'NAME' }, first: 40, after });
      seen.push(...codes(page));
      if (!inserted) {
        // sorts before the cursor, by name
        await api.app
          .get(DataSource)
          .query(
            `INSERT INTO office (code, kind, region, names) VALUES ('AQ', 'NATIONAL', 'TRANSITION_DEVELOPED', '{"en": "Aa Antarctic Office"}')`,
          );
        inserted = true;
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    const now = await offices({ first: 1 });
    expect(seen).toHaveLength(now.totalCount - 1);
    expect(seen).not.toContain('AQ');
  });

  it('never shows another office’s confidential need: not in filters, not in facets', async () => {
    const needsEmerging = { filter: { needs: ['EMERGING'] }, facets: ['NEED'] };
    const forJapan = await offices(needsEmerging, jpMember);
    expect(forJapan.totalCount).toBe(0);
    expect(facet(forJapan.facets, 'NEED')).toEqual({});
    // FR is in the list by another filter, but its confidential need is not counted
    const france = await offices(
      { filter: { countries: ['FR'], kinds: ['NATIONAL'] }, facets: ['NEED', 'OFFER'] },
      jpMember,
    );
    expect(codes(france)).toEqual(['FR']);
    expect(facet(france.facets, 'NEED')).toEqual({});
    expect(facet(france.facets, 'OFFER')).toEqual({ SECURITY: 1 });
    const all = await offices({ facets: ['NEED'] }, jpMember);
    expect(facet(all.facets, 'NEED')).toEqual({ SECURITY: 1 });

    // its own office and the IB do see it
    expect(codes(await offices(needsEmerging, frMember))).toEqual(['FR']);
    const forBroker = await offices(needsEmerging, broker);
    expect(codes(forBroker)).toEqual(['FR']);
    expect(facet(forBroker.facets, 'NEED')).toEqual({ EMERGING: 1 });
  });

  it('keeps a result until the directory changes, and never serves a stale one', async () => {
    const ask = () =>
      api.gql(
        OFFICES,
        { filter: { countries: ['SN'] }, facets: ['NEED'] },
        { token: jpMember.accessToken },
      );
    await api.gql('{ me { id } }', {}, { token: jpMember.accessToken }); // warm the session check
    const first = await ask();
    const again = await ask();
    expect(facet(dataOf(again, 'offices').facets, 'NEED')).toEqual({ SECURITY: 1 });
    expect(again.statements).toBeLessThan(first.statements ?? 0); // only the version is read

    // Senegal makes its need confidential: the very next search no longer counts it
    const SET = `mutation ($input: SetNeedsAndOffersInput!) { setNeedsAndOffers(input: $input) { code } }`;
    const set = await api.gql(
      SET,
      {
        input: {
          officeCode: 'SN',
          needs: [{ dimension: 'SECURITY', description: 'A security policy.', confidential: true }],
        },
      },
      { token: broker.accessToken },
    );
    expect(set.errors).toBeUndefined();
    const after = await ask();
    expect(codes(dataOf(after, 'offices'))).toEqual(['SN']);
    expect(facet(dataOf(after, 'offices').facets, 'NEED')).toEqual({});
    // a change made straight in the database is seen too
    await api.app
      .get(DataSource)
      .query(`UPDATE office_need SET confidential = false WHERE office_code = 'SN'`);
    expect(facet(dataOf(await ask(), 'offices').facets, 'NEED')).toEqual({ SECURITY: 1 });
  });

  it('serves the nodes’ current maturity with the kept page, and a validation shows at once', async () => {
    const ask = () =>
      api.gql(
        `{ offices(filter: { countries: ["JP"] }) { edges { node { code maturity { id validated overallLevel } } } } }`,
        {},
        { token: jpMember.accessToken },
      );
    await ask();
    const kept = await ask();
    const [japan] = dataOf(kept, 'offices').edges;
    expect(japan.node.maturity).toMatchObject({ validated: false, overallLevel: 4 });
    expect(kept.statements).toBe(1); // the directory's version; the maturity came with the page
    const validated = await api.gql(
      `mutation ($input: ValidateMaturityAssessmentInput!) { validateMaturityAssessment(input: $input) { id } }`,
      { input: { assessmentId: japan.node.maturity.id } },
      { token: broker.accessToken },
    );
    expect(validated.errors).toBeUndefined();
    expect(dataOf(await ask(), 'offices').edges[0].node.maturity.validated).toBe(true);
  });

  it('keeps the directory version when old change-log rows are compacted', async () => {
    const cache = api.app.get(DirectoryCache);
    const db = api.app.get(DataSource);
    await db.query(`UPDATE directory_change SET changed_at = now() - interval '1 hour'`);
    const before = await cache.version();
    await cache.compact();
    expect(await cache.version()).toBe(before);
    const [left] = await db.query(`SELECT count(*)::int AS n FROM directory_change`);
    expect(left.n).toBe(0);
    await db.query(`UPDATE office SET website = website WHERE code = 'FR'`);
    expect(Number(await cache.version())).toBe(Number(before) + 1);
  });

  it('refuses bad input, naming the field', async () => {
    const refuse = async (variables: Record<string, unknown>) =>
      errorOf(await api.gql(OFFICES, variables, { token: jpMember.accessToken }));
    expect(
      await refuse({ filter: { maturity: [{ dimension: 'SECURITY', min: 6 }] } }),
    ).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(
      await refuse({ filter: { maturity: [{ dimension: 'SECURITY', min: 4, max: 2 }] } }),
    ).toMatchObject({
      message: 'min (4) is above max (2).',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'filter.maturity.0',
        rule: 'rangeInverted',
        params: { min: 4, max: 2 },
      },
    });
    expect(await refuse({ filter: { standards: [{ standard: 'ST.999' }] } })).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'filter.standards',
        rule: 'unknownCode',
        params: { list: 'standard', values: ['ST.999'] },
      },
    });
    expect(await refuse({ orderBy: { field: 'RELEVANCE' } })).toMatchObject({
      message: 'Ordering by relevance needs a search.',
      extensions: { code: 'BAD_USER_INPUT', field: 'orderBy.field', rule: 'needsSearch' },
    });
    expect(await refuse({ after: 'bm90LWEtY3Vyc29y' })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'after', rule: 'invalidCursor' },
    });
    // a cursor of one order is refused by another
    const byName = await offices({ first: 1 });
    expect(
      await refuse({ orderBy: { field: 'UPDATED' }, after: byName.pageInfo.endCursor }),
    ).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    expect(await refuse({ filter: { languages: ['fr', 'xx', 'french'] } })).toMatchObject({
      message: 'Not ISO 639-1 language codes: xx, french.',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'filter.languages',
        rule: 'unknownCode',
        params: { list: 'language', values: ['xx', 'french'] },
      },
    });
    expect(await refuse({ filter: { countries: ['EP'] } })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.countries' },
    });
    // a relevance cursor belongs to its search
    const kenya = await offices({ filter: { search: 'kenya' }, first: 1 });
    expect(
      await refuse({ filter: { search: 'mexico' }, after: kenya.pageInfo.endCursor }),
    ).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    expect(errorOf(await api.gql(OFFICES, {}))?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('searches any text without an error, even letters that unaccent turns into query syntax', async () => {
    for (const search of ['ʼokina', 'ŉ ː ⑴', 'hawaiʻi', "o'brien & !x", 'हिन्दी', 're\u0301seau']) {
      const response = await api.gql(
        OFFICES,
        { filter: { search } },
        { token: jpMember.accessToken },
      );
      expect(response.errors).toBeUndefined();
    }
  });

  it('costs the same SQL statements for 50 offices with maturity, needs, standards and members as for 5', async () => {
    // by SECURITY, so both pages hold assessed offices (and FR, with its needs)
    const query = `query ($first: Int) { offices(first: $first, orderBy: { field: MATURITY, dimension: SECURITY }) {
      totalCount
      edges { node { code maturity { overallLevel levels { dimension level } } needs { dimension } offers { dimension } standards { standard status }
        members(first: 2) { totalCount edges { node { fullName } } }
        maturityHistory(first: 1) { totalCount edges { node { id overallLevel } } } } }
      facets(fields: [REGION, NEED, MATURITY_SECURITY]) { field values { value count } }
    } }`;
    await api.gql('{ me { id } }', {}, { token: jpMember.accessToken }); // warm the session check
    const five = await api.gql(query, { first: 5 }, { token: jpMember.accessToken });
    const fifty = await api.gql(query, { first: 50 }, { token: jpMember.accessToken });
    expect(fifty.errors).toBeUndefined();
    expect(dataOf(fifty, 'offices').edges).toHaveLength(50);
    expect(five.statements).toBeGreaterThan(0);
    expect(fifty.statements).toBe(five.statements);
  });
});

describe('the people directory (GraphQL over HTTP)', () => {
  let api: TestApp;
  let broker: TestAccount;
  let jpMember: TestAccount;
  let keAdmin: TestAccount;
  const ids: Record<string, string> = {};

  const members = async (variables: Record<string, unknown>, account: TestAccount = jpMember) =>
    dataOf(
      await api.gql(MEMBERS, { first: 100, ...variables }, { token: account.accessToken }),
      'members',
    );
  const names = (connection: { edges: { node: { fullName: string } }[] }) =>
    connection.edges.map((edge) => edge.node.fullName);

  beforeAll(async () => {
    api = await startApp();
    broker = await createTestAccount(api, { role: Role.BROKER });
    jpMember = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'JP' });
    keAdmin = await createTestAccount(api, { role: Role.OFFICE_ADMIN, officeCode: 'KE' });
    const db = api.app.get(DataSource);
    // the accounts above have profiles too; these people are the ones searched for
    const people: [
      string,
      string,
      string,
      string | null,
      string,
      string[],
      boolean,
      boolean,
      [string, number][],
    ][] = [
      [
        'Élodie Müller',
        'FR',
        'CISO',
        'Responsable de la sécurité',
        'Runs the security operations centre.',
        ['fr', 'de'],
        true,
        false,
        [['CYBERSECURITY_OPERATIONS', 3]],
      ],
      [
        'Kwame Mensah',
        'KE',
        'CIO',
        'Chief Information Officer',
        'Cloud migration and e-filing.',
        ['en', 'sw'],
        true,
        false,
        [
          ['CLOUD_ARCHITECTURE', 2],
          ['E_FILING_ONLINE_SERVICES', 3],
        ],
      ],
      [
        'Hidden Person',
        'KE',
        'CTO',
        'Chief Technology Officer',
        'Machine translation for patents.',
        ['en'],
        false,
        true,
        [['MACHINE_TRANSLATION', 3]],
      ],
      [
        'Aiko Tanaka',
        'JP',
        'DATA_OFFICER',
        'Head of IP Data',
        'Machine translation and open data.',
        ['ja', 'en'],
        false,
        false,
        [
          ['MACHINE_TRANSLATION', 2],
          ['OPEN_DATA', 3],
        ],
      ],
      [
        'José Peña',
        'MX',
        'ARCHITECT',
        'Arquitecto de sistemas',
        'Interoperabilidad y normas de la OMPI.',
        ['es'],
        true,
        false,
        [['WIPO_XML_STANDARDS', 1]],
      ],
    ];
    for (const [
      fullName,
      office,
      position,
      title,
      bio,
      languages,
      mentor,
      hidden,
      expertise,
    ] of people) {
      const [row] = await db.query(
        `INSERT INTO member (office_code, email, full_name, position, title, bio, languages, available_to_mentor, hidden, contact_email)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'secret.contact@example.org') RETURNING id`,
        [
          office,
          `${fullName
            .normalize('NFD')
            .replace(/[^a-zA-Z]/g, '')
            .toLowerCase()}@example.org`,
          fullName,
          position,
          title,
          bio,
          languages,
          mentor,
          hidden,
        ],
      );
      ids[fullName] = row.id;
      for (const [area, level] of expertise) {
        await db.query(
          `INSERT INTO member_expertise (member_id, area, level) VALUES ($1, $2, $3)`,
          [row.id, area, level],
        );
      }
    }
  });

  afterAll(() => api?.close());

  it('searches names, titles, expertise and bios, accent- and case-insensitively, and tolerates typos in names', async () => {
    const search = async (text: string) => names(await members({ filter: { search: text } }));
    expect(await search('elodie')).toEqual(['Élodie Müller']);
    expect(await search('MULLER')).toEqual(['Élodie Müller']);
    expect(await search('Elodie Mullr')).toEqual(['Élodie Müller']); // a typo
    expect(await search('securite')).toEqual(['Élodie Müller']); // the title, in French
    expect(await search('cybersécurité')).toEqual(['Élodie Müller']); // the expertise, in French
    expect(await search('interoperabilidad')).toEqual(['José Peña']); // the bio
    expect(await search('cloud')).toEqual(['Kwame Mensah']); // bio and expertise
    expect(await search('pena')).toEqual(['José Peña']);
    expect(await search('elodie zzzz')).toEqual([]); // every word narrows
  });

  it('finds a member by the new name of an expertise area once it is renamed', async () => {
    expect(names(await members({ filter: { search: 'interoperability' } }))).toEqual([]);
    await api.app
      .get(DataSource)
      .query(
        `UPDATE expertise_area SET names = names || '{"en": "WIPO XML standards and interoperability"}' WHERE code = 'WIPO_XML_STANDARDS'`,
      );
    expect(names(await members({ filter: { search: 'interoperability' } }))).toEqual(['José Peña']);
  });

  it('never shows a hidden profile, nor searches contact details, for another office’s member', async () => {
    expect(names(await members({ filter: { search: 'machine translation' } }))).toEqual([
      'Aiko Tanaka',
    ]);
    const kenya = await members({ filter: { offices: ['KE'] }, facets: ['POSITION', 'EXPERTISE'] });
    expect(names(kenya)).not.toContain('Hidden Person');
    expect(facet(kenya.facets, 'POSITION')['CTO']).toBeUndefined();
    expect(facet(kenya.facets, 'EXPERTISE')['MACHINE_TRANSLATION']).toBeUndefined();
    expect((await members({ filter: { search: 'secret contact example' } })).totalCount).toBe(0);
    // Kenya's admin and the IB do see it
    expect(
      names(await members({ filter: { search: 'machine translation' } }, keAdmin)).sort(),
    ).toEqual(['Aiko Tanaka', 'Hidden Person']);
    expect(
      (await members({ filter: { offices: ['KE'], positions: ['CTO'] } }, broker)).totalCount,
    ).toBe(1);
  });

  it('combines filters, with facets that agree with the list', async () => {
    const mentors = await members({
      filter: { availableToMentor: true, languages: ['fr', 'es'] },
      facets: ['OFFICE', 'LANGUAGE', 'AVAILABLE_TO_MENTOR', 'REGION'],
    });
    expect(names(mentors).sort()).toEqual(['José Peña', 'Élodie Müller']);
    expect(facet(mentors.facets, 'OFFICE')).toEqual({ FR: 1, MX: 1 });
    expect(facet(mentors.facets, 'LANGUAGE')).toEqual({ fr: 1, de: 1, es: 1 });
    expect(facet(mentors.facets, 'AVAILABLE_TO_MENTOR')).toEqual({ true: 2 });
    expect(facet(mentors.facets, 'REGION')).toEqual({
      TRANSITION_DEVELOPED: 1,
      LATIN_AMERICA_CARIBBEAN: 1,
    });

    const experts = await members(
      { filter: { expertise: [{ area: 'MACHINE_TRANSLATION', minLevel: 2 }] } },
      broker,
    );
    expect(names(experts).sort()).toEqual(['Aiko Tanaka', 'Hidden Person']);
    const strict = await members(
      {
        filter: {
          expertise: [{ area: 'MACHINE_TRANSLATION', minLevel: 3 }, { area: 'OPEN_DATA' }],
        },
      },
      broker,
    );
    expect(strict.totalCount).toBe(0);
    const asia = await members({
      filter: { regions: ['TRANSITION_DEVELOPED'], positions: ['DATA_OFFICER'] }, // Japan is in WIPO's Group B
    });
    expect(names(asia)).toEqual(['Aiko Tanaka']);
  });

  it('orders by relevance, name and last update', async () => {
    const relevant = names(await members({ filter: { search: 'machine translation open data' } }));
    expect(relevant[0]).toBe('Aiko Tanaka');
    const byName = names(await members({ orderBy: { field: 'NAME' } }));
    const ours = byName.filter((name) =>
      ['Aiko Tanaka', 'Élodie Müller', 'José Peña', 'Kwame Mensah'].includes(name),
    );
    expect(ours).toEqual(['Aiko Tanaka', 'Élodie Müller', 'José Peña', 'Kwame Mensah']); // É sorts as E
    await api.app
      .get(DataSource)
      .query(`UPDATE member SET updated_at = now() + interval '1 minute' WHERE id = $1`, [
        ids['José Peña'],
      ]);
    expect(names(await members({ orderBy: { field: 'UPDATED' }, first: 1 }))).toEqual([
      'José Peña',
    ]);
    // ordered by it, a member still answers its updatedAt (it was null: an internal error)
    const byUpdate = await api.gql(
      `{ members(orderBy: { field: UPDATED }, first: 3) { edges { node { updatedAt } } } }`,
      {},
      { token: jpMember.accessToken },
    );
    expect(byUpdate.errors).toBeUndefined();
    for (const edge of byUpdate.data?.['members'].edges ?? [])
      expect(Number.isNaN(Date.parse(edge.node.updatedAt))).toBe(false);
    const pages: string[] = [];
    let after: string | null = null;
    do {
      const page = await members({
        orderBy: { field: 'NAME', direction: 'DESC' },
        first: 2,
        after,
      });
      pages.push(...names(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toEqual([...byName].reverse());
  });

  it('orders by their office’s maturity, and pages without loss while a member is added', async () => {
    const SUBMIT = `mutation ($input: MaturityAssessmentInput!) { submitMaturityAssessment(input: $input) { id } }`;
    for (const [officeCode, level] of [
      ['MX', 5],
      ['JP', 3],
    ] as const) {
      const submitted = await api.gql(
        SUBMIT,
        { input: { officeCode, levels: [{ dimension: 'DATA', level }] } },
        { token: broker.accessToken },
      );
      expect(submitted.errors).toBeUndefined();
    }
    const byData = names(
      await members({
        filter: { offices: ['MX', 'JP', 'FR'] },
        orderBy: { field: 'MATURITY', dimension: 'DATA' },
      }),
    );
    expect(byData[0]).toBe('José Peña'); // MX at 5
    expect(byData[byData.length - 1]).toBe('Élodie Müller'); // FR unknown: last

    const seen: string[] = [];
    let after: string | null = null;
    let added = false;
    do {
      const page = await members({ orderBy: { field: 'NAME' }, first: 2, after });
      seen.push(...page.edges.map((edge: { node: { id: string } }) => edge.node.id));
      if (!added) {
        await api.app
          .get(DataSource)
          .query(
            `INSERT INTO member (office_code, email, full_name) VALUES ('DE', 'aaron@example.org', 'Aaron Aardvark')`,
          );
        added = true;
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength((await members({ first: 1 })).totalCount - 1);
  });

  it('refuses bad input', async () => {
    const refuse = async (variables: Record<string, unknown>) =>
      errorOf(await api.gql(MEMBERS, variables, { token: jpMember.accessToken }));
    expect(
      await refuse({ filter: { expertise: [{ area: 'DEVOPS', minLevel: 4 }] } }),
    ).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await refuse({ filter: { expertise: [{ area: 'QUANTUM' }] } })).toMatchObject({
      message: 'Not an expertise area: QUANTUM.',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.expertise' },
    });
    expect(await refuse({ filter: { offices: ['ZZ'] } })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.offices' },
    });
    expect(await refuse({ orderBy: { field: 'RELEVANCE' } })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'orderBy.field' },
    });
    expect(await refuse({ first: 0 })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('costs the same SQL statements for 50 members with office, expertise and maturity as for 5', async () => {
    // every office of these members has a current assessment, so each page reads levels too
    for (const officeCode of ['DE', 'FR', 'KE', 'JP']) {
      const submitted = await api.gql(
        `mutation ($input: MaturityAssessmentInput!) { submitMaturityAssessment(input: $input) { id } }`,
        { input: { officeCode, levels: [{ dimension: 'INFRA', level: 3 }] } },
        { token: broker.accessToken },
      );
      expect(submitted.errors).toBeUndefined();
    }
    await api.app.get(DataSource).query(`
      WITH added AS (
        INSERT INTO member (office_code, email, full_name, illustrative)
        SELECT (ARRAY['DE', 'FR', 'JP', 'KE'])[1 + n % 4], 'bulk' || n || '@example.org', 'Bulk Member ' || lpad(n::text, 3, '0'), true
        FROM generate_series(1, 60) AS n RETURNING id)
      INSERT INTO member_expertise (member_id, area, level) SELECT id, 'DEVOPS', 2 FROM added`);
    const query = `query ($first: Int) { members(first: $first, filter: { search: "bulk member" }) {
      totalCount
      edges { node { fullName expertise { area level } office { code maturity { overallLevel } } } }
      facets { field values { value count } }
    } }`;
    await api.gql('{ me { id } }', {}, { token: jpMember.accessToken });
    const five = await api.gql(query, { first: 5 }, { token: jpMember.accessToken });
    const fifty = await api.gql(query, { first: 50 }, { token: jpMember.accessToken });
    expect(fifty.errors).toBeUndefined();
    expect(dataOf(fifty, 'members').edges).toHaveLength(50);
    expect(dataOf(fifty, 'members').totalCount).toBe(60);
    expect(five.statements).toBeGreaterThan(0);
    expect(fifty.statements).toBe(five.statements);
  });
});

describe('the directory on the demo data', () => {
  let api: TestApp;
  let member: TestAccount;

  beforeAll(async () => {
    api = await startApp({ env: { DEMO_DATA: 'true' } });
    member = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'JP' });
  });

  afterAll(() => api?.close());

  it('finds at least 3 French-speaking offices at SECURITY ≥ 4, each one so, with facets that agree', async () => {
    const found = dataOf(
      await api.gql(
        OFFICES,
        {
          filter: { maturity: [{ dimension: 'SECURITY', min: 4 }], languages: ['fr'] },
          first: 100,
          facets: ['LANGUAGE', 'MATURITY_SECURITY', 'REGION'],
        },
        { token: member.accessToken },
      ),
      'offices',
    );
    expect(found.totalCount).toBeGreaterThanOrEqual(3);
    expect(found.edges).toHaveLength(found.totalCount);
    for (const { node } of found.edges as { node: OfficeNode }[]) {
      expect(node.languages).toContain('fr');
      expect(levelOf(node, 'SECURITY')).toBeGreaterThanOrEqual(4);
    }
    expect(facet(found.facets, 'LANGUAGE')['fr']).toBe(found.totalCount);
    const security = facet(found.facets, 'MATURITY_SECURITY');
    expect(Object.keys(security).every((level) => ['4', '5'].includes(level))).toBe(true);
    expect(sum(security)).toBe(found.totalCount);
    expect(sum(facet(found.facets, 'REGION'))).toBe(found.totalCount);
  });
});
