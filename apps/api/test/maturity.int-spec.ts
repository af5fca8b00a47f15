import { DataSource } from 'typeorm';

import {
  createPersistentTestDatabase,
  createTestAccount,
  dataOf,
  errorOf,
  TestAccount,
  TestApp,
} from '@wild/api/testing';
import { DERIVED_LEVELS_VERSION, MATURITY_DIMENSIONS, Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

const MODEL = `query ($version: Int, $language: String) {
  maturityModel(version: $version, language: $language) {
    version inForce language
    levels { level name }
    dimensions { dimension name description levels { level name descriptor } }
  }
}`;

describe('the maturity model (GraphQL over HTTP)', () => {
  let api: TestApp;
  let token: string;

  beforeAll(async () => {
    api = await startApp();
    token = (await createTestAccount(api)).accessToken;
  });

  afterAll(() => api?.close());

  it('gives the version in force: ten dimensions, five described levels each, in English by default', async () => {
    const model = dataOf(await api.gql(MODEL, {}, { token }), 'maturityModel');
    expect(model).toMatchObject({ version: 1, inForce: true, language: 'en' });
    expect(model.levels).toEqual([
      { level: 1, name: 'Ad hoc' },
      { level: 2, name: 'Digitised' },
      { level: 3, name: 'Defined' },
      { level: 4, name: 'Integrated' },
      { level: 5, name: 'Optimising' },
    ]);
    expect(model.dimensions.map((dimension: { dimension: string }) => dimension.dimension)).toEqual(
      MATURITY_DIMENSIONS,
    );
    for (const dimension of model.dimensions) {
      expect(dimension.name.length).toBeGreaterThan(3);
      expect(dimension.levels.map((level: { level: number }) => level.level)).toEqual([
        1, 2, 3, 4, 5,
      ]);
      const descriptors = dimension.levels.map((level: { descriptor: string }) => level.descriptor);
      expect(new Set(descriptors).size).toBe(5);
      for (const descriptor of descriptors) expect(descriptor.length).toBeGreaterThan(20);
    }
  });

  it('reads in French, asked by Accept-Language or by the argument, with English as the fallback', async () => {
    const byHeader = dataOf(
      await api.gql(MODEL, {}, { token, headers: { 'Accept-Language': 'fr-CH, fr;q=0.9' } }),
      'maturityModel',
    );
    const byArgument = dataOf(await api.gql(MODEL, { language: 'fr' }, { token }), 'maturityModel');
    const english = dataOf(
      await api.gql(MODEL, { language: 'en' }, { token, headers: { 'Accept-Language': 'fr' } }),
      'maturityModel',
    );
    expect(byHeader).toEqual(byArgument);
    expect(byArgument.language).toBe('fr');
    expect(byArgument.levels[1]).toEqual({ level: 2, name: 'Numérisé' });
    expect(byArgument.dimensions[2].dimension).toBe('SECURITY');
    expect(byArgument.dimensions[2].levels[0].descriptor).not.toBe(
      english.dimensions[2].levels[0].descriptor,
    );
    const fallback = dataOf(await api.gql(MODEL, { language: 'de' }, { token }), 'maturityModel');
    expect(fallback.language).toBe('en');
    expect(fallback.dimensions).toEqual(english.dimensions);
  });

  it('refuses an unknown version, a malformed language and an anonymous caller', async () => {
    expect(errorOf(await api.gql(MODEL, { version: 99 }, { token }))).toMatchObject({
      message: 'There is no version 99 of the maturity model.',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(errorOf(await api.gql(MODEL, { version: 0 }, { token }))).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'version' },
    });
    expect(errorOf(await api.gql(MODEL, { language: 'french' }, { token }))).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'language' },
    });
    expect(errorOf(await api.gql(MODEL, {}))?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('maturity self-assessments (GraphQL over HTTP)', () => {
  let api: TestApp;
  let frAdmin: TestAccount;
  let deAdmin: TestAccount;
  let member: TestAccount;
  let broker: TestAccount;

  const SUBMIT = `mutation ($input: MaturityAssessmentInput!) {
    submitMaturityAssessment(input: $input) { id officeCode modelVersion status overallLevel group validated levels { dimension level evidence } }
  }`;
  const DRAFT = `mutation ($input: MaturityAssessmentInput!) { saveMaturityAssessmentDraft(input: $input) { id status overallLevel updatedAt } }`;
  const OFFICE = `query ($code: String!) { office(code: $code) {
    maturity { id overallLevel group levels { dimension level } }
    maturityHistory(first: 10) { totalCount edges { node { id overallLevel } } }
    maturityDraft { id }
  } }`;
  const levelsOf = (levels: (number | null)[]) =>
    MATURITY_DIMENSIONS.map((dimension, index) => ({
      dimension,
      level: levels[index] ?? null,
      evidence: `evidence ${index}`,
    }));

  beforeAll(async () => {
    api = await startApp();
    frAdmin = await createTestAccount(api, { role: Role.OFFICE_ADMIN, officeCode: 'FR' });
    deAdmin = await createTestAccount(api, { role: Role.OFFICE_ADMIN, officeCode: 'DE' });
    member = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'FR' });
    broker = await createTestAccount(api, { role: Role.BROKER });
  });

  afterAll(() => api?.close());

  it('submits, keeps the history, makes the newest current and lets a broker validate it', async () => {
    const first = dataOf(
      await api.gql(
        SUBMIT,
        {
          input: { officeCode: 'FR', levels: levelsOf([2, 2, 2, 3, 3, 3, null, null, null, null]) },
        },
        { token: frAdmin.accessToken },
      ),
      'submitMaturityAssessment',
    );
    // mean 2.5 over six known levels: level 3 (half up); x = 0.375: group C
    expect(first).toMatchObject({
      officeCode: 'FR',
      modelVersion: 1,
      status: 'SUBMITTED',
      overallLevel: 3,
      group: 'C',
      validated: false,
    });
    expect(first.levels).toHaveLength(10);
    expect(first.levels[0]).toEqual({ dimension: 'STRATEGY', level: 2, evidence: 'evidence 0' });

    const second = dataOf(
      await api.gql(
        SUBMIT,
        { input: { officeCode: 'FR', levels: levelsOf([4, 4, 4, 4, 5, 5, 4, 4, 4, 4]) } },
        { token: frAdmin.accessToken },
      ),
      'submitMaturityAssessment',
    );
    // mean 4.2: level 4; x = 0.8: group A
    expect(second).toMatchObject({ overallLevel: 4, group: 'A' });

    const office = dataOf(
      await api.gql(OFFICE, { code: 'FR' }, { token: member.accessToken }),
      'office',
    );
    expect(office.maturity).toMatchObject({ id: second.id, overallLevel: 4, group: 'A' });
    expect(office.maturityHistory.totalCount).toBe(2);
    expect(
      office.maturityHistory.edges.map((edge: { node: { id: string } }) => edge.node.id),
    ).toEqual([second.id, first.id]);

    const validated = await api.gql(
      `mutation ($id: ID!) { validateMaturityAssessment(input: { assessmentId: $id }) { validated validatedAt } }`,
      { id: second.id },
      { token: broker.accessToken },
    );
    expect(dataOf(validated, 'validateMaturityAssessment')).toMatchObject({
      validated: true,
      validatedAt: expect.any(String),
    });
    const byAdmin = await api.gql(
      `mutation ($id: ID!) { validateMaturityAssessment(input: { assessmentId: $id }) { validated } }`,
      { id: first.id },
      { token: frAdmin.accessToken },
    );
    expect(errorOf(byAdmin)?.extensions.code).toBe('FORBIDDEN');
  });

  it('derives no overall level or group from fewer than six known levels', async () => {
    const sparse = dataOf(
      await api.gql(
        SUBMIT,
        { input: { officeCode: 'DE', levels: levelsOf([5, 5, 5, 5, 5]) } },
        { token: deAdmin.accessToken },
      ),
      'submitMaturityAssessment',
    );
    expect(sparse).toMatchObject({ overallLevel: null, group: null });
  });

  it('keeps one draft per office, seen only by its admins and brokers, until it is submitted', async () => {
    const saved = dataOf(
      await api.gql(
        DRAFT,
        { input: { officeCode: 'FR', levels: levelsOf([3, 3]) } },
        { token: frAdmin.accessToken },
      ),
      'saveMaturityAssessmentDraft',
    );
    const again = dataOf(
      await api.gql(
        DRAFT,
        { input: { officeCode: 'FR', levels: levelsOf([3, 4]) } },
        { token: frAdmin.accessToken },
      ),
      'saveMaturityAssessmentDraft',
    );
    expect(again.id).toBe(saved.id);
    // when it was saved last, by the clock: a draft resumed later says so
    api.clock.advance(60_000);
    const later = dataOf(
      await api.gql(
        DRAFT,
        { input: { officeCode: 'FR', levels: levelsOf([3, 4]) } },
        { token: frAdmin.accessToken },
      ),
      'saveMaturityAssessmentDraft',
    );
    expect(Date.parse(later.updatedAt) - Date.parse(again.updatedAt)).toBeGreaterThanOrEqual(
      60_000,
    );
    expect(Math.abs(Date.parse(later.updatedAt) - api.clock.nowMs())).toBeLessThan(5_000);
    expect(
      dataOf(await api.gql(OFFICE, { code: 'FR' }, { token: frAdmin.accessToken }), 'office')
        .maturityDraft,
    ).toEqual({ id: saved.id });
    expect(
      dataOf(await api.gql(OFFICE, { code: 'FR' }, { token: broker.accessToken }), 'office')
        .maturityDraft,
    ).toEqual({ id: saved.id });
    expect(
      dataOf(await api.gql(OFFICE, { code: 'FR' }, { token: member.accessToken }), 'office')
        .maturityDraft,
    ).toBeNull();
    expect(
      dataOf(await api.gql(OFFICE, { code: 'FR' }, { token: deAdmin.accessToken }), 'office')
        .maturityDraft,
    ).toBeNull();

    await api.gql(
      SUBMIT,
      { input: { officeCode: 'FR', levels: levelsOf([3, 4, 3, 4, 3, 4]) } },
      { token: frAdmin.accessToken },
    );
    expect(
      dataOf(await api.gql(OFFICE, { code: 'FR' }, { token: frAdmin.accessToken }), 'office')
        .maturityDraft,
    ).toBeNull();
  });

  it('refuses an office admin assessing another office, and a member', async () => {
    const other = await api.gql(
      SUBMIT,
      { input: { officeCode: 'DE', levels: levelsOf([3]) } },
      { token: frAdmin.accessToken },
    );
    expect(errorOf(other)).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: 'Office admins may assess their own office only.',
    });
    const byMember = await api.gql(
      SUBMIT,
      { input: { officeCode: 'FR', levels: levelsOf([3]) } },
      { token: member.accessToken },
    );
    expect(errorOf(byMember)?.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a level of 6 or 0 and a dimension given twice, naming the field, and writes nothing', async () => {
    const count = async () =>
      (
        await api.app
          .get(DataSource)
          .query(`SELECT count(*)::int AS n FROM maturity_assessment WHERE office_code = 'DE'`)
      )[0].n;
    const before = await count();
    for (const level of [6, 0]) {
      const response = await api.gql(
        SUBMIT,
        { input: { officeCode: 'DE', levels: [{ dimension: 'SECURITY', level }] } },
        { token: deAdmin.accessToken },
      );
      expect(errorOf(response)).toMatchObject({
        message: 'level must be between 1 and 5, or null for unknown.',
        extensions: { code: 'BAD_USER_INPUT', field: 'levels.0.level' },
      });
    }
    const twice = await api.gql(
      SUBMIT,
      {
        input: {
          officeCode: 'DE',
          levels: [
            { dimension: 'SECURITY', level: 3 },
            { dimension: 'SECURITY', level: 4 },
          ],
        },
      },
      { token: deAdmin.accessToken },
    );
    expect(errorOf(twice)).toMatchObject({
      message: 'A dimension appears twice: SECURITY.',
      extensions: { code: 'BAD_USER_INPUT', field: 'levels' },
    });
    expect(await count()).toBe(before);
  });

  it('audits submissions and validations', async () => {
    const entries = (
      await api.gql(
        `{ auditLog(filter: { entity: "maturity_assessment" }, first: 50) { edges { node { action actorId } } } }`,
        {},
        { token: broker.accessToken },
      )
    ).data?.['auditLog'].edges.map((edge: { node: { action: string } }) => edge.node.action);
    expect(entries).toEqual(
      expect.arrayContaining([
        'maturity_assessment.submitted',
        'maturity_assessment.validated',
        'maturity_assessment.draft_saved',
      ]),
    );
  });
});

