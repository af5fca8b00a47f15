import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CombinedGraphQLErrors } from '@apollo/client';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';

import en from '../i18n/en.json';
import fr from '../i18n/fr.json';
import { describeError } from './errors';

const conventions = readFileSync(join(__dirname, '../../../../docs/api-conventions.md'), 'utf8');
/** The API's rule catalogue: the rows of the rules table in docs/api-conventions.md. */
const documentedRules = [
  ...conventions.slice(conventions.indexOf('| rule ')).matchAll(/^\| ([^|]+)\|/gm),
]
  .flatMap((row) => [...row[1].matchAll(/`(\w+)`/g)].map((match) => match[1]))
  .filter((rule) => rule !== 'rule');

const refusal = (extensions: Record<string, unknown>, message = 'Refused.') =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('errors a person can read', () => {
  it('has a message in the catalogue for every rule the API documents', () => {
    expect(documentedRules.length).toBeGreaterThan(40);
    expect(documentedRules.filter((rule) => !(`error.rule.${rule}` in en))).toEqual([]);
  });

  it('says each field error in the interface’s language, with its parameters', () => {
    const intl = createIntl({ locale: 'fr', messages: fr });
    const described = describeError(
      intl,
      refusal({
        code: 'BAD_USER_INPUT',
        errors: [
          {
            field: 'input.displayName',
            message: 'too long',
            rule: 'maxLength',
            params: { max: 200 },
          },
          { field: 'input.email', message: 'not an email', rule: 'isEmail', params: {} },
        ],
      }),
    );
    expect(described.code).toBe('BAD_USER_INPUT');
    expect(described.message).toBe('Certains champs demandent votre attention.');
    expect(described.fields).toEqual({
      displayName: 'Au plus 200 caractères.',
      email: 'Saisissez une adresse électronique, par exemple nom@office.org.',
    });
  });

  it('falls back to the API’s words for a rule it does not know yet', () => {
    const intl = createIntl({ locale: 'en', messages: en });
    const described = describeError(
      intl,
      refusal({
        code: 'BAD_USER_INPUT',
        errors: [
          { field: 'input.x', message: 'A new rule said no.', rule: 'brandNewRule', params: {} },
        ],
      }),
    );
    expect(described.fields).toEqual({ x: 'A new rule said no.' });
  });

  it('translates every code, and the wait of TOO_MANY_REQUESTS', () => {
    const intl = createIntl({ locale: 'en', messages: en });
    expect(
      describeError(intl, refusal({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 3 })).message,
    ).toBe('Too many attempts. Please wait 3 seconds and try again.');
    expect(describeError(intl, refusal({ code: 'SOMETHING_NEW' })).message).toBe(
      en['error.code.INTERNAL_SERVER_ERROR'],
    );
    expect(describeError(intl, new TypeError('Failed to fetch')).message).toBe(en['error.network']);
  });
});
