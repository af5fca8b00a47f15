import { describe, expect, it } from 'vitest';

import {
  activeFilterCount,
  clearFilters,
  directoryParams,
  EMPTY_STATE,
  focusDimensions,
  parseDirectoryParams,
  switchTab,
  withChange,
  type DirectoryState,
} from './directory-url';

const parse = (query: string) => parseDirectoryParams(new URLSearchParams(query));
const write = (state: DirectoryState) => directoryParams(state).toString();

const OFFICES: DirectoryState = {
  ...EMPTY_STATE,
  search: 'patent office',
  regions: ['AFRICA', 'ARAB'],
  languages: ['fr', 'es'],
  kinds: ['NATIONAL'],
  groups: ['A', 'B'],
  maturity: [
    { dimension: 'SECURITY', min: 4, max: 5 },
    { dimension: 'CORE_SYSTEMS', min: 2, max: 2 },
  ],
  overall: { min: 3, max: 5 },
  needs: ['DATA'],
  offers: ['SECURITY', 'INFRA'],
  standards: ['ST.26', 'ST.10/C'],
  adoption: ['COMPLETE'],
  sort: { field: 'MATURITY', dimension: 'SECURITY' },
  direction: 'ASC',
  after: 'eyJ4IjoxfQ',
  page: 3,
};

const PEOPLE: DirectoryState = {
  ...EMPTY_STATE,
  tab: 'people',
  search: 'Camille',
  regions: ['ASIA_PACIFIC'],
  languages: ['ar'],
  positions: ['CIO', 'CISO'],
  expertise: ['CYBERSECURITY_OPERATIONS', 'DEVOPS'],
  expertiseLevel: 3,
  mentor: true,
  sort: { field: 'RELEVANCE', dimension: null },
  direction: 'DESC',
};

describe('the directory address', () => {
  it('is empty for the default state, and the default state for an empty address', () => {
    expect(write(EMPTY_STATE)).toBe('');
    expect(parse('')).toEqual(EMPTY_STATE);
  });

  it('round-trips every filter, the order and the page of the offices', () => {
    expect(parse(write(OFFICES))).toEqual(OFFICES);
  });

  it('round-trips every filter and the order of the people', () => {
    expect(parse(write(PEOPLE))).toEqual(PEOPLE);
  });

  it('writes readable parameters in one order', () => {
    expect(write(OFFICES)).toBe(
      [
        'q=patent+office',
        'region=AFRICA',
        'region=ARAB',
        'lang=fr',
        'lang=es',
        'kind=NATIONAL',
        'group=A',
        'group=B',
        'maturity=SECURITY.4-5',
        'maturity=CORE_SYSTEMS.2-2',
        'overall=3-5',
        'need=DATA',
        'offer=SECURITY',
        'offer=INFRA',
        'standard=ST.26',
        'standard=ST.10%2FC',
        'adoption=COMPLETE',
        'sort=maturity.SECURITY',
        'dir=asc',
        'page=3',
        'after=eyJ4IjoxfQ',
      ].join('&'),
    );
    expect(write(PEOPLE)).toBe(
      'tab=people&q=Camille&region=ASIA_PACIFIC&lang=ar&position=CIO&position=CISO' +
        '&expertise=CYBERSECURITY_OPERATIONS&expertise=DEVOPS&expertiseLevel=3&mentor=1' +
        '&sort=relevance&dir=desc',
    );
  });

  it('reads comma lists, any case, and each value once', () => {
    const state = parse(
      'region=africa,ARAB&region=AFRICA&lang=FR,fr&maturity=security:4-5&standard=st.26',
    );
    expect(state.regions).toEqual(['AFRICA', 'ARAB']);
    expect(state.languages).toEqual(['fr']);
    expect(state.maturity).toEqual([{ dimension: 'SECURITY', min: 4, max: 5 }]);
    expect(state.standards).toEqual(['ST.26']);
  });

  it('reads a single level as a range of one', () => {
    expect(parse('maturity=DATA.4&overall=2').maturity).toEqual([
      { dimension: 'DATA', min: 4, max: 4 },
    ]);
    expect(parse('overall=2').overall).toEqual({ min: 2, max: 2 });
  });

  it('ignores unknown and malformed values', () => {
    const state = parse(
      [
        'tab=maps',
        'region=MARS',
        'kind=PLANETARY',
        'group=E',
        'lang=french',
        'maturity=FOO.3-4',
        'maturity=SECURITY.7',
        'maturity=SECURITY.0-3',
        'maturity=DATA',
        'overall=9',
        'need=LUCK',
        'standard=ISO.9001',
        'adoption=MAYBE',
        'sort=banana',
        'dir=sideways',
        'page=2',
        'colour=blue',
      ].join('&'),
    );
    expect(state).toEqual(EMPTY_STATE);
  });

  it('keeps the first range of a dimension given twice', () => {
    expect(parse('maturity=DATA.1-2&maturity=DATA.4-5').maturity).toEqual([
      { dimension: 'DATA', min: 1, max: 2 },
    ]);
  });

  it('keeps a range whose lowest level is above its highest: the API says what is wrong', () => {
    expect(parse('maturity=SECURITY.5-3').maturity).toEqual([
      { dimension: 'SECURITY', min: 5, max: 3 },
    ]);
  });

  it('ignores the filters of the other tab', () => {
    expect(parse('tab=people&kind=NATIONAL&maturity=DATA.3-5&region=AFRICA')).toEqual({
      ...EMPTY_STATE,
      tab: 'people',
      regions: ['AFRICA'],
    });
    expect(parse('position=CIO&mentor=1&expertise=DEVOPS')).toEqual(EMPTY_STATE);
  });

  it('offers relevance only with a search (the API refuses it otherwise)', () => {
    expect(parse('sort=relevance').sort).toBeNull();
    expect(parse('q=%21%3F+--&sort=relevance').sort).toBeNull();
    expect(parse('q=inpi&sort=relevance').sort).toEqual({ field: 'RELEVANCE', dimension: null });
  });

  it('reads the page number only with a cursor', () => {
    expect(parse('page=4')).toEqual(EMPTY_STATE);
    expect(parse('after=abc&page=4')).toMatchObject({ after: 'abc', page: 4 });
    expect(parse('after=abc&page=1')).toMatchObject({ after: 'abc', page: null });
  });
});

