import { CombinedGraphQLErrors } from '@apollo/client';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';

import en from '../../../i18n/en.json';
import { listsErrorOf } from './needs-offers-errors';

const intl = createIntl({ locale: 'en', messages: en });

function refusal(errors: { field: string; rule: string; params?: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({
    errors: [
      {
        message: 'refused',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: errors[0]?.field,
          errors: errors.map((error) => ({ message: 'refused', params: {}, ...error })),
        },
      },
    ],
  });
}

const SENT = {
  needs: [
    { key: 'n1', dimension: 'DATA' },
    { key: 'n2', dimension: 'SECURITY' },
  ],
  offers: [
    { key: 'o1', dimension: 'PEOPLE' },
    { key: 'o2', dimension: 'PEOPLE' },
  ],
};

describe('the refusal of a save of needs and offers', () => {
  it('puts each problem beside the row it is about', () => {
    const described = listsErrorOf(
      intl,
      refusal([
        { field: 'input.needs.1.description', rule: 'maxLength', params: { max: 1000 } },
        { field: 'input.needs', rule: 'descriptionRequired', params: { dimension: 'DATA' } },
        { field: 'input.offers', rule: 'duplicate', params: { values: ['PEOPLE'] } },
      ]),
      SENT,
    );
    expect(described.message).toBe('Some fields need your attention.');
    expect(described.fields).toEqual({
      'n2.description': 'At most 1,000 characters.',
      'n1.description': 'Describe this entry.',
      'o2.dimension': 'Given more than once: PEOPLE.',
    });
  });

  it('keeps a problem of a list as a whole on that list', () => {
    const described = listsErrorOf(
      intl,
      refusal([{ field: 'input.needs', rule: 'arrayMaxSize', params: { max: 10 } }]),
      SENT,
    );
    expect(described.fields).toEqual({ needs: 'At most 10 entries.' });
  });
});
