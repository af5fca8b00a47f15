import { createTestAccount, dataOf, errorOf, TestAccount, TestApp } from '@wild/api/testing';
import { Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

const EXPERTS = `query ($area: String!, $officeCode: String, $first: Int, $after: String) {
  experts(area: $area, officeCode: $officeCode, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges {
      cursor
      node {
        member { id fullName officeCode }
        score
        summary
        reasons { factor weight value contribution text }
      }
    }
  }
}`;
const UPDATE_OFFICE = `mutation ($input: UpdateOfficeInput!) { updateOffice(input: $input) { code } }`;
const UPDATE_MY_PROFILE = `mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }`;

const AREA = 'CYBERSECURITY_OPERATIONS';

type Reason = { factor: string; weight: number; value: number; contribution: number; text: string };
type Node = {
  member: { id: string; fullName: string; officeCode: string };
  score: number;
  summary: string;
  reasons: Reason[];
};
type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Node }[];
};

describe('experts (GraphQL over HTTP)', () => {
  let api: TestApp;
  let steward: TestAccount;
  let broker: TestAccount;
  /** The caller: a member of SN (French, Africa/Dakar), an expert in the area too. */
  let snMember: TestAccount;
  /** CI: expert, available, French, in Lagos' zone (UTC+1 all year); contact RESTRICTED. */
  let expert: TestAccount;
  /** CI: practitioner, English, no zone of their own (CI's: Africa/Abidjan, UTC+0). */
  let practitioner: TestAccount;
  /** FR: familiar with the area, available, French, in Dakar; contact for the NETWORK. */
  let familiar: TestAccount;
  /** DE: expert with a hidden profile, German, in Tokyo. */
  let hiddenExpert: TestAccount;
  let deAdmin: TestAccount;
  /** A DevOps person: never an expert in the area. */
  let devops: TestAccount;
  const ids: Record<string, string> = {};

  const must = async (query: string, input: Record<string, unknown>, account: TestAccount) =>
    expect(
      (await api.gql(query, { input }, { token: account.accessToken })).errors,
    ).toBeUndefined();
  const person = async (
    officeCode: string,
    fullName: string,
    profile: Record<string, unknown>,
  ): Promise<TestAccount> => {
    const account = await createTestAccount(api, { officeCode, displayName: fullName });
    await must(UPDATE_MY_PROFILE, profile, account);
    const me = await api.gql(`{ me { member { id } } }`, {}, { token: account.accessToken });
    ids[fullName] = dataOf(me, 'me').member.id;
    return account;
  };
  const ask = (
    account: TestAccount | null,
    variables: Record<string, unknown> = {},
    language = 'en',
    query = EXPERTS,
  ) =>
    api.gql(
      query,
      { area: AREA, first: 50, ...variables },
      {
        ...(account ? { token: account.accessToken } : {}),
        headers: { 'Accept-Language': language },
      },
    );
  const page = async (
    account: TestAccount,
    variables: Record<string, unknown> = {},
    language = 'en',
  ): Promise<Page> => dataOf(await ask(account, variables, language), 'experts');
  const names = (answer: Page) => answer.edges.map((edge) => edge.node.member.fullName);

  beforeAll(async () => {
    api = await startApp();
    steward = await createTestAccount(api, { role: Role.ADMIN });
    broker = await createTestAccount(api, { role: Role.BROKER });
    deAdmin = await createTestAccount(api, { role: Role.OFFICE_ADMIN, officeCode: 'DE' });
    // zones without summer time, so that the hours are the same all year
    await must(UPDATE_OFFICE, { code: 'SN', languages: ['fr'], timeZone: 'Africa/Dakar' }, steward);
    await must(
      UPDATE_OFFICE,
      { code: 'CI', languages: ['fr'], timeZone: 'Africa/Abidjan' },
      steward,
    );

    snMember = await person('SN', 'Seydou Seeker', {
      languages: ['fr'],
      timeZone: 'Africa/Dakar',
      expertise: [{ area: AREA, level: 3 }],
    });
    expert = await person('CI', 'Awa Expert', {
      languages: ['fr'],
      timeZone: 'Africa/Lagos',
      availableToMentor: true,
      contactEmail: 'awa.expert@ci.example',
      contactPhone: '+225 01 02 03 04',
      contactVisibility: 'RESTRICTED',
      expertise: [
        { area: AREA, level: 3 },
        { area: 'DEVOPS', level: 1 },
      ],
    });
    practitioner = await person('CI', 'Paul Practitioner', {
      languages: ['en'],
      expertise: [{ area: AREA, level: 2 }],
    });
    familiar = await person('FR', 'Fanny Familiar', {
      languages: ['fr'],
      timeZone: 'Africa/Dakar',
      availableToMentor: true,
      contactEmail: 'fanny@fr.example',
      contactVisibility: 'NETWORK',
      expertise: [{ area: AREA, level: 1 }],
    });
    hiddenExpert = await person('DE', 'Hanna Hidden', {
      languages: ['de'],
      timeZone: 'Asia/Tokyo',
      hidden: true,
      expertise: [{ area: AREA, level: 3 }],
    });
    devops = await person('FR', 'Dev Ops', {
      languages: ['fr'],
      availableToMentor: true,
      expertise: [{ area: 'DEVOPS', level: 3 }],
    });
  });

  afterAll(() => api?.close());

  describe('the happy path', () => {
    it('ranks those holding the area by level first, then availability; never the caller', async () => {
      const answer = await page(snMember);
      expect(names(answer)).toEqual(['Awa Expert', 'Paul Practitioner', 'Fanny Familiar']);
      expect(answer.totalCount).toBe(3);
      expect(answer.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
      const scores = answer.edges.map((edge) => edge.node.score);
      expect(scores).toEqual([0.996667, 0.49, 0.4]);
      expect(names(answer)).not.toContain('Seydou Seeker');
      expect(names(answer)).not.toContain('Dev Ops');
      // the caller's office by default: the same as asking for SN
      expect((await ask(snMember, { officeCode: 'SN' })).body).toEqual((await ask(snMember)).body);
    });

    it('explains every suggestion: reasons with weight × value and a text, and a summary (English)', async () => {
      const answer = await page(snMember);
      for (const { node } of answer.edges) {
        expect(node.reasons.length).toBeGreaterThan(0);
        let sum = 0;
        for (const reason of node.reasons) {
          expect(reason.contribution).toBeCloseTo(reason.weight * reason.value, 5);
          expect(reason.text.length).toBeGreaterThan(0);
          expect(node.summary.toLowerCase()).toContain(reason.text.toLowerCase());
          sum += reason.contribution;
        }
        expect(node.score).toBeCloseTo(Math.min(1, Math.max(0, sum)), 5);
      }
      const [awa, paul, fanny] = answer.edges.map((edge) => edge.node);
      expect(awa.summary).toBe(
        'Expert in Cybersecurity operations; available to mentor; speaks French; 1 h from your time',
      );
      expect(awa.reasons.map((reason) => reason.factor)).toEqual([
        'EXPERTISE_LEVEL',
        'AVAILABLE_TO_MENTOR',
        'LANGUAGE',
        'TIME_ZONE',
      ]);
      expect(awa.reasons[0]).toMatchObject({ weight: 0.75, value: 1, contribution: 0.75 });
      // no zone of their own: their office's (CI, Africa/Abidjan), the same hours as Dakar
      expect(paul.summary).toBe('Practitioner in Cybersecurity operations; on your time');
      expect(fanny.summary).toBe(
        'Familiar with Cybersecurity operations; available to mentor; speaks French; on your time',
      );
    });

    it('speaks French to a French reader', async () => {
      const answer = await page(snMember, {}, 'fr-FR,fr;q=0.9,en;q=0.5');
      const [awa, paul] = answer.edges.map((edge) => edge.node);
      expect(awa.summary).toBe(
        'Niveau expert en Opérations de cybersécurité ; disponible pour du mentorat ; parle français ; à 1 h de votre heure',
      );
      expect(awa.reasons.map((reason) => reason.text)).toEqual([
        'niveau expert en Opérations de cybersécurité',
        'disponible pour du mentorat',
        'parle français',
        'à 1 h de votre heure',
      ]);
      expect(paul.summary).toBe(
        'Niveau praticien en Opérations de cybersécurité ; à la même heure que vous',
      );
    });

    it('compares languages and hours with the office asked for', async () => {
      // JP: Japanese, Tokyo (UTC+9 all year): no one speaks Japanese; Hanna is hidden from SN
      await must(UPDATE_OFFICE, { code: 'JP', languages: ['ja'], timeZone: 'Asia/Tokyo' }, steward);
      const answer = await page(snMember, { officeCode: 'jp' });
      expect(names(answer)).toEqual(['Awa Expert', 'Paul Practitioner', 'Fanny Familiar']);
      const awa = answer.edges[0].node;
      expect(awa.reasons.map((reason) => reason.factor)).toEqual([
        'EXPERTISE_LEVEL',
        'AVAILABLE_TO_MENTOR',
        'TIME_ZONE',
      ]);
      expect(awa.summary).toContain('8 h from your time');
    });
  });

  describe('privacy', () => {
    it('a hidden profile: not to a member of another office, but to a broker and its office’s admin (MemberPrivacy.visibleTo)', async () => {
      expect(names(await page(snMember))).not.toContain('Hanna Hidden');
      const asBroker = await page(broker, { officeCode: 'SN' });
      expect(names(asBroker)).toEqual([
        'Awa Expert',
        'Seydou Seeker',
        'Hanna Hidden',
        'Paul Practitioner',
        'Fanny Familiar',
      ]);
      expect(asBroker.totalCount).toBe(5);
      const asDeAdmin = await page(deAdmin, { officeCode: 'SN' });
      expect(names(asDeAdmin)).toContain('Hanna Hidden');
      // a plain member of DE does not see it either; its member does not see themself
      const deMember = await createTestAccount(api, { officeCode: 'DE' });
      expect(names(await page(deMember, { officeCode: 'SN' }))).not.toContain('Hanna Hidden');
      expect(names(await page(hiddenExpert, { officeCode: 'SN' }))).not.toContain('Hanna Hidden');
    });

    it('never the caller: an expert asking finds the others, not themself', async () => {
      const asAwa = names(await page(expert, { officeCode: 'SN' }));
      expect(asAwa).toEqual(['Seydou Seeker', 'Paul Practitioner', 'Fanny Familiar']);
    });

    it('contact details as the privacy rules say, and never in the texts', async () => {
      const query = `query ($area: String!, $first: Int) { experts(area: $area, first: $first) {
        edges { node { member { fullName contactEmail contactPhone } summary reasons { text } } } } }`;
      const response = await ask(snMember, {}, 'en', query);
      const edges = response.data?.['experts'].edges as {
        node: {
          member: { fullName: string; contactEmail: string | null; contactPhone: string | null };
          summary: string;
          reasons: { text: string }[];
        };
      }[];
      const byName = Object.fromEntries(edges.map(({ node }) => [node.member.fullName, node]));
      // Awa keeps hers RESTRICTED: null, with FORBIDDEN at the path; Fanny shares them
      expect(byName['Awa Expert'].member.contactEmail).toBeNull();
      expect(byName['Awa Expert'].member.contactPhone).toBeNull();
      const forbidden = (response.errors ?? []).filter(
        (error) => error.extensions['code'] === 'FORBIDDEN',
      );
      const indexOf = (name: string) =>
        edges.findIndex(({ node }) => node.member.fullName === name);
      // experts.edges.<i>.node.member.<field>: Awa's (and Paul's, RESTRICTED by default), not Fanny's
      const paths = forbidden.map((error) => `${error.path?.[2]}.${error.path?.[5]}`);
      expect(paths).toEqual(
        expect.arrayContaining([
          `${indexOf('Awa Expert')}.contactEmail`,
          `${indexOf('Awa Expert')}.contactPhone`,
        ]),
      );
      expect(forbidden.some((error) => error.path?.[2] === indexOf('Fanny Familiar'))).toBe(false);
      expect(byName['Fanny Familiar'].member.contactEmail).toBe('fanny@fr.example');
      for (const { node } of edges) {
        for (const text of [node.summary, ...node.reasons.map((reason) => reason.text)]) {
          expect(text).not.toMatch(/@|\+225|awa\.expert|fanny/i);
        }
      }
      // a broker sees them
      const asBroker = await ask(broker, {}, 'en', query);
      expect(asBroker.errors).toBeUndefined();
      const awa = (
        asBroker.data?.['experts'].edges as { node: { member: Record<string, unknown> } }[]
      ).find(({ node }) => node.member['fullName'] === 'Awa Expert');
      expect(awa?.node.member).toMatchObject({
        contactEmail: 'awa.expert@ci.example',
        contactPhone: '+225 01 02 03 04',
      });
    });
  });

  describe('pages', () => {
    it('by keyset on (score, id), at a constant count of SQL statements', async () => {
      const all = await page(snMember);
      const one = await ask(snMember, { first: 1 });
      const three = await ask(snMember, { first: 3 });
      expect(one.statements).toBe(three.statements);
      // the office the experts are for, and the members holding the area
      expect(three.statements).toBe(2);
      const firstPage = dataOf(one, 'experts') as Page;
      expect(names(firstPage)).toEqual(['Awa Expert']);
      expect(firstPage.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(firstPage.totalCount).toBe(3);
      const next = await page(snMember, { first: 5, after: firstPage.pageInfo.endCursor });
      expect(names(next)).toEqual(['Paul Practitioner', 'Fanny Familiar']);
      expect(next.edges).toEqual(all.edges.slice(1));
      expect(next.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expect(next.totalCount).toBe(3);
    });

    it('with the member’s office and expertise too, still constant in `first`', async () => {
      const query = `query ($area: String!, $first: Int) { experts(area: $area, first: $first) {
        edges { node { member { id office { code } expertise { area level } } score } } } }`;
      const one = await ask(broker, { first: 1 }, 'en', query);
      const five = await ask(broker, { first: 5 }, 'en', query);
      expect(one.errors).toBeUndefined();
      expect(five.errors).toBeUndefined();
      expect(five.data?.['experts'].edges).toHaveLength(5);
      expect(one.statements).toBe(five.statements);
    });

    it('a cursor of another list, or none at all: invalidCursor', async () => {
      const first = await page(snMember, { first: 1 });
      for (const variables of [
        { after: 'not-a-cursor' },
        { area: 'DEVOPS', after: first.pageInfo.endCursor },
        { officeCode: 'CI', after: first.pageInfo.endCursor },
      ]) {
        const error = errorOf(await ask(snMember, variables));
        expect(error?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'after',
          rule: 'invalidCursor',
        });
      }
    });
  });

  describe('who may ask, and what', () => {
    it('any signed-in member; no one signed out (UNAUTHENTICATED)', async () => {
      for (const account of [devops, practitioner, familiar, deAdmin, steward])
        expect((await ask(account)).errors).toBeUndefined();
      const response = await ask(null);
      expect(errorOf(response)?.extensions.code).toBe('UNAUTHENTICATED');
      expect(response.data?.['experts'] ?? null).toBeNull();
    });

    it('an area not in the taxonomy: BAD_USER_INPUT on area (unknownCode)', async () => {
      const error = errorOf(await ask(snMember, { area: 'ASTROLOGY' }));
      expect(error?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'area',
        rule: 'unknownCode',
        params: { list: 'expertiseArea', values: ['ASTROLOGY'] },
      });
    });

    it('an office not in the network: BAD_USER_INPUT on officeCode (officeNotInNetwork)', async () => {
      const error = errorOf(await ask(snMember, { officeCode: 'ZZ' }));
      expect(error?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'officeCode',
        rule: 'officeNotInNetwork',
        params: { code: 'ZZ' },
      });
    });

    it('both at once, each on its field', async () => {
      const error = errorOf(await ask(snMember, { area: 'ASTROLOGY', officeCode: 'ZZ' }));
      expect(
        (error?.extensions['errors'] as { field: string; rule: string }[]).map(
          ({ field, rule }) => ({ field, rule }),
        ),
      ).toEqual([
        { field: 'area', rule: 'unknownCode' },
        { field: 'officeCode', rule: 'officeNotInNetwork' },
      ]);
    });

    it('first out of 1–100', async () => {
      const error = errorOf(await ask(snMember, { first: 0 }));
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });
  });
});
