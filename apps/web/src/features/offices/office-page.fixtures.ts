/* Test data for the office page's component tests: shaped by the generated types. */
import { GraphQLError } from 'graphql';

import type {
  MaturityDimension,
  OfficePageQuery as OfficePageData,
  OfficeRegionBenchmarkQuery as RegionBenchmarkData,
} from '../../gql/graphql';
import type { Assessment, Model } from './maturity-model';
import {
  OfficePageQuery,
  OfficeRegionBenchmarkQuery,
  ValidateMaturityAssessment,
} from './office-page.graphql';
import { withTypenames } from './typenames.test-support';

const DIMENSIONS: [MaturityDimension, string, string][] = [
  ['STRATEGY', 'ICT strategy and governance', 'Stratégie et gouvernance des TIC'],
  ['DATA', 'Data governance and quality', 'Gouvernance et qualité des données'],
  ['SECURITY', 'Cybersecurity and resilience', 'Cybersécurité et résilience'],
  ['CORE_SYSTEMS', 'IP administration systems', "Systèmes d'administration de la PI"],
  ['SERVICES', 'Online services for applicants', 'Services en ligne aux déposants'],
  ['INTEROP', 'WIPO standards and data exchange', "Normes de l'OMPI et échange de données"],
  ['INFRA', 'Infrastructure, cloud and APIs', 'Infrastructure, cloud et API'],
  ['EMERGING', 'AI and blockchain', 'IA et chaîne de blocs'],
  ['PEOPLE', 'Skills and organisation', 'Compétences et organisation'],
  ['COOPERATION', 'Cooperation and sharing', 'Coopération et partage'],
];
const LEVEL_NAMES = {
  en: ['Ad hoc', 'Digitised', 'Defined', 'Integrated', 'Optimising'],
  fr: ['Ad hoc', 'Numérisé', 'Défini', 'Intégré', 'Optimisé'],
};

export function model(language: 'en' | 'fr' = 'en'): Model {
  const levels = LEVEL_NAMES[language].map((name, index) => ({ level: index + 1, name }));
  return {
    version: 1,
    language,
    levels,
    dimensions: DIMENSIONS.map(([dimension, en, fr]) => ({
      dimension,
      name: language === 'fr' ? fr : en,
      description: `${en}.`,
      levels: levels.map(({ level, name }) => ({
        level,
        name,
        descriptor: `${en} at level ${level} (${name}).`,
      })),
    })),
  };
}

/** Levels in model order (STRATEGY … COOPERATION); null: unknown. */
export function assessment(
  id: string,
  submittedAt: string,
  levels: (number | null)[],
  extra: Partial<Assessment> = {},
): Assessment {
  const known = levels.filter((level): level is number => level !== null);
  const overall =
    known.length >= 6 ? Math.round(known.reduce((a, b) => a + b, 0) / known.length) : null;
  return {
    id,
    officeCode: 'FR',
    modelVersion: 1,
    status: 'SUBMITTED',
    submittedAt,
    validated: false,
    validatedAt: null,
    overallLevel: overall,
    group: overall === null ? null : overall >= 4 ? 'B' : 'C',
    illustrative: true,
    levels: DIMENSIONS.map(([dimension], index) => ({
      dimension,
      level: levels[index] ?? null,
      evidence: dimension === 'SECURITY' ? 'ISO 27001 certification since 2023.' : null,
    })),
    ...extra,
  };
}

export const CURRENT = assessment('a3', '2025-03-12T10:00:00Z', [4, 4, 5, 4, null, 4, 3, 2, 3, 4], {
  validated: true,
  validatedAt: '2025-04-01T09:00:00Z',
});
export const PREVIOUS = assessment('a2', '2024-02-20T10:00:00Z', [3, 3, 4, 4, 3, 3, 3, 1, 3, 3]);
export const OLDEST = assessment('a1', '2023-01-15T10:00:00Z', [2, 2, 3, 3, 2, 3, 2, 1, 2, 2]);

