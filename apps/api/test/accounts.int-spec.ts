import { DataSource } from 'typeorm';

import { createTestAccount, dataOf, errorOf, TestAccount, TestApp } from '@wild/api/testing';
import { Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

const ACCOUNTS = `query ($filter: AccountsFilterInput, $first: Int, $after: String) {
  accounts(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id email displayName role officeCode active } }
  }
}`;

interface AccountNode {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  officeCode: string;
  active: boolean;
}

interface AccountPage {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: AccountNode }[];
}

const BULK_ACCOUNTS = 20;

describe('the accounts list (GraphQL over HTTP)', () => {
  let api: TestApp;
  let admin: TestAccount;
  let broker: TestAccount;
  let frAdmin: TestAccount;
  let deAdmin: TestAccount;
  let frMember: TestAccount;
  let deMember: TestAccount;
  let esMember: TestAccount;
  let twins: TestAccount[];
  let underscore: TestAccount;
  let notUnderscore: TestAccount;
  let deactivated: TestAccount;
  let bulk: TestAccount[];

  const list = (account: TestAccount | undefined, variables: Record<string, unknown> = {}) =>
    api.gql<{ accounts: AccountPage }>(ACCOUNTS, variables, { token: account?.accessToken });
  const page = async (
    account: TestAccount,
    variables: Record<string, unknown> = {},
  ): Promise<AccountPage> => dataOf(await list(account, { first: 100, ...variables }), 'accounts');
  const idsOf = (connection: AccountPage) => connection.edges.map((edge) => edge.node.id);
  const namesOf = (connection: AccountPage) =>
    connection.edges.map((edge) => edge.node.displayName);
  const searched = async (search: string, account: TestAccount = admin) =>
    namesOf(await page(account, { filter: { search } })).sort();
  const everyAccount = async () =>
    (
      await api.app
        .get(DataSource)
        .query<{ id: string; office_code: string }[]>(`SELECT id::text, office_code FROM account`)
    ).map((row) => ({ id: row.id, officeCode: row.office_code }));

  beforeAll(async () => {
    api = await startApp();
    const account = (displayName: string, role: Role, officeCode: string, email?: string) =>
      createTestAccount(api, { displayName, role, officeCode, email });
    admin = await account('Zoë Admin', Role.ADMIN, 'WO');
    broker = await account('Bruno Broker', Role.BROKER, 'WO');
    frAdmin = await account('Francine Admin', Role.OFFICE_ADMIN, 'FR');
    deAdmin = await account('Dieter Admin', Role.OFFICE_ADMIN, 'DE');
    frMember = await account('Élodie Müller', Role.MEMBER, 'FR', 'elodie.muller@inpi.example');
    deMember = await account('Dora Member', Role.MEMBER, 'DE');
    esMember = await account('José Peña', Role.MEMBER, 'ES', 'jpena@oepm.example');
    await account('Aiko Tanaka', Role.MEMBER, 'JP');
    await account('Kwame Mensah', Role.MEMBER, 'KE');
    twins = [
      await account('Twin Account', Role.MEMBER, 'FR'),
      await account('Twin Account', Role.MEMBER, 'FR'),
    ];
    underscore = await account('Under Score', Role.MEMBER, 'FR', 'under_score@test.wild.example');
    notUnderscore = await account(
      'Under X Score',
      Role.MEMBER,
      'FR',
      'underxscore@test.wild.example',
    );
    deactivated = await account('Gone Away', Role.MEMBER, 'FR');
    bulk = [];
    for (let n = 1; n <= BULK_ACCOUNTS; n++) {
      bulk.push(await account(`Bulk ${String(n).padStart(2, '0')}`, Role.MEMBER, 'DE'));
    }
    const gone = await api.gql(
      `mutation ($input: DeactivateAccountInput!) { deactivateAccount(input: $input) { active } }`,
      { input: { accountId: deactivated.id } },
      { token: admin.accessToken },
    );
    expect(dataOf(gone, 'deactivateAccount').active).toBe(false);
  });

  afterAll(() => api?.close());

  describe('who may list accounts', () => {
    it('shows admins every account, ordered by display name (accents and case aside), then id', async () => {
      const all = await page(admin);
      const accounts = await everyAccount();
      expect(all.totalCount).toBe(accounts.length);
      expect(idsOf(all).sort()).toEqual(accounts.map((row) => row.id).sort());
      expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

      const names = namesOf(all);
      const ours = names.filter((name) =>
        ['Aiko Tanaka', 'Élodie Müller', 'José Peña', 'Kwame Mensah', 'Zoë Admin'].includes(name),
      );
      expect(ours).toEqual([
        'Aiko Tanaka',
        'Élodie Müller',
        'José Peña',
        'Kwame Mensah',
        'Zoë Admin',
      ]); // É sorts as E
      const twinIds = idsOf(all).filter((id) => twins.some((twin) => twin.id === id));
      expect(twinIds).toEqual(twins.map((twin) => twin.id).sort()); // the same name: by id
      const sortKey = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const keys = names.map(sortKey);
      expect(keys).toEqual([...keys].sort());
    });

    it('shows office admins their own office’s accounts only', async () => {
      const own = await page(frAdmin);
      const frIds = (await everyAccount())
        .filter((row) => row.officeCode === 'FR')
        .map((row) => row.id)
        .sort();
      expect(own.totalCount).toBe(frIds.length);
      expect(idsOf(own).sort()).toEqual(frIds);
      expect(own.edges.every((edge) => edge.node.officeCode === 'FR')).toBe(true);

      const deIds = idsOf(await page(deAdmin)).sort();
      expect(deIds).toContain(deMember.id);
      expect(deIds).not.toContain(frMember.id);

      // asked for their own office: the same list; asked for another office: none (as invitations)
      expect(idsOf(await page(frAdmin, { filter: { officeCode: 'FR' } })).sort()).toEqual(frIds);
      const other = await page(frAdmin, { filter: { officeCode: 'DE' } });
      expect(other).toMatchObject({
        totalCount: 0,
        edges: [],
        pageInfo: { hasNextPage: false, startCursor: null, endCursor: null },
      });
      // and a search never reaches past their office
      expect(await searched('dora', frAdmin)).toEqual([]);
      expect(await searched('dora', admin)).toEqual(['Dora Member']);
    });

    it('refuses members and brokers (FORBIDDEN), and callers without a token (UNAUTHENTICATED)', async () => {
      for (const caller of [frMember, deMember, broker]) {
        const refused = await list(caller);
        expect(errorOf(refused)?.extensions.code).toBe('FORBIDDEN');
        expect(refused.data).toBeNull();
      }
      const anonymous = await list(undefined);
      expect(errorOf(anonymous)?.extensions.code).toBe('UNAUTHENTICATED');
      expect(anonymous.data).toBeNull();
    });
  });

  describe('filters', () => {
    it('filters by office (any case of its ST.3 code)', async () => {
      const de = await page(admin, { filter: { officeCode: 'de' } });
      const deIds = (await everyAccount())
        .filter((row) => row.officeCode === 'DE')
        .map((row) => row.id)
        .sort();
      expect(de.totalCount).toBe(deIds.length);
      expect(idsOf(de).sort()).toEqual(deIds);
      expect(deIds).toEqual(
        expect.arrayContaining([deAdmin.id, deMember.id, ...bulk.map((account) => account.id)]),
      );
      // an ST.3 office none of whose people has an account yet
      expect((await page(admin, { filter: { officeCode: 'GB' } })).totalCount).toBe(0);
    });

    it('filters by role', async () => {
      const admins = await page(admin, { filter: { role: Role.OFFICE_ADMIN } });
      expect(idsOf(admins).sort()).toEqual([frAdmin.id, deAdmin.id].sort());
      expect(admins.totalCount).toBe(2);
      expect(idsOf(await page(admin, { filter: { role: Role.BROKER } }))).toEqual([broker.id]);
      const frMembers = await page(frAdmin, { filter: { role: Role.MEMBER } });
      expect(frMembers.edges.every((edge) => edge.node.role === Role.MEMBER)).toBe(true);
      expect(idsOf(frMembers)).toContain(frMember.id);
      expect(idsOf(frMembers)).not.toContain(frAdmin.id);
    });

    it('filters by activation', async () => {
      const inactive = await page(admin, { filter: { active: false } });
      expect(inactive.totalCount).toBe(1);
      expect(inactive.edges[0].node).toMatchObject({ id: deactivated.id, active: false });
      const active = await page(admin, { filter: { active: true } });
      expect(active.totalCount).toBe((await everyAccount()).length - 1);
      expect(idsOf(active)).not.toContain(deactivated.id);
      expect(idsOf(await page(frAdmin, { filter: { active: false } }))).toEqual([deactivated.id]);
      expect(idsOf(await page(deAdmin, { filter: { active: false } }))).toEqual([]);
    });

    it('searches display names and email addresses, accent- and case-insensitively', async () => {
      expect(await searched('elodie')).toEqual(['Élodie Müller']);
      expect(await searched('MULLER')).toEqual(['Élodie Müller']);
      expect(await searched('müller')).toEqual(['Élodie Müller']);
      expect(await searched('LODIE')).toEqual(['Élodie Müller']); // anywhere in the name
      expect(await searched('ÉLODIE.MULLER@INPI')).toEqual(['Élodie Müller']); // the address
      expect(idsOf(await page(admin, { filter: { search: 'oepm' } }))).toEqual([esMember.id]);
      expect(await searched('  pena   JOSE ')).toEqual(['José Peña']); // every word, any order
      expect(await searched('jose tanaka')).toEqual([]); // every word must be found
      // LIKE's wildcards match themselves
      expect(await searched('under_score')).toEqual(['Under Score']);
      expect(await searched('%')).toEqual([]);
      expect(await searched('under%score')).toEqual([]);
      expect(idsOf(await page(admin, { filter: { search: '_' } })).sort()).toEqual(
        [underscore.id, frAdmin.id, deAdmin.id].sort(), // office_admin.…@test.wild.example
      );
      expect(idsOf(await page(admin, { filter: { search: 'score' } })).sort()).toEqual(
        [underscore.id, notUnderscore.id].sort(),
      );
      // blank: no search
      expect((await page(admin, { filter: { search: '   ' } })).totalCount).toBe(
        (await everyAccount()).length,
      );
    });

    it('holds every filter given at once', async () => {
      const found = await page(admin, {
        filter: { officeCode: 'FR', role: Role.MEMBER, active: true, search: 'score' },
      });
      expect(idsOf(found).sort()).toEqual([underscore.id, notUnderscore.id].sort());
      expect(
        (await page(admin, { filter: { officeCode: 'DE', search: 'elodie' } })).totalCount,
      ).toBe(0);
      expect(
        (await page(admin, { filter: { officeCode: 'FR', search: 'away', active: true } }))
          .totalCount,
      ).toBe(0);
    });
  });

  describe('paging', () => {
    it('reads every account once, page by page, in order', async () => {
      const all = idsOf(await page(admin));
      const read: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const current: AccountPage = await page(admin, { first: 4, after });
        pages++;
        expect(current.totalCount).toBe(all.length);
        expect(current.pageInfo.hasPreviousPage).toBe(after !== null);
        expect(current.edges.length).toBeLessThanOrEqual(4);
        read.push(...idsOf(current));
        expect(current.pageInfo.endCursor).toBe(current.edges.at(-1)?.cursor ?? null);
        if (!current.pageInfo.hasNextPage) break;
        after = current.pageInfo.endCursor;
      }
      expect(read).toEqual(all); // no repeat, no gap
      expect(pages).toBe(Math.ceil(all.length / 4));
    });

    it('neither repeats nor skips an account when one is added meanwhile', async () => {
      const first = await page(admin, { first: 5, filter: { search: 'bulk' } });
      expect(namesOf(first)).toEqual(['Bulk 01', 'Bulk 02', 'Bulk 03', 'Bulk 04', 'Bulk 05']);
      await createTestAccount(api, { displayName: 'Bulk 00', officeCode: 'DE' }); // before the cursor
      const next = await page(admin, {
        first: 5,
        after: first.pageInfo.endCursor,
        filter: { search: 'bulk' },
      });
      expect(namesOf(next)).toEqual(['Bulk 06', 'Bulk 07', 'Bulk 08', 'Bulk 09', 'Bulk 10']);
      expect(next.totalCount).toBe(BULK_ACCOUNTS + 1);
    });

    it('defaults to 20 per page', async () => {
      const defaults = dataOf(await list(admin), 'accounts') as AccountPage;
      expect(defaults.edges).toHaveLength(20);
      expect(defaults.pageInfo.hasNextPage).toBe(true);
    });
  });

  describe('bad input', () => {
    it('refuses an office code that is not ST.3, naming the field with its rule', async () => {
      for (const caller of [admin, frAdmin]) {
        const refused = await list(caller, { filter: { officeCode: 'XX' } });
        expect(errorOf(refused)?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'filter.officeCode',
          rule: 'unknownCode',
          params: { list: 'office', values: ['XX'] },
          errors: [
            {
              field: 'filter.officeCode',
              rule: 'unknownCode',
              params: { list: 'office', values: ['XX'] },
            },
          ],
        });
      }
    });

    it('refuses a page size outside 1–100, a cursor of another list and a search too long', async () => {
      expect(errorOf(await list(admin, { first: 0 }))?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
        rule: 'min',
        params: { min: 1 },
      });
      expect(errorOf(await list(admin, { first: 101 }))?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
        rule: 'max',
        params: { max: 100 },
      });
      const members = dataOf(
        await api.gql(
          `{ members(first: 1) { edges { cursor } } }`,
          {},
          { token: admin.accessToken },
        ),
        'members',
      ) as { edges: { cursor: string }[] };
      for (const after of ['not-a-cursor', members.edges[0].cursor]) {
        expect(errorOf(await list(admin, { after }))?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'after',
          rule: 'invalidCursor',
        });
      }
      expect(
        errorOf(await list(admin, { filter: { search: 'x'.repeat(201) } }))?.extensions,
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'filter.search',
        rule: 'maxLength',
        params: { max: 200 },
      });
    });
  });

  it('reads a page of 20 accounts with their office and member profile in as many statements as a page of 1', async () => {
    const query = `query ($first: Int) { accounts(first: $first) { totalCount edges { node { id office { code name } member { id fullName } } } } }`;
    await api.gql(`{ me { id } }`, {}, { token: admin.accessToken }); // the session check is cached from here on
    const one = await api.gql(query, { first: 1 }, { token: admin.accessToken });
    const twenty = await api.gql(query, { first: 20 }, { token: admin.accessToken });
    expect(one.errors).toBeUndefined();
    expect(twenty.errors).toBeUndefined();
    const edges = twenty.data?.['accounts'].edges as {
      node: { office: { code: string }; member: { id: string } | null };
    }[];
    expect(edges).toHaveLength(20);
    expect(edges.every((edge) => edge.node.office.code && edge.node.member?.id)).toBe(true);
    expect(one.statements).toBeGreaterThan(0);
    expect(twenty.statements).toBe(one.statements);
  });
});
