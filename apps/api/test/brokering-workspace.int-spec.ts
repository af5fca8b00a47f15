import { DataSource } from 'typeorm';

import { IntroductionExpiry } from '@wild/api/brokering';
import {
  createTestAccount,
  dataOf,
  errorOf,
  GraphQLResponse,
  TestAccount,
  TestApp,
  testEngine,
} from '@wild/api/testing';
import { Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

const DAY_MS = 24 * 60 * 60 * 1000;

const HISTORY = `history { action fromState toState actor }`;
const INTRODUCTION = `id state requesterOfficeCode candidateOfficeCode message proposedAt
  request { id state } ${HISTORY}`;
const CREATE = `mutation ($input: CreateMatchRequestInput!) { createMatchRequest(input: $input) { id } }`;
const CANCEL_REQUEST = `mutation ($input: CancelMatchRequestInput!) { cancelMatchRequest(input: $input) { id } }`;
const PROPOSE = `mutation ($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { ${INTRODUCTION} } }`;
const PROPOSE_MANY = `mutation ($input: ProposeIntroductionsInput!) { proposeIntroductions(input: $input) { ${INTRODUCTION} } }`;
const RESPOND = `mutation ($input: RespondToIntroductionInput!) { respondToIntroduction(input: $input) { id state } }`;
const CLOSE = `mutation ($input: CloseIntroductionInput!) { closeIntroduction(input: $input) { id state } }`;
const CANCEL_INTRODUCTION = `mutation ($input: CancelIntroductionInput!) { cancelIntroduction(input: $input) { id state } }`;
const UPDATE_OFFICE = `mutation ($input: UpdateOfficeInput!) { updateOffice(input: $input) { code } }`;
const MATCH_REQUESTS = `query ($filter: MatchRequestFilterInput) { matchRequests(filter: $filter) { totalCount } }`;
const AUDIT = `query ($filter: AuditLogFilterInput) { auditLog(filter: $filter, first: 100) {
  edges { node { action actorId } } } }`;
const DASHBOARD = `query ($from: DateTime!, $to: DateTime!) { brokeringDashboard(from: $from, to: $to) {
  openRequests introducedRequests introductionsByState { state count }
  medianDaysToActive successfulShare closedCount } }`;

type Move = { action: string; fromState: string | null; toState: string; actor: string };
type Introduction = {
  id: string;
  state: string;
  requesterOfficeCode: string;
  candidateOfficeCode: string;
  message: string;
  proposedAt: string;
  request: { id: string; state: string };
  history: Move[];
};
type Dashboard = {
  openRequests: number;
  introducedRequests: number;
  introductionsByState: { state: string; count: number }[];
  medianDaysToActive: number | null;
  successfulShare: number | null;
  closedCount: number;
};
type Pair = { requestId: string; candidateOfficeCode: string };

const line = (move: Move) =>
  `${move.action} ${move.fromState ?? ''}→${move.toState} by ${move.actor}`;

/** The refusal of a response: its code, and the response carries no data. */
function refusal(response: GraphQLResponse, code: string) {
  const error = errorOf(response);
  expect(error?.extensions.code).toBe(code);
  expect(response.data ?? null).toBeNull();
  return error as NonNullable<typeof error>;
}

/** The states of the enum, each with its count (the others 0). */
const byState = (counts: Record<string, number>) =>
  ['PROPOSED', 'ACTIVE', 'DECLINED', 'EXPIRED', 'CANCELLED', 'CLOSED'].map((state) => ({
    state,
    count: counts[state] ?? 0,
  }));

/** Offices no request or introduction involves yet, and not handed out before. */
const FRESH_OFFICE = `SELECT office.code FROM office
  WHERE office.code <> ALL ($1::text[])
    AND NOT EXISTS (SELECT 1 FROM match_request WHERE match_request.office_code = office.code)
    AND NOT EXISTS (SELECT 1 FROM introduction
      WHERE office.code IN (introduction.requester_office_code, introduction.candidate_office_code))
  ORDER BY office.code LIMIT 1`;

/** The API's brokering workspace, as the tests call it, with one app's accounts. */
class Workspace {
  private readonly handedOut = new Set(['WO']);

  constructor(
    readonly api: TestApp,
    readonly broker: TestAccount,
    readonly admin: TestAccount,
  ) {}

  call(account: TestAccount, document: string, input: Record<string, unknown>) {
    return this.api.gql(document, { input }, { token: account.accessToken });
  }

  /** An office of its own for one role in a test (WO never). */
  async office(): Promise<string> {
    const rows: { code: string }[] = await this.api.app
      .get(DataSource)
      .query(FRESH_OFFICE, [[...this.handedOut]]);
    if (rows.length === 0) throw new Error('every office is taken');
    this.handedOut.add(rows[0].code);
    return rows[0].code;
  }

  member(officeCode: string, role = Role.MEMBER) {
    return createTestAccount(this.api, { officeCode, role });
  }

  /** A new OPEN request of `by`'s office: its id. */
  async ask(by: TestAccount): Promise<string> {
    return dataOf(
      await this.call(by, CREATE, {
        officeCode: by.officeCode,
        kind: 'MENTOR',
        dimension: 'SECURITY',
        topic: 'A security operations centre',
        goal: 'Run a SOC of our own within two years.',
      }),
      'createMatchRequest',
    ).id;
  }

  /** A request of a member of a fresh office: the member and the request's id. */
  async asker(): Promise<{ member: TestAccount; requestId: string }> {
    const member = await this.member(await this.office());
    return { member, requestId: await this.ask(member) };
  }

  proposalOfMany(pairs: Pair[], account = this.broker, message = 'You should talk.') {
    return this.call(account, PROPOSE_MANY, { pairs, message });
  }

  async proposeMany(pairs: Pair[], account = this.broker): Promise<Introduction[]> {
    return dataOf(await this.proposalOfMany(pairs, account), 'proposeIntroductions');
  }

  async propose(requestId: string, candidateOfficeCode: string): Promise<Introduction> {
    return dataOf(
      await this.call(this.broker, PROPOSE, {
        requestId,
        candidateOfficeCode,
        message: 'One at a time.',
      }),
      'proposeIntroduction',
    );
  }

  async respond(account: TestAccount, introductionId: string, accept: boolean, reason?: string) {
    dataOf(
      await this.call(account, RESPOND, { introductionId, accept, reason }),
      'respondToIntroduction',
    );
  }

  async close(introductionId: string, outcome: string) {
    dataOf(await this.call(this.broker, CLOSE, { introductionId, outcome }), 'closeIntroduction');
  }

  async cancel(introductionId: string) {
    dataOf(
      await this.call(this.broker, CANCEL_INTRODUCTION, { introductionId, reason: 'Not now.' }),
      'cancelIntroduction',
    );
  }

  async cancelRequest(by: TestAccount, requestId: string) {
    dataOf(
      await this.call(by, CANCEL_REQUEST, { requestId, reason: 'Found one ourselves.' }),
      'cancelMatchRequest',
    );
  }

  async capacity(code: string, mentoringCapacity: number): Promise<void> {
    dataOf(await this.call(this.admin, UPDATE_OFFICE, { code, mentoringCapacity }), 'updateOffice');
  }

  async auditActions(introductionId: string): Promise<[string, string | null][]> {
    const entries = dataOf(
      await this.api.gql(
        AUDIT,
        { filter: { entity: 'introduction', entityId: introductionId } },
        { token: this.admin.accessToken },
      ),
      'auditLog',
    ) as { edges: { node: { action: string; actorId: string | null } }[] };
    return entries.edges.map(({ node }) => [node.action, node.actorId]);
  }

  dashboardOf(from: Date, to: Date, account = this.broker) {
    return this.api.gql(
      DASHBOARD,
      { from: from.toISOString(), to: to.toISOString() },
      { token: account.accessToken },
    );
  }

  async dashboard(from: Date, to: Date, account = this.broker): Promise<Dashboard> {
    return dataOf(await this.dashboardOf(from, to, account), 'brokeringDashboard');
  }

  async requestCount(states: string[]): Promise<number> {
    return dataOf(
      await this.api.gql(
        MATCH_REQUESTS,
        { filter: { states } },
        { token: this.broker.accessToken },
      ),
      'matchRequests',
    ).totalCount;
  }

  /** Rows of every table a proposal writes: a refused batch leaves them as they were. */
  async written(): Promise<Record<string, number | string>> {
    const [row] = await this.api.app.get(DataSource).query(
      `SELECT (SELECT count(*) FROM match_request)::int AS requests,
              (SELECT count(*) FROM introduction)::int AS introductions,
              (SELECT count(*) FROM brokering_transition)::int AS transitions,
              (SELECT count(*) FROM audit_entry)::int AS audit,
              (SELECT string_agg(id || state, ',' ORDER BY id) FROM match_request) AS request_states,
              (SELECT string_agg(id || state, ',' ORDER BY id) FROM introduction) AS introduction_states`,
    );
    return row;
  }
}

const engine = testEngine();

describe(`proposeIntroductions (GraphQL over HTTP, ${engine} engine)`, () => {
  let api: TestApp;
  let client: Workspace;

  beforeAll(async () => {
    api = await startApp();
    client = new Workspace(
      api,
      await createTestAccount(api, { role: Role.BROKER }),
      await createTestAccount(api, { role: Role.ADMIN }),
    );
  });

  afterAll(() => api?.close());

  /** `n` requests of fresh offices, each with a fresh candidate. */
  async function goodPairs(n: number): Promise<Pair[]> {
    const pairs: Pair[] = [];
    for (let index = 0; index < n; index++)
      pairs.push({
        requestId: (await client.asker()).requestId,
        candidateOfficeCode: await client.office(),
      });
    return pairs;
  }

  /** The batch is refused with `code`, and nothing at all is written. */
  async function refusedWithNothingWritten(pairs: Pair[], code: string, account = client.broker) {
    const before = await client.written();
    const error = refusal(await client.proposalOfMany(pairs, account), code);
    expect(await client.written()).toEqual(before);
    return error;
  }

  it('a good batch of 3: each PROPOSED, in the pairs’ order, its request INTRODUCED, audited and in the history', async () => {
    const pairs = await goodPairs(3);
    const before = await client.written();
    const proposed = await client.proposeMany(pairs);
    expect(
      proposed.map((introduction) => [introduction.request.id, introduction.candidateOfficeCode]),
    ).toEqual(pairs.map((pair) => [pair.requestId, pair.candidateOfficeCode]));
    for (const introduction of proposed) {
      expect(introduction).toMatchObject({
        state: 'PROPOSED',
        message: 'You should talk.',
        request: { state: 'INTRODUCED' },
      });
      expect(introduction.history.map(line)).toEqual([
        'INTRODUCTION_PROPOSED →PROPOSED by BUREAU',
        'REQUEST_INTRODUCED OPEN→INTRODUCED by BUREAU',
      ]);
      expect(await client.auditActions(introduction.id)).toEqual([
        ['introduction.proposed', client.broker.id],
      ]);
    }
    const after = await client.written();
    expect([
      Number(after['introductions']) - Number(before['introductions']),
      Number(after['transitions']) - Number(before['transitions']),
      Number(after['audit']) - Number(before['audit']),
    ]).toEqual([3, 6, 3]);
    // an admin proposes too; a code is read as proposeIntroduction reads it
    const [pair] = await goodPairs(1);
    const [byAdmin] = await client.proposeMany(
      [{ ...pair, candidateOfficeCode: ` ${pair.candidateOfficeCode.toLowerCase()} ` }],
      client.admin,
    );
    expect(byAdmin).toMatchObject({
      state: 'PROPOSED',
      candidateOfficeCode: pair.candidateOfficeCode,
    });
  });

  it('one bad pair writes nothing: a FULFILLED request (CONFLICT naming the pair’s index)', async () => {
    const { member, requestId } = await client.asker();
    const candidateAdmin = await client.member(await client.office(), Role.OFFICE_ADMIN);
    const active = await client.propose(requestId, candidateAdmin.officeCode);
    await client.respond(member, active.id, true);
    await client.respond(candidateAdmin, active.id, true);
    const [first, last] = await goodPairs(2);
    const fulfilled = { requestId, candidateOfficeCode: await client.office() };
    const error = await refusedWithNothingWritten([first, fulfilled, last], 'CONFLICT');
    expect(error.message).toMatch(/^pairs\.1: This request is FULFILLED/);
    expect(error.extensions).toMatchObject({ reason: 'REQUEST_FULFILLED', pairIndex: 1 });
    // the good pairs alone go through
    expect(
      (await client.proposeMany([first, last])).map((introduction) => introduction.state),
    ).toEqual(['PROPOSED', 'PROPOSED']);
  });

  it('one bad pair writes nothing: two offices with an open introduction, whichever asked', async () => {
    const { member, requestId } = await client.asker();
    const candidate = await client.office();
    await client.propose(requestId, candidate);
    // the candidate's own request, to the office that asked it
    const reverse = {
      requestId: await client.ask(await client.member(candidate)),
      candidateOfficeCode: member.officeCode,
    };
    const good = await goodPairs(2);
    const error = await refusedWithNothingWritten([...good, reverse], 'CONFLICT');
    expect(error.extensions).toMatchObject({ reason: 'OPEN_INTRODUCTION_EXISTS', pairIndex: 2 });
    expect(error.message).toMatch(
      /^pairs\.2: .* already have an open introduction \(PROPOSED, id /,
    );
  });

  it('one bad pair writes nothing: the capacity the batch itself uses up, or the same two offices twice', async () => {
    const candidate = await client.office();
    await client.capacity(candidate, 1);
    const [one, other] = [await client.asker(), await client.asker()];
    const good = await goodPairs(1);
    const error = await refusedWithNothingWritten(
      [
        { requestId: one.requestId, candidateOfficeCode: candidate },
        ...good,
        { requestId: other.requestId, candidateOfficeCode: candidate },
      ],
      'CONFLICT',
    );
    expect(error.message).toMatch(new RegExp(`^pairs\\.2: ${candidate} has no capacity left`));
    expect(error.extensions).toMatchObject({ reason: 'NO_CAPACITY_LEFT', pairIndex: 2 });

    // two requests of one office to one candidate: the second pair is refused
    const asker = await client.asker();
    const sameOffices = [
      { requestId: asker.requestId, candidateOfficeCode: candidate },
      { requestId: await client.ask(asker.member), candidateOfficeCode: candidate },
    ];
    await client.capacity(candidate, 2);
    const pairError = await refusedWithNothingWritten(sameOffices, 'CONFLICT');
    expect(pairError.extensions).toMatchObject({
      reason: 'OPEN_INTRODUCTION_EXISTS',
      pairIndex: 1,
    });
  });

  it('one bad pair writes nothing: an unknown request (NOT_FOUND), an office not in the network or the request’s own (the pair’s field)', async () => {
    const [good] = await goodPairs(1);
    const unknown = await refusedWithNothingWritten(
      [good, { requestId: '00000000-0000-4000-8000-000000000000', candidateOfficeCode: 'FR' }],
      'NOT_FOUND',
    );
    expect(unknown.extensions['pairIndex']).toBe(1);

    const notInNetwork = await refusedWithNothingWritten(
      [good, { requestId: (await client.asker()).requestId, candidateOfficeCode: 'XX' }],
      'BAD_USER_INPUT',
    );
    expect(notInNetwork.extensions).toMatchObject({
      field: 'pairs.1.candidateOfficeCode',
      rule: 'officeNotInNetwork',
      params: { code: 'XX' },
    });

    const asker = await client.asker();
    const own = await refusedWithNothingWritten(
      [{ requestId: asker.requestId, candidateOfficeCode: asker.member.officeCode }, good],
      'BAD_USER_INPUT',
    );
    expect(own.extensions).toMatchObject({
      field: 'pairs.0.candidateOfficeCode',
      rule: 'ownOffice',
    });
  });

  it('BAD_USER_INPUT before any work: no pair, more than 500, a request twice, no message, a malformed id', async () => {
    const [pair] = await goodPairs(1);
    const none = await refusedWithNothingWritten([], 'BAD_USER_INPUT');
    expect(none.extensions).toMatchObject({ field: 'pairs', rule: 'required' });

    const tooMany = Array.from({ length: 501 }, () => pair);
    const over = await refusedWithNothingWritten(tooMany, 'BAD_USER_INPUT');
    expect(over.extensions).toMatchObject({
      field: 'pairs',
      rule: 'arrayMaxSize',
      params: { max: 500 },
    });

    // one request twice, however its id is written
    const twice = await refusedWithNothingWritten(
      [
        pair,
        { requestId: pair.requestId.toUpperCase(), candidateOfficeCode: await client.office() },
      ],
      'BAD_USER_INPUT',
    );
    expect(twice.extensions).toMatchObject({
      field: 'pairs',
      rule: 'duplicate',
      params: { values: [pair.requestId] },
    });

    const before = await client.written();
    const blank = refusal(
      await client.proposalOfMany([pair], client.broker, '   '),
      'BAD_USER_INPUT',
    );
    expect(blank.extensions).toMatchObject({ field: 'message', rule: 'required' });
    const malformed = refusal(
      await client.proposalOfMany([pair, { requestId: 'r1', candidateOfficeCode: 'FR' }]),
      'BAD_USER_INPUT',
    );
    expect(malformed.extensions).toMatchObject({ field: 'pairs.1.requestId', rule: 'isUuid' });
    expect(await client.written()).toEqual(before);
  });

  it('FORBIDDEN for a member and an office admin, even of the requesting office', async () => {
    const { member, requestId } = await client.asker();
    const pairs = [{ requestId, candidateOfficeCode: await client.office() }];
    await refusedWithNothingWritten(pairs, 'FORBIDDEN', member);
    const officeAdmin = await client.member(member.officeCode, Role.OFFICE_ADMIN);
    await refusedWithNothingWritten(pairs, 'FORBIDDEN', officeAdmin);
    // refused before its input is looked at
    await refusedWithNothingWritten([], 'FORBIDDEN', officeAdmin);
  });

  describe('two batches at once', () => {
    const outcomes = (responses: GraphQLResponse[]) =>
      responses.map((response) => errorOf(response)?.extensions.code ?? 'OK').sort();
    const refusedOf = (responses: GraphQLResponse[]) =>
      errorOf(responses.find((response) => response.errors) as GraphQLResponse);

    it('the same requests in opposite orders: one batch, the other CONFLICT (no deadlock)', async () => {
      const requester = await client.member(await client.office());
      const requests: string[] = [];
      for (let index = 0; index < 6; index++) requests.push(await client.ask(requester));
      const forward: Pair[] = [];
      const backward: Pair[] = [];
      for (const requestId of requests) {
        forward.push({ requestId, candidateOfficeCode: await client.office() });
        backward.unshift({ requestId, candidateOfficeCode: await client.office() });
      }
      const before = await client.written();
      const responses = await Promise.all([
        client.proposalOfMany(forward),
        client.proposalOfMany(backward),
      ]);
      expect(outcomes(responses)).toEqual(['CONFLICT', 'OK']);
      expect(refusedOf(responses)?.extensions).toMatchObject({
        reason: 'REQUEST_INTRODUCED',
        pairIndex: 0,
      });
      const after = await client.written();
      expect(Number(after['introductions']) - Number(before['introductions'])).toBe(6);
    });

    it('batches that cross a pair of offices (P→Q in one, Q→P in the other): one, the other CONFLICT', async () => {
      const [p, q, r, s] = [
        await client.office(),
        await client.office(),
        await client.office(),
        await client.office(),
      ];
      const ask = async (office: string) => client.ask(await client.member(office));
      const one = [
        { requestId: await ask(p), candidateOfficeCode: q },
        { requestId: await ask(r), candidateOfficeCode: s },
      ];
      const other = [
        { requestId: await ask(s), candidateOfficeCode: r },
        { requestId: await ask(q), candidateOfficeCode: p },
      ];
      const responses = await Promise.all([
        client.proposalOfMany(one),
        client.proposalOfMany(other),
      ]);
      expect(outcomes(responses)).toEqual(['CONFLICT', 'OK']);
      expect(refusedOf(responses)?.extensions).toMatchObject({
        reason: 'OPEN_INTRODUCTION_EXISTS',
        pairIndex: 0,
      });
      const [row] = await api.app.get(DataSource).query(
        `SELECT count(*)::int AS n FROM introduction
          WHERE requester_office_code = ANY ($1) AND state = 'PROPOSED'`,
        [[p, q, r, s]],
      );
      expect(row.n).toBe(2);
    });
  });
});

describe(`brokeringDashboard (GraphQL over HTTP, ${engine} engine)`, () => {
  let api: TestApp;
  let client: Workspace;
  let start: number;
  /** The introduction proposed on day 25 and still PROPOSED. */
  let lastInPeriod: Introduction;
  const at = (days: number) => new Date(start + days * DAY_MS);
  /** Moves the test clock to `days` after the start, and a minute (to be inside the day). */
  const dayOf = (days: number) =>
    api.clock.advance(start + days * DAY_MS + 60_000 - api.clock.nowMs());

  /** A request of a fresh office, proposed to a fresh one. */
  async function introduction() {
    const { member, requestId } = await client.asker();
    const candidateAdmin = await client.member(await client.office(), Role.OFFICE_ADMIN);
    const proposed = await client.propose(requestId, candidateAdmin.officeCode);
    return { proposed, id: proposed.id, member, candidateAdmin };
  }
  const activate = async ({
    id,
    member,
    candidateAdmin,
  }: Awaited<ReturnType<typeof introduction>>) => {
    await client.respond(member, id, true);
    await client.respond(candidateAdmin, id, true);
  };

  /**
   * The fixtures, day by day from the start; the period is [day 10, day 40). Letters name the
   * introductions; each has offices of its own.
   */
  beforeAll(async () => {
    api = await startApp();
    client = new Workspace(
      api,
      await createTestAccount(api, { role: Role.BROKER }),
      await createTestAccount(api, { role: Role.ADMIN }),
    );
    // this suite moves the clock and runs the expiry itself: no minute timer between
    api.app.get(IntroductionExpiry).onApplicationShutdown();
    start = api.clock.nowMs();

    // day 0, before the period: A (ACTIVE at once, CLOSED SUCCESSFUL on day 20), B (to expire)
    dayOf(0);
    const a = await introduction();
    await activate(a);
    await introduction();
    // day 10, in the period: C to H
    dayOf(10);
    const [c, d, e, f, , h] = [
      await introduction(),
      await introduction(),
      await introduction(),
      await introduction(),
      await introduction(), // G, to expire
      await introduction(),
    ];
    await client.respond(d.candidateAdmin, d.id, false, 'No one free.'); // DECLINED
    await client.cancel(e.id); // CANCELLED
    dayOf(11);
    await activate(c); // 1 day to ACTIVE; CLOSED after the period
    dayOf(13);
    await activate(f); // 3 days; CLOSED SUCCESSFUL on day 20
    dayOf(15);
    const i = await introduction();
    dayOf(17);
    await activate(h); // 7 days; still ACTIVE
    dayOf(20);
    await activate(i); // 5 days; CLOSED NOT_USEFUL on day 38
    await client.close(f.id, 'SUCCESSFUL');
    await client.close(a.id, 'SUCCESSFUL');
    dayOf(25);
    lastInPeriod = (await introduction()).proposed; // J, still PROPOSED
    dayOf(32);
    // B (day 0) and G (day 10) are due; J is not
    expect(await api.app.get(IntroductionExpiry).expireDue()).toBe(2);
    dayOf(38);
    await client.close(i.id, 'NOT_USEFUL');
    // day 41, after the period: K proposed, C closed
    dayOf(41);
    await introduction();
    await client.close(c.id, 'PARTLY');
    // a request never proposed, and one cancelled
    await client.asker();
    const cancelled = await client.asker();
    await client.cancelRequest(cancelled.member, cancelled.requestId);
  });

  afterAll(() => api?.close());

  it('every figure equals the hand count of the fixtures', async () => {
    const dashboard = await client.dashboard(at(10), at(40));
    expect(dashboard).toEqual({
      // B's, D's, E's and G's requests (OPEN again), and the one never proposed
      openRequests: 5,
      // J's and K's
      introducedRequests: 2,
      // proposed in the period: C F I CLOSED, H ACTIVE, D DECLINED, E CANCELLED, G EXPIRED, J PROPOSED
      introductionsByState: byState({
        PROPOSED: 1,
        ACTIVE: 1,
        DECLINED: 1,
        EXPIRED: 1,
        CANCELLED: 1,
        CLOSED: 3,
      }),
      // C 1, F 3, I 5 and H 7 days (A's 0 days were before the period): between 3 and 5
      medianDaysToActive: expect.closeTo(4, 3),
      // closed in the period: A and F SUCCESSFUL, I NOT_USEFUL (C after it)
      successfulShare: expect.closeTo(2 / 3, 10),
      closedCount: 3,
    });
    // the requests' figures as matchRequests counts them
    expect(dashboard.openRequests).toBe(await client.requestCount(['OPEN']));
    expect(dashboard.introducedRequests).toBe(await client.requestCount(['INTRODUCED']));

    // the whole of it: A to K; the ACTIVE ones' days 0, 1, 3, 5, 7; A F I C closed
    expect(await client.dashboard(at(-1), at(50))).toMatchObject({
      introductionsByState: byState({
        PROPOSED: 2,
        ACTIVE: 1,
        DECLINED: 1,
        EXPIRED: 2,
        CANCELLED: 1,
        CLOSED: 4,
      }),
      medianDaysToActive: expect.closeTo(3, 3),
      successfulShare: expect.closeTo(2 / 4, 10),
      closedCount: 4,
    });
  });

  it('from is inclusive and to exclusive', async () => {
    const proposedAt = new Date(lastInPeriod.proposedAt);
    const just = new Date(proposedAt.getTime() + 1);
    expect((await client.dashboard(proposedAt, just)).introductionsByState).toEqual(
      byState({ PROPOSED: 1 }),
    );
    expect((await client.dashboard(at(24), proposedAt)).introductionsByState).toEqual(byState({}));
  });

  it('the empty period: every count 0, no median, no share; the requests as they are now', async () => {
    const empty = await client.dashboardOf(at(-50), at(-1));
    expect(dataOf(empty, 'brokeringDashboard')).toEqual({
      openRequests: 5,
      introducedRequests: 2,
      introductionsByState: byState({}),
      medianDaysToActive: null,
      successfulShare: null,
      closedCount: 0,
    });
    // the figures cost the statements of an empty period: one statement, whatever the data
    const full = await client.dashboardOf(at(-1), at(50));
    expect(full.statements).toBe(empty.statements);
  });

  it('BAD_USER_INPUT: to not after from; a period over 5 years', async () => {
    for (const [from, to] of [
      [at(10), at(10)],
      [at(10), at(9)],
    ])
      expect(
        refusal(await client.dashboardOf(from, to), 'BAD_USER_INPUT').extensions,
      ).toMatchObject({ field: 'to', rule: 'notAfter', params: { other: 'from' } });
    // five calendar years exactly: the whole of the fixtures, A to K
    const from = at(-400);
    const fiveYears = new Date(from);
    fiveYears.setUTCFullYear(from.getUTCFullYear() + 5);
    expect((await client.dashboard(from, fiveYears)).closedCount).toBe(4);
    expect(
      refusal(await client.dashboardOf(from, new Date(fiveYears.getTime() + 1)), 'BAD_USER_INPUT')
        .extensions,
    ).toMatchObject({ field: 'to', rule: 'periodTooLong', params: { maxYears: 5 } });
  });

  it('FORBIDDEN for a member and an office admin; an admin reads it', async () => {
    for (const role of [Role.MEMBER, Role.OFFICE_ADMIN])
      refusal(
        await client.dashboardOf(at(10), at(40), await client.member('FR', role)),
        'FORBIDDEN',
      );
    expect((await client.dashboard(at(10), at(40), client.admin)).closedCount).toBe(3);
  });
});
