import { MaturityDimension, Role } from '@wild/shared/domain';

import { office } from '../testing/features';
import { featuresFor, shownName, type CandidateRecord } from './candidate-model';
import { textLanguage } from './recommendations.service';

const { SECURITY, DATA } = MaturityDimension;

function record(code: string, publicNeeds: MaturityDimension[], all: MaturityDimension[]) {
  return {
    code,
    publicFeatures: office(code, { needs: publicNeeds }),
    allFeatures: office(code, { needs: all }),
    capacity: 2,
    names: { en: 'World Intellectual Property Organization', fr: 'Organisation Mondiale' },
    acronym: 'WIPO',
    acronyms: { fr: 'OMPI' },
  } satisfies CandidateRecord;
}

describe('featuresFor: the caller’s view of the needs', () => {
  const sn = record('SN', [SECURITY], [SECURITY, DATA]);
  const tn = record('TN', [], [DATA]);

  it('a member sees its own office’s confidential needs, no other office’s', () => {
    const view = featuresFor({ role: Role.MEMBER, officeCode: 'SN' });
    expect([...view(sn).needs]).toEqual([SECURITY, DATA]);
    expect([...view(tn).needs]).toEqual([]);
  });

  it('brokers and admins see them all', () => {
    for (const role of [Role.BROKER, Role.ADMIN]) {
      const view = featuresFor({ role, officeCode: 'WO' });
      expect([...view(tn).needs]).toEqual([DATA]);
      expect([...view(sn).needs]).toEqual([SECURITY, DATA]);
    }
  });
});

describe('shownName', () => {
  it('names an office by its acronym in the language, else its English acronym, else its name', () => {
    const wipo = record('WO', [], []);
    expect(shownName(wipo, 'fr')).toBe('OMPI');
    expect(shownName(wipo, 'en')).toBe('WIPO');
    const noAcronym = { ...wipo, acronym: null, acronyms: {} };
    expect(shownName(noAcronym, 'fr')).toBe('Organisation Mondiale');
    expect(shownName(noAcronym, 'en')).toBe('World Intellectual Property Organization');
  });
});

describe('textLanguage', () => {
  it('answers the first of English and French the reader prefers, else English', () => {
    expect(textLanguage(['fr', 'en'])).toBe('fr');
    expect(textLanguage(['de', 'fr'])).toBe('fr');
    expect(textLanguage(['en', 'fr'])).toBe('en');
    expect(textLanguage(['de'])).toBe('en');
    expect(textLanguage([])).toBe('en');
  });
});
