import { describe, expect, it } from 'vitest';

import { EMPTY_STATE, type DirectoryState } from './directory-url';
import {
  memberFilter,
  membersVariables,
  officeFilter,
  officesVariables,
  PAGE_SIZE,
} from './directory-variables';

const FACETS = [
  'REGION',
  'KIND',
  'LANGUAGE',
  'GROUP',
  'OVERALL_LEVEL',
  'NEED',
  'OFFER',
  'STANDARD',
];

describe('the office list query', () => {
  it('asks for the first page by name with no filter', () => {
    expect(officesVariables(EMPTY_STATE, 'en')).toEqual({
      filter: {},
      first: PAGE_SIZE,
      after: null,
      language: 'en',
      facetFields: FACETS,
      withRegionCounts: false,
      withKindCounts: false,
      withLanguageCounts: false,
      withGroupCounts: false,
      withNeedCounts: false,
      withOfferCounts: false,
    });
  });

  it('maps every filter to the API’s', () => {
    const state: DirectoryState = {
      ...EMPTY_STATE,
      search: '  inpi  ',
      kinds: ['NATIONAL'],
      maturity: [{ dimension: 'SECURITY', min: 4, max: 5 }],
      overall: { min: 3, max: 5 },
      standards: ['ST.26', 'ST.96'],
      adoption: ['COMPLETE'],
    };
    expect(officeFilter(state)).toEqual({
      search: 'inpi',
      kinds: ['NATIONAL'],
      maturity: [{ dimension: 'SECURITY', min: 4, max: 5 }],
      overallLevel: { min: 3, max: 5 },
      standards: [
        { standard: 'ST.26', statuses: ['COMPLETE'] },
        { standard: 'ST.96', statuses: ['COMPLETE'] },
      ],
    });
    expect(officeFilter({ ...state, adoption: [] }).standards).toEqual([
      { standard: 'ST.26' },
      { standard: 'ST.96' },
    ]);
    expect(officesVariables(state, 'fr').facetFields).toEqual([...FACETS, 'MATURITY_SECURITY']);
  });

  it('sends no search made of punctuation alone', () => {
    expect(officeFilter({ ...EMPTY_STATE, search: '!? --' })).toEqual({});
  });

  it('counts a field with a choice without its own filter', () => {
    const state: DirectoryState = {
      ...EMPTY_STATE,
      regions: ['AFRICA'],
      languages: ['fr'],
    };
    const variables = officesVariables(state, 'en');
    expect(variables.filter).toEqual({ regions: ['AFRICA'], languages: ['fr'] });
    expect(variables.withRegionCounts).toBe(true);
    expect(variables.regionCountsFilter).toEqual({ languages: ['fr'] });
    expect(variables.withLanguageCounts).toBe(true);
    expect(variables.languageCountsFilter).toEqual({ regions: ['AFRICA'] });
    expect(variables.withKindCounts).toBe(false);
    expect(variables).not.toHaveProperty('kindCountsFilter');
  });

  it('asks for an order only when one is chosen', () => {
    expect(officesVariables(EMPTY_STATE, 'en')).not.toHaveProperty('orderBy');
    expect(
      officesVariables(
        { ...EMPTY_STATE, sort: { field: 'MATURITY', dimension: 'DATA' }, direction: 'ASC' },
        'en',
      ).orderBy,
    ).toEqual({ field: 'MATURITY', dimension: 'DATA', direction: 'ASC' });
    // a direction alone applies to the default order
    expect(
      officesVariables({ ...EMPTY_STATE, search: 'x', direction: 'ASC' }, 'en').orderBy,
    ).toEqual({ field: 'RELEVANCE', direction: 'ASC' });
  });

  it('reads the page after the cursor in the address', () => {
    expect(officesVariables({ ...EMPTY_STATE, after: 'abc', page: 2 }, 'en')).toMatchObject({
      first: PAGE_SIZE,
      after: 'abc',
    });
  });
});

describe('the people list query', () => {
  it('maps every filter to the API’s', () => {
    const state: DirectoryState = {
      ...EMPTY_STATE,
      tab: 'people',
      search: 'camille',
      positions: ['CIO'],
      expertise: ['DEVOPS', 'DATA_GOVERNANCE'],
      expertiseLevel: 2,
      mentor: true,
    };
    expect(memberFilter(state)).toEqual({
      search: 'camille',
      positions: ['CIO'],
      expertise: [
        { area: 'DEVOPS', minLevel: 2 },
        { area: 'DATA_GOVERNANCE', minLevel: 2 },
      ],
      availableToMentor: true,
    });
    const variables = membersVariables(state, 'fr');
    expect(variables).toMatchObject({
      language: 'fr',
      withPositionCounts: true,
      positionCountsFilter: {
        search: 'camille',
        expertise: [
          { area: 'DEVOPS', minLevel: 2 },
          { area: 'DATA_GOVERNANCE', minLevel: 2 },
        ],
        availableToMentor: true,
      },
      withRegionCounts: false,
      withLanguageCounts: false,
    });
  });
});
