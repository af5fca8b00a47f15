import { BadUserInputError } from '@wild/api/core';
import { parseOfficeCode } from '@wild/api/offices';
import { isCountryCode, isExpertiseArea, isLanguageCode } from '@wild/shared/reference-data';

/**
 * Codes in a filter are checked against the reference lists, as everywhere else in the API: an
 * unknown one is BAD_USER_INPUT naming it, not a filter that silently matches nothing.
 */
function checked(
  field: string,
  values: readonly string[],
  normalise: (value: string) => string,
  known: (value: string) => boolean,
  what: string,
  list: string,
): string[] {
  const codes = values.map((value) => normalise(value.trim()));
  const unknown = codes.filter((code) => !known(code));
  if (unknown.length > 0) {
    throw BadUserInputError.field(field, `Not ${what}: ${unknown.join(', ')}.`, 'unknownCode', {
      list,
      values: unknown,
    });
  }
  return codes;
}

export const languageCodes = (field: string, values: readonly string[]) =>
  checked(
    field,
    values,
    (value) => value.toLowerCase(),
    isLanguageCode,
    'ISO 639-1 language codes',
    'language',
  );

export const countryCodes = (field: string, values: readonly string[]) =>
  checked(
    field,
    values,
    (value) => value.toUpperCase(),
    isCountryCode,
    'ISO 3166-1 country codes',
    'country',
  );

export const expertiseAreaCode = (field: string, value: string) =>
  checked(
    field,
    [value],
    (code) => code.toUpperCase(),
    isExpertiseArea,
    'an expertise area',
    'expertiseArea',
  )[0];

export const officeCodes = (field: string, values: readonly string[]) =>
  values.map((value) => parseOfficeCode(value, field));
