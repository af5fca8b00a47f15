import { IP_OFFICES } from './ip-offices';
import { LANGUAGES } from './languages';
import { findSt3Code, isCountryCode, isLanguageCode, isSt3Code } from './lookups';
import { ST3_CODES } from './st3-codes';

const codesOf = (list: readonly { code: string }[]) => list.map((entry) => entry.code);

describe('reference data', () => {
  it('lists every ST.3 code once, sorted, in two upper-case letters', () => {
    const codes = codesOf(ST3_CODES);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    expect(codes.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
    expect(ST3_CODES.filter((entry) => entry.kind === 'STATE')).toHaveLength(249);
  });

  it('knows the organisations of DOMAIN.md, with their regions', () => {
    for (const code of [
      'EP',
      'EM',
      'AP',
      'OA',
      'EA',
      'GC',
      'BX',
      'XN',
      'XV',
      'QZ',
      'XU',
      'WO',
      'IB',
    ]) {
      expect(findSt3Code(code)?.kind).toBe('ORGANIZATION');
    }
    expect(findSt3Code('WO')?.region).toBe('GLOBAL');
    expect(findSt3Code('GC')?.region).toBe('ARAB');
    expect(findSt3Code('MA')?.region).toBe('ARAB'); // an Arab League member in Africa
    expect(findSt3Code('KE')?.region).toBe('AFRICA');
    expect(isCountryCode('FR')).toBe(true);
    expect(isCountryCode('EP')).toBe(false);
    expect(isSt3Code('ZZ')).toBe(false);
  });

  it('lists the ISO 639-1 languages with WIPO’s six official ones flagged', () => {
    expect(LANGUAGES.length).toBeGreaterThanOrEqual(180);
    expect(
      LANGUAGES.filter((language) => language.wipoOfficial).map((language) => language.code),
    ).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    expect(isLanguageCode('fr')).toBe(true);
    expect(isLanguageCode('xx')).toBe(false);
  });

  it('lists real IP offices whose codes, countries and languages are all known', () => {
    expect(IP_OFFICES.length).toBeGreaterThanOrEqual(120);
    for (const office of IP_OFFICES) {
      expect(isSt3Code(office.code)).toBe(true);
      expect(isCountryCode(office.country)).toBe(true);
      expect(office.languages.length).toBeGreaterThan(0);
      expect(office.languages.every(isLanguageCode)).toBe(true);
    }
    expect(codesOf(IP_OFFICES)).toEqual(
      expect.arrayContaining([
        'WO',
        'EP',
        'EM',
        'AP',
        'OA',
        'EA',
        'GC',
        'FR',
        'US',
        'JP',
        'CN',
        'KR',
        'BR',
        'MA',
      ]),
    );
  });

  it('keeps French acronyms only where they differ from the English one', () => {
    const french = Object.fromEntries(
      IP_OFFICES.filter((office) => office.acronyms).map((office) => [
        office.code,
        office.acronyms?.fr,
      ]),
    );
    expect(french).toMatchObject({ WO: 'OMPI', EP: 'OEB' });
    for (const office of IP_OFFICES.filter((entry) => entry.acronyms)) {
      expect(office.acronym).not.toBeNull();
      expect(office.acronyms?.fr).not.toBe(office.acronym);
      expect(office.acronyms?.fr).toMatch(/^[A-Z][A-Za-z ]{1,31}$/);
    }
  });
});
