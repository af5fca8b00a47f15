import { parseSearchText } from './search-text';

describe('parseSearchText', () => {
  it('makes every word a prefix, lower case, in any script', () => {
    expect(parseSearchText('  Propriété  INDUSTRIELLE ')).toEqual({
      tsquery: 'propriété:* & industrielle:*',
      phrase: 'propriété industrielle',
    });
    expect(parseSearchText('知识产权 office')).toEqual({
      tsquery: '知识产权:* & office:*',
      phrase: '知识产权 office',
    });
  });

  it('keeps only letters and digits, so tsquery syntax cannot get through', () => {
    expect(parseSearchText("o'brien & (x | !y):* <-> z")).toEqual({
      tsquery: 'o:* & brien:* & x:* & y:* & z:*',
      phrase: 'o brien x y z',
    });
  });

  it('has nothing to search in blank or punctuation-only text, and caps the words', () => {
    expect(parseSearchText('')).toBeNull();
    expect(parseSearchText(null)).toBeNull();
    expect(parseSearchText(' - & ! ')).toBeNull();
    expect(parseSearchText('a b c d e f g h i j')?.phrase).toBe('a b c d e f g h');
  });
});
