/* Test data for the member pages' component tests: shaped by the generated types. */
import { GraphQLError } from 'graphql';

import type {
  MemberPageQuery as MemberPageData,
  MyProfileQuery as MyProfileData,
  UpdateMyProfileInput,
} from '../../gql/graphql';
import { withTypenames } from '../offices/typenames.test-support';
import { MemberPageQuery } from './member-page.graphql';
import { MyProfileQuery, UpdateMyProfile } from './my-profile.graphql';

export const MEMBER_ID = '6f1c2a9e-1d2b-4c3d-8e4f-5a6b7c8d9e0f';

const AREAS = {
  en: [
    { code: 'CYBERSECURITY_OPERATIONS', name: 'Cybersecurity operations' },
    { code: 'DATA_GOVERNANCE', name: 'Data governance' },
    { code: 'AI_ML', name: 'AI and machine learning' },
  ],
  fr: [
    { code: 'CYBERSECURITY_OPERATIONS', name: 'Opérations de cybersécurité' },
    { code: 'DATA_GOVERNANCE', name: 'Gouvernance des données' },
    { code: 'AI_ML', name: 'IA et apprentissage automatique' },
  ],
};

export function member(extra: Partial<MemberPageData['member']> = {}): MemberPageData['member'] {
  return {
    id: MEMBER_ID,
    fullName: 'Camille Exemple',
    title: 'Directrice des systèmes d’information',
    position: 'CIO',
    bio: 'Vingt ans de systèmes de propriété industrielle.',
    timeZone: 'Europe/Paris',
    expertise: [
      { area: 'CYBERSECURITY_OPERATIONS', level: 3 },
      { area: 'DATA_GOVERNANCE', level: 2 },
    ],
    languages: ['fr', 'en'],
    availableToMentor: true,
    seeksMentoring: false,
    contactVisibility: 'RESTRICTED',
    contactEmail: null,
    contactPhone: null,
    hidden: false,
    joined: true,
    illustrative: true,
    officeCode: 'FR',
    office: {
      code: 'FR',
      name: 'Institut national de la propriété industrielle',
      illustrative: true,
    },
    ...extra,
  };
}

/** The member; contact details withheld by the privacy rules unless given. */
export function memberMock(
  language: 'en' | 'fr',
  extra: Partial<MemberPageData['member']> = {},
  withheld = true,
) {
  const data = withTypenames(MemberPageQuery, {
    member: member(extra),
    expertiseAreas: AREAS[language],
  });
  const refused = (field: string) =>
    new GraphQLError('You may not see these contact details.', {
      path: ['member', field],
      extensions: { code: 'FORBIDDEN' },
    });
  return {
    request: { query: MemberPageQuery, variables: { id: MEMBER_ID, language } },
    result: withheld
      ? { data, errors: [refused('contactEmail'), refused('contactPhone')] }
      : { data },
  };
}

export function memberNotFoundMock(id: string) {
  return {
    request: { query: MemberPageQuery, variables: { id, language: 'en' } },
    result: {
      data: null,
      errors: [
        new GraphQLError('No such member.', {
          path: ['member'],
          extensions: { code: 'NOT_FOUND' },
        }),
      ],
    },
  };
}

export function myProfile(): NonNullable<MyProfileData['me']['member']> {
  return {
    id: MEMBER_ID,
    fullName: 'Camille Exemple',
    title: 'CIO',
    position: 'CIO',
    bio: null,
    expertise: [{ area: 'CYBERSECURITY_OPERATIONS', level: 3 }],
    languages: ['fr', 'en'],
    availableToMentor: true,
    seeksMentoring: false,
    contactEmail: 'camille@inpi.example',
    contactPhone: null,
    contactVisibility: 'NETWORK',
    hidden: false,
    illustrative: false,
    updatedAt: '2025-03-01T10:00:00Z',
  };
}

export function myProfileMock(language: 'en' | 'fr') {
  return {
    request: { query: MyProfileQuery, variables: { language } },
    result: {
      data: withTypenames(MyProfileQuery, {
        me: { id: 'a1', member: myProfile() },
        expertiseAreas: AREAS[language],
        languages: [
          { code: 'en', name: language === 'fr' ? 'anglais' : 'English' },
          { code: 'es', name: language === 'fr' ? 'espagnol' : 'Spanish' },
          { code: 'fr', name: language === 'fr' ? 'français' : 'French' },
        ],
      }),
    },
  };
}

export function saveMock(input: UpdateMyProfileInput) {
  return {
    request: { query: UpdateMyProfile, variables: { input } },
    result: {
      data: withTypenames(UpdateMyProfile, {
        updateMyProfile: {
          ...myProfile(),
          title: input.title ?? null,
          position: input.position ?? 'CIO',
          bio: input.bio ?? null,
          expertise: input.expertise ?? [],
          languages: input.languages ?? [],
          availableToMentor: input.availableToMentor ?? false,
          seeksMentoring: input.seeksMentoring ?? false,
          contactEmail: input.contactEmail ?? null,
          contactPhone: input.contactPhone ?? null,
          contactVisibility: input.contactVisibility ?? 'NETWORK',
          hidden: input.hidden ?? false,
          updatedAt: '2025-04-01T10:00:00Z',
        },
      }),
    },
  };
}

export function saveRefusedMock(input: UpdateMyProfileInput, field: string, rule: string) {
  return {
    request: { query: UpdateMyProfile, variables: { input } },
    result: {
      errors: [
        new GraphQLError('Validation failed.', {
          extensions: {
            code: 'BAD_USER_INPUT',
            errors: [{ field: `input.${field}`, rule, message: `${field} is not valid.` }],
          },
        }),
      ],
    },
  };
}
