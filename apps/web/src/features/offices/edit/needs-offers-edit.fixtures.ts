/* Test data for the needs-and-offers page's component tests: shaped by the generated types. */
import { GraphQLError } from 'graphql';

import type {
  NeedsOffersEditQuery as NeedsOffersEditData,
  SetNeedsAndOffersInput,
} from '../../../gql/graphql';
import { model } from '../office-page.fixtures';
import { withTypenames } from '../typenames.test-support';
import { NeedsOffersEditQuery, SaveNeedsAndOffers } from './needs-offers-edit.graphql';

const AT = '2025-01-01T00:00:00Z';

export function needsOffice(
  overrides: Partial<NeedsOffersEditData['office']> = {},
): NeedsOffersEditData['office'] {
  return {
    code: 'KE',
    name: 'Kenya Industrial Property Institute',
    illustrative: false,
    needs: [
      {
        dimension: 'DATA',
        description: 'Cleaning twenty years of bibliographic data.',
        confidential: false,
        illustrative: false,
        updatedAt: AT,
      },
      {
        dimension: 'EMERGING',
        description: 'A first AI pilot for prior-art search.',
        confidential: true,
        illustrative: false,
        updatedAt: AT,
      },
    ],
    offers: [
      {
        dimension: 'SERVICES',
        description: 'Our e-filing portal, built in-house.',
        illustrative: false,
        updatedAt: AT,
      },
    ],
    ...overrides,
  };
}

export function needsPageMock(
  office: NeedsOffersEditData['office'] = needsOffice(),
  language: 'en' | 'fr' = 'en',
) {
  return {
    request: { query: NeedsOffersEditQuery, variables: { code: office.code, language } },
    result: {
      data: withTypenames(NeedsOffersEditQuery, { office, maturityModel: model(language) }),
    },
  };
}

export function needsPageErrorMock(code: string, extensions: Record<string, unknown>) {
  return {
    request: { query: NeedsOffersEditQuery, variables: { code, language: 'en' } },
    result: { errors: [new GraphQLError('refused', { extensions })] },
  };
}

/** The save of exactly `input`, answered with the lists it sets. */
export function saveListsMock(input: SetNeedsAndOffersInput) {
  return {
    request: { query: SaveNeedsAndOffers, variables: { input } },
    result: {
      data: withTypenames(SaveNeedsAndOffers, {
        setNeedsAndOffers: {
          code: input.officeCode,
          needs: (input.needs ?? []).map((need) => ({
            dimension: need.dimension,
            description: need.description,
            confidential: need.confidential ?? false,
            illustrative: false,
            updatedAt: '2025-04-01T10:00:00Z',
          })),
          offers: (input.offers ?? []).map((offer) => ({
            ...offer,
            illustrative: false,
            updatedAt: '2025-04-01T10:00:00Z',
          })),
        },
      }),
    },
  };
}

/** The save of exactly `input`, refused with these problems (as the API words them). */
export function saveListsRefusedMock(
  input: SetNeedsAndOffersInput,
  problems: { field: string; rule: string; params?: Record<string, unknown> }[],
  code = 'BAD_USER_INPUT',
) {
  return {
    request: { query: SaveNeedsAndOffers, variables: { input } },
    result: {
      errors: [
        new GraphQLError('refused', {
          extensions: {
            code,
            ...(problems[0] ? { field: problems[0].field, rule: problems[0].rule } : {}),
            errors: problems.map((problem) => ({ message: 'refused', params: {}, ...problem })),
          },
        }),
      ],
    },
  };
}
