import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

import { SessionsService } from '@wild/api/auth';
import { createTestAccount, TEST_PASSWORD, TestAccount, TestApp } from '@wild/api/testing';
import { MATURITY_DIMENSIONS, Role } from '@wild/shared/domain';

/**
 * The ownership matrix: for every query and mutation of the committed schema (apps/api/schema.gql),
 * what each kind of caller gets. `ownership-matrix.int-spec.ts` fails when an operation of the
 * schema has no row here, or a row names an operation the schema lacks, so a new operation joins
 * with its row.
 *
 * The things the rows act on belong to the owning office, FR. Callers:
 * - `anonymous`: no access token;
 * - `otherOfficeMember`: a MEMBER of another office (DE);
 * - `ownOfficeMember`: a plain MEMBER of FR (where an office admin is needed);
 * - `ownOfficeAdmin`: an OFFICE_ADMIN of FR (the owner's admin: what office admins may do at all);
 * - `otherOfficeAdmin`: an OFFICE_ADMIN of DE;
 * - `broker`, `admin`: a BROKER and an ADMIN of WO (the International Bureau).
 *
 * Each cell is one of:
 * - `allowed`: the operation answered its data with no error at all (the fixtures are built so
 *   that an allowed call succeeds), and the thing the case is about is in the answer (see
 *   {@link MatrixCase.found}). A case may list `businessErrors`: codes that are the operation's
 *   own answer, not about access, and also count as `allowed`;
 * - `UNAUTHENTICATED`, `FORBIDDEN`, `NOT_FOUND`: the operation answered this `extensions.code`,
 *   or (`NOT_FOUND` only) answered without error but without the thing the case is about: absent
 *   from a list or a field, as privacy rules hide what a caller may not see.
 * Any other answer (another error code, an error below the operation, no data) fails the cell.
 *
 * Cells hold what the conventions (docs/api-conventions.md, DOMAIN privacy rules) call for. Where
 * the code answers otherwise, the case names it in `deviations`: the test expects the code's
 * answer, names the deviation in its title, and fails once the code is fixed, so that the note is
 * removed.
 *
 * Adding an operation: add a row keyed `Query.x` or `Mutation.x` with its document, the variables
 * (built from {@link MatrixFixtures}, or per cell with {@link FixtureMakers} when the call uses its
 * fixture up) and the expectations (start from a preset below and override what differs).
 */

export const OWNING_OFFICE = 'FR';
export const OTHER_OFFICE = 'DE';

export const CALLERS = [
  'anonymous',
  'otherOfficeMember',
  'ownOfficeMember',
  'ownOfficeAdmin',
  'otherOfficeAdmin',
  'broker',
  'admin',
] as const;
export type Caller = (typeof CALLERS)[number];
export type SignedInCaller = Exclude<Caller, 'anonymous'>;

/** The account of each signed-in caller. */
export const CALLER_ACCOUNTS: Record<SignedInCaller, { role: Role; officeCode: string }> = {
  otherOfficeMember: { role: Role.MEMBER, officeCode: OTHER_OFFICE },
  ownOfficeMember: { role: Role.MEMBER, officeCode: OWNING_OFFICE },
  ownOfficeAdmin: { role: Role.OFFICE_ADMIN, officeCode: OWNING_OFFICE },
  otherOfficeAdmin: { role: Role.OFFICE_ADMIN, officeCode: OTHER_OFFICE },
  broker: { role: Role.BROKER, officeCode: 'WO' },
  admin: { role: Role.ADMIN, officeCode: 'WO' },
};

