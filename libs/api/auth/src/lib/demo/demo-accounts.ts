import { Role } from '@wild/shared/domain';

/** The password every demo account shares; published in the README, so refused in production. */
export const DEMO_PASSWORD = 'wild-network-demo';

export interface DemoAccount {
  readonly email: string;
  readonly displayName: string;
  readonly officeCode: string;
  readonly role: Role;
  readonly preferredLanguage: string;
}

/**
 * One account per role, the broker at the International Bureau, and a seeker office for matching
 * (SN, French-speaking, behind in SECURITY); every person is invented.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'admin@demo.wild.example',
    displayName: 'Alex Admin (demo)',
    officeCode: 'WO',
    role: Role.ADMIN,
    preferredLanguage: 'en',
  },
  {
    email: 'broker@demo.wild.example',
    displayName: 'Bea Broker (demo)',
    officeCode: 'WO',
    role: Role.BROKER,
    preferredLanguage: 'en',
  },
  {
    email: 'office-admin.fr@demo.wild.example',
    displayName: 'Camille Exemple (demo)',
    officeCode: 'FR',
    role: Role.OFFICE_ADMIN,
    preferredLanguage: 'fr',
  },
  {
    email: 'member.fr@demo.wild.example',
    displayName: 'Dominique Fictif (demo)',
    officeCode: 'FR',
    role: Role.MEMBER,
    preferredLanguage: 'fr',
  },
  {
    email: 'office-admin.ke@demo.wild.example',
    displayName: 'Wanjiru Example (demo)',
    officeCode: 'KE',
    role: Role.OFFICE_ADMIN,
    preferredLanguage: 'en',
  },
  {
    email: 'office-admin.sn@demo.wild.example',
    displayName: 'Moussa Exemple (demo)',
    officeCode: 'SN',
    role: Role.OFFICE_ADMIN,
    preferredLanguage: 'fr',
  },
  {
    email: 'member.sn@demo.wild.example',
    displayName: 'Awa Fictif (demo)',
    officeCode: 'SN',
    role: Role.MEMBER,
    preferredLanguage: 'fr',
  },
  {
    email: 'member.br@demo.wild.example',
    displayName: 'João Exemplo (demo)',
    officeCode: 'BR',
    role: Role.MEMBER,
    preferredLanguage: 'pt',
  },
  {
    email: 'member.jp@demo.wild.example',
    displayName: 'Hana Rei (demo)',
    officeCode: 'JP',
    role: Role.MEMBER,
    preferredLanguage: 'ja',
  },
];
