import { IP_OFFICES, IpOffice } from './ip-offices';
import { Language, LANGUAGES } from './languages';
import { ST3_CODES, St3Code } from './st3-codes';

const st3ByCode = new Map(ST3_CODES.map((entry) => [entry.code, entry]));
const languageByCode = new Map(LANGUAGES.map((entry) => [entry.code, entry]));
const officeByCode = new Map(IP_OFFICES.map((entry) => [entry.code, entry]));

/** The ST.3 entry of a code (`FR`, `EP`, `WO` …), or undefined when ST.3 has no such code. */
export function findSt3Code(code: string): St3Code | undefined {
  return st3ByCode.get(code);
}

export function isSt3Code(code: string): boolean {
  return st3ByCode.has(code);
}

/** A state's code (ISO 3166-1 alpha-2), as opposed to an organisation's. */
export function isCountryCode(code: string): boolean {
  return st3ByCode.get(code)?.kind === 'STATE';
}

export function findLanguage(code: string): Language | undefined {
  return languageByCode.get(code);
}

export function isLanguageCode(code: string): boolean {
  return languageByCode.has(code);
}

export function findIpOffice(code: string): IpOffice | undefined {
  return officeByCode.get(code);
}
