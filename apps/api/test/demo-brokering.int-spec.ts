import { DataSource } from 'typeorm';

import { IntroductionExpiry } from '@wild/api/brokering';
import { SeedRunner } from '@wild/api/database';
import { dataOf, TestApp } from '@wild/api/testing';

import { startApp } from './support/start-app';

type BrokeringEvent = {
  action: string;
  actor: string;
  fromState: string | null;
  toState: string;
  reason: string | null;
  at: string;
};
type Response = { accepted: boolean; at: string; reason: string | null } | null;
type DemoIntroduction = {
  id: string;
  state: string;
  illustrative: boolean;
  requesterOfficeCode: string;
  candidateOfficeCode: string;
  proposedAt: string;
  activatedAt: string | null;
  endedAt: string | null;
  expiresAt: string | null;
  outcome: string | null;
  outcomeNotes: string | null;
  requesterResponse: Response;
  candidateResponse: Response;
  history: BrokeringEvent[];
  request: { id: string; state: string };
};
type DemoRequest = {
  id: string;
  officeCode: string;
  kind: string;
  dimension: string | null;
  standard: string | null;
  state: string;
  urgency: string;
  waitingDays: number;
  illustrative: boolean;
  createdAt: string;
  updatedAt: string;
  history: BrokeringEvent[];
  introductions: { id: string; state: string }[];
};

const DAY_MS = 24 * 60 * 60 * 1000;
const EVENT = `{ action actor fromState toState reason at }`;
const RESPONSE = `{ accepted at reason }`;
const REQUESTS = `{ matchRequests(first: 100) { totalCount edges { node {
  id officeCode kind dimension standard state urgency waitingDays illustrative createdAt updatedAt
  history ${EVENT} introductions { id state }
} } } }`;
const INTRODUCTIONS = `{ introductions(first: 100) { totalCount edges { node {
  id state illustrative requesterOfficeCode candidateOfficeCode proposedAt activatedAt endedAt
  expiresAt outcome outcomeNotes requesterResponse ${RESPONSE} candidateResponse ${RESPONSE}
  history ${EVENT} request { id state }
} } } }`;

/** The moves of a request, from which states, by whom (the state rules, written out again). */
const REQUEST_MOVES: Record<string, { from: (string | null)[]; to: string; actors: string[] }> = {
  REQUEST_CREATED: { from: [null], to: 'OPEN', actors: ['REQUESTER'] },
  REQUEST_INTRODUCED: { from: ['OPEN'], to: 'INTRODUCED', actors: ['BUREAU'] },
  REQUEST_REOPENED: {
    from: ['INTRODUCED'],
    to: 'OPEN',
    actors: ['REQUESTER', 'CANDIDATE', 'BUREAU', 'SYSTEM'],
  },
  REQUEST_FULFILLED: { from: ['INTRODUCED'], to: 'FULFILLED', actors: ['REQUESTER', 'CANDIDATE'] },
  REQUEST_CANCELLED: {
    from: ['OPEN', 'INTRODUCED'],
    to: 'CANCELLED',
    actors: ['REQUESTER', 'BUREAU'],
  },
};
const INTRODUCTION_MOVES: Record<
  string,
  { from: (string | null)[]; to: string; actors: string[] }
> = {
  INTRODUCTION_PROPOSED: { from: [null], to: 'PROPOSED', actors: ['BUREAU'] },
  INTRODUCTION_ACCEPTED: { from: ['PROPOSED'], to: 'PROPOSED', actors: ['REQUESTER', 'CANDIDATE'] },
  INTRODUCTION_ACTIVATED: { from: ['PROPOSED'], to: 'ACTIVE', actors: ['REQUESTER', 'CANDIDATE'] },
  INTRODUCTION_DECLINED: { from: ['PROPOSED'], to: 'DECLINED', actors: ['REQUESTER', 'CANDIDATE'] },
  INTRODUCTION_EXPIRED: { from: ['PROPOSED'], to: 'EXPIRED', actors: ['SYSTEM'] },
  INTRODUCTION_CANCELLED: { from: ['PROPOSED'], to: 'CANCELLED', actors: ['REQUESTER', 'BUREAU'] },
  INTRODUCTION_CLOSED: {
    from: ['ACTIVE'],
    to: 'CLOSED',
    actors: ['REQUESTER', 'CANDIDATE', 'BUREAU'],
  },
};

