import { describe, expect, it } from 'vitest';

import { filterOf, readUrl, searchOf } from './introductions-url';

describe('the introductions address', () => {
  it('reads a state and an office, in any case', () => {
    const url = readUrl(new URLSearchParams('state=proposed&office=fr'));
    expect(url).toEqual({ state: 'PROPOSED', office: 'FR' });
    expect(searchOf(url).toString()).toBe('state=PROPOSED&office=FR');
  });

  it('reads what it cannot use as not given', () => {
    expect(readUrl(new URLSearchParams('state=LOST&office=not a code'))).toEqual({
      state: null,
      office: null,
    });
    expect(searchOf({ state: null, office: null }).toString()).toBe('');
  });

  it('filters by office only for those who may choose one', () => {
    const url = { state: 'ACTIVE' as const, office: 'FR' };
    expect(filterOf(url, true)).toEqual({ states: ['ACTIVE'], officeCode: 'FR' });
    expect(filterOf(url, false)).toEqual({ states: ['ACTIVE'] });
    expect(filterOf({ state: null, office: null }, true)).toEqual({});
  });
});
