import { parseAcceptLanguage } from './graphql-context';

describe('parseAcceptLanguage', () => {
  it('orders languages by quality, then by position, without duplicates or wildcards', () => {
    expect(parseAcceptLanguage('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.95, *;q=0.5')).toEqual([
      'fr',
      'de',
      'en',
    ]);
  });

  it('ignores a missing header, malformed parts and q=0', () => {
    expect(parseAcceptLanguage(undefined)).toEqual([]);
    expect(parseAcceptLanguage('12, es;q=0, pt')).toEqual(['pt']);
  });
});
