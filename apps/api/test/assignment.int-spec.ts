import { DataSource } from 'typeorm';

import {
  createTestAccount,
  dataOf,
  errorOf,
  GraphQLResponse,
  TestAccount,
  TestApp,
  testEngine,
} from '@wild/api/testing';
import { MATURITY_DIMENSIONS, Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

const ASSIGNMENT = `query ($requests: [AssignmentRequestInput!], $openRequests: Boolean, $candidatesPerRequest: Int) {
  assignment(requests: $requests, openRequests: $openRequests, candidatesPerRequest: $candidatesPerRequest) {
    requestCount
    optimal { totalScore assignedCount pairs { requestIndex requestId seekerOfficeCode candidateOfficeCode score } }
    greedy { totalScore assignedCount pairs { requestIndex requestId seekerOfficeCode candidateOfficeCode score } } } }`;
const RECOMMENDATIONS = `query ($officeCode: String!, $kind: MatchKind!, $dimension: MaturityDimension) {
  recommendations(officeCode: $officeCode, kind: $kind, dimension: $dimension, first: 50) {
    edges { node { office { code } score } } } }`;
const SUBMIT = `mutation ($input: MaturityAssessmentInput!) { submitMaturityAssessment(input: $input) { id } }`;
const UPDATE_OFFICE = `mutation ($input: UpdateOfficeInput!) { updateOffice(input: $input) { code } }`;
const SET_NEEDS = `mutation ($input: SetNeedsAndOffersInput!) { setNeedsAndOffers(input: $input) { code } }`;
const CREATE = `mutation ($input: CreateMatchRequestInput!) { createMatchRequest(input: $input) { id } }`;
const PROPOSE_MANY = `mutation ($input: ProposeIntroductionsInput!) { proposeIntroductions(input: $input) { id } }`;

type Pair = {
  requestIndex: number;
  requestId: string | null;
  seekerOfficeCode: string;
  candidateOfficeCode: string;
  score: number;
};
type Result = { totalScore: number; assignedCount: number; pairs: Pair[] };
type Comparison = { requestCount: number; optimal: Result; greedy: Result };
type Ask = { officeCode: string; kind: string; dimension?: string; standard?: string };

const engine = testEngine();
const pairsOf = (result: Result) =>
  result.pairs.map(
    (pair) => `${pair.requestIndex} ${pair.seekerOfficeCode}→${pair.candidateOfficeCode}`,
  );

/** The refusal of a response: its code, and the response carries no data. */
function refusal(response: GraphQLResponse, code: string) {
  const error = errorOf(response);
  expect(error?.extensions.code).toBe(code);
  expect(response.data ?? null).toBeNull();
  return error as NonNullable<typeof error>;
}

describe(`assignment (GraphQL over HTTP, ${engine} engine)`, () => {
  let api: TestApp;
  let admin: TestAccount;
  let broker: TestAccount;

  const as = (account: TestAccount, document: string, variables: Record<string, unknown>) =>
    api.gql(document, variables, { token: account.accessToken });
  const must = async (document: string, input: Record<string, unknown>, field: string) =>
    dataOf(await as(admin, document, { input }), field);
  /** A submitted self-assessment with these levels, the other dimensions unknown. */
  const assess = (officeCode: string, levels: Record<string, number>) =>
    must(
      SUBMIT,
      {
        officeCode,
        levels: MATURITY_DIMENSIONS.map((dimension) => ({
          dimension,
          level: levels[dimension] ?? null,
        })),
      },
      'submitMaturityAssessment',
    );
  const setOffice = (code: string, input: Record<string, unknown>) =>
    must(UPDATE_OFFICE, { code, ...input }, 'updateOffice');
  const assignmentOf = (variables: Record<string, unknown>, account = broker) =>
    as(account, ASSIGNMENT, variables);
  const assign = async (variables: Record<string, unknown>, account = broker) =>
    dataOf(await assignmentOf(variables, account), 'assignment') as Comparison;

  // SN needs mentors in SECURITY (level 2) and DATA (level 4). FR is ahead in both and offers
  // help in both; JP is ahead in SECURITY only and offers help there, and shares little else with
  // SN (language, zone, region), so SN–FR in SECURITY is the best pair whatever the modifiers.
  const SEEKER = 'SN';
  const SECURITY_AND_DATA: Ask[] = [
    { officeCode: SEEKER, kind: 'MENTOR', dimension: 'SECURITY' },
    { officeCode: SEEKER, kind: 'MENTOR', dimension: 'DATA' },
  ];

  beforeAll(async () => {
    api = await startApp();
    admin = await createTestAccount(api, { role: Role.ADMIN });
    broker = await createTestAccount(api, { role: Role.BROKER });
    await assess(SEEKER, { SECURITY: 2, DATA: 4 });
    await assess('FR', { SECURITY: 5, DATA: 5 });
    await assess('JP', { SECURITY: 3, DATA: 3 });
    const offer = (dimension: string) => ({ dimension, description: 'We have done it.' });
    await must(
      SET_NEEDS,
      { officeCode: 'FR', offers: [offer('SECURITY'), offer('DATA')] },
      'setNeedsAndOffers',
    );
    await must(SET_NEEDS, { officeCode: 'JP', offers: [offer('SECURITY')] }, 'setNeedsAndOffers');
    await setOffice('FR', { mentoringCapacity: 3 });
    await setOffice('JP', { mentoringCapacity: 3 });
  });

  afterAll(() => api?.close());

  it('optimal beats greedy where the best pair first blocks another request (ad hoc)', async () => {
    // needs and offers: FR and MA offer help (the scorer's OFFERS_HELP) as their offices say
    const answer = await assign({ requests: SECURITY_AND_DATA });
    expect(answer.requestCount).toBe(2);
    // greedy takes SN→FR for SECURITY (its best pair); DATA has only FR, and SN–FR is taken
    expect(pairsOf(answer.greedy)).toEqual(['0 SN→FR']);
    // the optimum gives SECURITY to MA, and FR to DATA: both served
    expect(pairsOf(answer.optimal)).toEqual(['0 SN→JP', '1 SN→FR']);
    expect(answer.optimal.assignedCount).toBe(2);
    expect(answer.optimal.totalScore).toBeGreaterThan(answer.greedy.totalScore);
    for (const result of [answer.optimal, answer.greedy]) {
      expect(result.totalScore).toBeCloseTo(
        result.pairs.reduce((total, pair) => total + pair.score, 0),
        9,
      );
      for (const pair of result.pairs) expect(pair.requestId).toBeNull();
    }
    // each pair scored as the broker's recommendations score it
    for (const pair of answer.optimal.pairs) {
      const ask = SECURITY_AND_DATA[pair.requestIndex] as Ask;
      const page = dataOf(await as(broker, RECOMMENDATIONS, ask), 'recommendations') as {
        edges: { node: { office: { code: string }; score: number } }[];
      };
      const shown = page.edges.find((edge) => edge.node.office.code === pair.candidateOfficeCode);
      expect(shown?.node.score).toBe(pair.score);
    }
  });

  it('keeps to the remaining capacity, and to the best candidatesPerRequest', async () => {
    await setOffice('FR', { mentoringCapacity: 1 });
    await assess('CM', { SECURITY: 1 });
    await assess('TN', { SECURITY: 1 });
    const three: Ask[] = ['CM', 'TN', SEEKER].map((officeCode) => ({
      officeCode,
      kind: 'MENTOR',
      dimension: 'SECURITY',
    }));
    const answer = await assign({ requests: three });
    for (const result of [answer.optimal, answer.greedy]) {
      const toFr = result.pairs.filter((pair) => pair.candidateOfficeCode === 'FR');
      expect(toFr.length).toBeLessThanOrEqual(1);
    }
    // one candidate each: FR or MA, whichever ranks first for the request
    const firstOnly = await assign({ requests: three, candidatesPerRequest: 1 });
    for (const pair of firstOnly.optimal.pairs) {
      const page = dataOf(
        await as(broker, RECOMMENDATIONS, three[pair.requestIndex] as Ask),
        'recommendations',
      ) as { edges: { node: { office: { code: string } } }[] };
      expect(pair.candidateOfficeCode).toBe(page.edges[0]?.node.office.code);
    }
    // no capacity left anywhere: nothing assigned, and no error
    // (SN, at level 2 in SECURITY, is a mentor of CM and TN: none left for it either)
    for (const code of ['FR', 'JP', SEEKER]) await setOffice(code, { mentoringCapacity: 0 });
    const none = await assign({ requests: three });
    expect([none.optimal, none.greedy]).toEqual([
      { totalScore: 0, assignedCount: 0, pairs: [] },
      { totalScore: 0, assignedCount: 0, pairs: [] },
    ]);
    await setOffice('FR', { mentoringCapacity: 3 });
    await setOffice('JP', { mentoringCapacity: 3 });
    // no request at all
    expect(await assign({ requests: [] })).toMatchObject({
      requestCount: 0,
      optimal: { assignedCount: 0, pairs: [] },
    });
  });

  it('openRequests: every OPEN request with its id; its pairs propose as they are, and leave the open set', async () => {
    const member = await createTestAccount(api, { officeCode: SEEKER, role: Role.MEMBER });
    const ids: string[] = [];
    for (const dimension of ['SECURITY', 'DATA'])
      ids.push(
        dataOf(
          await as(member, CREATE, {
            input: {
              officeCode: SEEKER,
              kind: 'MENTOR',
              dimension,
              topic: `Mentoring in ${dimension}`,
              goal: 'Learn from an office ahead of us.',
            },
          }),
          'createMatchRequest',
        ).id,
      );
    const answer = await assign({ openRequests: true });
    expect(answer.requestCount).toBe(2);
    // oldest first: the SECURITY request is index 0
    expect(answer.optimal.pairs.map((pair) => [pair.requestId, pair.candidateOfficeCode])).toEqual([
      [ids[0], 'JP'],
      [ids[1], 'FR'],
    ]);
    dataOf(
      await as(broker, PROPOSE_MANY, {
        input: {
          pairs: answer.optimal.pairs.map((pair) => ({
            requestId: pair.requestId,
            candidateOfficeCode: pair.candidateOfficeCode,
          })),
          message: 'The assignment chose you.',
        },
      }),
      'proposeIntroductions',
    );
    expect(await assign({ openRequests: true })).toMatchObject({
      requestCount: 0,
      optimal: { pairs: [] },
    });
    // SN–FR and SN–MA are open now: an ad hoc request of SN no longer gets them
    const again = await assign({ requests: SECURITY_AND_DATA });
    expect(again.optimal.pairs).toEqual([]);
  });

  it('refuses bad input with BAD_USER_INPUT before any work', async () => {
    const both = refusal(
      await assignmentOf({ requests: SECURITY_AND_DATA, openRequests: true }),
      'BAD_USER_INPUT',
    );
    expect(both.extensions).toMatchObject({ field: 'requests', rule: 'exactlyOne' });
    const neither = refusal(await assignmentOf({}), 'BAD_USER_INPUT');
    expect(neither.extensions).toMatchObject({ field: 'requests', rule: 'exactlyOne' });

    const unknown = refusal(
      await assignmentOf({
        requests: [SECURITY_AND_DATA[0], { officeCode: 'QQ', kind: 'MENTOR', dimension: 'DATA' }],
      }),
      'BAD_USER_INPUT',
    );
    expect(unknown.extensions).toMatchObject({
      field: 'requests.1.officeCode',
      rule: 'officeNotInNetwork',
      params: { code: 'QQ' },
    });
    const noDimension = refusal(
      await assignmentOf({ requests: [{ officeCode: SEEKER, kind: 'MENTOR' }] }),
      'BAD_USER_INPUT',
    );
    expect(noDimension.extensions).toMatchObject({
      field: 'requests.0.dimension',
      rule: 'required',
    });

    for (const candidatesPerRequest of [0, 101]) {
      const error = refusal(
        await assignmentOf({ requests: SECURITY_AND_DATA, candidatesPerRequest }),
        'BAD_USER_INPUT',
      );
      expect(error.extensions).toMatchObject({ field: 'candidatesPerRequest' });
    }

    const tooMany = Array.from({ length: 5001 }, () => SECURITY_AND_DATA[0]);
    const over = refusal(await assignmentOf({ requests: tooMany }), 'BAD_USER_INPUT');
    expect(over.extensions).toMatchObject({
      field: 'requests',
      rule: 'arrayMaxSize',
      params: { max: 5000 },
    });
  });

  it('refuses members and office admins (FORBIDDEN), and anyone signed out', async () => {
    for (const role of [Role.MEMBER, Role.OFFICE_ADMIN]) {
      const account = await createTestAccount(api, { officeCode: SEEKER, role });
      refusal(await assignmentOf({ requests: SECURITY_AND_DATA }, account), 'FORBIDDEN');
    }
    const anonymous = await api.gql(ASSIGNMENT, { requests: SECURITY_AND_DATA });
    expect(errorOf(anonymous)?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe(`a large assignment (GraphQL over HTTP, ${engine} engine, the demo network)`, () => {
  let api: TestApp;
  let broker: TestAccount;

  beforeAll(async () => {
    api = await startApp({ env: { DEMO_DATA: 'true' } });
    broker = await createTestAccount(api, { role: Role.BROKER });
  });

  afterAll(() => api?.close());

  it('5,000 requests fit the body limit, solve in the worker, and the API keeps answering meanwhile', async () => {
    // every (office, dimension) with a known level below 5 asks for a mentor, in turn
    const known: { code: string; dimension: string }[] = [];
    const rows: Record<string, string | number | null>[] = await api.app
      .get(DataSource)
      .query(`SELECT * FROM office_current_maturity ORDER BY office_code`);
    for (const row of rows)
      for (const dimension of MATURITY_DIMENSIONS) {
        const level = row[dimension.toLowerCase()];
        if (typeof level === 'number' && level < 5)
          known.push({ code: String(row['office_code']), dimension });
      }
    expect(known.length).toBeGreaterThan(100);
    const requests = Array.from({ length: 5000 }, (_, at) => {
      const { code, dimension } = known[at % known.length] as (typeof known)[number];
      return { officeCode: code, kind: at % 3 === 0 ? 'PEER' : 'MENTOR', dimension };
    });
    const body = JSON.stringify({ query: ASSIGNMENT, variables: { requests } });
    expect(Buffer.byteLength(body)).toBeLessThan(1024 * 1024);

    let solved = false;
    const large = api.post<{ assignment: Comparison }>(body, { token: broker.accessToken });
    void large.then(() => {
      solved = true;
    });
    // small requests, one after the other, while the large one is in flight
    let answeredMeanwhile = 0;
    while (!solved) {
      const small = await api.gql(`{ __typename }`);
      expect(small.data).toEqual({ __typename: 'Query' });
      if (!solved) answeredMeanwhile++;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const { optimal, greedy, requestCount } = dataOf(await large, 'assignment') as Comparison;
    expect(requestCount).toBe(5000);
    expect(optimal.assignedCount).toBeGreaterThan(0);
    expect(optimal.totalScore).toBeGreaterThanOrEqual(greedy.totalScore - 1e-9);
    // the solve ran off the request thread: small requests were answered before it ended
    expect(answeredMeanwhile).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
