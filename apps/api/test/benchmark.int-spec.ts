import { createTestAccount, dataOf, errorOf, TestAccount, TestApp } from '@wild/api/testing';
import { MATURITY_DIMENSIONS, Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

const SUBMIT = `mutation ($input: MaturityAssessmentInput!) { submitMaturityAssessment(input: $input) { id } }`;
const BENCHMARK = `query ($filter: MaturityBenchmarkFilterInput, $officeCode: String) {
  maturityBenchmark(filter: $filter, officeCode: $officeCode) {
    region kind officeCount illustrative
    dimensions { dimension known unknown mean distribution { level count } }
    overall { known unknown mean distribution { level count } groups { group count } }
    position {
      officeCode overallLevel group overallRank { below same above }
      dimensions { dimension level difference rank { below same above } }
    }
  }
}`;

// levels in model order: STRATEGY DATA SECURITY CORE_SYSTEMS SERVICES INTEROP INFRA EMERGING PEOPLE COOPERATION
const ARAB_FIXTURES: Record<string, (number | null)[]> = {
  MA: [4, 4, 5, 4, 4, 3, 4, 2, 3, 4], // sum 37 of 10: overall 4 (3.7), group B
  EG: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3], // overall 3, group B (x = 0.5 exactly)
  TN: [2, 2, 1, 2, 2, 1, 2, 1, 2, 2], // sum 17 of 10: overall 2 (1.7), group D
  JO: [5, 5, 5, 5, 5, null, null, null, null, null], // five known: no overall level, no group
  SA: [3, 4, 4, 3, 4, 4, 3, 2, 3, 3], // sum 33 of 10: overall 3, group B
};

const distribution = (counts: Record<number, number>) =>
  [1, 2, 3, 4, 5].map((level) => ({ level, count: counts[level] ?? 0 }));