/** Plays the moves from nothing; answers the state they lead to, failing on any illegal one. */
function replay(
  moves: BrokeringEvent[],
  rules: Record<string, { from: (string | null)[]; to: string; actors: string[] }>,
): string | null {
  let state: string | null = null;
  let previous = 0;
  for (const move of moves) {
    const rule = rules[move.action];
    expect({ move, known: !!rule }).toEqual({ move, known: true });
    expect({ move, from: rule.from.includes(state) }).toEqual({ move, from: true });
    expect(move).toMatchObject({ fromState: state, toState: rule.to });
    expect(rule.actors).toContain(move.actor);
    const at = Date.parse(move.at);
    expect(at).toBeGreaterThanOrEqual(previous);
    previous = at;
    state = rule.to;
  }
  return state;
}

describe('demo brokering data (match requests and introductions)', () => {
  let api: TestApp;
  let requests: DemoRequest[];
  let introductions: DemoIntroduction[];

  const login = async (email: string) =>
    dataOf(
      await api.gql(
        `mutation ($email: String!) { login(input: { email: $email, password: "wild-network-demo" }) { accessToken } }`,
        { email },
      ),
      'login',
    ).accessToken as string;
  const counts = async () =>
    (
      await api.app.get(DataSource).query(
        `SELECT (SELECT count(*) FROM match_request)::int AS requests,
                (SELECT count(*) FROM introduction)::int AS introductions,
                (SELECT count(*) FROM brokering_transition)::int AS moves`,
      )
    )[0];

  /** SN's mentors in SECURITY, best first, as member.sn reads them. */
  const snSecurityMentors = async (): Promise<
    { code: string; score: number; factors: string[] }[]
  > => {
    const answer = dataOf(
      await api.gql(
        `{ recommendations(officeCode: "SN", kind: MENTOR, dimension: SECURITY, first: 100) {
          edges { node { office { code } score reasons { factor } } } } }`,
        {},
        { token: await login('member.sn@demo.wild.example') },
      ),
      'recommendations',
    );
    type Node = { office: { code: string }; score: number; reasons: { factor: string }[] };
    return answer.edges.map(({ node }: { node: Node }) => ({
      code: node.office.code,
      score: node.score,
      factors: node.reasons.map((reason) => reason.factor),
    }));
  };

  beforeAll(async () => {
    api = await startApp({ env: { DEMO_DATA: 'true' } });
    const broker = await login('broker@demo.wild.example');
    const requestPage = dataOf(await api.gql(REQUESTS, {}, { token: broker }), 'matchRequests');
    const introductionPage = dataOf(
      await api.gql(INTRODUCTIONS, {}, { token: broker }),
      'introductions',
    );
    requests = requestPage.edges.map((edge: { node: DemoRequest }) => edge.node);
    introductions = introductionPage.edges.map((edge: { node: DemoIntroduction }) => edge.node);
    expect(requests).toHaveLength(requestPage.totalCount);
    expect(introductions).toHaveLength(introductionPage.totalCount);
  });

  afterAll(() => api?.close());

  it('shows the broker requests and introductions in every state, all illustrative', () => {
    expect(new Set(requests.map((request) => request.state))).toEqual(
      new Set(['OPEN', 'INTRODUCED', 'FULFILLED', 'CANCELLED']),
    );
    expect(new Set(introductions.map((introduction) => introduction.state))).toEqual(
      new Set(['PROPOSED', 'ACTIVE', 'DECLINED', 'EXPIRED', 'CANCELLED', 'CLOSED']),
    );
    expect(requests.every((request) => request.illustrative)).toBe(true);
    expect(introductions.every((introduction) => introduction.illustrative)).toBe(true);
    // every kind, each with what it is about
    expect(new Set(requests.map((request) => request.kind))).toEqual(
      new Set(['MENTOR', 'PEER', 'STANDARD_BUDDY']),
    );
    for (const request of requests)
      expect(request.kind === 'STANDARD_BUDDY' ? request.standard : request.dimension).toBeTruthy();

    // waiting for a first introduction: 2, 9 and 30 days, at three urgencies
    const waiting = requests.filter(
      (request) => request.state === 'OPEN' && request.introductions.length === 0,
    );
    expect(waiting.map((request) => request.waitingDays).sort((a, b) => a - b)).toEqual([2, 9]);
    const open = requests.filter((request) => request.state === 'OPEN');
    expect(open.map((request) => request.waitingDays)).toEqual(expect.arrayContaining([2, 9, 30]));
    expect(
      new Set(
        open
          .filter((request) => [2, 9, 30].includes(request.waitingDays))
          .map((request) => request.urgency),
      ),
    ).toEqual(new Set(['LOW', 'NORMAL', 'HIGH']));
    // back to OPEN after a decline, an expiry and a cancellation; re-introduced after a decline
    const reopenedBy = (state: string) =>
      open.some((request) =>
        request.introductions.some((introduction) => introduction.state === state),
      );
    expect(['DECLINED', 'EXPIRED', 'CANCELLED'].every(reopenedBy)).toBe(true);
    expect(
      requests.some(
        (request) =>
          request.state === 'INTRODUCED' &&
          request.introductions.map((introduction) => introduction.state).join() ===
            'PROPOSED,DECLINED',
      ),
    ).toBe(true);
  });

  it('gives each request and introduction the history of its state', () => {
    const now = api.clock.nowMs();
    for (const request of requests) {
      const own = request.history.filter((move) => move.action.startsWith('REQUEST_'));
      expect(replay(own, REQUEST_MOVES)).toBe(request.state);
      expect(request.history[0]).toMatchObject({
        action: 'REQUEST_CREATED',
        at: request.createdAt,
      });
      expect(own[own.length - 1].at).toBe(request.updatedAt);
      expect(Date.parse(request.history[request.history.length - 1].at)).toBeLessThanOrEqual(now);
      // the request's history is its own moves and all its introductions' (which include the
      // request's moves they caused)
      const ofIntroductions = introductions.filter(
        (introduction) => introduction.request.id === request.id,
      );
      expect(ofIntroductions.map((introduction) => introduction.id).sort()).toEqual(
        request.introductions.map((introduction) => introduction.id).sort(),
      );
      const key = (move: BrokeringEvent) => JSON.stringify(move);
      const rest = request.history.map(key);
      for (const move of ofIntroductions.flatMap((one) => one.history)) {
        expect(rest).toContain(key(move));
        rest.splice(rest.indexOf(key(move)), 1);
      }
      // what is left concerns no introduction: the creation, a cancellation with none open
      expect(
        rest
          .map((move) => (JSON.parse(move) as BrokeringEvent).action)
          .filter((action) => action !== 'REQUEST_CANCELLED'),
      ).toEqual(['REQUEST_CREATED']);
      // INTRODUCED: one PROPOSED; FULFILLED: one ACTIVE or CLOSED; else none open or done
      const inState = (...states: string[]) =>
        ofIntroductions.filter((one) => states.includes(one.state)).length;
      expect({
        state: request.state,
        proposed: inState('PROPOSED'),
        activeOrClosed: inState('ACTIVE', 'CLOSED'),
      }).toEqual({
        state: request.state,
        proposed: request.state === 'INTRODUCED' ? 1 : 0,
        activeOrClosed: request.state === 'FULFILLED' ? 1 : 0,
      });
    }

    const expiryMs = api.config.introductionExpiryDays * DAY_MS;
    for (const introduction of introductions) {
      const { requesterResponse: requester, candidateResponse: candidate } = introduction;
      const history = introduction.history.filter((move) =>
        move.action.startsWith('INTRODUCTION_'),
      );
      expect(replay(history, INTRODUCTION_MOVES)).toBe(introduction.state);
      expect(history[0].at).toBe(introduction.proposedAt);
      const request = requests.find((one) => one.id === introduction.request.id);
      const requestMove = (action: string, at: string | null) =>
        request?.history.find((move) => move.action === action && move.at === at);
      // the request moved with it: introduced when proposed
      expect(requestMove('REQUEST_INTRODUCED', introduction.proposedAt)).toBeDefined();
      // each side's answer is one move by that side
      for (const [side, response] of [
        ['REQUESTER', requester],
        ['CANDIDATE', candidate],
      ] as const) {
        const answers = history.filter(
          (move) =>
            move.actor === side &&
            ['INTRODUCTION_ACCEPTED', 'INTRODUCTION_DECLINED'].includes(move.action),
        );
        expect(answers).toEqual(
          response
            ? [
                expect.objectContaining({
                  action: response.accepted ? 'INTRODUCTION_ACCEPTED' : 'INTRODUCTION_DECLINED',
                  at: response.at,
                  reason: response.reason,
                }),
              ]
            : [],
        );
      }
      const last = history[history.length - 1];
      switch (introduction.state) {
        case 'PROPOSED':
          expect(requester?.accepted !== false && candidate?.accepted !== false).toBe(true);
          expect(!!requester && !!candidate).toBe(false);
          expect(introduction).toMatchObject({ activatedAt: null, endedAt: null });
          // well inside the expiry window: it does not expire at once
          expect(Date.parse(introduction.expiresAt ?? '')).toBeGreaterThan(now + 7 * DAY_MS);
          break;
        case 'ACTIVE':
          expect(requester?.accepted && candidate?.accepted).toBe(true);
          expect(last).toMatchObject({
            action: 'INTRODUCTION_ACTIVATED',
            at: introduction.activatedAt,
          });
          expect(introduction.endedAt).toBeNull();
          expect(requestMove('REQUEST_FULFILLED', introduction.activatedAt)).toBeDefined();
          expect(introduction.request.state).toBe('FULFILLED');
          break;
        case 'CLOSED':
          expect(requester?.accepted && candidate?.accepted).toBe(true);
          expect(history.map((move) => move.action)).toContain('INTRODUCTION_ACTIVATED');
          expect(last).toMatchObject({ action: 'INTRODUCTION_CLOSED', at: introduction.endedAt });
          expect(introduction.outcome).toBe('SUCCESSFUL');
          expect(introduction.outcomeNotes).toBeTruthy();
          expect(last.reason).toBe(introduction.outcomeNotes);
          expect(Date.parse(introduction.activatedAt ?? '')).toBeLessThan(
            Date.parse(introduction.endedAt ?? ''),
          );
          expect(introduction.request.state).toBe('FULFILLED');
          break;
        case 'DECLINED': {
          const no = [requester, candidate].find((response) => response?.accepted === false);
          expect(no?.reason).toBeTruthy();
          expect(last).toMatchObject({ action: 'INTRODUCTION_DECLINED', at: introduction.endedAt });
          expect(requestMove('REQUEST_REOPENED', introduction.endedAt)).toBeDefined();
          break;
        }
        case 'EXPIRED':
          expect(last).toMatchObject({ action: 'INTRODUCTION_EXPIRED', actor: 'SYSTEM' });
          expect(last.at).toBe(introduction.endedAt);
          // expired when its time was up, 19 days ago
          expect(Date.parse(introduction.endedAt ?? '') - Date.parse(introduction.proposedAt)).toBe(
            expiryMs,
          );
          expect(Math.round((now - Date.parse(introduction.endedAt ?? '')) / DAY_MS)).toBe(19);
          expect(requestMove('REQUEST_REOPENED', introduction.endedAt)).toMatchObject({
            actor: 'SYSTEM',
          });
          break;
        case 'CANCELLED':
          expect(last).toMatchObject({
            action: 'INTRODUCTION_CANCELLED',
            at: introduction.endedAt,
          });
          expect(last.reason).toBeTruthy();
          expect(
            requestMove('REQUEST_REOPENED', introduction.endedAt) ??
              requestMove('REQUEST_CANCELLED', introduction.endedAt),
          ).toBeDefined();
          break;
      }
    }
    // one PROPOSED introduction has the requester side's yes already, one is unanswered
    const proposed = introductions.filter((introduction) => introduction.state === 'PROPOSED');
    expect(proposed.some((one) => one.requesterResponse?.accepted && !one.candidateResponse)).toBe(
      true,
    );
    expect(proposed.some((one) => !one.requesterResponse && !one.candidateResponse)).toBe(true);
  });

  it('keeps the brokering rules: demo requesters, allowed responders, one open per pair, capacity', async () => {
    const db = api.app.get(DataSource);
    // requesters are demo accounts of the office that asks
    const strangers = await db.query(
      `SELECT request.id FROM match_request request JOIN account ON account.id = request.requester_id
        WHERE NOT account.illustrative OR account.office_code <> request.office_code`,
    );
    expect(strangers).toEqual([]);
    // who answered may answer for that side: the requester or an office admin of its office;
    // an office admin of the candidate office
    const wrongResponders = await db.query(
      `SELECT introduction.id FROM introduction
         JOIN match_request request ON request.id = introduction.request_id
         LEFT JOIN account requester ON requester.id = introduction.requester_answered_by_id
         LEFT JOIN account candidate ON candidate.id = introduction.candidate_answered_by_id
        WHERE (introduction.requester_accepted IS NOT NULL AND NOT (
                 requester.office_code = request.office_code
                 AND (requester.id = request.requester_id OR requester.role = 'OFFICE_ADMIN')))
           OR (introduction.candidate_accepted IS NOT NULL AND NOT (
                 candidate.office_code = introduction.candidate_office_code
                 AND candidate.role = 'OFFICE_ADMIN'))
           OR (introduction.requester_accepted IS NULL) <> (introduction.requester_answered_by_id IS NULL)
           OR (introduction.candidate_accepted IS NULL) <> (introduction.candidate_answered_by_id IS NULL)`,
    );
    expect(wrongResponders).toEqual([]);
    // each move's actor is who the history says: someone of that office, a broker, or no one
    const wrongActors = await db.query(
      `SELECT move.action, move.actor FROM brokering_transition move
         JOIN match_request request ON request.id = move.request_id
         LEFT JOIN introduction ON introduction.id = move.introduction_id
         LEFT JOIN account ON account.id = move.actor_id
        WHERE NOT CASE move.actor
          WHEN 'REQUESTER' THEN account.office_code = request.office_code
          WHEN 'CANDIDATE' THEN account.office_code = introduction.candidate_office_code
          WHEN 'BUREAU' THEN account.role IN ('BROKER', 'ADMIN')
          ELSE move.actor_id IS NULL END`,
    );
    expect(wrongActors).toEqual([]);
    const [rules] = await db.query(
      `SELECT
         (SELECT count(*) FROM (SELECT request_id FROM introduction WHERE state IN ('PROPOSED', 'ACTIVE')
            GROUP BY request_id HAVING count(*) > 1) twice)::int AS open_twice_per_request,
         (SELECT count(*) FROM (SELECT 1 FROM introduction WHERE state IN ('PROPOSED', 'ACTIVE')
            GROUP BY LEAST(requester_office_code, candidate_office_code),
                     GREATEST(requester_office_code, candidate_office_code)
            HAVING count(*) > 1) twice)::int AS open_twice_per_pair,
         (SELECT count(*) FROM office WHERE mentoring_capacity < (SELECT count(*) FROM introduction
            WHERE candidate_office_code = office.code AND state IN ('PROPOSED', 'ACTIVE')))::int AS over_capacity`,
    );
    expect(rules).toEqual({ open_twice_per_request: 0, open_twice_per_pair: 0, over_capacity: 0 });
  });

  it('keeps SN and its mentors clear: SN’s mentors in SECURITY still include FR, MA and CI', async () => {
    const involved = (codes: string[], states: string[]) =>
      introductions.filter(
        (introduction) =>
          states.includes(introduction.state) &&
          codes.some((code) =>
            [introduction.requesterOfficeCode, introduction.candidateOfficeCode].includes(code),
          ),
      );
    expect(involved(['SN'], ['PROPOSED', 'ACTIVE', 'DECLINED'])).toEqual([]);
    expect(
      introductions.filter(
        (introduction) =>
          ['PROPOSED', 'ACTIVE'].includes(introduction.state) &&
          ['FR', 'MA', 'CI'].includes(introduction.candidateOfficeCode),
      ),
    ).toEqual([]);
    // nothing is due: the expiry, run now, expires nothing
    expect(await api.app.get(IntroductionExpiry).expireDue()).toBe(0);

    // the demo's mentors of SN in SECURITY are recommended still, offering help
    const mentors = await snSecurityMentors();
    for (const code of ['FR', 'MA', 'CI'])
      expect(mentors.find((mentor) => mentor.code === code)?.factors).toContain('OFFERS_HELP');
  });

  it('lets the two people of the ACTIVE introduction see each other', async () => {
    const active = introductions.find((introduction) => introduction.state === 'ACTIVE');
    const [responders] = await api.app.get(DataSource).query(
      `SELECT requester.email AS requester, candidate.email AS candidate,
              requester_member.full_name AS requester_name, candidate_member.full_name AS candidate_name
         FROM introduction
         JOIN account requester ON requester.id = introduction.requester_answered_by_id
         JOIN account candidate ON candidate.id = introduction.candidate_answered_by_id
         JOIN member requester_member ON requester_member.account_id = requester.id
         JOIN member candidate_member ON candidate_member.account_id = candidate.id
        WHERE introduction.id = $1`,
      [active?.id],
    );
    const COUNTERPART = `query ($id: ID!) { introduction(id: $id) { counterpart { fullName } } }`;
    for (const [me, other] of [
      [responders.requester, responders.candidate_name],
      [responders.candidate, responders.requester_name],
    ]) {
      const token = await login(me);
      const { counterpart } = dataOf(
        await api.gql(COUNTERPART, { id: active?.id }, { token }),
        'introduction',
      );
      expect(counterpart).toEqual({ fullName: other });
    }
  });

  it('runs once per database: a restart adds nothing, nor does the seed where requests exist', async () => {
    const before = await counts();
    expect(before.requests).toBe(requests.length);
    await api.app.get(SeedRunner).runAll(); // as at the next start
    expect(await counts()).toEqual(before);
    // the seed itself leaves alone a database where anyone has asked for a match
    const db = api.app.get(DataSource);
    await db.query(
      `DELETE FROM demo_seed_history WHERE name = 'demo match requests and introductions'`,
    );
    await api.app.get(SeedRunner).runAll();
    expect(await counts()).toEqual(before);
  });

  it('changes SN’s mentors in SECURITY only by the offices it fills (last: it removes the demo requests)', async () => {
    const withDemo = await snSecurityMentors();
    const db = api.app.get(DataSource);
    const full: string[] = (
      await db.query(
        `SELECT office.code FROM office WHERE mentoring_capacity <= (SELECT count(*) FROM introduction
           WHERE candidate_office_code = office.code AND state IN ('PROPOSED', 'ACTIVE'))`,
      )
    ).map((row: { code: string }) => row.code);
    for (const code of ['FR', 'MA', 'CI']) expect(full).not.toContain(code);
    await db.query(`DELETE FROM brokering_transition`);
    await db.query(`DELETE FROM introduction`);
    await db.query(`DELETE FROM match_request`);
    const withoutDemo = await snSecurityMentors();
    expect(withDemo).toEqual(withoutDemo.filter((mentor) => !full.includes(mentor.code)));
  });
});
