/**
 * Schema fuzzing (issue 13, point 6): requests generated from the committed schema — valid
 * operations and broken ones (support/schema-fuzz.ts) — sent over HTTP by every kind of caller. The
 * server always answers HTTP 200, 400 or 429 with data or GraphQL errors in the API's shape: never
 * a 500, never INTERNAL_SERVER_ERROR, never a crash or a request left without an answer.
 *
 * Seeded: the seed and the number of runs are printed first (`schema fuzz: seed 123, 500 runs`).
 * FUZZ_SEED (default: from the clock), FUZZ_RUNS (default: 500 in CI, 200 elsewhere).
 *
 * To replay a failure, take the seed and the path from fast-check's report
 * (`{ seed: 123, path: "41:0:2" }`) and run, on the engine that failed (with its DATABASE_URL, or
 * without one for the embedded engine):
 *
 *   NODE_OPTIONS="--experimental-vm-modules --no-warnings=ExperimentalWarning" \
 *     FUZZ_SEED=123 FUZZ_RUNS=500 npx jest -c apps/api/jest.config.cjs schema-fuzz
 *
 * It sends the same requests in the same order on a fresh database (the accounts and data are made
 * the same way each time, so each request meets the same state) and shrinks the failure again.
 * Add FUZZ_PATH="41:0:2" to send only the shrunk counterexample: enough, and at once, when the
 * failure does not depend on what the requests before it changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import { DataSource } from 'typeorm';

import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, SessionsService } from '@wild/api/auth';
import {
  createTestAccount,
  dataOf,
  GraphQLResponse,
  TEST_PASSWORD,
  TestAccount,
  TestApp,
} from '@wild/api/testing';
import { MATURITY_DIMENSIONS, Role } from '@wild/shared/domain';

import {
  answerProblems,
  Caller,
  FuzzPools,
  FuzzRequest,
  fuzzRequests,
  fuzzSettings,
} from './support/schema-fuzz';
import { startApp } from './support/start-app';

/** No answer within this time is a hang. */
const REQUEST_TIMEOUT_MS = 10_000;

const schema = buildSchema(readFileSync(join(__dirname, '../schema.gql'), 'utf8'));
const settings = fuzzSettings();

