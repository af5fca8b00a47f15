import { withoutSuggestions } from './hide-suggestions';

describe('withoutSuggestions', () => {
  it.each([
    [
      'Cannot query field "languag" on type "Query". Did you mean "languages"?',
      'Cannot query field "languag" on type "Query".',
    ],
    [
      'Value "STAT" does not exist in "St3CodeKind" enum. Did you mean the enum value "STATE"?',
      'Value "STAT" does not exist in "St3CodeKind" enum.',
    ],
    [
      'Variable "$f" got invalid value { languags: ["fr"] }; Field "languags" is not defined by type "OfficeFilterInput". Did you mean "languages", "countries", or "kinds"?',
      'Variable "$f" got invalid value { languags: ["fr"] }; Field "languags" is not defined by type "OfficeFilterInput".',
    ],
    ['Please sign in.', 'Please sign in.'],
  ])('%s', (message, expected) => {
    expect(withoutSuggestions(message)).toBe(expected);
  });
});