describe('the current maturity kept for the directory', () => {
  const SUBMIT = `mutation ($input: MaturityAssessmentInput!) { submitMaturityAssessment(input: $input) { id } }`;
  const CURRENT = `{ offices(filter: { overallLevel: { min: 3 }, countries: ["MA", "EG"] }) {
    edges { node { code maturity { overallLevel group } } }
  } }`;

  it('is brought up to date at start: a missing row, and a row of other formulas', async () => {
    const database = await createPersistentTestDatabase();
    let api = await startApp({ database });
    try {
      const broker = await createTestAccount(api, { role: Role.BROKER });
      for (const [officeCode, levels] of [
        ['MA', [4, 4, 5, 4, 4, 3, 4, 2, 3, 4]], // overall 4 (3.7), group B
        ['EG', [3, 3, 3, 3, 3, 3, 3, 3, 3, 3]], // overall 3, group B
      ] as const) {
        const input = {
          officeCode,
          levels: MATURITY_DIMENSIONS.map((dimension, index) => ({
            dimension,
            level: levels[index],
          })),
        };
        expect((await api.gql(SUBMIT, { input }, { token: broker.accessToken })).errors).toBe(
          undefined,
        );
      }
      const sql = api.app.get(DataSource);
      await sql.query(`DELETE FROM office_current_maturity WHERE office_code = 'EG'`);
      // as if computed by an earlier version of the formulas
      await sql.query(`UPDATE office_current_maturity
        SET overall_level = 1, maturity_group = 'D', formula_version = 0 WHERE office_code = 'MA'`);
      await api.close();

      api = await startApp({ database });
      const reader = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'JP' });
      const offices = dataOf(await api.gql(CURRENT, {}, { token: reader.accessToken }), 'offices');
      expect(
        Object.fromEntries(
          offices.edges.map((edge: { node: { code: string; maturity: unknown } }) => [
            edge.node.code,
            edge.node.maturity,
          ]),
        ),
      ).toEqual({ MA: { overallLevel: 4, group: 'B' }, EG: { overallLevel: 3, group: 'B' } });
      expect(
        await api.app
          .get(DataSource)
          .query(
            `SELECT office_code, formula_version FROM office_current_maturity ORDER BY office_code`,
          ),
      ).toEqual([
        { office_code: 'EG', formula_version: DERIVED_LEVELS_VERSION },
        { office_code: 'MA', formula_version: DERIVED_LEVELS_VERSION },
      ]);
    } finally {
      await api.close();
      await database.drop();
    }
  });
});

