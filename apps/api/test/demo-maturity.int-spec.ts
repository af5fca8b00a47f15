import { DataSource, In } from 'typeorm';

import { SeedRunner } from '@wild/api/database';
import {
  AdoptionStatus,
  adoptsStandardCondition,
  AssessmentStatus,
  currentMaturitySql,
  joinStandardAdoptions,
  MaturityAssessmentEntity,
  MaturityAssessmentLevelEntity,
  StandardAdoptionEntity,
} from '@wild/api/maturity';
import { OfficeEntity } from '@wild/api/offices';
import { createTestAccount, dataOf, TestAccount, TestApp } from '@wild/api/testing';
import { MATURITY_DIMENSIONS, maturityGroup, overallLevel, Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

type DemoOffice = {
  code: string;
  languages: string[];
  maturity: {
    illustrative: boolean;
    submittedAt: string;
    overallLevel: number | null;
    levels: { dimension: string; level: number | null }[];
  } | null;
};

describe('demo maturity data (assessments, needs, offers, standards)', () => {
  let api: TestApp;
  let broker: TestAccount;
  let member: TestAccount;

  const OFFICES = `query ($after: String) { offices(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      code languages
      maturity { illustrative submittedAt overallLevel levels { dimension level } }
    } }
  } }`;
  const allOffices = async (): Promise<DemoOffice[]> => {
    const offices: DemoOffice[] = [];
    let after: string | null = null;
    do {
      const page: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: DemoOffice }[];
      } = dataOf(await api.gql(OFFICES, { after }, { token: member.accessToken }), 'offices');
      offices.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return offices;
  };

  beforeAll(async () => {
    api = await startApp({ env: { DEMO_DATA: 'true' } });
    broker = await createTestAccount(api, { role: Role.BROKER });
    member = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'JP' });
  });

  afterAll(() => api?.close());

  it('gives most offices a current and an older assessment, all illustrative', async () => {
    const offices = await allOffices();
    const assessed = offices.filter((office) => office.maturity);
    expect(assessed.length).toBeGreaterThanOrEqual(offices.length * 0.75);
    const history: { office_code: string; n: number; newest: Date; oldest: Date }[] = await api.app
      .get(DataSource)
      .query(
        `SELECT office_code, count(*)::int AS n, max(submitted_at) AS newest, min(submitted_at) AS oldest
         FROM maturity_assessment WHERE status = 'SUBMITTED' GROUP BY office_code`,
      );
    expect(history).toHaveLength(assessed.length);
    for (const office of assessed) {
      expect(office.maturity?.illustrative).toBe(true);
      const kept = history.find((row) => row.office_code === office.code);
      expect(kept?.n).toBe(2);
      expect(kept?.newest.toISOString()).toBe(office.maturity?.submittedAt);
      expect(kept?.oldest.getTime()).toBeLessThan(kept?.newest.getTime() ?? 0);
    }
    expect(offices.find((office) => office.code === 'WO')?.maturity).toBeNull();
    // a spread of levels, not one value everywhere
    expect(
      new Set(assessed.map((office) => office.maturity?.overallLevel)).size,
    ).toBeGreaterThanOrEqual(3);

    // the product's first question has answers: French-speaking offices at SECURITY ≥ 4
    const frenchAndSecure = assessed.filter(
      (office) =>
        office.languages.includes('fr') &&
        (office.maturity?.levels.find((level) => level.dimension === 'SECURITY')?.level ?? 0) >= 4,
    );
    expect(frenchAndSecure.length).toBeGreaterThanOrEqual(3);
  });

  it('has needs (some confidential, hidden from other offices), offers and standards, all illustrative', async () => {
    const NEEDS = `query ($filter: NeedsOffersFilterInput) { needs(filter: $filter, first: 1) { totalCount } }`;
    const countFor = async (account: TestAccount, filter = {}) =>
      dataOf(await api.gql(NEEDS, { filter }, { token: account.accessToken }), 'needs').totalCount;
    const db = api.app.get(DataSource);
    const [needs] = await db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE confidential)::int AS confidential,
              count(*) FILTER (WHERE NOT illustrative)::int AS real,
              count(*) FILTER (WHERE confidential AND office_code <> 'JP')::int AS hidden_from_jp
       FROM office_need`,
    );
    expect(needs.n).toBeGreaterThanOrEqual(50);
    expect(needs.confidential).toBeGreaterThanOrEqual(5);
    expect(needs.real).toBe(0);
    expect(await countFor(broker)).toBe(needs.n);
    expect(await countFor(member)).toBe(needs.n - needs.hidden_from_jp);

    const [offers] = await db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE NOT illustrative)::int AS real FROM office_offer`,
    );
    expect(offers.n).toBeGreaterThanOrEqual(50);
    expect(offers.real).toBe(0);
    const [standards] = await db.query(
      `SELECT count(DISTINCT office_code)::int AS offices, count(DISTINCT status)::int AS statuses,
              count(*) FILTER (WHERE planned_date IS NOT NULL)::int AS planned,
              count(*) FILTER (WHERE NOT illustrative)::int AS real
       FROM standard_adoption`,
    );
    expect(standards).toMatchObject({ statuses: 3, real: 0 });
    expect(standards.offices).toBeGreaterThanOrEqual(100);
    expect(standards.planned).toBeGreaterThan(0);

    const benchmark = dataOf(
      await api.gql(
        `{ maturityBenchmark { officeCount illustrative } }`,
        {},
        { token: member.accessToken },
      ),
      'maturityBenchmark',
    );
    expect(benchmark.officeCount).toBeGreaterThanOrEqual(100);
    expect(benchmark.illustrative).toBe(true);
  });

  it('gives SN, the matching demo’s seeker, its mentors, peers and buddies', async () => {
    const login = await api.gql(
      `mutation { login(input: { email: "member.sn@demo.wild.example", password: "wild-network-demo" }) { accessToken account { officeCode preferredLanguage } } }`,
    );
    const { accessToken, account } = dataOf(login, 'login');
    expect(account).toEqual({ officeCode: 'SN', preferredLanguage: 'fr' });
    const OFFICE = `query ($code: String!) { office(code: $code) {
      languages businessSystems mentoringCapacity
      maturity { levels { dimension level } }
      needs { dimension confidential } offers { dimension }
      standards { standard status plannedDate } } }`;
    const office = async (code: string, token = accessToken) =>
      dataOf(await api.gql(OFFICE, { code }, { token }), 'office');
    const level = (
      found: { maturity: { levels: { dimension: string; level: number | null }[] } },
      dimension: string,
    ) => found.maturity.levels.find((entry) => entry.dimension === dimension)?.level;

    const sn = await office('SN');
    expect(sn.languages).toContain('fr');
    expect(level(sn, 'SECURITY')).toBe(2);
    expect(sn.needs).toEqual([
      { dimension: 'DATA', confidential: true },
      { dimension: 'SECURITY', confidential: false },
    ]);
    expect(sn.standards).toEqual(
      expect.arrayContaining([
        { standard: 'ST.26', status: 'NONE', plannedDate: '2027-06-30' },
        { standard: 'ST.96', status: 'PARTIAL', plannedDate: null },
      ]),
    );
    // SN's confidential need is its own: another office's member does not see it
    expect((await office('SN', member.accessToken)).needs).toEqual([
      { dimension: 'SECURITY', confidential: false },
    ]);

    // mentors ahead of it in SECURITY, offering help, French-speaking, with capacity
    for (const code of ['FR', 'MA', 'CI']) {
      const mentor = await office(code);
      expect(level(mentor, 'SECURITY')).toBeGreaterThan(2);
      expect(mentor.offers).toContainEqual({ dimension: 'SECURITY' });
      expect(mentor.languages).toContain('fr');
      expect(mentor.mentoringCapacity).toBeGreaterThan(0);
    }
    // a peer cohort in DATA: within one level of SN's, seeking help there too
    for (const code of ['CI', 'CM', 'TN']) {
      const peer = await office(code);
      expect(Math.abs((level(peer, 'DATA') ?? 99) - 2)).toBeLessThanOrEqual(1);
      expect(peer.needs).toContainEqual({ dimension: 'DATA', confidential: false });
    }
    // buddies: offices that implemented ST.26 and ST.96 completely
    expect((await office('FR')).standards).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ standard: 'ST.26', status: 'COMPLETE' }),
        expect.objectContaining({ standard: 'ST.96', status: 'COMPLETE' }),
      ]),
    );
  });

  it('recommends SN’s mentors in SECURITY: all ahead of it, those offering help first, in French', async () => {
    const login = await api.gql(
      `mutation { login(input: { email: "member.sn@demo.wild.example", password: "wild-network-demo" }) { accessToken } }`,
    );
    const { accessToken } = dataOf(login, 'login');
    const answer = dataOf(
      await api.gql(
        `query { recommendations(officeCode: "SN", kind: MENTOR, dimension: SECURITY, first: 100) {
          totalCount edges { node { office { code } score summary reasons { factor text } } } } }`,
        {},
        { token: accessToken, headers: { 'Accept-Language': 'fr' } },
      ),
      'recommendations',
    );
    type DemoNode = { office: { code: string }; summary: string; reasons: { factor: string }[] };
    const nodes: DemoNode[] = answer.edges.map((edge: { node: DemoNode }) => edge.node);
    expect(nodes.length).toBeGreaterThanOrEqual(3);
    expect(nodes.map((node) => node.office.code)).not.toContain('SN');
    const has = (node: DemoNode, factor: string) =>
      node.reasons.some((reason) => reason.factor === factor);
    for (const node of nodes) {
      // "… : Cybersécurité et résilience 4 contre votre 2 ; …": every candidate is ahead
      const level = Number(node.summary.match(/ (\d) contre votre 2/)?.[1]);
      expect(level).toBeGreaterThan(2);
    }
    const offering = nodes.map((node) => has(node, 'OFFERS_HELP'));
    expect(
      offering.indexOf(false) === -1 || offering.lastIndexOf(true) < offering.indexOf(false),
    ).toBe(true);
    // the first three offer help and work in French (FR, MA, CI in some order)
    for (const node of nodes.slice(0, 3)) {
      expect(has(node, 'OFFERS_HELP')).toBe(true);
      expect(node.summary).toContain('travaille en français');
    }
  });

  it('lends the directory SQL over current maturity and standards that reads what the entities hold', async () => {
    const db = api.app.get(DataSource);
    const rows = async (text: string, parameters: Record<string, unknown> = {}) => {
      const [query, values] = db.driver.escapeQueryWithParameters(text, parameters);
      return (await db.query(query, values)).map((row: { value: string }) => row.value).sort();
    };

    // each office's current maturity as the directory joins it …
    const current = currentMaturitySql('current');
    const query = current
      .leftJoin(db.getRepository(OfficeEntity).createQueryBuilder('office'), 'office.code')
      .select('office.code', 'code')
      .addSelect(current.overallLevel, 'overall_level')
      .addSelect(current.group, 'maturity_group');
    for (const dimension of MATURITY_DIMENSIONS)
      query.addSelect(current.level(dimension), dimension);
    const joined: Record<string, string | number | null>[] = await query.getRawMany();
    // … is the newest submitted assessment's levels, and what the domain's formulas make of them
    const submitted = await db.getRepository(MaturityAssessmentEntity).find({
      where: { status: AssessmentStatus.SUBMITTED },
      order: { submittedAt: 'DESC', id: 'DESC' },
    });
    const newest = new Map<string, string>();
    for (const assessment of submitted) {
      if (!newest.has(assessment.officeCode)) newest.set(assessment.officeCode, assessment.id);
    }
    const levels = await db
      .getRepository(MaturityAssessmentLevelEntity)
      .findBy({ assessmentId: In([...newest.values()]) });
    expect(newest.size).toBeGreaterThanOrEqual(100);
    expect(joined.length).toBeGreaterThan(newest.size); // offices with no assessment keep their row
    for (const row of joined) {
      const id = newest.get(row['code'] as string);
      const known = MATURITY_DIMENSIONS.map(
        (dimension) =>
          levels.find((level) => level.assessmentId === id && level.dimension === dimension)
            ?.level ?? null,
      );
      expect(row).toEqual({
        code: row['code'],
        overall_level: id ? overallLevel(known) : null,
        maturity_group: id ? maturityGroup(known) : null,
        ...Object.fromEntries(
          MATURITY_DIMENSIONS.map((dimension, index) => [dimension, known[index]]),
        ),
      });
    }

    // the standards: which offices have adopted one, and every adoption as a facet labels it
    const adoptions = await db.getRepository(StandardAdoptionEntity).find();
    const adopted = [AdoptionStatus.COMPLETE, AdoptionStatus.PARTIAL];
    const adopters = [
      ...new Set(
        adoptions
          .filter((row) => row.standard === 'ST.96' && adopted.includes(row.status))
          .map((row) => row.officeCode),
      ),
    ].sort();
    expect(adopters.length).toBeGreaterThan(0);
    const adopts = adoptsStandardCondition('office.code', 'ST.96', adopted, '0');
    expect(
      await rows(
        `SELECT office.code AS value FROM office WHERE ${adopts.condition}`,
        adopts.parameters,
      ),
    ).toEqual(adopters);
    const labelled = joinStandardAdoptions('office.code');
    expect(
      await rows(
        `SELECT office.code || ' ' || ${labelled.label} AS value FROM office ${labelled.join}`,
      ),
    ).toEqual(adoptions.map((row) => `${row.officeCode} ${row.standard} ${row.status}`).sort());
  });

  it('runs once per database: a restart adds nothing and brings back nothing an office removed', async () => {
    const db = api.app.get(DataSource);
    const counts = () =>
      db.query(`SELECT (SELECT count(*) FROM maturity_assessment)::int AS assessments,
                       (SELECT count(*) FROM office_need)::int AS needs,
                       (SELECT count(*) FROM office_offer)::int AS offers,
                       (SELECT count(*) FROM standard_adoption)::int AS standards`);
    const cleared = dataOf(
      await api.gql(
        `mutation { setNeedsAndOffers(input: { officeCode: "FR", needs: [], offers: [] }) { needs { dimension } offers { dimension } } }`,
        {},
        { token: broker.accessToken },
      ),
      'setNeedsAndOffers',
    );
    expect(cleared).toEqual({ needs: [], offers: [] });
    const before = await counts();
    await api.app.get(SeedRunner).runAll(); // as at the next start
    expect(await counts()).toEqual(before);
    const [france] = await db.query(
      `SELECT (SELECT count(*) FROM office_need WHERE office_code = 'FR')::int +
              (SELECT count(*) FROM office_offer WHERE office_code = 'FR')::int AS statements`,
    );
    expect(france.statements).toBe(0);
  });
});
