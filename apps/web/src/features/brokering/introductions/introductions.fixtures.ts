/* Test data for the introductions pages: shaped by the generated types, typenames added. */
import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';

import { session } from '../../../app/session/session-store';
import type { IntroductionsQueryVariables } from '../../../gql/graphql';
import { withTypenames } from '../../offices/typenames.test-support';
import {
  CancelIntroductionMutation,
  CloseIntroductionMutation,
  IntroductionPageQuery,
  IntroductionsQuery,
  RespondToIntroductionMutation,
  type IntroductionDetail,
  type IntroductionSummary,
} from './introductions.graphql';

export const INTRODUCTION_ID = '6f1c2a4e-0b7d-4c1e-9a55-2d3e4f5a6b7c';

export function signInAs(role: string, officeCode: string, id = 'me') {
  session.signedIn({
    accessToken: 'token',
    accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
    account: {
      id,
      email: 'camille@example.org',
      displayName: 'Camille Exemple',
      role,
      officeCode,
      preferredLanguage: 'en',
    },
  });
}

const SN = {
  code: 'SN',
  name: 'Senegalese Agency for Industrial Property and Technological Innovation',
  acronym: 'ASPIT',
};
const FR = { code: 'FR', name: 'National Institute of Industrial Property', acronym: 'INPI' };

/** SN asked for a mentor in SECURITY; the bureau proposed FR; nobody has answered yet. */
export function introduction(extra: Partial<IntroductionDetail> = {}): IntroductionDetail {
  return {
    id: INTRODUCTION_ID,
    state: 'PROPOSED',
    proposedAt: '2026-05-04T09:00:00Z',
    expiresAt: '2026-05-18T09:00:00Z',
    illustrative: false,
    requesterOffice: SN,
    candidateOffice: FR,
    request: {
      id: 'request-1',
      kind: 'MENTOR',
      dimension: 'SECURITY',
      standard: null,
      topic: 'A security operations centre',
      goal: 'Set up a SOC within a year.',
      state: 'INTRODUCED',
    },
    viewerPermissions: { respond: false, side: null, close: false, cancel: false },
    message: 'INPI runs a SOC and offers help in security.\nBoth of you work in French.',
    activatedAt: null,
    endedAt: null,
    outcome: null,
    outcomeNotes: null,
    requesterResponse: null,
    candidateResponse: null,
    history: [
      {
        action: 'REQUEST_CREATED',
        actor: 'REQUESTER',
        at: '2026-05-01T08:00:00Z',
        fromState: null,
        toState: 'OPEN',
        reason: null,
      },
      {
        action: 'INTRODUCTION_PROPOSED',
        actor: 'BUREAU',
        at: '2026-05-04T09:00:00Z',
        fromState: null,
        toState: 'PROPOSED',
        reason: null,
      },
    ],
    counterpart: null,
    ...extra,
  };
}

/** The requester of SN, as the candidate's admin sees them once ACTIVE. */
export const AWA = {
  id: 'member-awa',
  fullName: 'Awa Ndiaye',
  title: 'Head of IT',
  contactEmail: 'awa.ndiaye@aspit.example',
  contactPhone: '+221 33 869 47 70',
  office: { code: 'SN', name: SN.name },
};

export function summary(extra: Partial<IntroductionSummary> = {}): IntroductionSummary {
  const {
    message: _message,
    activatedAt: _activatedAt,
    endedAt: _endedAt,
    outcome: _outcome,
    outcomeNotes: _outcomeNotes,
    requesterResponse: _requesterResponse,
    candidateResponse: _candidateResponse,
    history: _history,
    counterpart: _counterpart,
    request,
    ...rest
  } = introduction();
  return {
    ...rest,
    request: {
      id: request.id,
      kind: request.kind,
      dimension: request.dimension,
      standard: request.standard,
      topic: request.topic,
    },
    ...extra,
  };
}

export function introductionMock(
  detail: IntroductionDetail | null,
  language = 'en',
  options: { errorCode?: string; id?: string } = {},
): MockLink.MockedResponse {
  const id = options.id ?? detail?.id ?? INTRODUCTION_ID;
  return {
    request: { query: IntroductionPageQuery, variables: { id, language } },
    result: detail
      ? { data: withTypenames(IntroductionPageQuery, { introduction: detail }) }
      : {
          data: null,
          errors: [
            new GraphQLError('No introduction with this id is visible to you.', {
              path: ['introduction'],
              extensions: { code: options.errorCode ?? 'NOT_FOUND' },
            }),
          ],
        },
  };
}

/** Answers any variables (recorded in `seen`) with `answer(variables)`, as often as asked. */
export function introductionsMock(
  answer: (variables: IntroductionsQueryVariables) => {
    nodes: readonly IntroductionSummary[];
    totalCount?: number;
    hasNextPage?: boolean;
  },
  seen: IntroductionsQueryVariables[] = [],
): MockLink.MockedResponse {
  return {
    request: {
      query: IntroductionsQuery,
      variables: (variables: IntroductionsQueryVariables) => {
        seen.push(variables);
        return true;
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: IntroductionsQueryVariables) => {
      const page = answer(variables);
      return {
        data: withTypenames(IntroductionsQuery, {
          introductions: {
            totalCount: page.totalCount ?? page.nodes.length,
            pageInfo: {
              hasNextPage: page.hasNextPage ?? false,
              endCursor: page.nodes.length ? `cursor-${page.nodes.length}` : null,
            },
            edges: page.nodes.map((node, index) => ({ cursor: `cursor-${index + 1}`, node })),
          },
        }),
      };
    },
  };
}

type MoveInput =
  | { mutation: 'respond'; input: { introductionId: string; accept: boolean; reason?: string } }
  | {
      mutation: 'close';
      input: { introductionId: string; outcome: string; notes: string | null };
    }
  | { mutation: 'cancel'; input: { introductionId: string; reason: string } };

const MUTATIONS = {
  respond: { document: RespondToIntroductionMutation, field: 'respondToIntroduction' },
  close: { document: CloseIntroductionMutation, field: 'closeIntroduction' },
  cancel: { document: CancelIntroductionMutation, field: 'cancelIntroduction' },
} as const;

/** A move and the introduction it answers, or the API's refusal of it. */
export function moveMock(
  move: MoveInput,
  answer: IntroductionDetail | { code: string; reason?: string; field?: string; rule?: string },
  language = 'en',
): MockLink.MockedResponse {
  const { document, field } = MUTATIONS[move.mutation];
  const variables = { input: move.input, language };
  if ('code' in answer)
    return {
      request: { query: document, variables },
      result: {
        data: null,
        errors: [
          new GraphQLError('Refused (in English, as the API says it).', {
            path: [field],
            extensions: {
              code: answer.code,
              ...(answer.reason ? { reason: answer.reason } : {}),
              ...(answer.field ? { field: answer.field, rule: answer.rule } : {}),
            },
          }),
        ],
      },
    };
  return {
    request: { query: document, variables },
    // the mutations' documents share the page's fragment: one shape for all
    result: {
      data: withTypenames<Record<string, IntroductionDetail>, unknown>(document as never, {
        [field]: answer,
      }),
    },
  };
}
