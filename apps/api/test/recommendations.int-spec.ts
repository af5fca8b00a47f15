import { createTestAccount, dataOf, errorOf, TestAccount, TestApp } from '@wild/api/testing';
import { MATURITY_DIMENSIONS, Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

const RECOMMENDATIONS = `query ($officeCode: String!, $kind: MatchKind!, $dimension: MaturityDimension,
  $standard: String, $first: Int, $after: String) {
  recommendations(officeCode: $officeCode, kind: $kind, dimension: $dimension, standard: $standard,
    first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges {
      cursor
      node {
        office { code }
        score
        summary
        reasons { factor weight value contribution text }
      }
    }
  }
}`;
const SUBMIT = `mutation ($input: MaturityAssessmentInput!) { submitMaturityAssessment(input: $input) { id } }`;
const SET_NEEDS = `mutation ($input: SetNeedsAndOffersInput!) { setNeedsAndOffers(input: $input) { code } }`;
const SET_STANDARD = `mutation ($input: SetStandardAdoptionInput!) { setStandardAdoption(input: $input) { standard } }`;
const UPDATE_OFFICE = `mutation ($input: UpdateOfficeInput!) { updateOffice(input: $input) { code } }`;

type Reason = { factor: string; weight: number; value: number; contribution: number; text: string };
type Node = { office: { code: string }; score: number; summary: string; reasons: Reason[] };
type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Node }[];
};

