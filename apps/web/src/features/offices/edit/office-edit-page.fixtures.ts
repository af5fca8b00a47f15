/* Test data for the office profile editing page's component tests: shaped by the generated types. */
import { GraphQLError } from 'graphql';

import { session } from '../../../app/session/use-session';
import type { OfficeEditFieldsFragment, UpdateOfficeInput } from '../../../gql/graphql';
import { withTypenames } from '../typenames.test-support';
import { OfficeEditQuery, UpdateOfficeProfile } from './office-edit-page.graphql';

/** The session of a person of `officeCode` with `role`, as the app keeps it after sign-in. */
export function signInAs(role: string, officeCode: string) {
  session.signedIn({
    accessToken: 'token',
    accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
    account: {
      id: 'me',
      email: 'wanjiru@kipi.example',
      displayName: 'Wanjiru Kamau',
      role,
      officeCode,
      preferredLanguage: 'en',
    },
  });
}

const LANGUAGES = {
  en: [
    { code: 'en', name: 'English' },
    { code: 'fr', name: 'French' },
    { code: 'sw', name: 'Swahili' },
    { code: 'es', name: 'Spanish' },
    { code: 'ar', name: 'Arabic' },
  ],
  fr: [
    { code: 'en', name: 'anglais' },
    { code: 'fr', name: 'français' },
    { code: 'sw', name: 'swahili' },
    { code: 'es', name: 'espagnol' },
    { code: 'ar', name: 'arabe' },
  ],
};

export function kenya(
  language: 'en' | 'fr' = 'en',
  extra: Partial<OfficeEditFieldsFragment> = {},
): OfficeEditFieldsFragment {
  return {
    code: 'KE',
    name:
      language === 'fr'
        ? 'Institut kényan de la propriété industrielle'
        : 'Kenya Industrial Property Institute',
    names: {
      translations: [
        { language: 'en', text: 'Kenya Industrial Property Institute' },
        { language: 'fr', text: 'Institut kényan de la propriété industrielle' },
      ],
    },
    acronym: 'KIPI',
    acronyms: [{ language: 'en', text: 'KIPI' }],
    description: 'The national office of Kenya.',
    website: 'https://www.kipi.go.ke',
    links: [{ label: 'Annual report', url: 'https://www.kipi.go.ke/report' }],
    languages: ['en', 'sw'],
    businessSystems: ['WIPO IPAS'],
    staffSize: 320,
    ictStaffSize: 18,
    mentoringCapacity: 2,
    timeZone: 'Africa/Nairobi',
    illustrative: false,
    updatedAt: '2026-11-02T09:00:00.000Z',
    ...extra,
  };
}

export function officeEditMock(
  language: 'en' | 'fr' = 'en',
  office: OfficeEditFieldsFragment = kenya(language),
) {
  return {
    request: { query: OfficeEditQuery, variables: { code: office.code, language } },
    result: {
      data: withTypenames(OfficeEditQuery, { office, languages: LANGUAGES[language] }),
    },
  };
}

export function officeEditRefusedMock(code: string, codeOfError: string, language = 'en') {
  return {
    request: { query: OfficeEditQuery, variables: { code, language } },
    result: {
      errors: [new GraphQLError('Refused.', { extensions: { code: codeOfError } })],
    },
  };
}

/** `updateOffice` answering the office with `office`, for exactly `input`. */
export function saveMock(
  input: UpdateOfficeInput,
  office: OfficeEditFieldsFragment,
  language = 'en',
) {
  return {
    request: { query: UpdateOfficeProfile, variables: { input, language } },
    result: { data: withTypenames(UpdateOfficeProfile, { updateOffice: office }) },
  };
}

/** `updateOffice` refusing exactly `input`, as the validation pipe does: BAD_USER_INPUT, by field. */
export function saveRefusedMock(
  input: UpdateOfficeInput,
  field: string,
  rule: string,
  language = 'en',
) {
  return {
    request: { query: UpdateOfficeProfile, variables: { input, language } },
    result: {
      errors: [
        new GraphQLError('Bad input.', {
          extensions: {
            code: 'BAD_USER_INPUT',
            field,
            errors: [{ field, message: `${field} is refused (${rule}).`, rule, params: {} }],
          },
        }),
      ],
    },
  };
}