export const OUTCOMES = ['allowed', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type Expected = Readonly<Record<Caller, Outcome>>;

/** Where the code answers otherwise than the conventions. */
export interface Deviation {
  /** What the code answers: an outcome, or another `extensions.code` (`CONFLICT`). */
  readonly answers: Outcome | string;
  readonly why: string;
}

export type Variables = Record<string, unknown>;

export interface MatrixCase {
  /** What the case is about, when an operation has several. */
  readonly about?: string;
  /** One operation whose one root field is the row's operation (no alias). */
  readonly document: string;
  /** Built afresh for each caller, after the caller's token is chosen. */
  readonly variables?: (cell: Cell) => Variables | Promise<Variables>;
  /**
   * Who calls: the caller's shared session (default); a new session of the caller's account (an
   * operation that ends its session); a new account of the caller's kind (one that ends the
   * account's other sessions).
   */
  readonly as?: 'session' | 'fresh-session' | 'fresh-account';
  /** For an answer without error: is the thing the case is about in it? No: `NOT_FOUND`. */
  readonly found?: (answer: unknown, cell: Cell) => boolean;
  /** Error codes that are the operation's own answer to an allowed caller (see above). */
  readonly businessErrors?: readonly string[];
  readonly expect: Expected;
  readonly deviations?: Partial<Record<Caller, Deviation>>;
}

export type MatrixRow = MatrixCase | readonly MatrixCase[];

// ---- presets ------------------------------------------------------------------------------------

/** @Public: anyone, signed in or not. */
export const PUBLIC: Expected = {
  anonymous: 'allowed',
  otherOfficeMember: 'allowed',
  ownOfficeMember: 'allowed',
  ownOfficeAdmin: 'allowed',
  otherOfficeAdmin: 'allowed',
  broker: 'allowed',
  admin: 'allowed',
};

/** @Authorize(): any signed-in account, on something the whole network sees. */
export const SIGNED_IN: Expected = { ...PUBLIC, anonymous: 'UNAUTHENTICATED' };

/** @Authorize(OFFICE_ADMIN, BROKER) on the owning office's things (mayEditOffice). */
export const OFFICE_EDITORS: Expected = {
  anonymous: 'UNAUTHENTICATED',
  otherOfficeMember: 'FORBIDDEN',
  ownOfficeMember: 'FORBIDDEN',
  ownOfficeAdmin: 'allowed',
  otherOfficeAdmin: 'FORBIDDEN',
  broker: 'allowed',
  admin: 'allowed',
};

/** @Authorize(BROKER): the International Bureau (brokers and admins). */
export const IB_ONLY: Expected = {
  ...OFFICE_EDITORS,
  ownOfficeAdmin: 'FORBIDDEN',
};

/** @Authorize(ADMIN). */
export const ADMINS_ONLY: Expected = { ...IB_ONLY, broker: 'FORBIDDEN' };

/** A hidden profile: its member, its office's admins, brokers and admins (MemberPrivacy). */
export const HIDDEN_PROFILE: Expected = {
  anonymous: 'UNAUTHENTICATED',
  otherOfficeMember: 'NOT_FOUND',
  ownOfficeMember: 'NOT_FOUND',
  ownOfficeAdmin: 'allowed',
  otherOfficeAdmin: 'NOT_FOUND',
  broker: 'allowed',
  admin: 'allowed',
};

/** A confidential need: its own office's members and the International Bureau. */
export const OWN_OFFICE_AND_IB: Expected = {
  ...HIDDEN_PROFILE,
  ownOfficeMember: 'allowed',
};

/** What only the office's editors see (a draft assessment): absent for anyone else. */
export const EDITORS_SEE: Expected = { ...HIDDEN_PROFILE };

/** What the International Bureau alone sees (two other offices' introduction): absent for anyone else. */
export const IB_SEES: Expected = {
  ...OWN_OFFICE_AND_IB,
  ownOfficeMember: 'NOT_FOUND',
  ownOfficeAdmin: 'NOT_FOUND',
};

/**
 * Those who answer for FR's side of an introduction (the requester or an office admin of FR):
 * the bureau, which sees it, is no side (FORBIDDEN); DE does not see it.
 */
export const FR_SIDE: Expected = {
  ...OWN_OFFICE_AND_IB,
  broker: 'FORBIDDEN',
  admin: 'FORBIDDEN',
};

// ---- fixtures -----------------------------------------------------------------------------------

export interface MemberFixture {
  readonly account: TestAccount;
  readonly memberId: string;
}

/** Made once, before the first row; no row changes what another row reads. */
export interface MatrixFixtures {
  readonly callers: Readonly<Record<SignedInCaller, TestAccount>>;
  /** An admin that makes the fixtures (never a caller). */
  readonly steward: TestAccount;
  /** A member of FR (not a caller) whose profile the network sees. */
  readonly colleague: MemberFixture;
  /** A member of FR whose profile is hidden. */
  readonly hiddenColleague: MemberFixture;
  /** A pending invitation into FR, issued by the steward. */
  readonly invitationId: string;
  /** An OPEN request of FR made by ownOfficeMember (the only PEER one of FR). */
  readonly matchRequestId: string;
  /** A PROPOSED introduction of a request of FR made by ownOfficeMember, to ES (the only one of ES). */
  readonly introductionId: string;
  /** A PROPOSED introduction of a request of IT, to FR (FR the candidate). */
  readonly introductionToOwnerId: string;
  /** The IT request's earlier introduction, to PT, cancelled: one FR is no party to. */
  readonly othersIntroductionId: string;
}

/** FR's needs (SECURITY confidential, DATA public) and offers (INFRA): set again as they are. */
export const OWNING_OFFICE_NEEDS = [
  { dimension: 'SECURITY', description: 'A security operations centre.', confidential: true },
  { dimension: 'DATA', description: 'A data quality programme.', confidential: false },
];
export const OWNING_OFFICE_OFFERS = [
  { dimension: 'INFRA', description: 'Our cloud migration playbook.' },
];

/** The shared introductions' other offices (see {@link MatrixFixtures}). */
export const PARTNER_OFFICE = 'ES';
export const ASKING_OFFICE = 'IT';
export const THIRD_OFFICE = 'PT';

/** FR's capacity as a candidate: the per-cell introductions to FR stay open (2 by default). */
const OWNING_OFFICE_CAPACITY = 50;

/** Offices with a current assessment, so that a benchmark has its group of 5. */
const ASSESSED_OFFICES = [OWNING_OFFICE, OTHER_OFFICE, 'JP', 'EP', 'BR'];

export const levelsOf = (level: number) =>
  MATURITY_DIMENSIONS.map((dimension) => ({ dimension, level }));

/** Things a cell uses up (an invitation to accept, an account to deactivate …), made per cell. */
export interface FixtureMakers {
  /** A fresh address for an invitation. */
  email(): string;
  /** A pending invitation, issued by the steward (into FR as a MEMBER unless told). */
  invitation(options?: {
    officeCode?: string;
    role?: Role;
  }): Promise<{ id: string; token: string; email: string }>;
  /** A new account (a MEMBER of FR unless told). */
  account(options?: { role?: Role; officeCode?: string }): Promise<TestAccount>;
  /** A new session of an account. */
  session(account: TestAccount): Promise<{ accessToken: string; refreshToken: string }>;
  /** A new submitted (current) assessment of an office (FR unless told): its id. */
  submittedAssessment(officeCode?: string): Promise<string>;
  /** The draft of an office (FR unless told), saved again: its id. */
  draft(officeCode?: string): Promise<string>;
  /**
   * An office that no request or introduction involves yet (never FR, DE or WO), so that a new
   * introduction to it is refused neither by the one-open-per-pair rule nor by its capacity.
   */
  freshOffice(): Promise<string>;
  /** A new OPEN request of the office of `by`, made by `by` (MENTOR in SECURITY): its id. */
  matchRequest(by: TestAccount): Promise<string>;
  /**
   * A new introduction of a new request made by `by`, to a fresh office, proposed by the
   * steward: PROPOSED, or ACTIVE (accepted by `by` and by a new office admin of the candidate).
   */
  introduction(by: TestAccount, state?: IntroductionFixtureState): Promise<string>;
  /** The same for a new request of a fresh office (by a new member of it), FR the candidate. */
  introductionToOwner(state?: IntroductionFixtureState): Promise<string>;
}

export type IntroductionFixtureState = 'PROPOSED' | 'ACTIVE';

export interface Cell {
  readonly api: TestApp;
  readonly fixtures: MatrixFixtures;
  readonly make: FixtureMakers;
  readonly caller: Caller;
  /** The account that calls (none for `anonymous`). */
  readonly account: TestAccount | undefined;
}

/** The data of `field`, or an error naming what failed (fixtures must not fail quietly). */
export async function must(
  api: TestApp,
  token: string,
  query: string,
  variables: Variables,
  field: string,
): Promise<Record<string, unknown>> {
  const response = await api.gql(query, variables, { token });
  const data = response.data?.[field] as Record<string, unknown> | null | undefined;
  if (response.errors || !data) {
    throw new Error(`fixture ${field} failed: ${JSON.stringify(response.errors ?? response.body)}`);
  }
  return data;
}

const CREATE_INVITATION = `mutation ($input: CreateInvitationInput!) {
  createInvitation(input: $input) { token invitation { id } }
}`;
const SUBMIT = `mutation ($input: MaturityAssessmentInput!) { submitMaturityAssessment(input: $input) { id } }`;
const SAVE_DRAFT = `mutation ($input: MaturityAssessmentInput!) { saveMaturityAssessmentDraft(input: $input) { id } }`;
const MY_MEMBER_ID = `query { me { member { id } } }`;
const HIDE_ME = `mutation { updateMyProfile(input: { hidden: true }) { id hidden } }`;
const SET_NEEDS = `mutation ($input: SetNeedsAndOffersInput!) { setNeedsAndOffers(input: $input) { code } }`;
const UPDATE_OFFICE = `mutation ($input: UpdateOfficeInput!) { updateOffice(input: $input) { code } }`;
const CREATE_REQUEST = `mutation ($input: CreateMatchRequestInput!) { createMatchRequest(input: $input) { id } }`;
const PROPOSE = `mutation ($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { id } }`;
const RESPOND_TO_INTRODUCTION = `mutation ($input: RespondToIntroductionInput!) { respondToIntroduction(input: $input) { id state } }`;
const CANCEL_INTRODUCTION = `mutation ($input: CancelIntroductionInput!) { cancelIntroduction(input: $input) { id state } }`;

/** Offices a fresh office is never taken from: the owner, the callers' other office, the bureau. */
const NEVER_FRESH = [OWNING_OFFICE, OTHER_OFFICE, 'WO'];
const FRESH_OFFICE = `SELECT office.code FROM office
  WHERE office.code <> ALL ($1::text[])
    AND NOT EXISTS (SELECT 1 FROM match_request WHERE match_request.office_code = office.code)
    AND NOT EXISTS (SELECT 1 FROM introduction
      WHERE office.code IN (introduction.requester_office_code, introduction.candidate_office_code))
  ORDER BY office.code LIMIT 1`;

type RequestAbout =
  { kind: 'MENTOR' | 'PEER'; dimension: string } | { kind: 'STANDARD_BUDDY'; standard: string };

/** A request's input: MENTOR in SECURITY unless told. */
export const matchRequestInput = (
  officeCode: string,
  about: RequestAbout = { kind: 'MENTOR', dimension: 'SECURITY' },
) => ({
  officeCode,
  ...about,
  topic: 'A security operations centre',
  goal: 'Run one within a year, with a partner that has.',
});

/** A request made by `by` (of its office): its id. */
async function createRequest(api: TestApp, by: TestAccount, about?: RequestAbout) {
  const input = matchRequestInput(by.officeCode, about);
  return (await must(api, by.accessToken, CREATE_REQUEST, { input }, 'createMatchRequest'))[
    'id'
  ] as string;
}

/** The steward proposes `candidate` for the request: the introduction's id. */
async function propose(api: TestApp, steward: TestAccount, requestId: string, candidate: string) {
  const input = { requestId, candidateOfficeCode: candidate, message: 'You two should talk.' };
  return (await must(api, steward.accessToken, PROPOSE, { input }, 'proposeIntroduction'))[
    'id'
  ] as string;
}

/** One side accepts (`by` answers for it). */
async function accept(api: TestApp, by: TestAccount, introductionId: string): Promise<void> {
  const input = { introductionId, accept: true };
  await must(api, by.accessToken, RESPOND_TO_INTRODUCTION, { input }, 'respondToIntroduction');
}

export function fixtureMakers(api: TestApp, steward: TestAccount): FixtureMakers {
  const token = steward.accessToken;
  const email = () => `matrix.${randomBytes(5).toString('hex')}@test.wild.example`;
  return {
    email,
    async invitation(options = {}) {
      const address = email();
      const created = await must(
        api,
        token,
        CREATE_INVITATION,
        {
          input: {
            email: address,
            officeCode: options.officeCode ?? OWNING_OFFICE,
            role: options.role ?? Role.MEMBER,
          },
        },
        'createInvitation',
      );
      const invitation = created['invitation'] as { id: string };
      return { id: invitation.id, token: created['token'] as string, email: address };
    },
    account: (options = {}) =>
      createTestAccount(api, {
        role: options.role ?? Role.MEMBER,
        officeCode: options.officeCode ?? OWNING_OFFICE,
      }),
    session: (account) =>
      api.app.get(DataSource).transaction((manager) =>
        api.app.get(SessionsService).start(manager, account.entity, {
          ip: '127.0.0.1',
          userAgent: 'jest',
          requestId: null,
        }),
      ),
    async submittedAssessment(officeCode = OWNING_OFFICE) {
      const input = { officeCode, levels: levelsOf(3) };
      return (await must(api, token, SUBMIT, { input }, 'submitMaturityAssessment'))[
        'id'
      ] as string;
    },
    async draft(officeCode = OWNING_OFFICE) {
      const input = { officeCode, levels: levelsOf(4) };
      return (await must(api, token, SAVE_DRAFT, { input }, 'saveMaturityAssessmentDraft'))[
        'id'
      ] as string;
    },
    freshOffice,
    matchRequest: (by) => createRequest(api, by),
    introduction: async (by, state = 'PROPOSED') =>
      introduce(by, await createRequest(api, by), await freshOffice(), state),
    async introductionToOwner(state = 'PROPOSED') {
      const asker = await createTestAccount(api, { officeCode: await freshOffice() });
      return introduce(asker, await createRequest(api, asker), OWNING_OFFICE, state);
    },
  };

  async function freshOffice(): Promise<string> {
    const rows: { code: string }[] = await api.app
      .get(DataSource)
      .query(FRESH_OFFICE, [NEVER_FRESH]);
    if (rows.length === 0) throw new Error('fixture freshOffice: every office is taken');
    return rows[0].code;
  }

  async function introduce(
    requester: TestAccount,
    requestId: string,
    candidate: string,
    state: IntroductionFixtureState,
  ): Promise<string> {
    const id = await propose(api, steward, requestId, candidate);
    if (state === 'ACTIVE') {
      await accept(api, requester, id);
      const candidateAdmin = await createTestAccount(api, {
        role: Role.OFFICE_ADMIN,
        officeCode: candidate,
      });
      await accept(api, candidateAdmin, id);
    }
    return id;
  }
}

async function memberFixture(api: TestApp, account: TestAccount): Promise<MemberFixture> {
  const me = await must(api, account.accessToken, MY_MEMBER_ID, {}, 'me');
  return { account, memberId: (me['member'] as { id: string }).id };
}

/** Creates the fixtures every row reads, through the API where it can (as the steward). */
export async function createMatrixFixtures(api: TestApp): Promise<MatrixFixtures> {
  const steward = await createTestAccount(api, { role: Role.ADMIN, displayName: 'Steward' });
  const callers = {} as Record<SignedInCaller, TestAccount>;
  for (const caller of Object.keys(CALLER_ACCOUNTS) as SignedInCaller[]) {
    callers[caller] = await createTestAccount(api, {
      ...CALLER_ACCOUNTS[caller],
      displayName: `Matrix ${caller}`,
    });
  }
  const colleague = await memberFixture(
    api,
    await createTestAccount(api, { officeCode: OWNING_OFFICE, displayName: 'Colleague' }),
  );
  const hiddenAccount = await createTestAccount(api, {
    officeCode: OWNING_OFFICE,
    displayName: 'Hidden Colleague',
  });
  await must(api, hiddenAccount.accessToken, HIDE_ME, {}, 'updateMyProfile');
  const hiddenColleague = await memberFixture(api, hiddenAccount);

  const make = fixtureMakers(api, steward);
  await must(
    api,
    steward.accessToken,
    SET_NEEDS,
    {
      input: {
        officeCode: OWNING_OFFICE,
        needs: OWNING_OFFICE_NEEDS,
        offers: OWNING_OFFICE_OFFERS,
      },
    },
    'setNeedsAndOffers',
  );
  for (const office of ASSESSED_OFFICES) await make.submittedAssessment(office);
  const invitation = await make.invitation();
  await must(
    api,
    steward.accessToken,
    UPDATE_OFFICE,
    { input: { code: OWNING_OFFICE, mentoringCapacity: OWNING_OFFICE_CAPACITY } },
    'updateOffice',
  );

  const requester = callers.ownOfficeMember;
  const matchRequestId = await createRequest(api, requester, { kind: 'PEER', dimension: 'DATA' });
  const introductionId = await propose(
    api,
    steward,
    await createRequest(api, requester, { kind: 'STANDARD_BUDDY', standard: 'ST.26' }),
    PARTNER_OFFICE,
  );
  // IT's request went to PT first (cancelled, so it is OPEN again), then to FR
  const asker = await createTestAccount(api, { officeCode: ASKING_OFFICE });
  const askingRequestId = await createRequest(api, asker);
  const othersIntroductionId = await propose(api, steward, askingRequestId, THIRD_OFFICE);
  await must(
    api,
    steward.accessToken,
    CANCEL_INTRODUCTION,
    { input: { introductionId: othersIntroductionId, reason: 'PT has no one free this year.' } },
    'cancelIntroduction',
  );
  const introductionToOwnerId = await propose(api, steward, askingRequestId, OWNING_OFFICE);
  return {
    callers,
    steward,
    colleague,
    hiddenColleague,
    invitationId: invitation.id,
    matchRequestId,
    introductionId,
    introductionToOwnerId,
    othersIntroductionId,
  };
}

// ---- helpers for rows ---------------------------------------------------------------------------

/** The nodes of a connection. */
export function nodesOf<T>(connection: unknown): T[] {
  return (connection as { edges: { node: T }[] }).edges.map((edge) => edge.node);
}

const hasNode = (connection: unknown, id: string) =>
  nodesOf<{ id: string }>(connection).some((node) => node.id === id);

const isConfidentialNeed = (need: { dimension: string; confidential: boolean }) =>
  need.dimension === 'SECURITY' && need.confidential;

const NEW_PASSWORD = 'a new correct horse battery staple';

const INTRODUCTION = `query ($id: ID!) { introduction(id: $id) {
  id state expiresAt requesterOffice { code } candidateOffice { code } request { id }
  viewerPermissions { side respond close cancel } counterpart { id } history { action } } }`;
const INTRODUCTIONS = `query ($filter: IntroductionFilterInput) {
  introductions(filter: $filter, first: 100) { totalCount edges { node { id } } }
}`;
const CANCEL_MATCH_REQUEST = `mutation ($input: CancelMatchRequestInput!) { cancelMatchRequest(input: $input) { id state } }`;
const CLOSE_INTRODUCTION = `mutation ($input: CloseIntroductionInput!) { closeIntroduction(input: $input) { id state outcome } }`;

// ---- the matrix ---------------------------------------------------------------------------------

export const OWNERSHIP_MATRIX: Readonly<Record<string, MatrixRow>> = {
  // ---- queries ----

  'Query.accounts': {
    about: 'the account of a member of FR, in the list of FR’s accounts',
    document: `query ($filter: AccountsFilterInput) {
      accounts(filter: $filter, first: 100) { edges { node { id } } }
    }`,
    variables: () => ({ filter: { officeCode: OWNING_OFFICE, search: 'colleague' } }),
    found: (answer, { fixtures }) => hasNode(answer, fixtures.colleague.account.id),
    // admins list every account, office admins their own office's (another office's are absent,
    // as for invitations); brokers do not list accounts (setRole and deactivateAccount are
    // admins' only)
    expect: { ...ADMINS_ONLY, ownOfficeAdmin: 'allowed', otherOfficeAdmin: 'NOT_FOUND' },
  },

  'Query.assignment': {
    about: 'the assignment of every OPEN request of every office, FR’s and ES’s included',
    document: `query { assignment(openRequests: true, candidatesPerRequest: 5) {
      requestCount optimal { totalScore assignedCount pairs { requestId seekerOfficeCode candidateOfficeCode } }
      greedy { totalScore } } }`,
    // the International Bureau's workspace: nobody else, FR's own people included
    expect: IB_ONLY,
  },

  'Query.auditLog': {
    document: `query { auditLog(first: 1) { totalCount } }`,
    expect: IB_ONLY,
  },

  'Query.brokeringDashboard': {
    about: 'the figures of every office’s requests and introductions over a year',
    document: `query { brokeringDashboard(from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") {
      openRequests introducedRequests introductionsByState { state count } closedCount } }`,
    // the International Bureau's workspace: nobody else, FR's own people included
    expect: IB_ONLY,
  },

  'Query.expertiseAreas': {
    document: `query { expertiseAreas { code } }`,
    expect: SIGNED_IN,
  },

  'Query.experts': {
    about: 'members expert in an area, for the caller’s office (or FR): any signed-in member',
    document: `query { experts(area: "CYBERSECURITY_OPERATIONS", officeCode: "FR", first: 5) {
      totalCount edges { node { member { id } score summary } } } }`,
    expect: SIGNED_IN,
  },

  'Query.introduction': [
    {
      about: 'an introduction of a request of FR, to ES (FR the requester)',
      document: INTRODUCTION,
      variables: ({ fixtures }) => ({ id: fixtures.introductionId }),
      // both offices' members and the bureau; DE is no party
      expect: OWN_OFFICE_AND_IB,
    },
    {
      about: 'an introduction of a request of IT, to FR (FR the candidate)',
      document: INTRODUCTION,
      variables: ({ fixtures }) => ({ id: fixtures.introductionToOwnerId }),
      expect: OWN_OFFICE_AND_IB,
    },
    {
      about: 'an introduction between IT and PT',
      document: INTRODUCTION,
      variables: ({ fixtures }) => ({ id: fixtures.othersIntroductionId }),
      expect: IB_SEES,
    },
    {
      about:
        'the IT–PT introduction, in the request of IT’s introduction to FR (request.introductions)',
      document: `query ($id: ID!) { introduction(id: $id) { request { id introductions { id } } } }`,
      variables: ({ fixtures }) => ({ id: fixtures.introductionToOwnerId }),
      found: (answer, { fixtures }) =>
        (answer as { request: { introductions: { id: string }[] } }).request.introductions.some(
          (introduction) => introduction.id === fixtures.othersIntroductionId,
        ),
      // DE does not see the introduction to FR at all
      expect: IB_SEES,
    },
  ],

  'Query.introductions': [
    {
      about: 'the introduction of FR to ES, in the list of ES’s',
      document: INTRODUCTIONS,
      variables: () => ({ filter: { officeCode: PARTNER_OFFICE } }),
      found: (answer, { fixtures }) => hasNode(answer, fixtures.introductionId),
      expect: OWN_OFFICE_AND_IB,
    },
    {
      about: 'the introduction of IT to FR, in the list of IT’s',
      document: INTRODUCTIONS,
      variables: () => ({ filter: { officeCode: ASKING_OFFICE } }),
      found: (answer, { fixtures }) => hasNode(answer, fixtures.introductionToOwnerId),
      expect: OWN_OFFICE_AND_IB,
    },
    {
      about: 'the introduction of IT to PT, in the list of IT’s',
      document: INTRODUCTIONS,
      variables: () => ({ filter: { officeCode: ASKING_OFFICE } }),
      found: (answer, { fixtures }) => hasNode(answer, fixtures.othersIntroductionId),
      expect: IB_SEES,
    },
  ],

  'Query.invitations': {
    about: 'a pending invitation into FR, in the list',
    document: `query ($filter: InvitationsFilterInput) {
      invitations(filter: $filter, first: 100) { edges { node { id } } }
    }`,
    variables: () => ({ filter: { officeCode: OWNING_OFFICE } }),
    found: (answer, { fixtures }) => hasNode(answer, fixtures.invitationId),
    // office admins see their own office's invitations; another office's are absent
    expect: { ...OFFICE_EDITORS, otherOfficeAdmin: 'NOT_FOUND' },
  },

  'Query.languages': {
    document: `query { languages(wipoOfficialOnly: true) { code } }`,
    expect: PUBLIC,
  },

  'Query.matchRequest': {
    about: 'an OPEN request of FR',
    document: `query ($id: ID!) { matchRequest(id: $id) {
      id state waitingDays viewerMayCancel office { code } introductions { id } history { action }
      candidates(first: 3) { totalCount } } }`,
    variables: ({ fixtures }) => ({ id: fixtures.matchRequestId }),
    // its office's members and the bureau
    expect: OWN_OFFICE_AND_IB,
  },

  'Query.matchRequests': {
    about: 'an OPEN request of FR, in the list of FR’s PEER requests',
    document: `query ($filter: MatchRequestFilterInput) {
      matchRequests(filter: $filter, first: 100) { totalCount edges { node { id } } }
    }`,
    variables: () => ({ filter: { officeCodes: [OWNING_OFFICE], kinds: ['PEER'] } }),
    found: (answer, { fixtures }) => hasNode(answer, fixtures.matchRequestId),
    expect: OWN_OFFICE_AND_IB,
  },

  'Query.maturityBenchmark': {
    about: 'the network (5 offices assessed), with FR’s position',
    document: `query { maturityBenchmark(officeCode: "FR") { officeCount position { officeCode } } }`,
    expect: SIGNED_IN,
  },

  'Query.maturityModel': {
    document: `query { maturityModel { version } }`,
    expect: SIGNED_IN,
  },

  'Query.me': {
    document: `query { me { id } }`,
    found: (answer, { account }) => (answer as { id: string }).id === account?.id,
    expect: SIGNED_IN,
  },

  'Query.member': [
    {
      about: 'a visible member of FR',
      document: `query ($id: ID!) { member(id: $id) { id } }`,
      variables: ({ fixtures }) => ({ id: fixtures.colleague.memberId }),
      expect: SIGNED_IN,
    },
    {
      about: 'a hidden member of FR',
      document: `query ($id: ID!) { member(id: $id) { id } }`,
      variables: ({ fixtures }) => ({ id: fixtures.hiddenColleague.memberId }),
      expect: HIDDEN_PROFILE,
    },
  ],

  'Query.members': [
    {
      about: 'a visible member of FR, in the directory',
      document: `query ($filter: MemberFilterInput) { members(filter: $filter, first: 100) { edges { node { id } } } }`,
      variables: () => ({ filter: { offices: [OWNING_OFFICE] } }),
      found: (answer, { fixtures }) => hasNode(answer, fixtures.colleague.memberId),
      expect: SIGNED_IN,
    },
    {
      about: 'a hidden member of FR, in the directory',
      document: `query ($filter: MemberFilterInput) { members(filter: $filter, first: 100) { edges { node { id } } } }`,
      variables: () => ({ filter: { offices: [OWNING_OFFICE] } }),
      found: (answer, { fixtures }) => hasNode(answer, fixtures.hiddenColleague.memberId),
      expect: HIDDEN_PROFILE,
    },
  ],

  'Query.needs': [
    {
      about: 'a public need of FR',
      document: `query ($filter: NeedsOffersFilterInput) { needs(filter: $filter, first: 100) { edges { node { dimension confidential } } } }`,
      variables: () => ({ filter: { offices: [OWNING_OFFICE] } }),
      found: (answer) => nodesOf<{ dimension: string }>(answer).some((n) => n.dimension === 'DATA'),
      expect: SIGNED_IN,
    },
    {
      about: 'a confidential need of FR',
      document: `query ($filter: NeedsOffersFilterInput) { needs(filter: $filter, first: 100) { edges { node { dimension confidential } } } }`,
      variables: () => ({ filter: { offices: [OWNING_OFFICE] } }),
      found: (answer) =>
        nodesOf<{ dimension: string; confidential: boolean }>(answer).some(isConfidentialNeed),
      expect: OWN_OFFICE_AND_IB,
    },
  ],

  'Query.offers': {
    about: 'an offer of FR',
    document: `query ($filter: NeedsOffersFilterInput) { offers(filter: $filter, first: 100) { edges { node { dimension } } } }`,
    variables: () => ({ filter: { offices: [OWNING_OFFICE] } }),
    found: (answer) => nodesOf<{ dimension: string }>(answer).some((n) => n.dimension === 'INFRA'),
    expect: SIGNED_IN,
  },

  'Query.office': [
    {
      about: 'the profile of FR',
      document: `query { office(code: "FR") { code } }`,
      expect: SIGNED_IN,
    },
    {
      about: 'FR’s confidential need, in office.needs',
      document: `query { office(code: "FR") { needs { dimension confidential } } }`,
      found: (answer) =>
        (answer as { needs: { dimension: string; confidential: boolean }[] }).needs.some(
          isConfidentialNeed,
        ),
      expect: OWN_OFFICE_AND_IB,
    },
    {
      about: 'FR’s draft assessment, in office.maturityDraft',
      document: `query ($code: String!) { office(code: $code) { maturityDraft { id } } }`,
      variables: async ({ make }) => {
        await make.draft(); // a submitted assessment ends the draft: save it again
        return { code: OWNING_OFFICE };
      },
      found: (answer) => (answer as { maturityDraft: unknown }).maturityDraft !== null,
      expect: EDITORS_SEE,
    },
    {
      about: 'a hidden member of FR, in office.members',
      document: `query { office(code: "FR") { members(first: 100) { edges { node { id } } } } }`,
      found: (answer, { fixtures }) =>
        hasNode((answer as { members: unknown }).members, fixtures.hiddenColleague.memberId),
      expect: HIDDEN_PROFILE,
    },
  ],

  'Query.invitationPreview': {
    about: 'a pending invitation (its token is the proof)',
    document: `query ($token: String!) { invitationPreview(token: $token) { email officeName status } }`,
    variables: async ({ make }) => ({ token: (await make.invitation()).token }),
    expect: PUBLIC,
  },

  'Query.offices': {
    document: `query { offices(first: 1) { totalCount } }`,
    expect: SIGNED_IN,
  },

  'Query.recommendations': {
    about: 'FR’s mentors in SECURITY (FR is assessed): its members, brokers and admins',
    document: `query { recommendations(officeCode: "FR", kind: MENTOR, dimension: SECURITY, first: 5) { totalCount } }`,
    expect: { ...OWN_OFFICE_AND_IB, otherOfficeMember: 'FORBIDDEN', otherOfficeAdmin: 'FORBIDDEN' },
  },

  'Query.st3Codes': {
    document: `query { st3Codes(kind: ORGANIZATION) { code } }`,
    expect: PUBLIC,
  },

  // ---- mutations ----

  'Mutation.acceptInvitation': {
    about: 'a pending invitation (its token), one per cell',
    document: `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
    variables: async ({ make }) => ({
      input: {
        token: (await make.invitation()).token,
        fullName: 'Invited Person',
        password: TEST_PASSWORD,
        preferredLanguage: 'fr',
      },
    }),
    expect: PUBLIC,
  },

  'Mutation.changePassword': {
    about: 'the caller’s own password (a fresh account per cell)',
    document: `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`,
    as: 'fresh-account',
    variables: () => ({ input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } }),
    expect: SIGNED_IN,
  },

  'Mutation.setPreferredLanguage': {
    about: 'the caller’s own language',
    document: `mutation ($input: SetPreferredLanguageInput!) { setPreferredLanguage(input: $input) { id } }`,
    variables: () => ({ input: { language: 'ar' } }),
    expect: SIGNED_IN,
  },

  'Mutation.createInvitation': [
    {
      about: 'a member into FR',
      document: `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { invitation { id } } }`,
      variables: ({ make }) => ({
        input: { email: make.email(), officeCode: OWNING_OFFICE, role: Role.MEMBER },
      }),
      expect: OFFICE_EDITORS,
    },
    {
      about: 'an admin into FR',
      document: `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { invitation { id } } }`,
      variables: ({ make }) => ({
        input: { email: make.email(), officeCode: OWNING_OFFICE, role: Role.ADMIN },
      }),
      // office admins and brokers invite members and office admins only
      expect: ADMINS_ONLY,
    },
    {
      about: 'a member into FR whose email has a pending invitation into DE',
      document: `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { invitation { id } } }`,
      variables: async ({ make }) => ({
        input: {
          email: (await make.invitation({ officeCode: OTHER_OFFICE })).email,
          officeCode: OWNING_OFFICE,
          role: Role.MEMBER,
        },
      }),
      expect: OFFICE_EDITORS,
      deviations: {
        ownOfficeAdmin: {
          answers: 'CONFLICT',
          why:
            '“… has a pending invitation from someone else; it must be revoked first.” confirms an ' +
            'invitation into another office that this office admin may not see (it is absent ' +
            'from their `invitations` and `revokeInvitation` answers NOT_FOUND for it).',
        },
      },
    },
  ],

  'Mutation.deactivateAccount': {
    about: 'a member of FR (a fresh account per cell)',
    document: `mutation ($input: DeactivateAccountInput!) { deactivateAccount(input: $input) { id active } }`,
    variables: async ({ make }) => ({ input: { accountId: (await make.account()).id } }),
    expect: ADMINS_ONLY,
  },

  'Mutation.login': {
    about: 'the right password of a member of FR',
    document: `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
    variables: ({ fixtures }) => ({
      input: { email: fixtures.colleague.account.email, password: TEST_PASSWORD },
    }),
    expect: PUBLIC,
  },

  'Mutation.logout': {
    about: 'the caller’s own session (a fresh session per cell)',
    document: `mutation { logout(input: {}) }`,
    as: 'fresh-session',
    expect: SIGNED_IN,
  },

  'Mutation.refreshToken': {
    about: 'a live refresh token of a member of FR (a fresh session per cell)',
    document: `mutation ($input: RefreshTokenInput!) { refreshToken(input: $input) { accessToken } }`,
    variables: async ({ make, fixtures }) => ({
      input: { token: (await make.session(fixtures.colleague.account)).refreshToken },
    }),
    expect: PUBLIC,
  },

  'Mutation.revokeInvitation': [
    {
      about: 'a pending invitation of a member into FR (one per cell)',
      document: `mutation ($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { id status } }`,
      variables: async ({ make }) => ({ input: { invitationId: (await make.invitation()).id } }),
      // another office's invitations are not visible to an office admin
      expect: { ...OFFICE_EDITORS, otherOfficeAdmin: 'NOT_FOUND' },
    },
    {
      about: 'a pending invitation of an admin into FR (one per cell)',
      document: `mutation ($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { id status } }`,
      variables: async ({ make }) => ({
        input: { invitationId: (await make.invitation({ role: Role.ADMIN })).id },
      }),
      // FR's admins and brokers see it but may not issue it, so may not revoke it
      expect: {
        ...OFFICE_EDITORS,
        ownOfficeAdmin: 'FORBIDDEN',
        otherOfficeAdmin: 'NOT_FOUND',
        broker: 'FORBIDDEN',
      },
    },
  ],

  'Mutation.saveMaturityAssessmentDraft': {
    about: 'FR’s draft',
    document: `mutation ($input: MaturityAssessmentInput!) { saveMaturityAssessmentDraft(input: $input) { id } }`,
    variables: () => ({ input: { officeCode: OWNING_OFFICE, levels: levelsOf(4) } }),
    expect: OFFICE_EDITORS,
  },

  'Mutation.setNeedsAndOffers': {
    about: 'FR’s needs and offers (set again as the fixtures have them)',
    document: `mutation ($input: SetNeedsAndOffersInput!) { setNeedsAndOffers(input: $input) { code } }`,
    variables: () => ({
      input: {
        officeCode: OWNING_OFFICE,
        needs: OWNING_OFFICE_NEEDS,
        offers: OWNING_OFFICE_OFFERS,
      },
    }),
    expect: OFFICE_EDITORS,
  },

  'Mutation.setRole': {
    about: 'a member of FR made office admin (a fresh account per cell)',
    document: `mutation ($input: SetRoleInput!) { setRole(input: $input) { id role } }`,
    variables: async ({ make }) => ({
      input: { accountId: (await make.account()).id, role: Role.OFFICE_ADMIN },
    }),
    expect: ADMINS_ONLY,
  },

  'Mutation.setStandardAdoption': {
    about: 'FR’s adoption of ST.26',
    document: `mutation ($input: SetStandardAdoptionInput!) { setStandardAdoption(input: $input) { standard } }`,
    variables: () => ({
      input: { officeCode: OWNING_OFFICE, standard: 'ST.26', status: 'COMPLETE' },
    }),
    expect: OFFICE_EDITORS,
  },

  'Mutation.submitMaturityAssessment': {
    about: 'an assessment of FR',
    document: `mutation ($input: MaturityAssessmentInput!) { submitMaturityAssessment(input: $input) { id } }`,
    variables: () => ({ input: { officeCode: OWNING_OFFICE, levels: levelsOf(3) } }),
    expect: OFFICE_EDITORS,
  },

  'Mutation.updateMember': [
    {
      about: 'a visible member of FR',
      document: `mutation ($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`,
      variables: ({ fixtures }) => ({
        input: { memberId: fixtures.colleague.memberId, title: 'Head of IT' },
      }),
      expect: OFFICE_EDITORS,
    },
    {
      about: 'a hidden member of FR',
      document: `mutation ($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`,
      variables: ({ fixtures }) => ({
        input: { memberId: fixtures.hiddenColleague.memberId, title: 'Architect' },
      }),
      // the other office's admin may not see the profile
      expect: { ...OFFICE_EDITORS, otherOfficeAdmin: 'NOT_FOUND' },
    },
  ],

  'Mutation.updateMyProfile': {
    about: 'the caller’s own profile',
    document: `mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }`,
    variables: () => ({ input: { title: 'Chief Information Officer' } }),
    expect: SIGNED_IN,
  },

  'Mutation.updateOffice': {
    about: 'FR’s profile',
    document: `mutation ($input: UpdateOfficeInput!) { updateOffice(input: $input) { code } }`,
    variables: () => ({
      input: { code: OWNING_OFFICE, description: 'The French industrial property office.' },
    }),
    expect: OFFICE_EDITORS,
  },

  'Mutation.validateMaturityAssessment': [
    {
      about: 'a submitted assessment of FR (one per cell)',
      document: `mutation ($input: ValidateMaturityAssessmentInput!) { validateMaturityAssessment(input: $input) { id validated } }`,
      variables: async ({ make }) => ({
        input: { assessmentId: await make.submittedAssessment() },
      }),
      expect: IB_ONLY,
    },
    {
      about: 'FR’s draft, which brokers and admins see (office.maturityDraft)',
      document: `mutation ($input: ValidateMaturityAssessmentInput!) { validateMaturityAssessment(input: $input) { id validated } }`,
      variables: async ({ make }) => ({ input: { assessmentId: await make.draft() } }),
      // a draft cannot be validated: its state forbids it (CONFLICT), the bureau sees it
      businessErrors: ['CONFLICT'],
      expect: IB_ONLY,
    },
  ],

  // ---- brokering: match requests and introductions ----

  'Mutation.createMatchRequest': {
    about: 'a request of FR',
    document: `mutation ($input: CreateMatchRequestInput!) { createMatchRequest(input: $input) { id state } }`,
    variables: () => ({ input: matchRequestInput(OWNING_OFFICE) }),
    // an office's own members ask; the requester answers for its side, so the bureau (which
    // proposes) and other offices may not ask for FR, though FR is no secret
    expect: {
      ...OFFICE_EDITORS,
      ownOfficeMember: 'allowed',
      broker: 'FORBIDDEN',
      admin: 'FORBIDDEN',
    },
  },

  'Mutation.cancelMatchRequest': [
    {
      about: 'an OPEN request of FR made by ownOfficeMember (one per cell)',
      document: CANCEL_MATCH_REQUEST,
      variables: async ({ make, fixtures }) => ({
        input: {
          requestId: await make.matchRequest(fixtures.callers.ownOfficeMember),
          reason: 'We found a partner ourselves.',
        },
      }),
      // the requester side (who asked, FR's admins) and the bureau; DE does not see it
      expect: OWN_OFFICE_AND_IB,
    },
    {
      about: 'an OPEN request of FR made by another member of FR (one per cell)',
      document: CANCEL_MATCH_REQUEST,
      variables: async ({ make, fixtures }) => ({
        input: {
          requestId: await make.matchRequest(fixtures.colleague.account),
          reason: 'We found a partner ourselves.',
        },
      }),
      // a plain member of FR sees the request but did not ask it
      expect: { ...OWN_OFFICE_AND_IB, ownOfficeMember: 'FORBIDDEN' },
    },
  ],

  'Mutation.proposeIntroduction': {
    about: 'an OPEN request of FR, to an office no introduction involves (one per cell)',
    document: `mutation ($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { id state } }`,
    variables: async ({ make, fixtures }) => ({
      input: {
        requestId: await make.matchRequest(fixtures.callers.ownOfficeMember),
        candidateOfficeCode: await make.freshOffice(),
        message: 'Both of you run IPAS.',
      },
    }),
    // only the bureau proposes: anyone else may not call the operation, refused before the
    // request is looked up, whatever the id, so FORBIDDEN confirms nothing to DE
    expect: IB_ONLY,
  },

  'Mutation.proposeIntroductions': {
    about:
      'a batch of one: an OPEN request of FR, to an office no introduction involves (one per cell)',
    document: `mutation ($input: ProposeIntroductionsInput!) { proposeIntroductions(input: $input) { id state } }`,
    variables: async ({ make, fixtures }) => ({
      input: {
        pairs: [
          {
            requestId: await make.matchRequest(fixtures.callers.ownOfficeMember),
            candidateOfficeCode: await make.freshOffice(),
          },
        ],
        message: 'Both of you run IPAS.',
      },
    }),
    // as proposeIntroduction: the bureau alone, anyone else refused before any pair is read
    found: (answer) => (answer as { state: string }[])[0]?.state === 'PROPOSED',
    expect: IB_ONLY,
  },

  'Mutation.respondToIntroduction': [
    {
      about: 'a PROPOSED introduction of a request of FR made by ownOfficeMember (one per cell)',
      document: RESPOND_TO_INTRODUCTION,
      variables: async ({ make, fixtures }) => ({
        input: {
          introductionId: await make.introduction(fixtures.callers.ownOfficeMember),
          accept: true,
        },
      }),
      expect: FR_SIDE,
    },
    {
      about:
        'a PROPOSED introduction of a request of FR made by another member of FR (one per cell)',
      document: RESPOND_TO_INTRODUCTION,
      variables: async ({ make, fixtures }) => ({
        input: {
          introductionId: await make.introduction(fixtures.colleague.account),
          accept: true,
        },
      }),
      // a plain member of FR who did not ask answers for no side
      expect: { ...FR_SIDE, ownOfficeMember: 'FORBIDDEN' },
    },
    {
      about: 'a PROPOSED introduction of another office’s request, to FR (one per cell)',
      document: RESPOND_TO_INTRODUCTION,
      variables: async ({ make }) => ({
        input: { introductionId: await make.introductionToOwner(), accept: true },
      }),
      // the candidate side is its office admins: a plain member of the candidate office is not
      expect: { ...FR_SIDE, ownOfficeMember: 'FORBIDDEN' },
    },
  ],

  'Mutation.closeIntroduction': [
    {
      about: 'an ACTIVE introduction of a request of FR made by ownOfficeMember (one per cell)',
      document: CLOSE_INTRODUCTION,
      variables: async ({ make, fixtures }) => ({
        input: {
          introductionId: await make.introduction(fixtures.callers.ownOfficeMember, 'ACTIVE'),
          outcome: 'SUCCESSFUL',
          notes: 'A plan for our SOC.',
        },
      }),
      // either side's responders and the bureau
      expect: OWN_OFFICE_AND_IB,
    },
    {
      about: 'an ACTIVE introduction of another office’s request, to FR (one per cell)',
      document: CLOSE_INTRODUCTION,
      variables: async ({ make }) => ({
        input: {
          introductionId: await make.introductionToOwner('ACTIVE'),
          outcome: 'PARTLY',
        },
      }),
      // a plain member of the candidate office answers for no side
      expect: { ...OWN_OFFICE_AND_IB, ownOfficeMember: 'FORBIDDEN' },
    },
  ],

  'Mutation.cancelIntroduction': [
    {
      about: 'a PROPOSED introduction of a request of FR made by ownOfficeMember (one per cell)',
      document: CANCEL_INTRODUCTION,
      variables: async ({ make, fixtures }) => ({
        input: {
          introductionId: await make.introduction(fixtures.callers.ownOfficeMember),
          reason: 'We asked the wrong question.',
        },
      }),
      // the requester side and the bureau
      expect: OWN_OFFICE_AND_IB,
    },
    {
      about: 'a PROPOSED introduction of another office’s request, to FR (one per cell)',
      document: CANCEL_INTRODUCTION,
      variables: async ({ make }) => ({
        input: { introductionId: await make.introductionToOwner(), reason: 'Not for us.' },
      }),
      // the candidate side declines (respondToIntroduction), it does not cancel
      expect: { ...OWN_OFFICE_AND_IB, ownOfficeMember: 'FORBIDDEN', ownOfficeAdmin: 'FORBIDDEN' },
    },
  ],
};
