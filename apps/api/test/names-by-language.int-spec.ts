import {
  createTestAccount,
  dataOf,
  errorOf,
  TestAccount,
  TestApp,
  testEngine,
} from '@wild/api/testing';
import { Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

type Node = { code: string; name: string; acronym: string | null };
type Page = {
  totalCount: number;
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

const OFFICES = `query ($filter: OfficeFilterInput, $orderBy: OfficeOrderInput, $first: Int, $after: String) {
  offices(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    edges { cursor node { code name acronym } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The first letter of a name as the sort keys see it (accents and case ignored). */
const initial = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .charAt(0);

describe(`names in the reader's language (${testEngine()} engine)`, () => {
  let api: TestApp;
  let member: TestAccount;
  let broker: TestAccount;

  const ask = (variables: Record<string, unknown>, language: string) =>
    api.gql(
      OFFICES,
      { first: 100, ...variables },
      { token: member.accessToken, headers: { 'Accept-Language': language } },
    );
  const offices = async (variables: Record<string, unknown>, language: string): Promise<Page> =>
    dataOf(await ask(variables, language), 'offices');
  const codes = (page: Page) => page.edges.map((edge) => edge.node.code);
  /** Every office by name, page after page, in the caller's language. */
  const allByName = async (language: string): Promise<Node[]> => {
    const nodes: Node[] = [];
    let after: string | null = null;
    do {
      const page = await offices({ orderBy: { field: 'NAME' }, after }, language);
      nodes.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return nodes;
  };

  beforeAll(async () => {
    api = await startApp();
    member = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'JP' });
    broker = await createTestAccount(api, { role: Role.BROKER });
  });

  afterAll(() => api?.close());

  it('finds an office by its acronym in either language, whatever the caller’s language', async () => {
    for (const language of ['fr', 'en']) {
      expect(codes(await offices({ filter: { search: 'OMPI' } }, language))).toContain('WO');
      expect(codes(await offices({ filter: { search: 'WIPO' } }, language))).toContain('WO');
      expect(codes(await offices({ filter: { search: 'oeb' } }, language))).toContain('EP');
      expect(codes(await offices({ filter: { search: 'EPO' } }, language))).toContain('EP');
      // and by its name in either language
      expect(codes(await offices({ filter: { search: 'Office autrichien' } }, language))).toContain(
        'AT',
      );
      expect(codes(await offices({ filter: { search: 'Austrian Patent' } }, language))).toContain(
        'AT',
      );
    }
    // the best match first
    expect(codes(await offices({ filter: { search: 'OMPI' } }, 'en'))[0]).toBe('WO');
  });

  it('answers the acronym in the caller’s language, or the one asked, and lists them', async () => {
    const query = `{ office(code: "WO") { name acronym english: acronym(language: "en") french: acronym(language: "fr") acronyms { language text } } }`;
    const as = async (language?: string) =>
      dataOf(
        await api.gql(
          query,
          {},
          {
            token: member.accessToken,
            headers: language ? { 'Accept-Language': language } : {},
          },
        ),
        'office',
      );
    const french = await as('fr-FR, fr;q=0.9');
    expect(french).toMatchObject({ acronym: 'OMPI', english: 'WIPO', french: 'OMPI' });
    expect(french.name).toMatch(/^Organisation Mondiale/);
    expect(french.acronyms).toEqual([
      { language: 'en', text: 'WIPO' },
      { language: 'fr', text: 'OMPI' },
    ]);
    expect(await as('en')).toMatchObject({ acronym: 'WIPO', english: 'WIPO', french: 'OMPI' });
    expect(await as()).toMatchObject({ acronym: 'WIPO' });
    // a language without an acronym of its own shows the English one; an office without a French
    // acronym shows its only one to a French caller
    expect(await as('de')).toMatchObject({ acronym: 'WIPO' });
    const dpma = dataOf(
      await api.gql(
        `{ office(code: "DE") { acronym acronyms { language } } }`,
        {},
        { token: member.accessToken, headers: { 'Accept-Language': 'fr' } },
      ),
      'office',
    );
    expect(dpma).toEqual({ acronym: 'DPMA', acronyms: [{ language: 'en' }] });
    // in the directory too
    const [ep] = (await offices({ filter: { search: 'OEB' }, first: 1 }, 'fr')).edges;
    expect(ep.node).toMatchObject({ code: 'EP', acronym: 'OEB' });
  });

  it('sorts names by the name shown in the caller’s language', async () => {
    const english = await allByName('en');
    const french = await allByName('fr');
    expect(french).toHaveLength(english.length);
    expect(french.map((node) => node.code)).not.toEqual(english.map((node) => node.code));
    // each order follows the names it shows
    for (const nodes of [english, french]) {
      const initials = nodes.map((node) => initial(node.name));
      expect(initials).toEqual([...initials].sort());
    }
    expect(english.find((node) => node.code === 'AT')?.name).toBe('Austrian Patent Office');
    expect(french.find((node) => node.code === 'AT')?.name).toBe('Office autrichien des brevets');
    const position = (nodes: Node[], code: string) => nodes.findIndex((node) => node.code === code);
    // Austrian … before National Institute …; Institut national … before Office autrichien …
    expect(position(english, 'AT')).toBeLessThan(position(english, 'FR'));
    expect(position(french, 'FR')).toBeLessThan(position(french, 'AT'));
    // a language without sort keys sorts as English; the first one with keys wins
    expect((await allByName('de')).map((node) => node.code)).toEqual(
      english.map((node) => node.code),
    );
    expect((await allByName('de, fr;q=0.5')).map((node) => node.code)).toEqual(
      french.map((node) => node.code),
    );
  });

  it('never serves a kept page to a caller of another language', async () => {
    const filter = { regions: ['TRANSITION_DEVELOPED'] };
    const orderBy = { field: 'NAME' };
    const english = codes(await offices({ filter, orderBy }, 'en'));
    const french = codes(await offices({ filter, orderBy }, 'fr'));
    expect(new Set(french)).toEqual(new Set(english));
    expect(french).not.toEqual(english);
    // each language's kept page, again
    expect(codes(await offices({ filter, orderBy }, 'en'))).toEqual(english);
    expect(codes(await offices({ filter, orderBy }, 'fr'))).toEqual(french);
  });

  it('refuses a cursor of the name order in another language', async () => {
    const english = await offices({ orderBy: { field: 'NAME' }, first: 5 }, 'en');
    const refused = errorOf(
      await ask({ orderBy: { field: 'NAME' }, after: english.pageInfo.endCursor }, 'fr'),
    );
    expect(refused).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'after', rule: 'invalidCursor' },
    });
    // the same language goes on; an order that does not read names takes the cursor in any
    const next = await offices(
      { orderBy: { field: 'NAME' }, after: english.pageInfo.endCursor },
      'en',
    );
    expect(next.edges.length).toBeGreaterThan(0);
    const byUpdate = await offices({ orderBy: { field: 'UPDATED' }, first: 2 }, 'en');
    expect(
      (await ask({ orderBy: { field: 'UPDATED' }, after: byUpdate.pageInfo.endCursor }, 'fr'))
        .errors,
    ).toBeUndefined();
  });

  it('sorts an office by its new name once it is renamed, in that language only', async () => {
    const UPDATE = `mutation ($input: UpdateOfficeInput!) { updateOffice(input: $input) { code } }`;
    const updated = await api.gql(
      UPDATE,
      {
        input: {
          code: 'NO',
          names: [
            { language: 'en', text: 'Norwegian Industrial Property Office' },
            { language: 'fr', text: 'Àbc Office norvégien de la propriété industrielle' },
          ],
        },
      },
      { token: broker.accessToken },
    );
    expect(updated.errors).toBeUndefined();
    expect(codes(await offices({ orderBy: { field: 'NAME' }, first: 1 }, 'fr'))).toEqual(['NO']);
    expect(codes(await offices({ orderBy: { field: 'NAME' }, first: 1 }, 'en'))).not.toEqual([
      'NO',
    ]);
  });

  it('keeps acronyms by language as an office admin sets them, and finds the office by the new one', async () => {
    const admin = await createTestAccount(api, { role: Role.OFFICE_ADMIN, officeCode: 'KE' });
    const UPDATE = `mutation ($input: UpdateOfficeInput!) {
      updateOffice(input: $input) { code acronym(language: "fr") acronyms { language text } } }`;
    const set = (input: Record<string, unknown>) =>
      api.gql(UPDATE, { input: { code: 'KE', ...input } }, { token: admin.accessToken });
    const saved = dataOf(
      await set({
        acronyms: [
          { language: 'en', text: 'KIPI' },
          { language: 'fr', text: ' IKPI ' },
          { language: 'es', text: 'KIPI' },
        ],
      }),
      'updateOffice',
    );
    // a language whose acronym is the English one keeps none of its own
    expect(saved).toEqual({
      code: 'KE',
      acronym: 'IKPI',
      acronyms: [
        { language: 'en', text: 'KIPI' },
        { language: 'fr', text: 'IKPI' },
      ],
    });
    expect(codes(await offices({ filter: { search: 'IKPI' } }, 'en'))[0]).toBe('KE');

    // bad input: a language twice, an unknown language, the English acronym given twice
    const twice = await set({
      acronyms: [
        { language: 'fr', text: 'A' },
        { language: 'fr', text: 'B' },
      ],
    });
    expect(errorOf(twice)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'acronyms', rule: 'duplicate' },
    });
    const unknown = await set({ acronyms: [{ language: 'zz', text: 'A' }] });
    expect(errorOf(unknown)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'acronyms', rule: 'unknownCode' },
    });
    const both = await set({ acronym: 'X', acronyms: [{ language: 'en', text: 'Y' }] });
    expect(errorOf(both)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'acronym', rule: 'duplicate' },
    });
    // nothing of the refused updates was kept
    const kept = dataOf(
      await api.gql(
        `{ office(code: "KE") { acronyms { language text } } }`,
        {},
        { token: member.accessToken },
      ),
      'office',
    );
    expect(kept).toEqual({ acronyms: saved.acronyms });

    // another office's admin may not
    const other = await createTestAccount(api, { role: Role.OFFICE_ADMIN, officeCode: 'JP' });
    const refused = await api.gql(
      UPDATE,
      { input: { code: 'KE', acronyms: [{ language: 'en', text: 'Z' }] } },
      { token: other.accessToken },
    );
    expect(errorOf(refused)).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('costs the same SQL statements in either language, for 50 offices as for 5', async () => {
    const query = `query ($first: Int) { offices(first: $first, orderBy: { field: NAME }, filter: { kinds: [NATIONAL] }) {
      totalCount edges { node { code name acronym acronyms { language text } names { en fr } } } } }`;
    const cost = async (first: number, language: string) => {
      const response = await api.gql(
        query,
        { first },
        { token: member.accessToken, headers: { 'Accept-Language': language } },
      );
      expect(response.errors).toBeUndefined();
      return response.statements;
    };
    await api.gql('{ me { id } }', {}, { token: member.accessToken }); // warm the session check
    const english = await cost(5, 'en');
    expect(english).toBeGreaterThan(0);
    expect(await cost(5, 'fr')).toBe(english); // not the English page kept: computed, at the same cost
    expect(await cost(50, 'fr')).toBe(english);
    expect(await cost(50, 'en')).toBe(english);
  });
});