describe('changes of the directory state', () => {
  it('go back to the first page', () => {
    const next = withChange(OFFICES, { regions: ['AFRICA'] });
    expect(next).toMatchObject({ regions: ['AFRICA'], after: null, page: null });
  });

  it('drop the relevance order with the search', () => {
    const next = withChange(PEOPLE, { search: '' });
    expect(next.sort).toBeNull();
    expect(next.direction).toBeNull();
  });

  it('clear the search and every filter, keeping the tab and the order', () => {
    const cleared = clearFilters(OFFICES);
    expect(cleared).toEqual({
      ...EMPTY_STATE,
      sort: OFFICES.sort,
      direction: OFFICES.direction,
    });
    expect(activeFilterCount(cleared)).toBe(0);
    expect(clearFilters(PEOPLE)).toEqual({ ...EMPTY_STATE, tab: 'people' });
  });

  it('count the active filters of the current tab', () => {
    expect(activeFilterCount(OFFICES)).toBe(16);
    expect(activeFilterCount(PEOPLE)).toBe(8);
  });

  it('carry the search, regions and languages to the other tab', () => {
    expect(switchTab(OFFICES, 'people')).toEqual({
      ...EMPTY_STATE,
      tab: 'people',
      search: OFFICES.search,
      regions: OFFICES.regions,
      languages: OFFICES.languages,
    });
    expect(switchTab(OFFICES, 'offices')).toBe(OFFICES);
  });

  it('names the dimensions a reader compares: those filtered, then the one ordered by', () => {
    expect(focusDimensions(EMPTY_STATE)).toEqual([]);
    expect(focusDimensions(OFFICES)).toEqual(['SECURITY', 'CORE_SYSTEMS']);
    const ordered = (dimension: 'DATA' | 'SECURITY' | null) =>
      focusDimensions({ ...OFFICES, sort: { field: 'MATURITY', dimension } });
    expect(ordered('DATA')).toEqual(['SECURITY', 'CORE_SYSTEMS', 'DATA']);
    expect(ordered('SECURITY')).toEqual(['SECURITY', 'CORE_SYSTEMS']);
    expect(ordered(null)).toEqual(['SECURITY', 'CORE_SYSTEMS']);
    expect(
      focusDimensions({ ...EMPTY_STATE, sort: { field: 'MATURITY', dimension: 'INFRA' } }),
    ).toEqual(['INFRA']);
  });
});