export function office(
  overrides: Partial<OfficePageData['office']> = {},
): OfficePageData['office'] {
  return {
    code: 'FR',
    name: 'National Institute of Industrial Property',
    names: {
      translations: [
        { language: 'en', text: 'National Institute of Industrial Property' },
        { language: 'fr', text: 'Institut national de la propriété industrielle' },
      ],
    },
    acronym: 'INPI',
    kind: 'NATIONAL',
    region: 'TRANSITION_DEVELOPED',
    country: 'FR',
    languages: ['fr', 'en'],
    businessSystems: ['In-house', 'WIPO IPAS'],
    staffSize: 1250,
    ictStaffSize: 180,
    timeZone: 'Europe/Paris',
    website: 'https://www.inpi.fr/',
    links: [{ label: 'Open data', url: 'https://data.inpi.fr/' }],
    description: 'The French office for patents, trademarks and designs.',
    mentoringCapacity: 2,
    illustrative: true,
    updatedAt: '2025-05-02T08:00:00Z',
    maturity: CURRENT,
    maturityHistory: {
      totalCount: 3,
      edges: [{ node: CURRENT }, { node: PREVIOUS }, { node: OLDEST }],
    },
    standards: [
      {
        standard: 'ST.26',
        status: 'COMPLETE',
        plannedDate: null,
        comment: 'Since July 2022.',
        illustrative: true,
        updatedAt: '2025-01-01T00:00:00Z',
      },
      {
        standard: 'ST.96',
        status: 'NONE',
        plannedDate: '2026-06-30',
        comment: null,
        illustrative: true,
        updatedAt: '2025-01-01T00:00:00Z',
      },
    ],
    needs: [
      {
        dimension: 'EMERGING',
        description: 'Classifying trademark images with AI.',
        confidential: true,
        illustrative: true,
        updatedAt: '2025-01-01T00:00:00Z',
      },
    ],
    offers: [
      {
        dimension: 'SECURITY',
        description: 'Our ISO 27001 programme, step by step.',
        illustrative: true,
        updatedAt: '2025-01-01T00:00:00Z',
      },
    ],
    members: {
      totalCount: 1,
      edges: [
        {
          node: {
            id: 'm1',
            fullName: 'Camille Exemple',
            title: 'Director of information systems',
            position: 'CIO',
            joined: true,
            hidden: false,
            illustrative: true,
          },
        },
      ],
    },
    maturityDraft: null,
    ...overrides,
  };
}

export function pageMock(
  data: OfficePageData['office'] = office(),
  language: 'en' | 'fr' = 'en',
  code = data.code,
) {
  return {
    request: { query: OfficePageQuery, variables: { code, language } },
    result: {
      data: withTypenames(OfficePageQuery, { office: data, maturityModel: model(language) }),
    },
  };
}

export function pageErrorMock(code: string, extensions: Record<string, unknown>) {
  return {
    request: { query: OfficePageQuery, variables: { code, language: 'en' } },
    result: { errors: [new GraphQLError('refused', { extensions })] },
  };
}

/** The mean of the region per dimension, in model order. */
export function benchmark(
  means: (number | null)[],
  officeCount = 12,
): RegionBenchmarkData['maturityBenchmark'] {
  return {
    region: 'TRANSITION_DEVELOPED',
    officeCount,
    illustrative: true,
    dimensions: DIMENSIONS.map(([dimension], index) => ({
      dimension,
      mean: means[index] ?? null,
      known: officeCount,
      unknown: 0,
    })),
    overall: { mean: 3.25, known: officeCount },
  };
}

export const REGION_MEANS = [3.4, 3.1, 3.8, 3.6, 3.9, 3.2, 3.5, 2.1, 2.9, 2.8];

export function benchmarkMock(region = 'TRANSITION_DEVELOPED', officeCode = 'FR') {
  return {
    request: { query: OfficeRegionBenchmarkQuery, variables: { region, officeCode } },
    result: {
      data: withTypenames(OfficeRegionBenchmarkQuery, {
        maturityBenchmark: benchmark(REGION_MEANS),
      }),
    },
  };
}

export function benchmarkTooSmallMock(region = 'TRANSITION_DEVELOPED', officeCode = 'FR') {
  return {
    request: { query: OfficeRegionBenchmarkQuery, variables: { region, officeCode } },
    result: {
      errors: [
        new GraphQLError('A benchmark needs at least 5 offices', {
          extensions: { code: 'FORBIDDEN', reason: 'BENCHMARK_GROUP_TOO_SMALL' },
        }),
      ],
    },
  };
}

export function validateMock(assessmentId: string, validatedAt = '2026-12-02T09:30:00Z') {
  return {
    request: { query: ValidateMaturityAssessment, variables: { input: { assessmentId } } },
    result: {
      data: withTypenames(ValidateMaturityAssessment, {
        validateMaturityAssessment: { id: assessmentId, validated: true, validatedAt },
      }),
    },
  };
}

export function validateRefusedMock(assessmentId: string, extensions: Record<string, unknown>) {
  return {
    request: { query: ValidateMaturityAssessment, variables: { input: { assessmentId } } },
    result: { errors: [new GraphQLError('refused', { extensions })] },
  };
}
