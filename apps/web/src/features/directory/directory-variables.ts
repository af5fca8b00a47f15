import type {
  DirectoryMembersQueryVariables,
  DirectoryOfficesQueryVariables,
  MemberFilterInput,
  MemberOrderInput,
  OfficeFacetField,
  OfficeFilterInput,
  OfficeOrderInput,
} from '../../gql/graphql';
import { defaultOrderField, hasSearchText, type DirectoryState } from './directory-url';

/** Results per page. */
export const PAGE_SIZE = 20;

/** Office filters whose values are alternatives (any matches), counted without their own filter. */
export type OfficeOrField = 'regions' | 'kinds' | 'languages' | 'groups' | 'needs' | 'offers';
export type MemberOrField = 'regions' | 'positions' | 'languages';

/** The facets the office list asks for; MATURITY_<dimension> for each constrained dimension. */
export function officeFacetFields(state: DirectoryState): OfficeFacetField[] {
  return [
    'REGION',
    'KIND',
    'LANGUAGE',
    'GROUP',
    'OVERALL_LEVEL',
    'NEED',
    'OFFER',
    'STANDARD',
    ...state.maturity.map((entry): OfficeFacetField => `MATURITY_${entry.dimension}`),
  ];
}

const search = (state: DirectoryState) =>
  hasSearchText(state.search) ? { search: state.search.trim() } : {};

/** The API's office filter of a state, without one alternatives field when asked. */
export function officeFilter(state: DirectoryState, without?: OfficeOrField): OfficeFilterInput {
  const filter: OfficeFilterInput = { ...search(state) };
  const lists = {
    regions: state.regions,
    kinds: state.kinds,
    languages: state.languages,
    groups: state.groups,
    needs: state.needs,
    offers: state.offers,
  } as const;
  for (const [field, values] of Object.entries(lists) as [OfficeOrField, readonly string[]][])
    if (field !== without && values.length > 0) Object.assign(filter, { [field]: [...values] });
  if (state.maturity.length > 0)
    filter.maturity = state.maturity.map(({ dimension, min, max }) => ({ dimension, min, max }));
  if (state.overall) filter.overallLevel = { min: state.overall.min, max: state.overall.max };
  if (state.standards.length > 0)
    filter.standards = state.standards.map((standard) =>
      state.adoption.length > 0 ? { standard, statuses: [...state.adoption] } : { standard },
    );
  return filter;
}

/** The API's member filter of a state, without one alternatives field when asked. */
export function memberFilter(state: DirectoryState, without?: MemberOrField): MemberFilterInput {
  const filter: MemberFilterInput = { ...search(state) };
  if (without !== 'regions' && state.regions.length > 0) filter.regions = [...state.regions];
  if (without !== 'positions' && state.positions.length > 0)
    filter.positions = [...state.positions];
  if (without !== 'languages' && state.languages.length > 0)
    filter.languages = [...state.languages];
  if (state.expertise.length > 0)
    filter.expertise = state.expertise.map((area) =>
      state.expertiseLevel ? { area, minLevel: state.expertiseLevel } : { area },
    );
  if (state.mentor) filter.availableToMentor = true;
  return filter;
}

/** The order asked for, or none (the API's default: relevance with a search, else the name). */
export function orderBy(state: DirectoryState): OfficeOrderInput & MemberOrderInput {
  const field = state.sort?.field ?? defaultOrderField(state);
  return {
    field,
    ...(state.sort?.dimension ? { dimension: state.sort.dimension } : {}),
    ...(state.direction ? { direction: state.direction } : {}),
  };
}

const page = (state: DirectoryState) => ({
  first: PAGE_SIZE,
  after: state.after,
  ...(state.sort || state.direction ? { orderBy: orderBy(state) } : {}),
});

export function officesVariables(
  state: DirectoryState,
  language: string,
): DirectoryOfficesQueryVariables {
  const counted = (field: OfficeOrField) =>
    state[field].length > 0 ? { filter: officeFilter(state, field), on: true } : { on: false };
  const region = counted('regions');
  const kind = counted('kinds');
  const lang = counted('languages');
  const group = counted('groups');
  const need = counted('needs');
  const offer = counted('offers');
  return {
    filter: officeFilter(state),
    ...page(state),
    language,
    facetFields: officeFacetFields(state),
    withRegionCounts: region.on,
    ...(region.filter ? { regionCountsFilter: region.filter } : {}),
    withKindCounts: kind.on,
    ...(kind.filter ? { kindCountsFilter: kind.filter } : {}),
    withLanguageCounts: lang.on,
    ...(lang.filter ? { languageCountsFilter: lang.filter } : {}),
    withGroupCounts: group.on,
    ...(group.filter ? { groupCountsFilter: group.filter } : {}),
    withNeedCounts: need.on,
    ...(need.filter ? { needCountsFilter: need.filter } : {}),
    withOfferCounts: offer.on,
    ...(offer.filter ? { offerCountsFilter: offer.filter } : {}),
  };
}

export function membersVariables(
  state: DirectoryState,
  language: string,
): DirectoryMembersQueryVariables {
  const counted = (field: MemberOrField) =>
    state[field].length > 0 ? { filter: memberFilter(state, field), on: true } : { on: false };
  const region = counted('regions');
  const position = counted('positions');
  const lang = counted('languages');
  return {
    filter: memberFilter(state),
    ...page(state),
    language,
    withRegionCounts: region.on,
    ...(region.filter ? { regionCountsFilter: region.filter } : {}),
    withPositionCounts: position.on,
    ...(position.filter ? { positionCountsFilter: position.filter } : {}),
    withLanguageCounts: lang.on,
    ...(lang.filter ? { languageCountsFilter: lang.filter } : {}),
  };
}
