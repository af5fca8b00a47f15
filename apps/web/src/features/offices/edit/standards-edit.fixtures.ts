/* Test data for the standards page's component tests: shaped by the generated types. */
import { GraphQLError } from 'graphql';

import type {
  SetStandardAdoptionInput,
  StandardsEditQuery as StandardsEditData,
} from '../../../gql/graphql';
import { withTypenames } from '../typenames.test-support';
import { SaveStandardAdoption, StandardsEditQuery } from './standards-edit.graphql';

const AT = '2025-01-01T00:00:00Z';

export function standardsOffice(
  overrides: Partial<StandardsEditData['office']> = {},
): StandardsEditData['office'] {
  return {
    code: 'KE',
    name: 'Kenya Industrial Property Institute',
    illustrative: false,
    standards: [
      {
        standard: 'ST.26',
        status: 'PARTIAL',
        plannedDate: null,
        comment: 'Receiving office only.',
        illustrative: false,
        updatedAt: AT,
      },
      {
        standard: 'ST.96',
        status: 'NONE',
        plannedDate: '2027-06-30',
        comment: null,
        illustrative: false,
        updatedAt: AT,
      },
    ],
    ...overrides,
  };
}

export function standardsPageMock(
  office: StandardsEditData['office'] = standardsOffice(),
  language: 'en' | 'fr' = 'en',
) {
  return {
    request: { query: StandardsEditQuery, variables: { code: office.code, language } },
    result: { data: withTypenames(StandardsEditQuery, { office }) },
  };
}

export function standardsPageErrorMock(code: string, extensions: Record<string, unknown>) {
  return {
    request: { query: StandardsEditQuery, variables: { code, language: 'en' } },
    result: { errors: [new GraphQLError('refused', { extensions })] },
  };
}

export function saveAdoptionMock(input: SetStandardAdoptionInput) {
  return {
    request: { query: SaveStandardAdoption, variables: { input } },
    result: {
      data: withTypenames(SaveStandardAdoption, {
        setStandardAdoption: {
          standard: input.standard,
          status: input.status,
          plannedDate: input.plannedDate ?? null,
          comment: input.comment ?? null,
          illustrative: false,
          updatedAt: '2025-04-01T10:00:00Z',
        },
      }),
    },
  };
}

export function saveAdoptionRefusedMock(
  input: SetStandardAdoptionInput,
  field: string,
  rule: string,
) {
  return {
    request: { query: SaveStandardAdoption, variables: { input } },
    result: {
      errors: [
        new GraphQLError('refused', {
          extensions: {
            code: 'BAD_USER_INPUT',
            field: `input.${field}`,
            rule,
            params: {},
            errors: [{ field: `input.${field}`, rule, message: 'refused', params: {} }],
          },
        }),
      ],
    },
  };
}
