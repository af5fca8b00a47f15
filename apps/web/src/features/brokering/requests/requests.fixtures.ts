/* Test data for the requests' pages: shaped by the generated types. */
import { GraphQLError } from 'graphql';

import type {
  CreateMatchRequestInput,
  MatchRequestFilterInput,
  MatchRequestOrderInput,
  MaturityDimension,
  MatchRequestPageQuery as PageData,
} from '../../../gql/graphql';
import { withTypenames } from '../../offices/typenames.test-support';
import {
  CancelMatchRequestMutation,
  CreateMatchRequestMutation,
  MatchRequestPageQuery,
  MatchRequestsQuery,
  RequestFormQuery,
  SuggestedOfficeQuery,
  type MatchRequestSummary,
} from './requests.graphql';

type Language = 'en' | 'fr';
type Detail = PageData['matchRequest'];

const SN_NAME = 'Agence sénégalaise pour la propriété industrielle et l’innovation technologique';

const LANGUAGES: Record<Language, { code: string; name: string }[]> = {
  en: [
    { code: 'ar', name: 'Arabic' },
    { code: 'en', name: 'English' },
    { code: 'es', name: 'Spanish' },
    { code: 'fr', name: 'French' },
    { code: 'wo', name: 'Wolof' },
  ],
  fr: [
    { code: 'ar', name: 'arabe' },
    { code: 'en', name: 'anglais' },
    { code: 'es', name: 'espagnol' },
    { code: 'fr', name: 'français' },
    { code: 'wo', name: 'wolof' },
  ],
};

const DIMENSIONS: Record<Language, { dimension: MaturityDimension; name: string }[]> = {
  en: [
    { dimension: 'DATA', name: 'Data governance and quality' },
    { dimension: 'SECURITY', name: 'Cybersecurity and resilience' },
  ],
  fr: [
    { dimension: 'DATA', name: 'Gouvernance et qualité des données' },
    { dimension: 'SECURITY', name: 'Cybersécurité et résilience' },
  ],
};

const model = (language: Language) => ({
  version: 1,
  language,
  dimensions: DIMENSIONS[language],
});

/** SN works in French and Wolof. */
export function requestFormMock(language: Language, office = 'SN') {
  return {
    request: { query: RequestFormQuery, variables: { office, language } },
    result: {
      data: withTypenames(RequestFormQuery, {
        office: { code: office, name: SN_NAME, languages: ['fr', 'wo'] },
        languages: LANGUAGES[language],
        maturityModel: model(language),
      }),
    },
  };
}

export function suggestedOfficeMock(code: string, language: Language, name: string) {
  return {
    request: { query: SuggestedOfficeQuery, variables: { code, language } },
    result: {
      data: withTypenames(SuggestedOfficeQuery, { office: { code, name, acronym: null } }),
    },
    // the request page asks for it again after a cancellation's answer
    maxUsageCount: 5,
  };
}

export function createRequestMock(input: CreateMatchRequestInput, id = 'request-1') {
  return {
    request: { query: CreateMatchRequestMutation, variables: { input } },
    result: {
      data: withTypenames(CreateMatchRequestMutation, {
        createMatchRequest: { id, state: 'OPEN' },
      }),
    },
  };
}

/** The API's refusal of a request, as its global formatter sends it. */
export function createRequestRefusedMock(
  input: CreateMatchRequestInput,
  problems: { field: string; message: string; rule: string; params?: Record<string, unknown> }[],
) {
  const [first] = problems;
  return {
    request: { query: CreateMatchRequestMutation, variables: { input } },
    result: {
      data: null,
      errors: [
        new GraphQLError(problems.map((problem) => problem.message).join(' '), {
          path: ['createMatchRequest'],
          extensions: {
            code: 'BAD_USER_INPUT',
            field: first?.field,
            rule: first?.rule,
            params: first?.params ?? {},
            errors: problems.map((problem) => ({ params: {}, ...problem })),
          },
        }),
      ],
    },
  };
}

export function summary(id: string, extra: Partial<MatchRequestSummary> = {}): MatchRequestSummary {
  return {
    id,
    officeCode: 'SN',
    office: { code: 'SN', name: SN_NAME },
    kind: 'MENTOR',
    dimension: 'SECURITY',
    standard: null,
    topic: 'Mentoring in Security',
    urgency: 'NORMAL',
    state: 'OPEN',
    createdAt: '2026-05-04T09:30:00.000Z',
    waitingDays: 12,
    illustrative: false,
    introductions: [],
    ...extra,
  };
}

