import { pickLocalized } from './languages';

describe('pickLocalized', () => {
  const text = { en: 'European Patent Office', fr: 'Office européen des brevets' };

  it('returns the first preferred language that has a text', () => {
    expect(pickLocalized(text, ['de', 'fr', 'en'])).toBe('Office européen des brevets');
  });

  it('falls back to English', () => {
    expect(pickLocalized(text, ['es'])).toBe('European Patent Office');
    expect(pickLocalized(text, [])).toBe('European Patent Office');
  });
});
