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
import { MATURITY_DIMENSIONS, Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

const DAY_MS = 24 * 60 * 60 * 1000;
const EXPIRY_DAYS = 21; // INTRODUCTION_EXPIRY_DAYS's default

const HISTORY = `history { action fromState toState actor reason }`;
const REQUEST = `id officeCode kind dimension standard topic goal urgency preferredLanguages state
  waitingDays requestedByViewer viewerMayCancel viewerAnswersForRequester ${HISTORY}`;
const INTRODUCTION = `id state requesterOfficeCode candidateOfficeCode message proposedAt activatedAt
  endedAt expiresAt outcome outcomeNotes
  requesterResponse { accepted reason } candidateResponse { accepted reason }
  request { id state } viewerPermissions { side respond close cancel } ${HISTORY}`;
const CREATE = `mutation ($input: CreateMatchRequestInput!) { createMatchRequest(input: $input) { ${REQUEST} } }`;
const CANCEL_REQUEST = `mutation ($input: CancelMatchRequestInput!) { cancelMatchRequest(input: $input) { ${REQUEST} } }`;
const PROPOSE = `mutation ($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { ${INTRODUCTION} } }`;
const RESPOND = `mutation ($input: RespondToIntroductionInput!) { respondToIntroduction(input: $input) { ${INTRODUCTION} } }`;
const CLOSE = `mutation ($input: CloseIntroductionInput!) { closeIntroduction(input: $input) { ${INTRODUCTION} } }`;
const CANCEL_INTRODUCTION = `mutation ($input: CancelIntroductionInput!) { cancelIntroduction(input: $input) { ${INTRODUCTION} } }`;
const MATCH_REQUEST = `query ($id: ID!) { matchRequest(id: $id) { ${REQUEST} } }`;
const READ_INTRODUCTION = `query ($id: ID!) { introduction(id: $id) { ${INTRODUCTION} } }`;
const MATCH_REQUESTS = `query ($filter: MatchRequestFilterInput, $orderBy: MatchRequestOrderInput, $first: Int, $after: String) {
  matchRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id officeCode state urgency } }
  }
}`;
const INTRODUCTIONS = `query ($filter: IntroductionFilterInput, $first: Int) {
  introductions(filter: $filter, first: $first) { totalCount edges { node { id state requesterOfficeCode candidateOfficeCode } } }
}`;
const RECOMMENDATIONS = `query ($officeCode: String!, $kind: MatchKind!, $dimension: MaturityDimension) {
  recommendations(officeCode: $officeCode, kind: $kind, dimension: $dimension, first: 50) {
    edges { node { office { code } score reasons { factor } } }
  }
}`;
const SUBMIT = `mutation ($input: MaturityAssessmentInput!) { submitMaturityAssessment(input: $input) { id } }`;
const SET_NEEDS = `mutation ($input: SetNeedsAndOffersInput!) { setNeedsAndOffers(input: $input) { code } }`;
const UPDATE_OFFICE = `mutation ($input: UpdateOfficeInput!) { updateOffice(input: $input) { code } }`;
const UPDATE_MY_PROFILE = `mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }`;
const ME = `{ me { member { id } } }`;
const AUDIT = `query ($filter: AuditLogFilterInput) { auditLog(filter: $filter, first: 100) {
  edges { node { action actorId changes { field before after } } } } }`;

type Move = {
  action: string;
  fromState: string | null;
  toState: string;
  actor: string;
  reason: string | null;
};
type Request = {
  id: string;
  officeCode: string;
  state: string;
  history: Move[];
  [field: string]: unknown;
};
type Introduction = {
  id: string;
  state: string;
  proposedAt: string;
  activatedAt: string | null;
  endedAt: string | null;
  expiresAt: string | null;
  request: { id: string; state: string };
  viewerPermissions: { side: string | null; respond: boolean; close: boolean; cancel: boolean };
  history: Move[];
  [field: string]: unknown;
};
type AuditNode = { action: string; actorId: string | null; changes: { field: string }[] };
type Recommended = { office: { code: string }; score: number; reasons: { factor: string }[] };

/** A move as one line: `ACTION FROM→TO by ACTOR`. */
const line = (move: Move) =>
  `${move.action} ${move.fromState ?? ''}→${move.toState} by ${move.actor}`;
const lines = (history: Move[]) => history.map(line);

/** The refusal of a response: its code, and the response carries no data. */
function refusal(response: GraphQLResponse, code: string) {
  const error = errorOf(response);
  expect(error?.extensions.code).toBe(code);
  expect(response.data ?? null).toBeNull();
  return error as NonNullable<typeof error>;
}

/** The API's brokering, as the tests call it, with one app's accounts. */
class Brokering {
  constructor(
    readonly api: TestApp,
    readonly broker: TestAccount,
    readonly admin: TestAccount,
  ) {}

  call(account: TestAccount, document: string, input: Record<string, unknown>) {
    return this.api.gql(document, { input }, { token: account.accessToken });
  }

  async ask(account: TestAccount, input: Record<string, unknown> = {}): Promise<Request> {
    return dataOf(
      await this.call(account, CREATE, {
        officeCode: account.officeCode,
        kind: 'MENTOR',
        dimension: 'SECURITY',
        topic: 'A security operations centre',
        goal: 'Run a SOC of our own within two years.',
        ...input,
      }),
      'createMatchRequest',
    );
  }

  proposal(requestId: string, candidateOfficeCode: string, account = this.broker) {
    return this.call(account, PROPOSE, {
      requestId,
      candidateOfficeCode,
      message: `${candidateOfficeCode} runs one; talk to them.`,
    });
  }

  async propose(requestId: string, candidateOfficeCode: string): Promise<Introduction> {
    return dataOf(await this.proposal(requestId, candidateOfficeCode), 'proposeIntroduction');
  }

  answer(account: TestAccount, introductionId: string, accept: boolean, reason?: string) {
    return this.call(account, RESPOND, { introductionId, accept, reason });
  }

  async respond(
    account: TestAccount,
    introductionId: string,
    accept: boolean,
    reason?: string,
  ): Promise<Introduction> {
    return dataOf(
      await this.answer(account, introductionId, accept, reason),
      'respondToIntroduction',
    );
  }

  async close(
    account: TestAccount,
    introductionId: string,
    outcome = 'SUCCESSFUL',
    notes?: string,
  ): Promise<Introduction> {
    return dataOf(
      await this.call(account, CLOSE, { introductionId, outcome, notes }),
      'closeIntroduction',
    );
  }

  /** Proposed, then accepted by both sides. */
  async activate(
    request: Request,
    requester: TestAccount,
    candidateAdmin: TestAccount,
  ): Promise<Introduction> {
    const proposed = await this.propose(request.id, candidateAdmin.officeCode);
    await this.respond(requester, proposed.id, true);
    return this.respond(candidateAdmin, proposed.id, true);
  }

  async request(id: string, account = this.broker): Promise<Request> {
    return dataOf(
      await this.api.gql(MATCH_REQUEST, { id }, { token: account.accessToken }),
      'matchRequest',
    );
  }

  async introduction(id: string, account = this.broker): Promise<Introduction> {
    return dataOf(
      await this.api.gql(READ_INTRODUCTION, { id }, { token: account.accessToken }),
      'introduction',
    );
  }

  async stateOf(requestId: string): Promise<string> {
    return (await this.request(requestId)).state;
  }

  /** The audit entries of one thing, oldest first (read by an admin). */
  async audit(entity: string, entityId: string): Promise<AuditNode[]> {
    const entries = dataOf(
      await this.api.gql(
        AUDIT,
        { filter: { entity, entityId } },
        { token: this.admin.accessToken },
      ),
      'auditLog',
    ) as { edges: { node: AuditNode }[] };
    return entries.edges.map((edge) => edge.node).reverse();
  }

  async auditActions(entity: string, entityId: string): Promise<[string, string | null][]> {
    return (await this.audit(entity, entityId)).map((node) => [node.action, node.actorId]);
  }

  /** Rows of every table a brokering move writes: a refused move leaves them as they were. */
  async written(): Promise<Record<string, number>> {
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

  async memberIdOf(account: TestAccount): Promise<string> {
    return dataOf(await this.api.gql(ME, {}, { token: account.accessToken }), 'me').member.id;
  }

  /** A self-assessment with these levels (the other dimensions unknown), by the admin. */
  async assess(officeCode: string, levels: Record<string, number>): Promise<void> {
    dataOf(
      await this.call(this.admin, SUBMIT, {
        officeCode,
        levels: MATURITY_DIMENSIONS.map((dimension) => ({
          dimension,
          level: levels[dimension] ?? null,
        })),
      }),
      'submitMaturityAssessment',
    );
  }

  async needsAndOffers(officeCode: string, input: Record<string, unknown>): Promise<void> {
    dataOf(await this.call(this.admin, SET_NEEDS, { officeCode, ...input }), 'setNeedsAndOffers');
  }

  async capacity(code: string, mentoringCapacity: number): Promise<void> {
    dataOf(await this.call(this.admin, UPDATE_OFFICE, { code, mentoringCapacity }), 'updateOffice');
  }
}

const engine = testEngine();

describe(`brokering (GraphQL over HTTP, ${engine} engine)`, () => {
  let api: TestApp;
  let client: Brokering;
  let broker: TestAccount;
  let admin: TestAccount;
  const account = (officeCode: string, role = Role.MEMBER, displayName?: string) =>
    createTestAccount(api, { officeCode, role, displayName });

  beforeAll(async () => {
    api = await startApp();
    broker = await createTestAccount(api, { role: Role.BROKER });
    admin = await createTestAccount(api, { role: Role.ADMIN });
    client = new Brokering(api, broker, admin);
  });

  afterAll(() => api?.close());

  describe('the life cycle, to each end state', () => {
    let requester: TestAccount; // SN
    let frAdmin: TestAccount;
    let ciAdmin: TestAccount;

    beforeAll(async () => {
      requester = await account('SN');
      frAdmin = await account('FR', Role.OFFICE_ADMIN);
      ciAdmin = await account('CI', Role.OFFICE_ADMIN);
    });

    it('CLOSED: OPEN → INTRODUCED (PROPOSED) → one yes (PROPOSED) → both (ACTIVE, FULFILLED) → CLOSED (still FULFILLED)', async () => {
      const request = await client.ask(requester, {
        topic: ' A SOC ',
        urgency: 'HIGH',
        preferredLanguages: ['fr', 'en'],
      });
      expect(request).toMatchObject({
        officeCode: 'SN',
        kind: 'MENTOR',
        dimension: 'SECURITY',
        standard: null,
        topic: 'A SOC',
        urgency: 'HIGH',
        preferredLanguages: ['fr', 'en'],
        state: 'OPEN',
        waitingDays: 0,
        requestedByViewer: true,
        viewerMayCancel: true,
        viewerAnswersForRequester: true,
      });
      expect(lines(request.history)).toEqual(['REQUEST_CREATED →OPEN by REQUESTER']);

      const proposed = await client.propose(request.id, 'FR');
      expect(proposed).toMatchObject({
        state: 'PROPOSED',
        requesterOfficeCode: 'SN',
        candidateOfficeCode: 'FR',
        message: 'FR runs one; talk to them.',
        requesterResponse: null,
        candidateResponse: null,
        activatedAt: null,
        endedAt: null,
        request: { id: request.id, state: 'INTRODUCED' },
      });
      expect(Date.parse(proposed.expiresAt as string) - Date.parse(proposed.proposedAt)).toBe(
        EXPIRY_DAYS * DAY_MS,
      );
      expect(await client.stateOf(request.id)).toBe('INTRODUCED');
      // what each one may do with it now
      expect((await client.introduction(proposed.id, requester)).viewerPermissions).toEqual({
        side: 'REQUESTER',
        respond: true,
        close: false,
        cancel: true,
      });
      expect((await client.introduction(proposed.id, frAdmin)).viewerPermissions).toEqual({
        side: 'CANDIDATE',
        respond: true,
        close: false,
        cancel: false,
      });
      expect((await client.introduction(proposed.id, broker)).viewerPermissions).toEqual({
        side: null,
        respond: false,
        close: false,
        cancel: true,
      });

      const half = await client.respond(requester, proposed.id, true);
      expect(half).toMatchObject({
        state: 'PROPOSED',
        requesterResponse: { accepted: true, reason: null },
        candidateResponse: null,
        viewerPermissions: { side: 'REQUESTER', respond: false },
        request: { state: 'INTRODUCED' },
      });
      expect(await client.stateOf(request.id)).toBe('INTRODUCED');

      const active = await client.respond(frAdmin, proposed.id, true);
      expect(active).toMatchObject({
        state: 'ACTIVE',
        candidateResponse: { accepted: true, reason: null },
        expiresAt: null,
        endedAt: null,
        request: { state: 'FULFILLED' },
        viewerPermissions: { side: 'CANDIDATE', respond: false, close: true, cancel: false },
      });
      expect(active.activatedAt).not.toBeNull();
      expect(await client.stateOf(request.id)).toBe('FULFILLED');

      const closed = await client.close(requester, proposed.id, 'PARTLY', ' Half of a SOC. ');
      expect(closed).toMatchObject({
        state: 'CLOSED',
        outcome: 'PARTLY',
        outcomeNotes: 'Half of a SOC.',
        request: { state: 'FULFILLED' },
        viewerPermissions: { respond: false, close: false, cancel: false },
      });
      expect(closed.endedAt).not.toBeNull();
      expect(await client.stateOf(request.id)).toBe('FULFILLED');

      // every move, in order, by whom and why
      expect(lines(closed.history)).toEqual([
        'INTRODUCTION_PROPOSED →PROPOSED by BUREAU',
        'REQUEST_INTRODUCED OPEN→INTRODUCED by BUREAU',
        'INTRODUCTION_ACCEPTED PROPOSED→PROPOSED by REQUESTER',
        'INTRODUCTION_ACCEPTED PROPOSED→PROPOSED by CANDIDATE',
        'INTRODUCTION_ACTIVATED PROPOSED→ACTIVE by CANDIDATE',
        'REQUEST_FULFILLED INTRODUCED→FULFILLED by CANDIDATE',
        'INTRODUCTION_CLOSED ACTIVE→CLOSED by REQUESTER',
      ]);
      expect(closed.history[6].reason).toBe('Half of a SOC.');
      const history = (await client.request(request.id, requester)).history;
      expect(lines(history)).toEqual([
        'REQUEST_CREATED →OPEN by REQUESTER',
        ...lines(closed.history),
      ]);
      expect((await client.request(request.id, requester)).viewerMayCancel).toBe(false);

      expect(await client.auditActions('match_request', request.id)).toEqual([
        ['match_request.created', requester.id],
      ]);
      expect(await client.auditActions('introduction', proposed.id)).toEqual([
        ['introduction.proposed', broker.id],
        ['introduction.accepted', requester.id],
        ['introduction.accepted', frAdmin.id],
        ['introduction.closed', requester.id],
      ]);
      const [, , activation] = await client.audit('introduction', proposed.id);
      expect(activation?.changes.map((change) => change.field)).toEqual(
        expect.arrayContaining(['candidateAccepted', 'state', 'requestState']),
      );
    });

    it('DECLINED: a decline needs a reason; then the request is OPEN again, and may be proposed anew', async () => {
      const request = await client.ask(requester);
      const proposed = await client.propose(request.id, 'CI');
      const before = await client.written();
      for (const reason of [undefined, '   '])
        expect(
          refusal(await client.answer(ciAdmin, proposed.id, false, reason), 'BAD_USER_INPUT')
            .extensions['field'],
        ).toBe('reason');
      expect(await client.written()).toEqual(before);

      const declined = await client.respond(ciAdmin, proposed.id, false, 'No capacity this year.');
      expect(declined).toMatchObject({
        state: 'DECLINED',
        candidateResponse: { accepted: false, reason: 'No capacity this year.' },
        requesterResponse: null,
        request: { state: 'OPEN' },
        expiresAt: null,
      });
      expect(declined.endedAt).not.toBeNull();
      expect(lines(declined.history)).toEqual([
        'INTRODUCTION_PROPOSED →PROPOSED by BUREAU',
        'REQUEST_INTRODUCED OPEN→INTRODUCED by BUREAU',
        'INTRODUCTION_DECLINED PROPOSED→DECLINED by CANDIDATE',
        'REQUEST_REOPENED INTRODUCED→OPEN by CANDIDATE',
      ]);
      expect(declined.history[2].reason).toBe('No capacity this year.');
      expect(await client.stateOf(request.id)).toBe('OPEN');
      expect(await client.auditActions('introduction', proposed.id)).toEqual([
        ['introduction.proposed', broker.id],
        ['introduction.declined', ciAdmin.id],
      ]);

      // OPEN again: the bureau may try another office
      const again = await client.propose(request.id, 'CM');
      expect(again.request.state).toBe('INTRODUCED');
    });

    it('CANCELLED introduction: the request is OPEN again (a reason is required)', async () => {
      const request = await client.ask(requester);
      const proposed = await client.propose(request.id, 'BE');
      expect(
        refusal(
          await client.call(requester, CANCEL_INTRODUCTION, {
            introductionId: proposed.id,
            reason: ' ',
          }),
          'BAD_USER_INPUT',
        ).extensions['field'],
      ).toBe('reason');
      const cancelled = dataOf(
        await client.call(requester, CANCEL_INTRODUCTION, {
          introductionId: proposed.id,
          reason: 'We found a partner ourselves.',
        }),
        'cancelIntroduction',
      ) as Introduction;
      expect(cancelled).toMatchObject({ state: 'CANCELLED', request: { state: 'OPEN' } });
      expect(cancelled.endedAt).not.toBeNull();
      expect(lines(cancelled.history).slice(2)).toEqual([
        'INTRODUCTION_CANCELLED PROPOSED→CANCELLED by REQUESTER',
        'REQUEST_REOPENED INTRODUCED→OPEN by REQUESTER',
      ]);
      expect(cancelled.history[2].reason).toBe('We found a partner ourselves.');
      expect(await client.stateOf(request.id)).toBe('OPEN');
      expect(await client.auditActions('introduction', proposed.id)).toEqual([
        ['introduction.proposed', broker.id],
        ['introduction.cancelled', requester.id],
      ]);

      // a broker cancels too, named as the bureau
      const second = await client.propose(request.id, 'BE');
      const byBroker = dataOf(
        await client.call(broker, CANCEL_INTRODUCTION, {
          introductionId: second.id,
          reason: 'Wrong office.',
        }),
        'cancelIntroduction',
      ) as Introduction;
      expect(lines(byBroker.history).slice(2)).toEqual([
        'INTRODUCTION_CANCELLED PROPOSED→CANCELLED by BUREAU',
        'REQUEST_REOPENED INTRODUCED→OPEN by BUREAU',
      ]);
    });

    it('CANCELLED request: cancelling an INTRODUCED request cancels its PROPOSED introduction', async () => {
      const request = await client.ask(requester);
      const proposed = await client.propose(request.id, 'CA');
      expect(
        refusal(
          await client.call(requester, CANCEL_REQUEST, { requestId: request.id, reason: '' }),
          'BAD_USER_INPUT',
        ).extensions['field'],
      ).toBe('reason');
      const cancelled = dataOf(
        await client.call(requester, CANCEL_REQUEST, {
          requestId: request.id,
          reason: 'The project was stopped.',
        }),
        'cancelMatchRequest',
      ) as Request;
      expect(cancelled).toMatchObject({ state: 'CANCELLED', viewerMayCancel: false });
      expect(lines(cancelled.history).slice(-2)).toEqual([
        'INTRODUCTION_CANCELLED PROPOSED→CANCELLED by REQUESTER',
        'REQUEST_CANCELLED INTRODUCED→CANCELLED by REQUESTER',
      ]);
      expect(cancelled.history.slice(-2).map((move) => move.reason)).toEqual([
        'The project was stopped.',
        'The project was stopped.',
      ]);
      const introduction = await client.introduction(proposed.id);
      expect(introduction).toMatchObject({ state: 'CANCELLED', request: { state: 'CANCELLED' } });
      expect(introduction.endedAt).not.toBeNull();
      const [created, cancellation] = await client.audit('match_request', request.id);
      expect(created?.action).toBe('match_request.created');
      expect(cancellation).toMatchObject({
        action: 'match_request.cancelled',
        actorId: requester.id,
      });
      expect(cancellation?.changes.map((change) => change.field)).toEqual(
        expect.arrayContaining(['state', 'introductionState', 'reason']),
      );

      // an OPEN one, by an office admin of the office
      const snAdmin = await account('SN', Role.OFFICE_ADMIN);
      const open = await client.ask(requester);
      const gone = dataOf(
        await client.call(snAdmin, CANCEL_REQUEST, { requestId: open.id, reason: 'Duplicate.' }),
        'cancelMatchRequest',
      ) as Request;
      expect(lines(gone.history)).toEqual([
        'REQUEST_CREATED →OPEN by REQUESTER',
        'REQUEST_CANCELLED OPEN→CANCELLED by REQUESTER',
      ]);
    });
  });

  describe('every illegal move: CONFLICT naming the current state', () => {
    let requester: TestAccount; // KE
    let ghAdmin: TestAccount;
    let ngAdmin: TestAccount;
    let zaAdmin: TestAccount;
    let ugAdmin: TestAccount;
    const made: Record<string, string> = {};

    beforeAll(async () => {
      requester = await account('KE');
      [ghAdmin, ngAdmin, zaAdmin, ugAdmin] = await Promise.all(
        ['GH', 'NG', 'ZA', 'UG'].map((code) => account(code, Role.OFFICE_ADMIN)),
      );
      const fulfilled = await client.ask(requester);
      made['ACTIVE'] = (await client.activate(fulfilled, requester, ghAdmin)).id;
      made['FULFILLED'] = fulfilled.id;

      const reopened = await client.ask(requester);
      const declined = await client.propose(reopened.id, 'NG');
      await client.respond(ngAdmin, declined.id, false, 'Not now.');
      made['DECLINED'] = declined.id;

      const closedRequest = await client.ask(requester);
      const closed = await client.activate(closedRequest, requester, zaAdmin);
      await client.close(zaAdmin, closed.id, 'NOT_USEFUL');
      made['CLOSED'] = closed.id;

      const introduced = await client.ask(requester);
      const proposed = await client.propose(introduced.id, 'UG');
      await client.respond(requester, proposed.id, true);
      made['PROPOSED'] = proposed.id;
      made['INTRODUCED'] = introduced.id;

      const cancelled = await client.ask(requester);
      await client.call(requester, CANCEL_REQUEST, { requestId: cancelled.id, reason: 'No.' });
      made['CANCELLED'] = cancelled.id;
    });

    const conflict = async (response: GraphQLResponse, state: string, reason: string) => {
      const error = refusal(response, 'CONFLICT');
      expect(error.message).toContain(`is ${state}`);
      expect(error.extensions['reason']).toBe(reason);
    };

    it('answering an ACTIVE, DECLINED or CLOSED introduction (either side)', async () => {
      const before = await client.written();
      for (const [state, candidateAdmin] of [
        ['ACTIVE', ghAdmin],
        ['DECLINED', ngAdmin],
        ['CLOSED', zaAdmin],
      ] as const) {
        const id = made[state] as string;
        for (const [who, accept] of [
          [requester, true],
          [requester, false],
          [candidateAdmin, true],
        ] as const)
          await conflict(
            await client.answer(who, id, accept, 'A reason.'),
            state,
            `INTRODUCTION_${state}`,
          );
      }
      expect(await client.written()).toEqual(before);
    });

    it('closing one not ACTIVE; cancelling one not PROPOSED', async () => {
      const before = await client.written();
      for (const state of ['PROPOSED', 'DECLINED', 'CLOSED'])
        await conflict(
          await client.call(broker, CLOSE, {
            introductionId: made[state],
            outcome: 'SUCCESSFUL',
          }),
          state,
          `INTRODUCTION_${state}`,
        );
      for (const state of ['ACTIVE', 'DECLINED', 'CLOSED'])
        for (const who of [requester, broker])
          await conflict(
            await client.call(who, CANCEL_INTRODUCTION, {
              introductionId: made[state],
              reason: 'Enough.',
            }),
            state,
            `INTRODUCTION_${state}`,
          );
      expect(await client.written()).toEqual(before);
    });

    it('proposing for a FULFILLED, CANCELLED or INTRODUCED request; cancelling a FULFILLED or CANCELLED one', async () => {
      const before = await client.written();
      for (const state of ['FULFILLED', 'CANCELLED', 'INTRODUCED'])
        await conflict(
          await client.proposal(made[state] as string, 'MW'),
          state,
          `REQUEST_${state}`,
        );
      for (const state of ['FULFILLED', 'CANCELLED'])
        for (const who of [requester, broker])
          await conflict(
            await client.call(who, CANCEL_REQUEST, { requestId: made[state], reason: 'Again.' }),
            state,
            `REQUEST_${state}`,
          );
      expect(await client.written()).toEqual(before);
    });

    it('a side answering twice: its first answer is final', async () => {
      const before = await client.written();
      for (const accept of [true, false]) {
        const error = refusal(
          await client.answer(requester, made['PROPOSED'] as string, accept, 'Changed my mind.'),
          'CONFLICT',
        );
        expect(error.extensions['reason']).toBe('ALREADY_ANSWERED');
        expect(error.message).toContain('already accepted');
      }
      expect(await client.written()).toEqual(before);
      // the other side still answers
      expect((await client.respond(ugAdmin, made['PROPOSED'] as string, true)).state).toBe(
        'ACTIVE',
      );
    });
  });

  describe('who may see and do what', () => {
    let requester: TestAccount; // DZ, the member who asked
    let dzMember: TestAccount; // another member of the requesting office
    let dzAdmin: TestAccount;
    let egAdmin: TestAccount; // the candidate office
    let egMember: TestAccount;
    let jpMember: TestAccount; // a third office
    let jpAdmin: TestAccount;
    let request: Request;
    let introduction: Introduction;

    beforeAll(async () => {
      [requester, dzMember, dzAdmin, egAdmin, egMember, jpMember, jpAdmin] = await Promise.all([
        account('DZ'),
        account('DZ'),
        account('DZ', Role.OFFICE_ADMIN),
        account('EG', Role.OFFICE_ADMIN),
        account('EG'),
        account('JP'),
        account('JP', Role.OFFICE_ADMIN),
      ]);
      request = await client.ask(requester);
      introduction = await client.propose(request.id, 'EG');
    });

    it('a third office: NOT_FOUND for reading or moving the request or the introduction', async () => {
      const before = await client.written();
      for (const outsider of [jpMember, jpAdmin]) {
        const token = { token: outsider.accessToken };
        refusal(await api.gql(MATCH_REQUEST, { id: request.id }, token), 'NOT_FOUND');
        refusal(await api.gql(READ_INTRODUCTION, { id: introduction.id }, token), 'NOT_FOUND');
        refusal(await client.answer(outsider, introduction.id, true), 'NOT_FOUND');
        refusal(
          await client.call(outsider, CLOSE, {
            introductionId: introduction.id,
            outcome: 'PARTLY',
          }),
          'NOT_FOUND',
        );
        refusal(
          await client.call(outsider, CANCEL_INTRODUCTION, {
            introductionId: introduction.id,
            reason: 'x',
          }),
          'NOT_FOUND',
        );
        refusal(
          await client.call(outsider, CANCEL_REQUEST, { requestId: request.id, reason: 'x' }),
          'NOT_FOUND',
        );
      }
      // an id that cannot be one names nothing, like an unknown one
      for (const id of ['not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
        const token = { token: jpMember.accessToken };
        refusal(await api.gql(MATCH_REQUEST, { id }, token), 'NOT_FOUND');
        refusal(await api.gql(READ_INTRODUCTION, { id }, token), 'NOT_FOUND');
      }
      // the candidate office sees the introduction, not the request on its own
      refusal(
        await api.gql(MATCH_REQUEST, { id: request.id }, { token: egMember.accessToken }),
        'NOT_FOUND',
      );
      expect((await client.introduction(introduction.id, egMember)).state).toBe('PROPOSED');
      expect(await client.written()).toEqual(before);
    });

    it('FORBIDDEN: a plain member of the candidate office, or of the requesting office who did not ask, answering', async () => {
      const before = await client.written();
      for (const who of [egMember, dzMember]) {
        refusal(await client.answer(who, introduction.id, true), 'FORBIDDEN');
        refusal(await client.answer(who, introduction.id, false, 'No.'), 'FORBIDDEN');
        expect((await client.introduction(introduction.id, who)).viewerPermissions).toEqual({
          side: null,
          respond: false,
          close: false,
          cancel: false,
        });
      }
      // nor does a broker answer for a side; a plain member closes nothing
      refusal(await client.answer(broker, introduction.id, true), 'FORBIDDEN');
      for (const who of [egMember, dzMember])
        refusal(
          await client.call(who, CLOSE, { introductionId: introduction.id, outcome: 'PARTLY' }),
          'FORBIDDEN',
        );
      // the candidate side does not cancel; a plain member does not cancel the request
      refusal(
        await client.call(egAdmin, CANCEL_INTRODUCTION, {
          introductionId: introduction.id,
          reason: 'x',
        }),
        'FORBIDDEN',
      );
      refusal(
        await client.call(dzMember, CANCEL_REQUEST, { requestId: request.id, reason: 'x' }),
        'FORBIDDEN',
      );
      expect(await client.written()).toEqual(before);
      // an office admin of the requesting office answers for it
      expect((await client.introduction(introduction.id, dzAdmin)).viewerPermissions.side).toBe(
        'REQUESTER',
      );
    });

    it('FORBIDDEN: a member or an office admin proposing; asking for another office', async () => {
      const before = await client.written();
      for (const who of [requester, dzAdmin, egAdmin])
        refusal(await client.proposal(request.id, 'FR', who), 'FORBIDDEN');
      for (const [who, officeCode] of [
        [requester, 'EG'],
        [dzAdmin, 'JP'],
        [broker, 'DZ'],
      ] as const)
        refusal(
          await client.call(who, CREATE, {
            officeCode,
            kind: 'MENTOR',
            dimension: 'SECURITY',
            topic: 'T',
            goal: 'G',
          }),
          'FORBIDDEN',
        );
      expect(await client.written()).toEqual(before);
    });

    it('BAD_USER_INPUT naming the field, and nothing written', async () => {
      const before = await client.written();
      const base = {
        officeCode: 'DZ',
        kind: 'MENTOR',
        dimension: 'SECURITY',
        topic: 'A topic',
        goal: 'A goal',
      };
      for (const [input, field, rule] of [
        [{ dimension: null }, 'dimension', 'required'],
        [{ standard: 'ST.26' }, 'standard', 'notForKind'],
        [{ kind: 'STANDARD_BUDDY', dimension: null }, 'standard', 'required'],
        [{ preferredLanguages: ['fr', 'xx'] }, 'preferredLanguages', 'unknownCode'],
        [{ topic: '   ' }, 'topic', 'required'],
        [{ goal: '' }, 'goal', 'required'],
        [{ suggestedOfficeCode: 'ZZ' }, 'suggestedOfficeCode', 'officeNotInNetwork'],
        [{ suggestedOfficeCode: 'dz' }, 'suggestedOfficeCode', 'ownOffice'],
      ] as const) {
        const error = refusal(
          await client.call(requester, CREATE, { ...base, ...input }),
          'BAD_USER_INPUT',
        );
        expect([input, error.extensions['field'], error.extensions['rule']]).toEqual([
          input,
          field,
          rule,
        ]);
      }
      const open = await client.ask(requester, { kind: 'PEER', dimension: 'DATA' });
      const written = await client.written();
      for (const [code, rule] of [
        ['ZZ', 'officeNotInNetwork'],
        ['DZ', 'ownOffice'],
        [' dz ', 'ownOffice'],
      ]) {
        const error = refusal(await client.proposal(open.id, code as string), 'BAD_USER_INPUT');
        expect(error.extensions).toMatchObject({ field: 'candidateOfficeCode', rule });
      }
      expect(
        refusal(
          await client.call(broker, PROPOSE, {
            requestId: open.id,
            candidateOfficeCode: 'FR',
            message: ' ',
          }),
          'BAD_USER_INPUT',
        ).extensions['field'],
      ).toBe('message');
      expect(await client.written()).toEqual(written);
      expect(await client.stateOf(open.id)).toBe('OPEN');
      expect(written['requests']).toBe((before['requests'] as number) + 1);
    });

    it('the candidate side reads its introduction’s request, but none of the request’s other introductions', async () => {
      // DZ's request was first proposed to MU, which declined, then to QA
      const other = await client.ask(requester, { kind: 'PEER', dimension: 'INFRA' });
      const [muAdmin, qaMember] = await Promise.all([
        account('MU', Role.OFFICE_ADMIN),
        account('QA'),
      ]);
      const first = await client.propose(other.id, 'MU');
      await client.respond(muAdmin, first.id, false, 'Our own reasons.');
      const second = await client.propose(other.id, 'QA');
      const QUERY = `query ($id: ID!) { introduction(id: $id) { request { id introductions { id candidateOfficeCode } history { action reason } } } }`;
      const asCandidate = dataOf(
        await api.gql(QUERY, { id: second.id }, { token: qaMember.accessToken }),
        'introduction',
      );
      expect(asCandidate.request.introductions.map((each: { id: string }) => each.id)).toEqual([
        second.id,
      ]);
      expect(
        asCandidate.request.history.map((move: { reason: string | null }) => move.reason),
      ).not.toContain('Our own reasons.');
      // the requesting office and the bureau see them all
      for (const who of [requester, broker]) {
        const full = dataOf(
          await api.gql(QUERY, { id: second.id }, { token: who.accessToken }),
          'introduction',
        );
        expect(full.request.introductions.map((each: { id: string }) => each.id)).toEqual([
          second.id,
          first.id,
        ]);
      }
    });
  });

  describe('contact details open on agreement', () => {
    let requester: TestAccount; // MA
    let tnAdmin: TestAccount; // answers for the candidate office TN
    let tnAdmin2: TestAccount; // an office admin of TN who did not answer
    let tnMember: TestAccount;
    let jpMember: TestAccount;
    let nzMember: TestAccount;
    const ids: Record<string, string> = {};
    const CONTACT = `query ($id: ID!) { member(id: $id) { id contactEmail } }`;
    const COUNTERPART = `query ($id: ID!) { introduction(id: $id) { state counterpart { id fullName contactEmail } } }`;

    /** The contact email `reader` reads of `owner`'s profile: the address, or the error's code. */
    const contactOf = async (reader: TestAccount, owner: string) => {
      const response = await api.gql(CONTACT, { id: ids[owner] }, { token: reader.accessToken });
      const error = errorOf(response);
      return error ? error.extensions.code : response.data?.['member'].contactEmail;
    };
    const counterpartOf = async (reader: TestAccount, introductionId: string) =>
      dataOf(
        await api.gql(COUNTERPART, { id: introductionId }, { token: reader.accessToken }),
        'introduction',
      ).counterpart;

    beforeAll(async () => {
      [requester, tnAdmin, tnAdmin2, tnMember, jpMember, nzMember] = await Promise.all([
        account('MA', Role.MEMBER, 'Maryam Requester'),
        account('TN', Role.OFFICE_ADMIN, 'Tarek Admin'),
        account('TN', Role.OFFICE_ADMIN),
        account('TN'),
        account('JP'),
        account('NZ'),
      ]);
      for (const [name, who] of [
        ['requester', requester],
        ['tnAdmin', tnAdmin],
        ['tnMember', tnMember],
        ['nzMember', nzMember],
      ] as const) {
        dataOf(
          await client.call(who, UPDATE_MY_PROFILE, {
            contactEmail: `${name}@office.example`,
            contactVisibility: 'RESTRICTED',
          }),
          'updateMyProfile',
        );
        ids[name] = await client.memberIdOf(who);
      }
    });

    it('FORBIDDEN before ACTIVE, visible while ACTIVE to the two who accepted, FORBIDDEN after CLOSED; never to a third office', async () => {
      const request = await client.ask(requester);
      const proposed = await client.propose(request.id, 'TN');
      const closedToEachOther = async () => {
        expect(await contactOf(requester, 'tnAdmin')).toBe('FORBIDDEN');
        expect(await contactOf(tnAdmin, 'requester')).toBe('FORBIDDEN');
        expect(await counterpartOf(requester, proposed.id)).toBeNull();
        expect(await counterpartOf(tnAdmin, proposed.id)).toBeNull();
      };
      await closedToEachOther();
      await client.respond(requester, proposed.id, true);
      await closedToEachOther();

      await client.respond(tnAdmin, proposed.id, true);
      expect(await contactOf(requester, 'tnAdmin')).toBe('tnAdmin@office.example');
      expect(await contactOf(tnAdmin, 'requester')).toBe('requester@office.example');
      expect(await counterpartOf(requester, proposed.id)).toEqual({
        id: ids['tnAdmin'],
        fullName: 'Tarek Admin',
        contactEmail: 'tnAdmin@office.example',
      });
      expect(await counterpartOf(tnAdmin, proposed.id)).toEqual({
        id: ids['requester'],
        fullName: 'Maryam Requester',
        contactEmail: 'requester@office.example',
      });
      // only those two: not the others of either office, not a third office, and the bureau
      // reads contacts anyway but is no one's counterpart
      expect(await contactOf(requester, 'tnMember')).toBe('FORBIDDEN');
      for (const other of [tnAdmin2, tnMember, jpMember]) {
        expect(await contactOf(other, 'requester')).toBe('FORBIDDEN');
        expect(await contactOf(other, 'tnAdmin')).toBe('FORBIDDEN');
      }
      for (const other of [tnAdmin2, tnMember, broker])
        expect(await counterpartOf(other, proposed.id)).toBeNull();
      refusal(
        await api.gql(COUNTERPART, { id: proposed.id }, { token: jpMember.accessToken }),
        'NOT_FOUND',
      );

      // hidden, the profile is still the counterpart's; to anyone else it does not exist
      await client.call(tnAdmin, UPDATE_MY_PROFILE, { hidden: true });
      expect(await counterpartOf(requester, proposed.id)).toMatchObject({
        id: ids['tnAdmin'],
        contactEmail: 'tnAdmin@office.example',
      });
      for (const other of [jpMember, tnMember])
        expect(await contactOf(other, 'tnAdmin')).toBe('NOT_FOUND');
      await client.call(tnAdmin, UPDATE_MY_PROFILE, { hidden: false });

      await client.close(tnAdmin, proposed.id, 'SUCCESSFUL');
      expect(await contactOf(requester, 'tnAdmin')).toBe('FORBIDDEN');
      expect(await contactOf(tnAdmin, 'requester')).toBe('FORBIDDEN');
      expect(await counterpartOf(requester, proposed.id)).toBeNull();
      expect(await counterpartOf(tnAdmin, proposed.id)).toBeNull();
    });

    it('costs the same statements for the contacts of one member as of several', async () => {
      const request = await client.ask(requester, { kind: 'PEER', dimension: 'DATA' });
      const proposed = await client.propose(request.id, 'TN');
      await client.respond(requester, proposed.id, true);
      await client.respond(tnAdmin, proposed.id, true);
      const MEMBERS = `query ($offices: [String!]) { members(filter: { offices: $offices }, first: 20) {
        totalCount edges { node { id contactEmail } } } }`;
      const read = (offices: string[]) =>
        api.gql(MEMBERS, { offices }, { token: requester.accessToken });
      // once each, so the directory's results are kept for both
      await read(['NZ']);
      await read(['TN']);
      const one = await read(['NZ']);
      const several = await read(['TN']);
      expect(one.data?.['members'].totalCount).toBe(1);
      expect(several.data?.['members'].totalCount).toBe(3);
      const emails = (response: GraphQLResponse) =>
        response.data?.['members'].edges.map(
          (edge: { node: { contactEmail: string | null } }) => edge.node.contactEmail,
        );
      expect(emails(one)).toEqual([null]);
      expect(emails(several)).toEqual(
        expect.arrayContaining(['tnAdmin@office.example', null, null]),
      );
      expect(several.errors?.map((error) => error.extensions.code)).toEqual([
        'FORBIDDEN',
        'FORBIDDEN',
      ]);
      expect(one.statements).toBeDefined();
      expect(several.statements).toBe(one.statements);
      await client.close(requester, proposed.id, 'SUCCESSFUL');
    });
  });

  describe('concurrency', () => {
    const outcomes = (responses: GraphQLResponse[]) =>
      responses.map((response) => errorOf(response)?.extensions.code ?? 'OK').sort();
    const refusedOf = (responses: GraphQLResponse[]) =>
      errorOf(responses.find((response) => response.errors) as GraphQLResponse);

    it('the same pair proposed twice at once: one introduction, one CONFLICT', async () => {
      const [phMember, khMember, mmMember] = await Promise.all([
        account('PH'),
        account('KH'),
        account('MM'),
      ]);
      // one request, twice
      const request = await client.ask(phMember);
      const twice = await Promise.all([
        client.proposal(request.id, 'TH'),
        client.proposal(request.id, 'TH'),
      ]);
      expect(outcomes(twice)).toEqual(['CONFLICT', 'OK']);
      expect(refusedOf(twice)?.message).toContain('is INTRODUCED');
      // two requests of one office, to one candidate
      const [first, second] = await Promise.all([client.ask(phMember), client.ask(phMember)]);
      const pair = await Promise.all([
        client.proposal((first as Request).id, 'VN'),
        client.proposal((second as Request).id, 'VN'),
      ]);
      expect(outcomes(pair)).toEqual(['CONFLICT', 'OK']);
      expect(refusedOf(pair)?.extensions['reason']).toBe('OPEN_INTRODUCTION_EXISTS');
      // the unordered pair: KH proposed to MM and MM to KH, at once
      const [kh, mm] = await Promise.all([client.ask(khMember), client.ask(mmMember)]);
      const crossed = await Promise.all([
        client.proposal((kh as Request).id, 'MM'),
        client.proposal((mm as Request).id, 'KH'),
      ]);
      expect(outcomes(crossed)).toEqual(['CONFLICT', 'OK']);
      expect(refusedOf(crossed)).toMatchObject({
        message: expect.stringMatching(/already have an open introduction \(PROPOSED, id /),
        extensions: { reason: 'OPEN_INTRODUCTION_EXISTS' },
      });
      // and one asked after: the pair is taken whichever office asks
      const thMember = await account('TH');
      const thRequest = await client.ask(thMember);
      expect(
        refusal(await client.proposal(thRequest.id, 'PH'), 'CONFLICT').extensions['reason'],
      ).toBe('OPEN_INTRODUCTION_EXISTS');

      const db = api.app.get(DataSource);
      const open = await db.query(
        `SELECT LEAST(requester_office_code, candidate_office_code) || '-' ||
                GREATEST(requester_office_code, candidate_office_code) AS pair, count(*)::int AS n
           FROM introduction WHERE state IN ('PROPOSED', 'ACTIVE')
            AND requester_office_code IN ('PH', 'KH', 'MM', 'TH')
          GROUP BY 1 ORDER BY 1`,
      );
      expect(open).toEqual([
        { pair: 'KH-MM', n: 1 },
        { pair: 'PH-TH', n: 1 },
        { pair: 'PH-VN', n: 1 },
      ]);
      // no half-written move: each request's state agrees with its introductions, history, audit
      const rows = await db.query(
        `SELECT r.id, r.state,
                (SELECT count(*)::int FROM introduction i WHERE i.request_id = r.id) AS introductions,
                (SELECT count(*)::int FROM brokering_transition t WHERE t.request_id = r.id) AS moves,
                (SELECT count(*)::int FROM audit_entry a WHERE a.entity = 'introduction'
                   AND a.entity_id IN (SELECT i.id::text FROM introduction i WHERE i.request_id = r.id)) AS audited
           FROM match_request r WHERE r.office_code IN ('PH', 'KH', 'MM', 'TH')`,
      );
      expect(rows).toHaveLength(6);
      for (const row of rows)
        expect(row).toEqual(
          row.state === 'OPEN'
            ? { id: row.id, state: 'OPEN', introductions: 0, moves: 1, audited: 0 }
            : { id: row.id, state: 'INTRODUCED', introductions: 1, moves: 3, audited: 1 },
        );
      expect(rows.filter((row: { state: string }) => row.state === 'INTRODUCED')).toHaveLength(3);
    });

    it('both sides accepting at once: ACTIVE once, the request FULFILLED once', async () => {
      const [omMember, joAdmin] = await Promise.all([
        account('OM'),
        account('JO', Role.OFFICE_ADMIN),
      ]);
      const request = await client.ask(omMember);
      const proposed = await client.propose(request.id, 'JO');
      const answers = await Promise.all([
        client.answer(omMember, proposed.id, true),
        client.answer(joAdmin, proposed.id, true),
      ]);
      expect(answers.map((response) => response.errors)).toEqual([undefined, undefined]);
      const active = await client.introduction(proposed.id);
      expect(active).toMatchObject({
        state: 'ACTIVE',
        requesterResponse: { accepted: true },
        candidateResponse: { accepted: true },
        request: { state: 'FULFILLED' },
      });
      const actions = active.history.map((move) => move.action);
      expect(actions.filter((action) => action === 'INTRODUCTION_ACCEPTED')).toHaveLength(2);
      expect(actions.filter((action) => action === 'INTRODUCTION_ACTIVATED')).toHaveLength(1);
      expect(actions.filter((action) => action === 'REQUEST_FULFILLED')).toHaveLength(1);
      expect(
        (await client.audit('introduction', proposed.id)).map((entry) => entry.action),
      ).toEqual(['introduction.proposed', 'introduction.accepted', 'introduction.accepted']);
    });

    it('two requesters to a candidate of capacity 1 at once: one proposed, one CONFLICT', async () => {
      await client.capacity('MY', 1);
      const [idMember, laMember] = await Promise.all([account('ID'), account('LA')]);
      const requests = await Promise.all([client.ask(idMember), client.ask(laMember)]);
      const responses = await Promise.all(
        requests.map((request) => client.proposal(request.id, 'MY')),
      );
      expect(outcomes(responses)).toEqual(['CONFLICT', 'OK']);
      expect(refusedOf(responses)).toMatchObject({
        message: expect.stringContaining('MY has no capacity left'),
        extensions: { reason: 'NO_CAPACITY_LEFT' },
      });
      const [row] = await api.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM introduction WHERE candidate_office_code = 'MY'`);
      expect(row.n).toBe(1);
      const states = await Promise.all(requests.map((request) => client.stateOf(request.id)));
      expect([...states].sort()).toEqual(['INTRODUCED', 'OPEN']);
      const refused = requests[states.indexOf('OPEN')] as Request;
      expect(lines((await client.request(refused.id)).history)).toEqual([
        'REQUEST_CREATED →OPEN by REQUESTER',
      ]);
    });
  });

  describe('recommendations follow the introductions', () => {
    let peMember: TestAccount; // the seeker, SECURITY 2
    let boMember: TestAccount;
    let coAdmin: TestAccount;
    const mentors = async (officeCode: string, reader: TestAccount): Promise<Recommended[]> =>
      dataOf(
        await api.gql(
          RECOMMENDATIONS,
          { officeCode, kind: 'MENTOR', dimension: 'SECURITY' },
          { token: reader.accessToken },
        ),
        'recommendations',
      ).edges.map((edge: { node: Recommended }) => edge.node);
    const codes = (list: Recommended[]) => list.map((node) => node.office.code);

    beforeAll(async () => {
      [peMember, boMember, coAdmin] = await Promise.all([
        account('PE'),
        account('BO'),
        account('CO', Role.OFFICE_ADMIN),
      ]);
      for (const seeker of ['PE', 'BO', 'EC']) await client.assess(seeker, { SECURITY: 2 });
      for (const mentor of ['MX', 'CO', 'CL', 'AR']) {
        await client.assess(mentor, { SECURITY: 4 });
        await client.needsAndOffers(mentor, {
          offers: [{ dimension: 'SECURITY', description: 'Our SOC.' }],
        });
      }
      await client.capacity('MX', 1);
    });

    it('a candidate at its capacity leaves them', async () => {
      expect(codes(await mentors('PE', peMember))).toEqual(
        expect.arrayContaining(['MX', 'CO', 'CL', 'AR']),
      );
      const request = await client.ask(boMember);
      await client.propose(request.id, 'MX');
      for (const seeker of ['PE', 'EC'])
        expect(codes(await mentors(seeker, broker))).not.toContain('MX');
      expect(codes(await mentors('PE', peMember))).toEqual(
        expect.arrayContaining(['CO', 'CL', 'AR']),
      );
    });

    it('after a decline the pair ranks below every candidate without one; a new open introduction removes the candidate for that seeker', async () => {
      const request = await client.ask(peMember);
      const proposed = await client.propose(request.id, 'CO');
      // while proposed, CO is gone for PE, not for EC
      expect(codes(await mentors('PE', peMember))).not.toContain('CO');
      expect(codes(await mentors('EC', broker))).toContain('CO');
      await client.respond(coAdmin, proposed.id, false, 'Not this year.');

      const after = await mentors('PE', peMember);
      expect(codes(after)).toContain('CO');
      expect(codes(after)[codes(after).length - 1]).toBe('CO');
      const co = after.find((node) => node.office.code === 'CO') as Recommended;
      expect(co.reasons.map((reason) => reason.factor)).toContain('RECENT_DECLINE');
      for (const node of after)
        if (node !== co) {
          expect(node.score).toBeGreaterThan(co.score);
          expect(node.reasons.map((reason) => reason.factor)).not.toContain('RECENT_DECLINE');
        }
      // EC declined nothing: CO keeps its place among equals there
      const ec = await mentors('EC', broker);
      expect(
        ec.find((node) => node.office.code === 'CO')?.reasons.map((reason) => reason.factor),
      ).not.toContain('RECENT_DECLINE');

      // the reopened request proposed to CL: CL leaves PE's list (kept results see it)
      await client.propose(request.id, 'CL');
      expect(codes(await mentors('PE', peMember))).not.toContain('CL');
      expect(codes(await mentors('EC', broker))).toContain('CL');
    });
  });

  describe('MatchRequest.candidates', () => {
    const CANDIDATES = `query ($filter: MatchRequestFilterInput, $first: Int) {
      matchRequests(filter: $filter, first: $first) { edges { node { id officeCode
        candidates(first: 3) { totalCount edges { node { office { code } reasons { factor text } } } }
      } } }
    }`;
    let uyMember: TestAccount;
    const seekers = ['PT', 'ES', 'IT', 'BR', 'AU'];

    beforeAll(async () => {
      uyMember = await account('UY');
      // PEER in DATA: PY seeks it openly, VE in confidence
      await client.assess('UY', { DATA: 2 });
      await client.assess('PY', { DATA: 2 });
      await client.assess('VE', { DATA: 3 });
      await client.needsAndOffers('UY', {
        needs: [{ dimension: 'DATA', description: 'Register quality.', confidential: false }],
      });
      await client.needsAndOffers('PY', {
        needs: [{ dimension: 'DATA', description: 'Register quality.', confidential: false }],
      });
      await client.needsAndOffers('VE', {
        needs: [{ dimension: 'DATA', description: 'Register quality.', confidential: true }],
      });
      // MENTOR in INFRA for five seekers
      for (const seeker of seekers) await client.assess(seeker, { INFRA: 2 });
      for (const mentor of ['KR', 'SG', 'CN']) {
        await client.assess(mentor, { INFRA: 4 });
        await client.needsAndOffers(mentor, {
          offers: [{ dimension: 'INFRA', description: 'Our cloud.' }],
        });
      }
    });

    it('as the caller may see them: a member never sees another office’s confidential need', async () => {
      const request = await client.ask(uyMember, { kind: 'PEER', dimension: 'DATA' });
      const QUERY = `query ($id: ID!) { matchRequest(id: $id) { candidates(first: 10) { edges { node { office { code } summary reasons { factor text } } } } } }`;
      const read = async (who: TestAccount) =>
        dataOf(
          await api.gql(QUERY, { id: request.id }, { token: who.accessToken }),
          'matchRequest',
        ).candidates.edges.map((edge: { node: { office: { code: string } } }) => edge.node);
      const asMember = await read(uyMember);
      expect(asMember.map((node: { office: { code: string } }) => node.office.code)).toEqual([
        'PY',
      ]);
      expect(JSON.stringify(asMember)).not.toContain('"VE"');
      const asBroker = await read(broker);
      expect(asBroker.map((node: { office: { code: string } }) => node.office.code)).toEqual(
        expect.arrayContaining(['PY', 'VE']),
      );
    });

    it('a page of five requests with their candidates costs the statements of one', async () => {
      const members = await Promise.all(seekers.map((code) => account(code)));
      for (const member of members) await client.ask(member, { dimension: 'INFRA' });
      const page = (officeCodes: string[], first: number) =>
        api.gql(
          CANDIDATES,
          { filter: { officeCodes, states: ['OPEN'] }, first },
          { token: broker.accessToken },
        );
      await page(seekers, 5); // the offices shown are kept at this version
      const five = await page(seekers, 5);
      const one = await page(seekers.slice(0, 1), 1);
      expect(five.errors).toBeUndefined();
      const nodes = five.data?.['matchRequests'].edges.map(
        (edge: { node: { officeCode: string; candidates: { totalCount: number } } }) => edge.node,
      );
      expect(nodes).toHaveLength(5);
      for (const node of nodes) expect(node.candidates.totalCount).toBe(3);
      expect(one.data?.['matchRequests'].edges).toHaveLength(1);
      expect(five.statements).toBeDefined();
      expect(five.statements).toBe(one.statements);
    });
  });

  describe('matchRequests and introductions: who sees which, filters and orders', () => {
    let inMember: TestAccount;
    let cnMember: TestAccount;
    let deMember: TestAccount;
    let gbAdmin: TestAccount;
    let usMember: TestAccount;
    let made: Request[] = [];
    const OFFICES = ['IN', 'CN', 'DE'];
    const list = async (who: TestAccount, variables: Record<string, unknown> = {}) =>
      dataOf(
        await api.gql(MATCH_REQUESTS, { first: 50, ...variables }, { token: who.accessToken }),
        'matchRequests',
      ) as { totalCount: number; edges: { node: { id: string; officeCode: string } }[] };
    const idsOf = (page: { edges: { node: { id: string } }[] }) =>
      page.edges.map((edge) => edge.node.id);

    beforeAll(async () => {
      [inMember, cnMember, deMember, gbAdmin, usMember] = await Promise.all([
        account('IN'),
        account('CN'),
        account('DE'),
        account('GB', Role.OFFICE_ADMIN),
        account('US'),
      ]);
      // made 30, 20, 10 and 0 days ago; urgencies LOW, HIGH, NORMAL, HIGH
      made = [
        await client.ask(inMember, { urgency: 'LOW' }),
        await client.ask(cnMember, { urgency: 'HIGH', kind: 'PEER', dimension: 'DATA' }),
        await client.ask(deMember, { urgency: 'NORMAL' }),
        await client.ask(inMember, {
          urgency: 'HIGH',
          kind: 'STANDARD_BUDDY',
          dimension: null,
          standard: 'ST.26',
        }),
      ];
      const db = api.app.get(DataSource);
      for (const [at, days] of [30, 20, 10].entries())
        await db.query(
          `UPDATE match_request SET created_at = created_at - make_interval(days => $2) WHERE id = $1`,
          [made[at]?.id, days],
        );
      await client.propose(made[2]?.id as string, 'GB');
    });

    const mine = (variables: Record<string, unknown> = {}) =>
      list(broker, {
        ...variables,
        filter: { officeCodes: OFFICES, ...(variables['filter'] as object) },
      });

    it('the bureau sees every request; a member their office’s; another office none', async () => {
      const [row] = await api.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM match_request`);
      expect((await list(broker)).totalCount).toBe(row.n);
      expect((await list(admin)).totalCount).toBe(row.n);
      expect(idsOf(await list(inMember)).sort()).toEqual([made[0]?.id, made[3]?.id].sort());
      expect(idsOf(await list(cnMember))).toEqual([made[1]?.id]);
      // the candidate office does not list the request it was proposed to
      expect((await list(gbAdmin)).totalCount).toBe(0);
      expect((await list(usMember)).totalCount).toBe(0);
      expect((await list(usMember, { filter: { officeCodes: ['IN'] } })).totalCount).toBe(0);
    });

    it('filters by states, kinds, offices, regions and waiting time', async () => {
      const [inLow, cnHigh, deNormal, inBuddy] = made.map((request) => request.id);
      expect(idsOf(await mine({ filter: { states: ['INTRODUCED'] } }))).toEqual([deNormal]);
      expect(idsOf(await mine({ filter: { kinds: ['PEER'] } }))).toEqual([cnHigh]);
      expect(idsOf(await mine({ filter: { kinds: ['STANDARD_BUDDY', 'PEER'] } })).sort()).toEqual(
        [cnHigh, inBuddy].sort(),
      );
      expect(idsOf(await mine({ filter: { dimensions: ['DATA'] } }))).toEqual([cnHigh]);
      expect(idsOf(await list(broker, { filter: { officeCodes: ['de', 'CN'] } })).sort()).toEqual(
        [cnHigh, deNormal].sort(),
      );
      expect(idsOf(await mine({ filter: { regions: ['ASIA_PACIFIC'] } })).sort()).toEqual(
        [inLow, cnHigh, inBuddy].sort(),
      );
      expect(idsOf(await mine({ filter: { waitingMoreThanDays: 15 } })).sort()).toEqual(
        [inLow, cnHigh].sort(),
      );
      expect(idsOf(await mine({ filter: { waitingMoreThanDays: 5 } })).sort()).toEqual(
        [inLow, cnHigh, deNormal].sort(),
      );
      expect(
        idsOf(
          await mine({
            filter: { regions: ['ASIA_PACIFIC'], states: ['OPEN'], waitingMoreThanDays: 25 },
          }),
        ),
      ).toEqual([inLow]);
      const waiting = dataOf(
        await api.gql(
          `query ($id: ID!) { matchRequest(id: $id) { waitingDays } }`,
          { id: inLow },
          { token: inMember.accessToken },
        ),
        'matchRequest',
      );
      expect(waiting.waitingDays).toBe(30);
      expect(
        refusal(
          await api.gql(
            MATCH_REQUESTS,
            { filter: { waitingMoreThanDays: -1 } },
            { token: broker.accessToken },
          ),
          'BAD_USER_INPUT',
        ).extensions['field'],
      ).toMatch(/waitingMoreThanDays/);
    });

    it('orders by waiting (the default), creation and urgency, in pages', async () => {
      const [inLow, cnHigh, deNormal, inBuddy] = made.map((request) => request.id);
      expect(idsOf(await mine())).toEqual([inLow, cnHigh, deNormal, inBuddy]);
      expect(idsOf(await mine({ orderBy: { field: 'WAITING', direction: 'ASC' } }))).toEqual([
        inBuddy,
        deNormal,
        cnHigh,
        inLow,
      ]);
      expect(idsOf(await mine({ orderBy: { field: 'CREATED' } }))).toEqual([
        inBuddy,
        deNormal,
        cnHigh,
        inLow,
      ]);
      expect(idsOf(await mine({ orderBy: { field: 'CREATED', direction: 'ASC' } }))).toEqual([
        inLow,
        cnHigh,
        deNormal,
        inBuddy,
      ]);
      // the most urgent first, the longest waiting first among equals
      expect(idsOf(await mine({ orderBy: { field: 'URGENCY' } }))).toEqual([
        cnHigh,
        inBuddy,
        deNormal,
        inLow,
      ]);
      expect(idsOf(await mine({ orderBy: { field: 'URGENCY', direction: 'ASC' } }))).toEqual([
        inLow,
        deNormal,
        cnHigh,
        inBuddy,
      ]);
      // keyset pages read the same order
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page = dataOf(
          await api.gql(
            MATCH_REQUESTS,
            { filter: { officeCodes: OFFICES }, orderBy: { field: 'URGENCY' }, first: 1, after },
            { token: broker.accessToken },
          ),
          'matchRequests',
        );
        seen.push(...idsOf(page));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual([cnHigh, inBuddy, deNormal, inLow]);
    });

    it('introductions: the bureau all, members of either office theirs, filtered by state and office', async () => {
      const introductions = async (who: TestAccount, filter: Record<string, unknown> = {}) =>
        dataOf(
          await api.gql(INTRODUCTIONS, { filter, first: 100 }, { token: who.accessToken }),
          'introductions',
        ) as {
          totalCount: number;
          edges: {
            node: { requesterOfficeCode: string; candidateOfficeCode: string; state: string };
          }[];
        };
      const [row] = await api.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM introduction`);
      expect((await introductions(broker)).totalCount).toBe(row.n);
      for (const who of [deMember, gbAdmin]) {
        const theirs = await introductions(who);
        expect(theirs.edges.map((edge) => edge.node)).toEqual([
          expect.objectContaining({
            requesterOfficeCode: 'DE',
            candidateOfficeCode: 'GB',
            state: 'PROPOSED',
          }),
        ]);
      }
      expect((await introductions(inMember)).totalCount).toBe(0);
      expect((await introductions(usMember)).totalCount).toBe(0);
      expect((await introductions(usMember, { officeCode: 'DE' })).totalCount).toBe(0);
      expect((await introductions(broker, { officeCode: 'gb' })).totalCount).toBe(1);
      expect(
        (await introductions(broker, { officeCode: 'GB', states: ['ACTIVE'] })).totalCount,
      ).toBe(0);
      expect((await introductions(gbAdmin, { states: ['PROPOSED'] })).totalCount).toBe(1);
      const closed = await introductions(broker, { states: ['CLOSED'] });
      expect(closed.totalCount).toBeGreaterThan(0);
      for (const edge of closed.edges) expect(edge.node.state).toBe('CLOSED');
    });
  });
});

describe(`brokering expiry (${engine} engine)`, () => {
  let api: TestApp;
  let client: Brokering;
  let expiry: IntroductionExpiry;
  const version = async () => {
    const [row] = await api.app
      .get(DataSource)
      .query(
        `SELECT (SELECT compacted FROM directory_change_base) + (SELECT count(*) FROM directory_change) AS version`,
      );
    return String(row.version);
  };

  beforeAll(async () => {
    api = await startApp();
    client = new Brokering(
      api,
      await createTestAccount(api, { role: Role.BROKER }),
      await createTestAccount(api, { role: Role.ADMIN }),
    );
    expiry = api.app.get(IntroductionExpiry);
    // the runs of this suite are its own: no minute timer runs between them
    expiry.onApplicationShutdown();
  });

  afterAll(() => api?.close());

  it('expires what is still PROPOSED after INTRODUCTION_EXPIRY_DAYS, once under two runs at once; the request is OPEN again', async () => {
    const [snMember, keMember, ghMember, ciAdmin, zaAdmin] = await Promise.all([
      createTestAccount(api, { officeCode: 'SN' }),
      createTestAccount(api, { officeCode: 'KE' }),
      createTestAccount(api, { officeCode: 'GH' }),
      createTestAccount(api, { officeCode: 'CI', role: Role.OFFICE_ADMIN }),
      createTestAccount(api, { officeCode: 'ZA', role: Role.OFFICE_ADMIN }),
    ]);
    // due: one unanswered, one with the requester's yes; not due: an ACTIVE one, a later one
    const unanswered = await client.propose((await client.ask(snMember)).id, 'FR');
    const halfAnswered = await client.propose((await client.ask(keMember)).id, 'CI');
    await client.respond(keMember, halfAnswered.id, true);
    const active = await client.activate(await client.ask(ghMember), ghMember, zaAdmin);
    api.clock.advance(10 * DAY_MS);
    const later = await client.propose((await client.ask(snMember)).id, 'CI');

    // not yet: nothing due, nothing written
    api.clock.advance((EXPIRY_DAYS - 10) * DAY_MS - 60_000);
    const before = await version();
    const written = await client.written();
    expect(await expiry.expireDue()).toBe(0);
    expect(await version()).toBe(before);
    expect(await client.written()).toEqual(written);

    api.clock.advance(2 * 60_000);
    const runs = await Promise.all([expiry.expireDue(), expiry.expireDue()]);
    expect(runs[0] + runs[1]).toBe(2);
    for (const due of [unanswered, halfAnswered]) {
      const expired = await client.introduction(due.id);
      expect(expired).toMatchObject({
        state: 'EXPIRED',
        expiresAt: null,
        request: { state: 'OPEN' },
      });
      expect(expired.endedAt).not.toBeNull();
      expect(lines(expired.history).slice(-2)).toEqual([
        'INTRODUCTION_EXPIRED PROPOSED→EXPIRED by SYSTEM',
        'REQUEST_REOPENED INTRODUCED→OPEN by SYSTEM',
      ]);
      expect(expired.history.filter((move) => move.action === 'INTRODUCTION_EXPIRED')).toHaveLength(
        1,
      );
      expect(await client.auditActions('introduction', due.id)).toEqual(
        expect.arrayContaining([['introduction.expired', null]]),
      );
      expect(
        (await client.audit('introduction', due.id)).filter(
          (entry) => entry.action === 'introduction.expired',
        ),
      ).toHaveLength(1);
      const request = await client.request(expired.request.id);
      expect(request.state).toBe('OPEN');
      expect(lines(request.history).slice(-1)).toEqual([
        'REQUEST_REOPENED INTRODUCED→OPEN by SYSTEM',
      ]);
    }
    expect((await client.introduction(halfAnswered.id)).requesterResponse).toEqual({
      accepted: true,
      reason: null,
    });
    expect((await client.introduction(active.id)).state).toBe('ACTIVE');
    expect((await client.introduction(later.id)).state).toBe('PROPOSED');

    // nothing due any more: no write at all
    const settled = await version();
    const rows = await client.written();
    expect(await Promise.all([expiry.expireDue(), expiry.expireDue()])).toEqual([0, 0]);
    expect(await version()).toBe(settled);
    expect(await client.written()).toEqual(rows);

    // the later one, in its turn
    api.clock.advance(10 * DAY_MS);
    expect(await expiry.expireDue()).toBe(1);
    expect((await client.introduction(later.id)).state).toBe('EXPIRED');
    // an expired introduction is over: it cannot be answered
    const error = refusal(await client.answer(ciAdmin, later.id, true), 'CONFLICT');
    expect(error.message).toContain('is EXPIRED');
  });
});