export function requestsMock(
  variables: {
    filter: MatchRequestFilterInput;
    orderBy?: MatchRequestOrderInput;
    after?: string;
    language?: Language;
  },
  nodes: MatchRequestSummary[],
  page: { total?: number; hasNextPage?: boolean } = {},
) {
  const { language = 'en', orderBy = { field: 'CREATED', direction: 'DESC' }, ...rest } = variables;
  return {
    request: {
      query: MatchRequestsQuery,
      variables: { ...rest, orderBy, first: 20, language },
    },
    result: {
      data: withTypenames(MatchRequestsQuery, {
        matchRequests: {
          totalCount: page.total ?? nodes.length,
          pageInfo: {
            hasNextPage: page.hasNextPage ?? false,
            endCursor: nodes.length ? `cursor-${nodes.at(-1)?.id}` : null,
          },
          edges: nodes.map((node) => ({ cursor: `cursor-${node.id}`, node })),
        },
      }),
    },
  };
}

/** SN's request for a mentor in SECURITY, from FR's recommendation, with FR's proposal. */
export function detail(extra: Partial<Detail> = {}): Detail {
  return {
    ...summary('request-1', {
      state: 'INTRODUCED',
      urgency: 'HIGH',
      introductions: [],
    }),
    goal: 'Set up a security operations centre\nby the end of 2026.',
    preferredLanguages: ['fr', 'wo'],
    suggestedOfficeCode: 'FR',
    updatedAt: '2026-05-06T14:00:00.000Z',
    requestedByViewer: true,
    viewerMayCancel: true,
    history: [
      {
        action: 'REQUEST_CREATED',
        actor: 'REQUESTER',
        at: '2026-05-04T09:30:00.000Z',
        fromState: null,
        toState: 'OPEN',
        reason: null,
      },
      {
        action: 'INTRODUCTION_PROPOSED',
        actor: 'BUREAU',
        at: '2026-05-06T14:00:00.000Z',
        fromState: null,
        toState: 'PROPOSED',
        reason: null,
      },
    ],
    introductions: [
      {
        id: 'introduction-1',
        state: 'PROPOSED',
        proposedAt: '2026-05-06T14:00:00.000Z',
        endedAt: null,
        requesterOffice: { code: 'SN', name: SN_NAME },
        candidateOffice: { code: 'FR', name: 'National Institute of Industrial Property' },
      },
    ],
    ...extra,
  };
}

export function requestPageMock(request: Detail, language: Language = 'en') {
  return {
    request: { query: MatchRequestPageQuery, variables: { id: request.id, language } },
    result: {
      data: withTypenames(MatchRequestPageQuery, {
        matchRequest: request,
        languages: LANGUAGES[language],
        maturityModel: model(language),
      }),
    },
  };
}

/** NOT_FOUND; or, for an id that is no uuid, the database's refusal as the API sends it. */
export function requestNotFoundMock(
  id: string,
  code: 'NOT_FOUND' | 'BAD_USER_INPUT' = 'NOT_FOUND',
) {
  return {
    request: { query: MatchRequestPageQuery, variables: { id, language: 'en' } },
    result: {
      data: null,
      errors: [
        new GraphQLError(
          code === 'NOT_FOUND'
            ? 'No match request with this id is visible to you.'
            : 'A value is not valid.',
          { path: ['matchRequest'], extensions: { code } },
        ),
      ],
    },
  };
}

/** The request once cancelled: its PROPOSED introduction cancelled with it. */
export function cancelRequestMock(request: Detail, reason: string) {
  const cancelled = {
    ...summary(request.id, {
      state: 'CANCELLED',
      urgency: request.urgency,
      introductions: request.introductions.map((introduction) => ({
        id: introduction.id,
        state: 'CANCELLED' as const,
        candidateOffice: introduction.candidateOffice,
      })),
    }),
    updatedAt: '2026-05-20T10:00:00.000Z',
    viewerMayCancel: false,
    history: [
      ...request.history,
      {
        action: 'INTRODUCTION_CANCELLED' as const,
        actor: 'REQUESTER' as const,
        at: '2026-05-20T10:00:00.000Z',
        fromState: 'PROPOSED',
        toState: 'CANCELLED',
        reason,
      },
      {
        action: 'REQUEST_CANCELLED' as const,
        actor: 'REQUESTER' as const,
        at: '2026-05-20T10:00:00.000Z',
        fromState: 'INTRODUCED',
        toState: 'CANCELLED',
        reason,
      },
    ],
  };
  return {
    request: {
      query: CancelMatchRequestMutation,
      variables: { input: { requestId: request.id, reason }, language: 'en' },
    },
    result: {
      data: withTypenames(CancelMatchRequestMutation, { cancelMatchRequest: cancelled }),
    },
  };
}