describe('WIPO standards adoption (GraphQL over HTTP)', () => {
  let api: TestApp;
  let frAdmin: TestAccount;
  let broker: TestAccount;
  let member: TestAccount;

  const SET = `mutation ($input: SetStandardAdoptionInput!) { setStandardAdoption(input: $input) { standard status plannedDate comment } }`;
  const STANDARDS = `{ office(code: "FR") { standards { standard status plannedDate comment } } }`;

  beforeAll(async () => {
    api = await startApp();
    frAdmin = await createTestAccount(api, { role: Role.OFFICE_ADMIN, officeCode: 'FR' });
    broker = await createTestAccount(api, { role: Role.BROKER });
    member = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'FR' });
  });

  afterAll(() => api?.close());

  it('records and updates an office’s adoption, readable on the office and audited', async () => {
    const planned = dataOf(
      await api.gql(
        SET,
        {
          input: {
            officeCode: 'FR',
            standard: 'st26',
            status: 'NONE',
            plannedDate: '2027-06-30',
            comment: 'Migration planned',
          },
        },
        { token: frAdmin.accessToken },
      ),
      'setStandardAdoption',
    );
    expect(planned).toEqual({
      standard: 'ST.26',
      status: 'NONE',
      plannedDate: '2027-06-30',
      comment: 'Migration planned',
    });
    dataOf(
      await api.gql(
        SET,
        { input: { officeCode: 'FR', standard: 'ST.96', status: 'PARTIAL' } },
        { token: broker.accessToken },
      ),
      'setStandardAdoption',
    );
    dataOf(
      await api.gql(
        SET,
        { input: { officeCode: 'FR', standard: 'ST.26', status: 'COMPLETE' } },
        { token: frAdmin.accessToken },
      ),
      'setStandardAdoption',
    );

    const office = dataOf(await api.gql(STANDARDS, {}, { token: member.accessToken }), 'office');
    expect(office.standards).toEqual([
      { standard: 'ST.26', status: 'COMPLETE', plannedDate: null, comment: null },
      { standard: 'ST.96', status: 'PARTIAL', plannedDate: null, comment: null },
    ]);
    const entries = (
      await api.gql(
        `{ auditLog(filter: { entity: "standard_adoption", entityId: "FR:ST.26" }) { edges { node { action changes { field before after } } } } }`,
        {},
        { token: broker.accessToken },
      )
    ).data?.['auditLog'].edges.map((edge: { node: unknown }) => edge.node);
    expect(entries[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: '"NONE"', after: '"COMPLETE"' },
        { field: 'plannedDate', before: '"2027-06-30"', after: null },
      ]),
    );
  });

  it('refuses another office’s admin, a member, an unknown standard and a planned date on a complete one', async () => {
    const deAdmin = await createTestAccount(api, { role: Role.OFFICE_ADMIN, officeCode: 'DE' });
    expect(
      errorOf(
        await api.gql(
          SET,
          { input: { officeCode: 'FR', standard: 'ST.26', status: 'NONE' } },
          { token: deAdmin.accessToken },
        ),
      )?.extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      errorOf(
        await api.gql(
          SET,
          { input: { officeCode: 'FR', standard: 'ST.26', status: 'NONE' } },
          { token: member.accessToken },
        ),
      )?.extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      errorOf(
        await api.gql(
          SET,
          { input: { officeCode: 'FR', standard: 'ST.999', status: 'NONE' } },
          { token: frAdmin.accessToken },
        ),
      ),
    ).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'standard' },
    });
    expect(
      errorOf(
        await api.gql(
          SET,
          {
            input: {
              officeCode: 'FR',
              standard: 'ST.96',
              status: 'COMPLETE',
              plannedDate: '2027-01-01',
            },
          },
          { token: frAdmin.accessToken },
        ),
      ),
    ).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'plannedDate' } });
    expect(
      errorOf(
        await api.gql(
          SET,
          {
            input: {
              officeCode: 'FR',
              standard: 'ST.96',
              status: 'NONE',
              plannedDate: 'next year',
            },
          },
          { token: frAdmin.accessToken },
        ),
      ),
    ).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'plannedDate' } });
  });
});
