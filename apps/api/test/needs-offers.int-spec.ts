import { DataSource } from 'typeorm';

import {
  hasOfferCondition,
  hasVisibleNeedCondition,
  joinOffers,
  joinVisibleNeeds,
} from '@wild/api/maturity';
import { createTestAccount, dataOf, errorOf, TestAccount, TestApp } from '@wild/api/testing';
import { MaturityDimension, Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

const SET = `mutation ($input: SetNeedsAndOffersInput!) {
  setNeedsAndOffers(input: $input) {
    code
    needs { dimension description confidential illustrative }
    offers { dimension description illustrative }
  }
}`;
const OFFICE = `query ($code: String!) { office(code: $code) {
  needs { officeCode dimension description confidential }
  offers { officeCode dimension description }
} }`;
const NEEDS = `query ($filter: NeedsOffersFilterInput, $first: Int, $after: String) {
  needs(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { officeCode dimension confidential office { code } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const OFFERS = `query ($filter: NeedsOffersFilterInput) {
  offers(filter: $filter, first: 50) { totalCount edges { node { officeCode dimension office { code region } } } }
}`;

type AuditNode = { changes: { field: string; before: string | null; after: string | null }[] };
const changesOf = (node: AuditNode) =>
  Object.fromEntries(
    node.changes.map((change) => [
      change.field,
      {
        before: change.before === null ? null : JSON.parse(change.before),
        after: change.after === null ? null : JSON.parse(change.after),
      },
    ]),
  );

type Need = { officeCode: string; dimension: string; confidential: boolean };

describe('needs and offers (GraphQL over HTTP)', () => {
  let api: TestApp;
  let frAdmin: TestAccount;
  let frMember: TestAccount;
  let deAdmin: TestAccount;
  let jpMember: TestAccount; // a third office
  let broker: TestAccount;

  const needsOf = async (code: string, account: TestAccount) =>
    dataOf(await api.gql(OFFICE, { code }, { token: account.accessToken }), 'office');
  const listNeeds = async (account: TestAccount, variables: Record<string, unknown> = {}) =>
    dataOf(
      await api.gql(NEEDS, { first: 100, ...variables }, { token: account.accessToken }),
      'needs',
    );

  beforeAll(async () => {
    api = await startApp();
    frAdmin = await createTestAccount(api, { role: Role.OFFICE_ADMIN, officeCode: 'FR' });
    frMember = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'FR' });
    deAdmin = await createTestAccount(api, { role: Role.OFFICE_ADMIN, officeCode: 'DE' });
    jpMember = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'JP' });
    broker = await createTestAccount(api, { role: Role.BROKER });

    const fr = dataOf(
      await api.gql(
        SET,
        {
          input: {
            officeCode: 'fr',
            needs: [
              {
                dimension: 'SECURITY',
                description: ' A SOC for a mid-sized office. ',
                confidential: true,
              },
              { dimension: 'DATA', description: 'Data quality of the trademark register.' },
            ],
            offers: [{ dimension: 'INTEROP', description: 'ST.96 exchange with other offices.' }],
          },
        },
        { token: frAdmin.accessToken },
      ),
      'setNeedsAndOffers',
    );
    // needs come back in model order (STRATEGY, DATA, SECURITY …), trimmed, not illustrative
    expect(fr).toEqual({
      code: 'FR',
      needs: [
        {
          dimension: 'DATA',
          description: 'Data quality of the trademark register.',
          confidential: false,
          illustrative: false,
        },
        {
          dimension: 'SECURITY',
          description: 'A SOC for a mid-sized office.',
          confidential: true,
          illustrative: false,
        },
      ],
      offers: [
        {
          dimension: 'INTEROP',
          description: 'ST.96 exchange with other offices.',
          illustrative: false,
        },
      ],
    });
    dataOf(
      await api.gql(
        SET,
        {
          input: {
            officeCode: 'DE',
            needs: [{ dimension: 'EMERGING', description: 'AI for prior-art search.' }],
            offers: [{ dimension: 'SECURITY', description: 'Our SOC playbooks.' }],
          },
        },
        { token: deAdmin.accessToken },
      ),
      'setNeedsAndOffers',
    );
  });

  afterAll(() => api?.close());

  it('shows a confidential need to its own office’s members and to brokers', async () => {
    for (const account of [frAdmin, frMember, broker]) {
      const office = await needsOf('FR', account);
      expect(office.needs.map((need: Need) => [need.dimension, need.confidential])).toEqual([
        ['DATA', false],
        ['SECURITY', true],
      ]);
      expect(office.offers).toEqual([
        {
          officeCode: 'FR',
          dimension: 'INTEROP',
          description: 'ST.96 exchange with other offices.',
        },
      ]);
    }
  });

  it('hides another office’s confidential need from a third office, in the office, the list, its filters and counts, with no error', async () => {
    const response = await api.gql(OFFICE, { code: 'FR' }, { token: jpMember.accessToken });
    expect(response.errors).toBeUndefined();
    expect(response.data?.['office'].needs).toEqual([
      {
        officeCode: 'FR',
        dimension: 'DATA',
        description: 'Data quality of the trademark register.',
        confidential: false,
      },
    ]);

    const all = await listNeeds(jpMember);
    expect(all.totalCount).toBe(2); // FR DATA, DE EMERGING
    expect(
      all.edges
        .map((edge: { node: Need }) => `${edge.node.officeCode} ${edge.node.dimension}`)
        .sort(),
    ).toEqual(['DE EMERGING', 'FR DATA']);

    const security = await listNeeds(jpMember, { filter: { dimensions: ['SECURITY'] } });
    expect(security).toMatchObject({ totalCount: 0, edges: [] });
    const ofFrance = await listNeeds(jpMember, { filter: { offices: ['FR'] } });
    expect(ofFrance.totalCount).toBe(1);

    // a member of another office (even its admin) sees no more than the third office does
    expect((await listNeeds(deAdmin, { filter: { dimensions: ['SECURITY'] } })).totalCount).toBe(0);
    // while France and the IB see and count it
    expect((await listNeeds(frMember, { filter: { dimensions: ['SECURITY'] } })).totalCount).toBe(
      1,
    );
    expect((await listNeeds(broker)).totalCount).toBe(3);
  });

  it('pages the list by cursor and filters by region and kind', async () => {
    const first = await listNeeds(broker, { first: 2 });
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await listNeeds(broker, { first: 2, after: first.pageInfo.endCursor });
    expect(rest.edges).toHaveLength(1);
    const seen = [...first.edges, ...rest.edges].map(
      (edge: { node: Need }) => `${edge.node.officeCode} ${edge.node.dimension}`,
    );
    expect(new Set(seen).size).toBe(3);

    const europe = await listNeeds(broker, {
      filter: { regions: ['TRANSITION_DEVELOPED'], kinds: ['NATIONAL'] },
    });
    expect(europe.totalCount).toBe(3);
    expect((await listNeeds(broker, { filter: { regions: ['AFRICA'] } })).totalCount).toBe(0);

    const offers = dataOf(
      await api.gql(
        OFFERS,
        { filter: { dimensions: ['SECURITY', 'INTEROP'] } },
        { token: jpMember.accessToken },
      ),
      'offers',
    );
    expect(offers.totalCount).toBe(2);
    expect(
      offers.edges
        .map((edge: { node: { office: { code: string } } }) => edge.node.office.code)
        .sort(),
    ).toEqual(['DE', 'FR']);
  });

  it('lends the directory SQL over needs and offers that keeps to the tables and to the confidentiality rule', async () => {
    // what the directory filters and counts offices by (maturity owns the tables), run here
    const sql = api.app.get(DataSource);
    const rows = async (text: string, parameters: Record<string, unknown> = {}) => {
      const [query, values] = sql.driver.escapeQueryWithParameters(text, parameters);
      return (await sql.query(query, values)).map((row: { value: string }) => row.value).sort();
    };
    type Sql = { parameters?: Record<string, unknown> };
    const officesWith = ({ condition, parameters }: Sql & { condition: string }) =>
      rows(`SELECT office.code AS value FROM office WHERE ${condition}`, parameters);
    const joined = ({ join, dimension, parameters }: Sql & { join: string; dimension: string }) =>
      rows(`SELECT office.code || ' ' || ${dimension} AS value FROM office ${join}`, parameters);
    const third = { role: Role.MEMBER, officeCode: 'JP' };
    const france = { role: Role.MEMBER, officeCode: 'FR' };
    const ib = { role: Role.BROKER, officeCode: 'WO' };
    const { DATA, EMERGING, INTEROP, SECURITY } = MaturityDimension;

    expect(await officesWith(hasVisibleNeedCondition(third, 'office.code', [SECURITY]))).toEqual(
      [],
    );
    expect(await officesWith(hasVisibleNeedCondition(france, 'office.code', [SECURITY]))).toEqual([
      'FR',
    ]);
    expect(
      await officesWith(hasVisibleNeedCondition(ib, 'office.code', [SECURITY, EMERGING])),
    ).toEqual(['DE', 'FR']);
    expect(
      await officesWith(hasVisibleNeedCondition(third, 'office.code', [DATA, EMERGING])),
    ).toEqual(['DE', 'FR']);
    expect(await officesWith(hasOfferCondition('office.code', [SECURITY, INTEROP]))).toEqual([
      'DE',
      'FR',
    ]);
    expect(await officesWith(hasOfferCondition('office.code', [DATA]))).toEqual([]);

    expect(await joined(joinVisibleNeeds(third, 'office.code'))).toEqual([
      'DE EMERGING',
      'FR DATA',
    ]);
    expect(await joined(joinVisibleNeeds(ib, 'office.code'))).toEqual([
      'DE EMERGING',
      'FR DATA',
      'FR SECURITY',
    ]);
    expect(await joined(joinOffers('office.code'))).toEqual(['DE SECURITY', 'FR INTEROP']);
  });

  it('replaces only the lists given, and keeps an unchanged entry as it was', async () => {
    const before = await api.gql(
      `{ office(code: "DE") { needs { dimension updatedAt } offers { dimension updatedAt } } }`,
      {},
      { token: broker.accessToken },
    );
    const de = dataOf(
      await api.gql(
        SET,
        {
          input: {
            officeCode: 'DE',
            needs: [
              { dimension: 'EMERGING', description: 'AI for prior-art search.' },
              { dimension: 'PEOPLE', description: 'Training data scientists.' },
            ],
          },
        },
        { token: broker.accessToken },
      ),
      'setNeedsAndOffers',
    );
    expect(de.needs.map((need: Need) => need.dimension)).toEqual(['EMERGING', 'PEOPLE']);
    expect(de.offers.map((offer: Need) => offer.dimension)).toEqual(['SECURITY']); // left out: kept
    const after = await api.gql(
      `{ office(code: "DE") { needs { dimension updatedAt } offers { dimension updatedAt } } }`,
      {},
      { token: broker.accessToken },
    );
    expect(after.data?.['office'].needs[0]).toEqual(before.data?.['office'].needs[0]);
    expect(after.data?.['office'].offers).toEqual(before.data?.['office'].offers);

    const emptied = dataOf(
      await api.gql(
        SET,
        { input: { officeCode: 'DE', needs: [] } },
        { token: deAdmin.accessToken },
      ),
      'setNeedsAndOffers',
    );
    expect(emptied.needs).toEqual([]);
    expect(emptied.offers).toHaveLength(1);
  });

  it('refuses another office’s admin and a member, and writes nothing', async () => {
    const input = { officeCode: 'FR', needs: [] };
    expect(errorOf(await api.gql(SET, { input }, { token: deAdmin.accessToken }))).toMatchObject({
      message: 'Office admins may set the needs and offers of their own office only.',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(
      errorOf(await api.gql(SET, { input }, { token: frMember.accessToken }))?.extensions.code,
    ).toBe('FORBIDDEN');
    expect(errorOf(await api.gql(SET, { input }))?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await needsOf('FR', frAdmin)).needs).toHaveLength(2);
  });

  it('refuses a dimension given twice, an empty description, no list at all and an unknown office, writing nothing', async () => {
    const twice = await api.gql(
      SET,
      {
        input: {
          officeCode: 'FR',
          needs: [{ dimension: 'DATA', description: 'x' }],
          offers: [
            { dimension: 'STRATEGY', description: 'a' },
            { dimension: 'STRATEGY', description: 'b' },
          ],
        },
      },
      { token: frAdmin.accessToken },
    );
    expect(errorOf(twice)).toMatchObject({
      message: 'STRATEGY appears twice: one entry per dimension.',
      extensions: { code: 'BAD_USER_INPUT', field: 'offers' },
    });
    const blank = await api.gql(
      SET,
      { input: { officeCode: 'FR', needs: [{ dimension: 'DATA', description: '   ' }] } },
      { token: frAdmin.accessToken },
    );
    expect(errorOf(blank)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'needs' },
    });
    const tooLong = await api.gql(
      SET,
      {
        input: { officeCode: 'FR', offers: [{ dimension: 'DATA', description: 'x'.repeat(1001) }] },
      },
      { token: frAdmin.accessToken },
    );
    expect(errorOf(tooLong)?.extensions.code).toBe('BAD_USER_INPUT');
    const nothing = await api.gql(
      SET,
      { input: { officeCode: 'FR' } },
      { token: frAdmin.accessToken },
    );
    expect(errorOf(nothing)).toMatchObject({
      message: 'Give needs, offers or both.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const unknownDimension = await api.gql(
      SET,
      { input: { officeCode: 'FR', needs: [{ dimension: 'QUANTUM', description: 'x' }] } },
      { token: frAdmin.accessToken },
    );
    expect(errorOf(unknownDimension)?.extensions.code).toBe('BAD_USER_INPUT');
    expect(
      errorOf(
        await api.gql(
          SET,
          { input: { officeCode: 'ZZ', needs: [] } },
          { token: broker.accessToken },
        ),
      ),
    ).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'officeCode' } });

    const fr = await needsOf('FR', frAdmin);
    expect(fr.needs.map((need: Need) => need.dimension)).toEqual(['DATA', 'SECURITY']);
    expect(fr.offers.map((offer: Need) => offer.dimension)).toEqual(['INTEROP']);
  });

  it('audits each change with what was and what is, and nothing when nothing changed', async () => {
    const AUDIT = `{ auditLog(filter: { entity: "office", entityId: "FR" }, first: 50) {
      edges { node { action actorId changes { field before after } } }
    } }`;
    const entries = () =>
      api
        .gql(AUDIT, {}, { token: broker.accessToken })
        .then((response) =>
          dataOf(response, 'auditLog').edges.filter(
            (edge: { node: { action: string } }) => edge.node.action === 'needs_and_offers.set',
          ),
        );
    const [created] = await entries();
    expect(created.node.actorId).toBe(frAdmin.id);
    expect(changesOf(created.node)).toEqual({
      'need.DATA': {
        before: null,
        after: { description: 'Data quality of the trademark register.', confidential: false },
      },
      'need.SECURITY': {
        before: null,
        after: { description: 'A SOC for a mid-sized office.', confidential: true },
      },
      'offer.INTEROP': {
        before: null,
        after: { description: 'ST.96 exchange with other offices.' },
      },
    });

    const same = {
      officeCode: 'FR',
      offers: [{ dimension: 'INTEROP', description: 'ST.96 exchange with other offices.' }],
    };
    dataOf(
      await api.gql(SET, { input: same }, { token: frAdmin.accessToken }),
      'setNeedsAndOffers',
    );
    expect(await entries()).toHaveLength(1);

    const changed = {
      officeCode: 'FR',
      needs: [
        {
          dimension: 'DATA',
          description: 'Data quality of the trademark register.',
          confidential: true,
        },
      ],
    };
    dataOf(
      await api.gql(SET, { input: changed }, { token: frAdmin.accessToken }),
      'setNeedsAndOffers',
    );
    const latest = await entries();
    expect(latest).toHaveLength(2);
    expect(changesOf(latest[0].node)).toEqual({
      'need.DATA': {
        before: { description: 'Data quality of the trademark register.', confidential: false },
        after: { description: 'Data quality of the trademark register.', confidential: true },
      },
      'need.SECURITY': {
        before: { description: 'A SOC for a mid-sized office.', confidential: true },
        after: null,
      },
    });
    // the audit is the IB's: a member cannot read it
    expect(
      errorOf(await api.gql(AUDIT, {}, { token: frMember.accessToken }))?.extensions.code,
    ).toBe('FORBIDDEN');
  });

  it('reads the needs and offers of 50 offices in as many statements as of 5', async () => {
    const PAGE = `query ($first: Int) { offices(first: $first) { edges { node { code needs { dimension } offers { dimension } } } } }`;
    await api.gql('{ me { id } }', {}, { token: jpMember.accessToken }); // warm the session check
    const five = await api.gql(PAGE, { first: 5 }, { token: jpMember.accessToken });
    const fifty = await api.gql(PAGE, { first: 50 }, { token: jpMember.accessToken });
    expect(dataOf(fifty, 'offices').edges).toHaveLength(50);
    expect(five.statements).toBeGreaterThan(0);
    expect(fifty.statements).toBe(five.statements);
  });
});
