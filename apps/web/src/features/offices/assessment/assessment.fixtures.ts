/* Test data for the wizard's component tests: shaped by the generated types. */
import { GraphQLError } from 'graphql';
import { vi } from 'vitest';

import { session } from '../../../app/session/use-session';
import type {
  MaturityAssessmentFieldsFragment as Assessment,
  MaturityAssessmentInput,
  AssessmentWizardQuery as WizardData,
} from '../../../gql/graphql';
import { assessment, CURRENT, model } from '../office-page.fixtures';
import { withTypenames } from '../typenames.test-support';
import {
  AssessmentWizardQuery,
  SaveMaturityAssessmentDraft,
  SubmitMaturityAssessment,
} from './assessment.graphql';

export { CURRENT };

/** The session's account, as `useSession()` answers it (restored by `vi.restoreAllMocks()`). */
export function signInAs(role: string, officeCode = 'FR') {
  vi.spyOn(session, 'getSnapshot').mockReturnValue({
    status: 'signedIn',
    account: {
      id: 'me',
      email: 'camille@example.org',
      displayName: 'Camille Exemple',
      role,
      officeCode,
      preferredLanguage: 'en',
    },
  });
}

export const DRAFT: Assessment & { updatedAt: string } = {
  ...assessment('d1', '', [3, 3, 2, 4, 2, 4, null, 1, 3, 4], {
    status: 'DRAFT',
    submittedAt: null,
    validated: false,
    overallLevel: null,
    group: null,
    illustrative: false,
  }),
  updatedAt: '2026-11-30T15:20:00Z',
};

export function wizardOffice(overrides: Partial<WizardData['office']> = {}): WizardData['office'] {
  return {
    code: 'FR',
    name: 'National Institute of Industrial Property',
    maturity: CURRENT,
    maturityDraft: null,
    ...overrides,
  };
}

export function wizardMock(office = wizardOffice(), language: 'en' | 'fr' = 'en') {
  return {
    request: { query: AssessmentWizardQuery, variables: { code: office.code, language } },
    result: {
      data: withTypenames(AssessmentWizardQuery, { office, maturityModel: model(language) }),
    },
  };
}

export function wizardErrorMock(code: string, extensions: Record<string, unknown>) {
  return {
    request: { query: AssessmentWizardQuery, variables: { code, language: 'en' } },
    result: { errors: [new GraphQLError('refused', { extensions })] },
  };
}

/** When the API says a draft saved by these mocks was saved. */
export const SAVED_AT = '2026-12-02T09:45:00Z';

/** What the API answers for these levels, as a draft or submitted. */
function answered(input: MaturityAssessmentInput, status: 'DRAFT' | 'SUBMITTED'): Assessment {
  return {
    ...assessment(
      status === 'DRAFT' ? 'd1' : 'a4',
      status === 'DRAFT' ? '' : '2026-12-02T10:00:00Z',
      [],
    ),
    status,
    submittedAt: status === 'DRAFT' ? null : '2026-12-02T10:00:00Z',
    illustrative: false,
    levels: input.levels.map(({ dimension, level, evidence }) => ({
      dimension,
      level: level ?? null,
      evidence: evidence ?? null,
    })),
  };
}

export function saveDraftMock(input: MaturityAssessmentInput) {
  return {
    request: { query: SaveMaturityAssessmentDraft, variables: { input } },
    result: {
      data: withTypenames(SaveMaturityAssessmentDraft, {
        saveMaturityAssessmentDraft: { ...answered(input, 'DRAFT'), updatedAt: SAVED_AT },
      }),
    },
  };
}

export function submitMock(input: MaturityAssessmentInput) {
  return {
    request: { query: SubmitMaturityAssessment, variables: { input } },
    result: {
      data: withTypenames(SubmitMaturityAssessment, {
        submitMaturityAssessment: answered(input, 'SUBMITTED'),
      }),
    },
  };
}

export function refusedMock(
  mutation: 'draft' | 'submit',
  input: MaturityAssessmentInput,
  extensions: Record<string, unknown>,
) {
  return {
    request: {
      query: mutation === 'draft' ? SaveMaturityAssessmentDraft : SubmitMaturityAssessment,
      variables: { input },
    },
    result: { errors: [new GraphQLError('refused', { extensions })] },
  };
}

/** The input of the fixture's levels (model order) with some dimensions changed. */
export function inputWith(
  from: Assessment,
  changes: Record<number, { level?: number | null; evidence?: string | null }> = {},
): MaturityAssessmentInput {
  return {
    officeCode: 'FR',
    levels: from.levels.map((entry, index) => ({
      dimension: entry.dimension,
      level: changes[index]?.level !== undefined ? changes[index].level : entry.level,
      evidence:
        changes[index]?.evidence !== undefined ? changes[index].evidence : (entry.evidence ?? null),
    })),
  };
}