describe('recommendations (GraphQL over HTTP)', () => {
  let api: TestApp;
  let steward: TestAccount;
  let snMember: TestAccount;
  let deMember: TestAccount;
  let broker: TestAccount;

  const must = async (query: string, input: Record<string, unknown>, field: string) =>
    dataOf(await api.gql(query, { input }, { token: steward.accessToken }), field);
  const assess = (officeCode: string, levels: Record<string, number>) =>
    must(
      SUBMIT,
      {
        officeCode,
        levels: MATURITY_DIMENSIONS.map((dimension) => ({
          dimension,
          level: levels[dimension] ?? 3,
        })),
      },
      'submitMaturityAssessment',
    );
  const ask = (account: TestAccount, variables: Record<string, unknown>, language = 'en') =>
    api.gql(
      RECOMMENDATIONS,
      { officeCode: 'SN', first: 50, ...variables },
      { token: account.accessToken, headers: { 'Accept-Language': language } },
    );
  const page = async (
    account: TestAccount,
    variables: Record<string, unknown>,
    language = 'en',
  ): Promise<Page> => dataOf(await ask(account, variables, language), 'recommendations');
  const codes = (answer: Page) => answer.edges.map((edge) => edge.node.office.code);
  const MENTOR_SECURITY = { kind: 'MENTOR', dimension: 'SECURITY' };

  beforeAll(async () => {
    api = await startApp();
    steward = await createTestAccount(api, { role: Role.ADMIN });
    snMember = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'SN' });
    deMember = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'DE' });
    broker = await createTestAccount(api, { role: Role.BROKER });

    // the seeker: SN (French, Africa/Dakar), SECURITY 2 and DATA 2, planning ST.26, partly ST.96
    await assess('SN', { SECURITY: 2, DATA: 2 });
    await must(
      SET_NEEDS,
      {
        officeCode: 'SN',
        needs: [
          { dimension: 'SECURITY', description: 'A SOC.', confidential: false },
          { dimension: 'DATA', description: 'Register quality.', confidential: true },
        ],
      },
      'setNeedsAndOffers',
    );
    await must(
      SET_STANDARD,
      { officeCode: 'SN', standard: 'ST.26', status: 'NONE', plannedDate: '2027-06-30' },
      'setStandardAdoption',
    );
    await must(
      SET_STANDARD,
      { officeCode: 'SN', standard: 'ST.96', status: 'PARTIAL' },
      'setStandardAdoption',
    );
    // mentors: CI and FR offer help (both French; CI in SN's region and time zone), EP is
    // ahead without offering, DE offers but has no capacity, JP is behind
    for (const [code, level] of [
      ['CI', 4],
      ['FR', 4],
      ['EP', 5],
      ['DE', 4],
      ['JP', 1],
    ] as const)
      await assess(code, { SECURITY: level });
    for (const code of ['CI', 'FR', 'DE'])
      await must(
        SET_NEEDS,
        {
          officeCode: code,
          offers: [{ dimension: 'SECURITY', description: 'Our SOC playbook.' }],
        },
        'setNeedsAndOffers',
      );
    await must(UPDATE_OFFICE, { code: 'DE', mentoringCapacity: 0 }, 'updateOffice');
    // buddies for ST.26: EP complete, CH implementing it now
    await must(
      SET_STANDARD,
      { officeCode: 'EP', standard: 'ST.26', status: 'COMPLETE' },
      'setStandardAdoption',
    );
    await assess('CH', { SECURITY: 1 });
    await must(
      SET_STANDARD,
      { officeCode: 'CH', standard: 'ST.26', status: 'PARTIAL' },
      'setStandardAdoption',
    );
    // peers in DATA: CM (a public need), TN (a confidential one)
    await assess('CM', { DATA: 2, SECURITY: 1 });
    await assess('TN', { DATA: 3, SECURITY: 1 });
    await must(
      SET_NEEDS,
      {
        officeCode: 'CM',
        needs: [{ dimension: 'DATA', description: 'Data quality.', confidential: false }],
      },
      'setNeedsAndOffers',
    );
    await must(
      SET_NEEDS,
      {
        officeCode: 'TN',
        needs: [{ dimension: 'DATA', description: 'Data quality.', confidential: true }],
      },
      'setNeedsAndOffers',
    );
  });

  afterAll(() => api?.close());

  describe('MENTOR', () => {
    it('ranks those offering help first, then those ahead without; excludes no capacity, behind and the seeker', async () => {
      const answer = await page(snMember, MENTOR_SECURITY);
      expect(codes(answer)).toEqual(['CI', 'FR', 'EP']);
      expect(answer.totalCount).toBe(3);
      const scores = answer.edges.map((edge) => edge.node.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      expect(answer.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    });

    it('explains every candidate: reasons with weight × value and a text, and a summary (English)', async () => {
      const answer = await page(snMember, MENTOR_SECURITY);
      for (const { node } of answer.edges) {
        expect(node.summary).toMatch(/^\S.*: Cybersecurity and resilience \d against your 2/);
        expect(node.reasons.length).toBeGreaterThan(0);
        let sum = 0;
        for (const reason of node.reasons) {
          expect(reason.contribution).toBeCloseTo(reason.weight * reason.value, 5);
          expect(reason.text.length).toBeGreaterThan(0);
          expect(node.summary).toContain(reason.text);
          sum += reason.contribution;
        }
        expect(node.score).toBeCloseTo(Math.min(1, Math.max(0, sum)), 5);
      }
      const [ci, fr, ep] = answer.edges.map((edge) => edge.node);
      expect(ci.summary).toContain('offers help in Cybersecurity and resilience; works in French');
      expect(ci.reasons.map((reason) => reason.factor)).toEqual(
        expect.arrayContaining(['LEVEL_GAP', 'OFFERS_HELP', 'LANGUAGE', 'TIME_ZONE', 'REGION']),
      );
      expect(fr.summary).toMatch(
        /^INPI: Cybersecurity and resilience 4 against your 2; offers help/,
      );
      expect(ep.reasons.map((reason) => reason.factor)).not.toContain('OFFERS_HELP');
      expect(ep.summary).toMatch(/^EPO: Cybersecurity and resilience 5 against your 2/);
    });

    it('speaks French to a French reader', async () => {
      const answer = await page(snMember, MENTOR_SECURITY, 'fr-FR,fr;q=0.9,en;q=0.5');
      const [ci, fr, ep] = answer.edges.map((edge) => edge.node);
      expect(ci.summary).toContain(
        'Cybersécurité et résilience 4 contre votre 2 ; propose son aide en Cybersécurité et résilience ; travaille en français',
      );
      expect(fr.summary).toMatch(/^INPI : /);
      expect(ep.summary).toMatch(/^OEB : Cybersécurité et résilience 5 contre votre 2/);
      for (const { node } of answer.edges)
        for (const reason of node.reasons) expect(node.summary).toContain(reason.text);
    });

    it('pages by keyset on (score, code), at a constant count of SQL statements', async () => {
      const all = await page(snMember, MENTOR_SECURITY);
      const one = await ask(snMember, { ...MENTOR_SECURITY, first: 1 });
      const three = await ask(snMember, { ...MENTOR_SECURITY, first: 3 });
      expect(one.statements).toBe(three.statements);
      // the directory's version only: the candidate model is in memory, and so are the offices
      // a page showed at this version (`all` showed them all) and the seeker's introduction facts
      expect(three.statements).toBe(1);
      const firstPage = dataOf(one, 'recommendations') as Page;
      expect(codes(firstPage)).toEqual(['CI']);
      expect(firstPage.pageInfo.hasNextPage).toBe(true);
      const next = await page(snMember, {
        ...MENTOR_SECURITY,
        first: 5,
        after: firstPage.pageInfo.endCursor,
      });
      expect(codes(next)).toEqual(['FR', 'EP']);
      expect(next.edges).toEqual(all.edges.slice(1));
      expect(next.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expect(next.totalCount).toBe(3);
    });
  });

  it('STANDARD_BUDDY: complete before partly implementing, for a seeker planning the standard', async () => {
    const answer = await page(snMember, { kind: 'STANDARD_BUDDY', standard: 'st26' });
    expect(codes(answer)).toEqual(['EP', 'CH']);
    expect(answer.edges[0].node.summary).toContain('EPO: implemented ST.26 completely');
    expect(answer.edges[1].node.summary).toContain('is implementing ST.26 now');
    const french = await page(snMember, { kind: 'STANDARD_BUDDY', standard: 'ST.26' }, 'fr');
    expect(french.edges[0].node.summary).toContain('OEB : a mis en œuvre ST.26 complètement');
  });

  describe('confidentiality', () => {
    const PEER_DATA = { kind: 'PEER', dimension: 'DATA' };

    it('shows an office as it is now: a change of it comes with a new candidate model', async () => {
      const NAMED = `query ($officeCode: String!) { recommendations(officeCode: $officeCode, kind: MENTOR, dimension: SECURITY, first: 5) {
        edges { node { office { code name(language: "en") } summary } } } }`;
      const named = async () =>
        (
          dataOf(
            await api.gql(NAMED, { officeCode: 'SN' }, { token: snMember.accessToken }),
            'recommendations',
          ) as { edges: { node: { office: { code: string; name: string }; summary: string } }[] }
        ).edges.map((edge) => edge.node);
      const before = await named();
      const first = before[0];
      if (!first) throw new Error('no candidate');
      const renamed = await api.gql(
        `mutation ($input: UpdateOfficeInput!) { updateOffice(input: $input) { code } }`,
        {
          input: {
            code: first.office.code,
            names: [{ language: 'en', text: 'A Renamed Office' }],
            acronyms: [],
          },
        },
        { token: broker.accessToken },
      );
      expect(renamed.errors).toBeUndefined();
      const after = await named();
      expect(after.find((node) => node.office.code === first.office.code)?.office.name).toBe(
        'A Renamed Office',
      );
      expect(
        after
          .find((node) => node.office.code === first.office.code)
          ?.summary.startsWith('A Renamed Office:'),
      ).toBe(true);
    });

    it('another office’s confidential need changes nothing for the seeker’s members, and counts for a broker', async () => {
      const withNeed = await ask(snMember, PEER_DATA);
      const asBroker = await page(broker, PEER_DATA);
      expect(codes(asBroker)).toEqual(expect.arrayContaining(['CM', 'TN']));

      // TN's confidential need in DATA removed: the member's answer is the same, to the byte
      await must(SET_NEEDS, { officeCode: 'TN', needs: [] }, 'setNeedsAndOffers');
      const withoutNeed = await ask(snMember, PEER_DATA);
      expect(withNeed.body).toEqual(withoutNeed.body);
      expect(codes(dataOf(withoutNeed, 'recommendations'))).toEqual(['CM']);
      // the broker's view follows the change (the model was refreshed)
      expect(codes(await page(broker, PEER_DATA))).toEqual(['CM']);

      // and made public, TN is a peer for the member too
      await must(
        SET_NEEDS,
        {
          officeCode: 'TN',
          needs: [{ dimension: 'DATA', description: 'Data quality.', confidential: false }],
        },
        'setNeedsAndOffers',
      );
      expect(codes(await page(snMember, PEER_DATA))).toEqual(expect.arrayContaining(['CM', 'TN']));
    });
  });

  describe('who may ask', () => {
    it('a member of a third office: FORBIDDEN', async () => {
      const response = await ask(deMember, MENTOR_SECURITY);
      expect(errorOf(response)?.extensions.code).toBe('FORBIDDEN');
      expect(response.data?.['recommendations'] ?? null).toBeNull();
    });

    it('a broker: allowed, for any office', async () => {
      expect(codes(await page(broker, MENTOR_SECURITY))).toEqual(['CI', 'FR', 'EP']);
    });
  });

  describe('BAD_USER_INPUT', () => {
    const problem = async (account: TestAccount, variables: Record<string, unknown>) => {
      const error = errorOf(await ask(account, variables));
      expect(error?.extensions.code).toBe('BAD_USER_INPUT');
      return {
        field: error?.extensions['field'],
        rule: error?.extensions['rule'],
        params: error?.extensions['params'],
      };
    };

    it.each([
      [{ kind: 'MENTOR' }, { field: 'dimension', rule: 'required', params: {} }],
      [{ kind: 'PEER' }, { field: 'dimension', rule: 'required', params: {} }],
      [
        { kind: 'MENTOR', dimension: 'SECURITY', standard: 'ST.26' },
        { field: 'standard', rule: 'notForKind', params: { kind: 'MENTOR' } },
      ],
      [{ kind: 'STANDARD_BUDDY' }, { field: 'standard', rule: 'required', params: {} }],
      [
        { kind: 'STANDARD_BUDDY', standard: 'ST.26', dimension: 'DATA' },
        { field: 'dimension', rule: 'notForKind', params: { kind: 'STANDARD_BUDDY' } },
      ],
      [
        { kind: 'STANDARD_BUDDY', standard: 'ST.999' },
        {
          field: 'standard',
          rule: 'unknownCode',
          params: { list: 'standard', values: ['ST.999'] },
        },
      ],
      [
        { kind: 'STANDARD_BUDDY', standard: 'ST.36' },
        { field: 'standard', rule: 'standardNotPlanned', params: { standard: 'ST.36' } },
      ],
      [
        { kind: 'MENTOR', dimension: 'SECURITY', after: 'not-a-cursor' },
        { field: 'after', rule: 'invalidCursor', params: {} },
      ],
    ])('%o → %o', async (variables, expected) => {
      expect(await problem(snMember, variables)).toEqual(expected);
    });

    it('a seeker with no known level in the dimension: record a level first', async () => {
      const usMember = await createTestAccount(api, { officeCode: 'US' });
      const error = errorOf(
        await api.gql(
          RECOMMENDATIONS,
          { officeCode: 'US', ...MENTOR_SECURITY },
          { token: usMember.accessToken },
        ),
      );
      expect(error?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'dimension',
        rule: 'levelUnknown',
        params: { dimension: 'SECURITY' },
      });
      expect(error?.message).toContain('record a level first');
    });

    it('an office not in the network (asked by the International Bureau)', async () => {
      const error = errorOf(await ask(broker, { ...MENTOR_SECURITY, officeCode: 'ZZ' }));
      expect(error?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'officeCode',
        rule: 'officeNotInNetwork',
        params: { code: 'ZZ' },
      });
    });

    it('a cursor of another list', async () => {
      const mentors = await page(snMember, { ...MENTOR_SECURITY, first: 1 });
      const error = errorOf(
        await ask(snMember, {
          kind: 'PEER',
          dimension: 'SECURITY',
          after: mentors.pageInfo.endCursor,
        }),
      );
      expect(error?.extensions).toMatchObject({ field: 'after', rule: 'invalidCursor' });
    });

    it('first out of 1–100', async () => {
      const error = errorOf(await ask(snMember, { ...MENTOR_SECURITY, first: 0 }));
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });
  });
});
