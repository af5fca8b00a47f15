/* Test data for the recommendations page's component tests: shaped by the generated types. */
import { GraphQLError } from 'graphql';

import type {
  ExpertsQuery as ExpertsData,
  MatchKind,
  MaturityDimension,
  RecommendationsQuery as RecommendationsData,
  RecommendationsSeekerQuery as SeekerData,
} from '../../gql/graphql';
import { withTypenames } from '../offices/typenames.test-support';
import {
  ExpertiseAreasQuery,
  ExpertsQuery,
  RecommendationsQuery,
  RecommendationsSeekerQuery,
} from './recommendations.graphql';

type Language = 'en' | 'fr';
type Seeker = SeekerData['office'];
type Node = RecommendationsData['recommendations']['edges'][number]['node'];

const DIMENSION_NAMES: Record<Language, Record<MaturityDimension, string>> = {
  en: {
    STRATEGY: 'ICT strategy and governance',
    DATA: 'Data governance and quality',
    SECURITY: 'Cybersecurity and resilience',
    CORE_SYSTEMS: 'IP administration systems',
    SERVICES: 'Online services to applicants',
    INTEROP: 'WIPO standards and data exchange',
    INFRA: 'Infrastructure, cloud and APIs',
    EMERGING: 'Emerging technologies (AI, blockchain)',
    PEOPLE: 'Skills and organisation',
    COOPERATION: 'Cooperation and sharing',
  },
  fr: {
    STRATEGY: 'Stratégie et gouvernance des TIC',
    DATA: 'Gouvernance et qualité des données',
    SECURITY: 'Cybersécurité et résilience',
    CORE_SYSTEMS: 'Systèmes d’administration de la PI',
    SERVICES: 'Services en ligne aux déposants',
    INTEROP: 'Normes de l’OMPI et échange de données',
    INFRA: 'Infrastructure, cloud et API',
    EMERGING: 'Technologies émergentes (IA, chaîne de blocs)',
    PEOPLE: 'Compétences et organisation',
    COOPERATION: 'Coopération et partage',
  },
};

/** SN as the demo has it: SECURITY 2, needs in DATA and SECURITY, ST.26 planned, ST.96 partly. */
export function seeker(extra: Partial<Seeker> = {}): Seeker {
  return {
    code: 'SN',
    name: 'Agence sénégalaise pour la propriété industrielle et l’innovation technologique',
    acronym: 'ASPIT',
    needs: [{ dimension: 'DATA' }, { dimension: 'SECURITY' }],
    standards: [
      { standard: 'ST.26', status: 'NONE', plannedDate: '2027-06-30' },
      { standard: 'ST.27', status: 'NONE', plannedDate: null },
      { standard: 'ST.96', status: 'PARTIAL', plannedDate: null },
    ],
    maturity: {
      id: 'assessment-sn',
      levels: [
        { dimension: 'STRATEGY', level: 2 },
        { dimension: 'DATA', level: 2 },
        { dimension: 'SECURITY', level: 2 },
        { dimension: 'CORE_SYSTEMS', level: 2 },
        { dimension: 'SERVICES', level: 2 },
        { dimension: 'INTEROP', level: 1 },
        { dimension: 'INFRA', level: 2 },
        { dimension: 'EMERGING', level: 2 },
        { dimension: 'PEOPLE', level: 3 },
        { dimension: 'COOPERATION', level: null },
      ],
    },
    ...extra,
  };
}

export function seekerMock(language: Language, office: Seeker = seeker()) {
  return {
    request: { query: RecommendationsSeekerQuery, variables: { code: office.code, language } },
    result: {
      data: withTypenames(RecommendationsSeekerQuery, {
        office,
        maturityModel: {
          version: 1,
          language,
          dimensions: Object.entries(DIMENSION_NAMES[language]).map(([dimension, name]) => ({
            dimension: dimension as MaturityDimension,
            name,
          })),
        },
      }),
    },
  };
}

export function seekerNotFoundMock(code: string) {
  return {
    request: { query: RecommendationsSeekerQuery, variables: { code, language: 'en' } },
    result: {
      data: null,
      errors: [
        new GraphQLError(`No office with code ${code} is in the network.`, {
          path: ['office'],
          extensions: { code: 'NOT_FOUND' },
        }),
      ],
    },
  };
}

/** The first mentor of the demo, as the API answers in English. */
export function mentor(code = 'MA', extra: Partial<Node> = {}): Node {
  return {
    office: {
      code,
      name: code === 'MA' ? 'Moroccan Industrial and Commercial Property Office' : `Office ${code}`,
      acronym: code === 'MA' ? 'OMPIC' : null,
      illustrative: true,
    },
    score: 0.97,
    summary: `${code === 'MA' ? 'OMPIC' : code}: Cybersecurity and resilience 4 against your 2; offers help in Cybersecurity and resilience; works in French`,
    reasons: [
      {
        factor: 'LEVEL_GAP',
        weight: 0.25,
        value: 1,
        contribution: 0.25,
        text: 'Cybersecurity and resilience 4 against your 2',
      },
      {
        factor: 'OFFERS_HELP',
        weight: 0.5,
        value: 1,
        contribution: 0.5,
        text: 'offers help in Cybersecurity and resilience',
      },
      { factor: 'LANGUAGE', weight: 0.08, value: 1, contribution: 0.08, text: 'works in French' },
      {
        factor: 'TIME_ZONE',
        weight: 0.04,
        value: 0.916667,
        contribution: 0.036667,
        text: '1 h from your time',
      },
    ],
    ...extra,
  };
}