describe('schema fuzzing (GraphQL over HTTP)', () => {
  let api: TestApp;
  let pools: FuzzPools;
  const callers = new Map<Caller, TestAccount>();
  const tokens = new Map<Caller, string>();

  /** Accounts with fixed emails, so a replay on a fresh database makes the same ones. */
  const account = (role: Role, officeCode: string, name: string) =>
    createTestAccount(api, { role, officeCode, email: `${name}@fuzz.wild.example` });

  const gql = async (query: string, variables: Record<string, unknown>, as: TestAccount) =>
    api.gql(query, variables, { token: as.accessToken });

  /** A session of its own for a caller, as the suite starts with (a mutation may end the last). */
  async function openSession(caller: Caller): Promise<void> {
    const owner = callers.get(caller);
    if (!owner) return;
    const { accessToken } = await api.app.get(DataSource).transaction((manager) =>
      api.app.get(SessionsService).start(manager, owner.entity, {
        ip: '127.0.0.1',
        userAgent: 'schema-fuzz',
        requestId: null,
      }),
    );
    tokens.set(caller, accessToken);
  }

  /** The data every kind of id, token and cursor of the schema can point at. */
  async function makePools(): Promise<FuzzPools> {
    const broker = await account(Role.BROKER, 'WO', 'target.broker');
    const others = [
      await account(Role.MEMBER, 'DE', 'target.member.de'),
      await account(Role.OFFICE_ADMIN, 'DE', 'target.admin.de'),
      await account(Role.MEMBER, 'FR', 'target.member.fr'),
      await account(Role.MEMBER, 'JP', 'target.member.jp'),
    ];
    const ids = [broker, ...others].map((target) => target.id);
    for (const target of [broker, ...others]) {
      const me = dataOf(await gql(`{ me { member { id } } }`, {}, target), 'me');
      ids.push(me.member.id);
    }
    const spendable = [broker, ...others].map((target) => target.refreshToken);

    for (const [email, role, officeCode] of [
      ['invited.member@fuzz.wild.example', 'MEMBER', 'FR'],
      ['invited.admin@fuzz.wild.example', 'OFFICE_ADMIN', 'DE'],
    ]) {
      const created = dataOf(
        await gql(
          `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { token invitation { id } } }`,
          { input: { email, role, officeCode } },
          broker,
        ),
        'createInvitation',
      );
      ids.push(created.invitation.id);
      spendable.push(created.token);
    }

    // five current assessments, so that the benchmark answers, and a draft
    const levels = MATURITY_DIMENSIONS.map((dimension, index) => ({
      dimension,
      level: (index % 5) + 1,
    }));
    for (const officeCode of ['FR', 'DE', 'JP', 'US', 'GB']) {
      const submitted = dataOf(
        await gql(
          `mutation ($input: MaturityAssessmentInput!) { submitMaturityAssessment(input: $input) { id } }`,
          { input: { officeCode, levels } },
          broker,
        ),
        'submitMaturityAssessment',
      );
      ids.push(submitted.id);
    }
    const draft = dataOf(
      await gql(
        `mutation ($input: MaturityAssessmentInput!) { saveMaturityAssessmentDraft(input: $input) { id } }`,
        { input: { officeCode: 'EP', levels: levels.slice(0, 3) } },
        broker,
      ),
      'saveMaturityAssessmentDraft',
    );
    ids.push(draft.id);
    dataOf(
      await gql(
        `mutation ($input: SetNeedsAndOffersInput!) { setNeedsAndOffers(input: $input) { code } }`,
        {
          input: {
            officeCode: 'FR',
            needs: [
              { dimension: 'SECURITY', description: 'A security review.', confidential: true },
              { dimension: 'DATA', description: 'Open data.' },
            ],
            offers: [{ dimension: 'SERVICES', description: 'E-filing.' }],
          },
        },
        broker,
      ),
      'setNeedsAndOffers',
    );

    // a cursor of each list and order, which the generator forges
    const cursors: string[] = [];
    const page = `pageInfo { endCursor }`;
    const areas: { code: string }[] = dataOf(
      await gql(`{ expertiseAreas { code } }`, {}, broker),
      'expertiseAreas',
    );
    const answer = await gql(
      `{
        offices(first: 1) { ${page} }
        byMaturity: offices(first: 1, orderBy: { field: MATURITY }) { ${page} }
        searched: offices(first: 1, filter: { search: "office" }) { ${page} }
        members(first: 1) { ${page} }
        updated: members(first: 1, orderBy: { field: UPDATED }) { ${page} }
        needs(first: 1) { ${page} }
        offers(first: 1) { ${page} }
        invitations(first: 1) { ${page} }
        auditLog(first: 1) { ${page} }
        office(code: "FR") { members(first: 1) { ${page} } maturityHistory(first: 1) { ${page} } }
      }`,
      {},
      broker,
    );
    JSON.stringify(answer.data, (key, value) => {
      if (key === 'endCursor' && typeof value === 'string') cursors.push(value);
      return value;
    });

    // bearer tokens that must not pass
    const jwt = new JwtService();
    const signed = (claims: object, options: { secret?: string; expiresIn?: number } = {}) =>
      jwt.sign(claims, {
        algorithm: 'HS256',
        secret: options.secret ?? api.config.jwtSecret,
        expiresIn: options.expiresIn ?? 600,
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
      });
    const real = broker.accessToken;
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${real.split('.')[1]}.`;
    const badTokens = [
      `Bearer ${real.slice(0, -3)}abc`, // tampered signature
      `Bearer ${none}`,
      `Bearer ${signed({ sub: broker.id, sid: 'x' }, { secret: 'another-secret-long-enough-for-hs256' })}`,
      `Bearer ${signed({ sub: broker.id, sid: 'not-a-uuid' })}`,
      `Bearer ${signed({ sub: 'not-a-uuid', sid: '00000000-0000-0000-0000-000000000000' })}`,
      `Bearer ${signed({ sub: broker.id })}`,
      `Bearer ${signed({ sub: broker.id, sid: 1 })}`,
      `Bearer ${signed({ sub: broker.id, sid: 'x' }, { expiresIn: -60 })}`,
      `Bearer ${broker.refreshToken}`,
    ];

    return {
      ids,
      officeCodes: ['FR', 'DE', 'WO', 'EP', 'JP', 'US', 'GB', 'XX', 'fr', 'ZZZ'],
      emails: [
        ...others.map((target) => target.email),
        'invited.member@fuzz.wild.example',
        'new.person@fuzz.wild.example',
        'not-an-email',
        'UPPER.CASE@FUZZ.WILD.EXAMPLE',
      ],
      passwords: [TEST_PASSWORD, 'short', 'a brand new password, long enough', others[0].email],
      tokens: spendable,
      cursors,
      expertiseAreas: [...areas.map((area) => area.code), 'NOT_AN_AREA'],
      badTokens,
    };
  }

  beforeAll(async () => {
    api = await startApp();
    callers.set('MEMBER', await account(Role.MEMBER, 'FR', 'caller.member'));
    callers.set('OFFICE_ADMIN', await account(Role.OFFICE_ADMIN, 'FR', 'caller.office-admin'));
    callers.set('BROKER', await account(Role.BROKER, 'WO', 'caller.broker'));
    callers.set('ADMIN', await account(Role.ADMIN, 'WO', 'caller.admin'));
    for (const [caller, owner] of callers) tokens.set(caller, owner.accessToken);
    pools = await makePools();
  });

  afterAll(() => api?.close());

  /** Sends one request as its caller; fails if no answer comes in time. */
  async function send(request: FuzzRequest): Promise<GraphQLResponse> {
    const token = tokens.get(request.caller);
    const headers: Record<string, string> = {};
    if (request.authorization !== undefined) headers['Authorization'] = request.authorization;
    if (request.acceptLanguage !== undefined) headers['Accept-Language'] = request.acceptLanguage;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)),
        REQUEST_TIMEOUT_MS,
      );
    });
    try {
      return await Promise.race([api.post(request.body, { token, headers }), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  it(
    'answers every request with data or GraphQL errors, never an internal error',
    async () => {
      console.log(
        `schema fuzz: seed ${settings.seed}, ${settings.runs} runs` +
          (settings.path ? `, path ${settings.path}` : '') +
          ` (replay: FUZZ_SEED=${settings.seed} FUZZ_RUNS=${settings.runs})`,
      );
      await fc.assert(
        fc.asyncProperty(fuzzRequests(schema, pools), async (request) => {
          const answer = await send(request);
          // a mutation may have ended the caller's session: each request starts with one
          if (request.caller !== 'anonymous' && /mutation/i.test(JSON.stringify(request.body))) {
            await openSession(request.caller);
          }
          const problems = answerProblems(request.kind, answer);
          if (problems.length) {
            throw new Error(
              `${problems.join('\n')}\nanswer: HTTP ${answer.status} ${JSON.stringify(answer.body)?.slice(0, 1500)}`,
            );
          }
        }),
        {
          seed: settings.seed,
          numRuns: settings.runs,
          path: settings.path,
          // a run this slow fails (and shrinking stops, reporting the smallest request so far)
          interruptAfterTimeLimit: 8 * 60_000,
          markInterruptAsFailure: true,
        },
      );
      // and the server still answers
      expect((await api.gql(`{ __typename }`)).data).toEqual({ __typename: 'Query' });
    },
    10 * 60_000,
  );
});
