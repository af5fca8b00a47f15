import { describe, expect, it } from 'vitest';

import fr from './fr.json';

/*
 * French puts a space before : ; ! ? and » and after «, and it never lets the line break there
 * (a "»" alone at the start of a line): a no-break space. tools/i18n-add.mjs writes them.
 */
describe('the French catalogue', () => {
  it('keeps punctuation with its word: no-break spaces before : ; ! ? » and after «', () => {
    const breakable = Object.entries(fr as Record<string, string>)
      .filter(([, text]) => / [:;!?»]|« /.test(text))
      .map(([id]) => id);
    expect(breakable).toEqual([]);
  });
});