export interface RecommendationsRequest {
  readonly officeCode?: string;
  readonly kind?: MatchKind;
  readonly dimension?: MaturityDimension;
  readonly standard?: string;
  readonly after?: string;
  readonly language?: Language;
}

function variablesOf(request: RecommendationsRequest) {
  const kind = request.kind ?? 'MENTOR';
  return {
    officeCode: request.officeCode ?? 'SN',
    kind,
    ...(kind === 'STANDARD_BUDDY'
      ? { standard: request.standard ?? 'ST.26' }
      : { dimension: request.dimension ?? 'DATA' }),
    first: 5,
    ...(request.after ? { after: request.after } : {}),
    language: request.language ?? 'en',
  };
}

export function recommendationsMock(
  request: RecommendationsRequest,
  nodes: readonly Node[],
  page: { totalCount?: number; endCursor?: string | null; hasNextPage?: boolean } = {},
) {
  return {
    request: { query: RecommendationsQuery, variables: variablesOf(request) },
    result: {
      data: withTypenames(RecommendationsQuery, {
        recommendations: {
          totalCount: page.totalCount ?? nodes.length,
          pageInfo: {
            hasNextPage: page.hasNextPage ?? false,
            endCursor: page.endCursor ?? (nodes.length ? `cursor-${nodes.length}` : null),
          },
          edges: nodes.map((node, index) => ({ cursor: `cursor-${index + 1}`, node })),
        },
      }),
    },
  };
}

export function recommendationsRefusedMock(
  request: RecommendationsRequest,
  extensions: Record<string, unknown>,
) {
  return {
    request: { query: RecommendationsQuery, variables: variablesOf(request) },
    result: {
      data: null,
      errors: [new GraphQLError('Refused.', { path: ['recommendations'], extensions })],
    },
  };
}

/** `levelUnknown` on `dimension`, as the API refuses a seeker with no level there. */
export const LEVEL_UNKNOWN = (dimension: MaturityDimension) => ({
  code: 'BAD_USER_INPUT',
  field: 'dimension',
  rule: 'levelUnknown',
  params: { dimension },
  errors: [
    {
      field: 'dimension',
      rule: 'levelUnknown',
      params: { dimension },
      message: `SN has no known level in ${dimension}: record a level first.`,
    },
  ],
});

const AREAS: Record<Language, { code: string; name: string }[]> = {
  en: [
    { code: 'CYBERSECURITY_OPERATIONS', name: 'Cybersecurity operations' },
    { code: 'DATA_GOVERNANCE', name: 'Data governance' },
    { code: 'AI_EXAMINATION', name: 'AI and machine learning for examination' },
  ],
  fr: [
    { code: 'CYBERSECURITY_OPERATIONS', name: 'Opérations de cybersécurité' },
    { code: 'DATA_GOVERNANCE', name: 'Gouvernance des données' },
    { code: 'AI_EXAMINATION', name: 'IA et apprentissage automatique pour l’examen' },
  ],
};

export function areasMock(language: Language) {
  return {
    request: { query: ExpertiseAreasQuery, variables: { language } },
    result: { data: withTypenames(ExpertiseAreasQuery, { expertiseAreas: AREAS[language] }) },
  };
}

type Expert = ExpertsData['experts']['edges'][number]['node'];

export function expert(id: string, extra: Partial<Expert['member']> = {}): Expert {
  return {
    member: {
      id,
      fullName: 'Vera Sketchley',
      title: 'Chief Information Security Officer',
      position: 'CISO',
      illustrative: true,
      contactEmail: null,
      contactPhone: null,
      office: {
        code: 'FR',
        name: 'Institut national de la propriété industrielle',
        acronym: 'INPI',
      },
      ...extra,
    },
    score: 0.996667,
    summary: 'Expert level in Cybersecurity operations; available to mentor; speaks French',
    reasons: [
      {
        factor: 'EXPERTISE_LEVEL',
        weight: 0.75,
        value: 1,
        contribution: 0.75,
        text: 'expert level in Cybersecurity operations',
      },
      {
        factor: 'AVAILABLE_TO_MENTOR',
        weight: 0.13,
        value: 1,
        contribution: 0.13,
        text: 'available to mentor',
      },
      { factor: 'LANGUAGE', weight: 0.08, value: 1, contribution: 0.08, text: 'speaks French' },
    ],
  };
}

/** Experts in an area; the contact details of those without any withheld (FORBIDDEN on them). */
export function expertsMock(
  area: string,
  nodes: readonly Expert[],
  options: { language?: Language; officeCode?: string; totalCount?: number } = {},
) {
  const withheld = nodes.flatMap((node, index) =>
    node.member.contactEmail
      ? []
      : ['contactEmail', 'contactPhone'].map(
          (field) =>
            new GraphQLError('This member shares their contact details only with brokers.', {
              path: ['experts', 'edges', index, 'node', 'member', field],
              extensions: { code: 'FORBIDDEN' },
            }),
        ),
  );
  return {
    request: {
      query: ExpertsQuery,
      variables: {
        area,
        officeCode: options.officeCode ?? 'SN',
        first: 5,
        language: options.language ?? 'en',
      },
    },
    result: {
      data: withTypenames(ExpertsQuery, {
        experts: {
          totalCount: options.totalCount ?? nodes.length,
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: nodes.map((node, index) => ({ cursor: `expert-${index + 1}`, node })),
        },
      }),
      ...(withheld.length ? { errors: withheld } : {}),
    },
  };
}