describe('maturity benchmark (GraphQL over HTTP)', () => {
  let api: TestApp;
  let broker: TestAccount;
  let maAdmin: TestAccount;
  let maMember: TestAccount;

  const submit = async (officeCode: string, levels: (number | null)[]) =>
    dataOf(
      await api.gql(
        SUBMIT,
        {
          input: {
            officeCode,
            levels: MATURITY_DIMENSIONS.map((dimension, index) => ({
              dimension,
              level: levels[index],
            })),
          },
        },
        { token: broker.accessToken },
      ),
      'submitMaturityAssessment',
    );
  const benchmark = (account: TestAccount, variables: Record<string, unknown>) =>
    api.gql(BENCHMARK, variables, { token: account.accessToken });

  beforeAll(async () => {
    api = await startApp();
    broker = await createTestAccount(api, { role: Role.BROKER });
    maAdmin = await createTestAccount(api, { role: Role.OFFICE_ADMIN, officeCode: 'MA' });
    maMember = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'MA' });
    // an older assessment of Morocco: history, not current, so it must not count
    await submit('MA', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    for (const code of ['MA', 'EG', 'TN', 'JO']) await submit(code, ARAB_FIXTURES[code]);
    await submit('FR', [5, 5, 5, 5, 5, 5, 5, 5, 5, 5]); // another region
  });

  afterAll(() => api?.close());

  it('refuses a group of fewer than 5 offices with a current assessment, saying why', async () => {
    const refused = errorOf(await benchmark(maMember, { filter: { region: 'ARAB' } }));
    expect(refused).toMatchObject({
      message:
        'A benchmark needs at least 5 offices with a current assessment, so that no office can be singled out; only 4 match this filter. Widen it.',
      extensions: { code: 'FORBIDDEN', reason: 'BENCHMARK_GROUP_TOO_SMALL' },
    });
    const none = errorOf(
      await benchmark(maMember, { filter: { region: 'AFRICA', kind: 'REGIONAL' } }),
    );
    expect(none?.message).toContain('none matches this filter');
    expect(none?.extensions.code).toBe('FORBIDDEN');
  });

  it('with a fifth office, gives figures that match the hand computation, over current assessments only', async () => {
    await submit('SA', ARAB_FIXTURES['SA']);
    const result = dataOf(
      await benchmark(maMember, { filter: { region: 'ARAB', kind: 'NATIONAL' } }),
      'maturityBenchmark',
    );
    expect(result).toMatchObject({
      region: 'ARAB',
      kind: 'NATIONAL',
      officeCount: 5,
      illustrative: false,
    });
    expect(
      result.dimensions.map((dimension: { dimension: string }) => dimension.dimension),
    ).toEqual(MATURITY_DIMENSIONS);
    const byDimension = Object.fromEntries(
      result.dimensions.map((dimension: { dimension: string }) => [dimension.dimension, dimension]),
    );
    // SECURITY: 5, 3, 1, 5, 4
    expect(byDimension['SECURITY']).toEqual({
      dimension: 'SECURITY',
      known: 5,
      unknown: 0,
      mean: 3.6,
      distribution: distribution({ 1: 1, 3: 1, 4: 1, 5: 2 }),
    });
    // INTEROP: 3, 3, 1, unknown, 4
    expect(byDimension['INTEROP']).toEqual({
      dimension: 'INTEROP',
      known: 4,
      unknown: 1,
      mean: 2.75,
      distribution: distribution({ 1: 1, 3: 2, 4: 1 }),
    });
    // EMERGING: 2, 3, 1, unknown, 2
    expect(byDimension['EMERGING']).toMatchObject({ known: 4, mean: 2 });
    // overall levels 4, 3, 2, none, 3; groups B, B, D, none, B
    expect(result.overall).toEqual({
      known: 4,
      unknown: 1,
      mean: 3,
      distribution: distribution({ 2: 1, 3: 2, 4: 1 }),
      groups: [
        { group: 'A', count: 0 },
        { group: 'B', count: 3 },
        { group: 'C', count: 0 },
        { group: 'D', count: 1 },
      ],
    });
  });

  it('shows the caller’s office its own position, and any office’s when asked', async () => {
    const own = dataOf(
      await benchmark(maAdmin, { filter: { region: 'ARAB' } }),
      'maturityBenchmark',
    );
    expect(own.position).toMatchObject({
      officeCode: 'MA',
      overallLevel: 4,
      group: 'B',
      // MA is one of the five: the other four are compared with it
      overallRank: { below: 3, same: 0, above: 0 },
    });
    const mine = Object.fromEntries(
      own.position.dimensions.map((dimension: { dimension: string }) => [
        dimension.dimension,
        dimension,
      ]),
    );
    expect(mine['SECURITY'].level).toBe(5);
    expect(mine['SECURITY'].difference).toBeCloseTo(1.4, 10);
    expect(mine['SECURITY'].rank).toEqual({ below: 3, same: 1, above: 0 });
    expect(mine['INTEROP']).toEqual({
      dimension: 'INTEROP',
      level: 3,
      difference: 0.25,
      rank: { below: 1, same: 1, above: 1 },
    });

    const jordan = dataOf(
      await benchmark(broker, { filter: { region: 'ARAB' }, officeCode: 'jo' }),
      'maturityBenchmark',
    );
    expect(jordan.position).toMatchObject({
      officeCode: 'JO',
      overallLevel: null,
      group: null,
      overallRank: null,
    });
    expect(jordan.position.dimensions[5]).toEqual({
      dimension: 'INTEROP',
      level: null,
      difference: null,
      rank: null,
    });

    // France against the Arab group: compared, but not counted in it
    const france = dataOf(
      await benchmark(broker, { filter: { region: 'ARAB' }, officeCode: 'FR' }),
      'maturityBenchmark',
    );
    expect(france.officeCount).toBe(5);
    expect(france.position.overallRank).toEqual({ below: 4, same: 0, above: 0 });

    // the broker's own office (WO) has no assessment: no position
    const brokers = dataOf(await benchmark(broker, {}), 'maturityBenchmark');
    expect(brokers.officeCount).toBe(6);
    expect(brokers.position).toBeNull();
  });

  it('refuses an anonymous caller and a malformed office code', async () => {
    expect(errorOf(await api.gql(BENCHMARK, {}))?.extensions.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await benchmark(maMember, { officeCode: 'XYZ' }))).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'officeCode' },
    });
    expect(
      errorOf(await benchmark(maMember, { filter: { region: 'MOON' } }))?.extensions.code,
    ).toBe('BAD_USER_INPUT');
  });
});
