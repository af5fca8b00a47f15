import { isTimeZone } from '@wild/shared/domain';
import { isLanguageCode } from '@wild/shared/reference-data';

import type { FieldProblem } from './domain-error';

/** The values of a list given more than once, each named once. */
export function duplicatesOf<T>(values: readonly T[]): T[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

/** Codes of a list that ISO 639-1 does not know, or listed twice, as problems of `field`. */
export function languageProblems(
  field: string,
  codes: readonly string[] | null | undefined,
): FieldProblem[] {
  if (!codes) return [];
  const problems: FieldProblem[] = [];
  const unknown = codes.filter((code) => !isLanguageCode(code));
  if (unknown.length > 0)
    problems.push({
      field,
      message: `Not ISO 639-1 language codes: ${unknown.join(', ')}.`,
      rule: 'unknownCode',
      params: { list: 'language', values: unknown },
    });
  const twice = duplicatesOf(codes);
  if (twice.length > 0)
    problems.push({
      field,
      message: 'A language is listed twice.',
      rule: 'duplicate',
      params: { values: twice },
    });
  return problems;
}

/** A time zone the IANA database does not know, as a problem of `field`. */
export function timeZoneProblems(field: string, zone: string | null | undefined): FieldProblem[] {
  if (zone === null || zone === undefined || isTimeZone(zone)) return [];
  return [
    {
      field,
      message: `“${zone}” is not an IANA time zone (such as Europe/Paris).`,
      rule: 'unknownCode',
      params: { list: 'timeZone', values: [zone] },
    },
  ];
}
