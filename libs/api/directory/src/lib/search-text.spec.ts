import { parseSearchText } from './search-text';

describe('parseSearchText', () => {
  it('splits words of any script, lower case', () => {
    expect(parseSearchText('  Propriété  INDUSTRIELLE ')).toEqual({
      words: ['propriété', 'industrielle'],
      phrase: 'propriété industrielle',
    });
    expect(parseSearchText('知识产权 office')?.words).toEqual(['知识产权', 'office']);
  });

  it('keeps combining marks inside words, and reads decomposed input as composed', () => {
    expect(parseSearchText('हिन्दी')?.words).toEqual(['हिन्दी']);
    expect(parseSearchText('re\u0301seau')?.words).toEqual(['réseau']);
  });

  it('drops punctuation and query syntax', () => {
    expect(parseSearchText("o'brien & (x | !y):* <-> z")?.words).toEqual([
      'o',
      'brien',
      'x',
      'y',
      'z',
    ]);
  });

  it('has nothing to search in blank or punctuation-only text, and caps the words', () => {
    expect(parseSearchText('')).toBeNull();
    expect(parseSearchText(null)).toBeNull();
    expect(parseSearchText(' - & ! ')).toBeNull();
    expect(parseSearchText('a b c d e f g h i j')?.phrase).toBe('a b c d e f g h');
  });
});
