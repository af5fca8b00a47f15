import type {
  AdoptionStatus,
  MaturityDimension,
  MaturityGroup,
  OfficeKind,
  Position,
  SortDirection,
  WipoRegion,
} from '../../gql/graphql';
import {
  ADOPTION_STATUSES,
  DIMENSIONS,
  GROUPS,
  isOneOf,
  KINDS,
  POSITIONS,
  REGIONS,
} from './directory-values';

/*
 * The whole state of the directory page lives in its address, so a reload or a shared link
 * shows the same result. This module maps the address to a state and back; it is pure.
 *
 *   tab=people                          the people tab (offices when absent)
 *   q=patent office                     free text
 *   region=AFRICA&region=ARAB           lists repeat their parameter (a comma list is read too)
 *   lang=fr                             ISO 639-1
 *   kind=NATIONAL  group=A              offices only
 *   maturity=SECURITY.4-5               a dimension's current level from 4 to 5 (`SECURITY.4` is 4-4)
 *   overall=3-5                         the overall level
 *   need=DATA  offer=SECURITY           offices seeking / offering help in a dimension
 *   standard=ST.26  adoption=COMPLETE   adopting ST.26 (completely; by default completely or partly)
 *   position=CIO  expertise=DEVOPS      people only; expertiseLevel=2|3 the least level of each area;
 *   mentor=1                            available to mentor
 *   sort=name|relevance|updated|maturity|maturity.SECURITY   dir=asc|desc
 *   after=<cursor>  page=3              the page: the API's cursor, and its number for display
 *
 * Whatever is unknown, malformed or belongs to the other tab is ignored.
 */

export type DirectoryTab = 'offices' | 'people';
export type OrderField = 'NAME' | 'RELEVANCE' | 'MATURITY' | 'UPDATED';

export interface LevelRange {
  readonly min: number;
  readonly max: number;
}

export interface DimensionRange extends LevelRange {
  readonly dimension: MaturityDimension;
}

export interface DirectorySort {
  readonly field: OrderField;
  /** For MATURITY: the dimension (null: the overall level). */
  readonly dimension: MaturityDimension | null;
}

export interface DirectoryState {
  readonly tab: DirectoryTab;
  readonly search: string;
  readonly regions: readonly WipoRegion[];
  readonly languages: readonly string[];
  // offices
  readonly kinds: readonly OfficeKind[];
  readonly groups: readonly MaturityGroup[];
  /** In the order chosen; one entry per dimension. */
  readonly maturity: readonly DimensionRange[];
  readonly overall: LevelRange | null;
  readonly needs: readonly MaturityDimension[];
  readonly offers: readonly MaturityDimension[];
  readonly standards: readonly string[];
  /** The adoption statuses every standard must have (empty: completely or partly). */
  readonly adoption: readonly AdoptionStatus[];
  // people
  readonly positions: readonly Position[];
  readonly expertise: readonly string[];
  /** The least level of each expertise area (null: any, 1 familiar). */
  readonly expertiseLevel: 2 | 3 | null;
  readonly mentor: boolean;
  // order and page
  readonly sort: DirectorySort | null;
  readonly direction: SortDirection | null;
  readonly after: string | null;
  /** The page's number (2 and more), shown beside the cursor it came with. */
  readonly page: number | null;
}

export const EMPTY_STATE: DirectoryState = {
  tab: 'offices',
  search: '',
  regions: [],
  languages: [],
  kinds: [],
  groups: [],
  maturity: [],
  overall: null,
  needs: [],
  offers: [],
  standards: [],
  adoption: [],
  positions: [],
  expertise: [],
  expertiseLevel: null,
  mentor: false,
  sort: null,
  direction: null,
  after: null,
  page: null,
};

const MAX_LIST = 50;
const MAX_CURSOR = 1000;

/** A search the API treats as one: with a letter or a digit (punctuation alone is no search). */
export function hasSearchText(search: string): boolean {
  return /[\p{L}\p{N}]/u.test(search);
}

/** The order the API applies when none is asked: relevance with a search, else the name. */
export function defaultOrderField(state: Pick<DirectoryState, 'search'>): OrderField {
  return hasSearchText(state.search) ? 'RELEVANCE' : 'NAME';
}

/** The direction the API applies to a field when none is asked. */
export function defaultDirection(field: OrderField): SortDirection {
  return field === 'NAME' ? 'ASC' : 'DESC';
}

// ---- reading ----------------------------------------------------------------------------

function values(params: URLSearchParams, name: string): string[] {
  const all = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  return [...new Set(all)].slice(0, MAX_LIST);
}

function enumValues<T extends string>(
  params: URLSearchParams,
  name: string,
  list: readonly T[],
): T[] {
  return values(params, name)
    .map((value) => value.toUpperCase())
    .filter((value): value is T => isOneOf(list, value))
    .filter((value, index, all) => all.indexOf(value) === index);
}

function codes(
  params: URLSearchParams,
  name: string,
  normalise: (value: string) => string,
  pattern: RegExp,
): string[] {
  return [...new Set(values(params, name).map(normalise))].filter((value) => pattern.test(value));
}

const level = (text: string | undefined): number | null => {
  if (text === undefined || !/^[1-5]$/.test(text)) return null;
  return Number(text);
};

/** `4-5` or `4`; min above max is kept, so the API says what is wrong beside the filter. */
function parseRange(text: string): LevelRange | null {
  const match = /^(\d)(?:-(\d))?$/.exec(text);
  if (!match) return null;
  const min = level(match[1]);
  const max = match[2] === undefined ? min : level(match[2]);
  return min === null || max === null ? null : { min, max };
}

function parseMaturity(params: URLSearchParams): DimensionRange[] {
  const ranges: DimensionRange[] = [];
  for (const entry of values(params, 'maturity')) {
    const [, name = '', levels = ''] = /^([A-Za-z_]+)[.:](.+)$/.exec(entry) ?? [];
    const dimension = name.toUpperCase();
    const range = parseRange(levels);
    if (!range || !isOneOf(DIMENSIONS, dimension)) continue;
    if (ranges.some((known) => known.dimension === dimension)) continue;
    ranges.push({ dimension, ...range });
  }
  return ranges;
}

function parseSort(params: URLSearchParams, search: string): DirectorySort | null {
  const text = params.get('sort')?.trim();
  if (!text) return null;
  const [name, dimensionText] = text.split(/[.:]/, 2);
  const field = name?.toUpperCase();
  if (field === 'MATURITY') {
    if (dimensionText === undefined) return { field, dimension: null };
    const dimension = dimensionText.toUpperCase();
    return isOneOf(DIMENSIONS, dimension) ? { field, dimension } : null;
  }
  if (dimensionText !== undefined) return null;
  // the API refuses relevance without a search
  if (field === 'RELEVANCE') return hasSearchText(search) ? { field, dimension: null } : null;
  if (field === 'NAME' || field === 'UPDATED') return { field, dimension: null };
  return null;
}

function parseDirection(params: URLSearchParams): SortDirection | null {
  const text = params.get('dir')?.trim().toLowerCase();
  return text === 'asc' ? 'ASC' : text === 'desc' ? 'DESC' : null;
}

export function parseDirectoryParams(params: URLSearchParams): DirectoryState {
  const tab: DirectoryTab = params.get('tab') === 'people' ? 'people' : 'offices';
  const search = params.get('q') ?? '';
  const after = params.get('after')?.trim() || null;
  const pageText = params.get('page') ?? '';
  const pageNumber = /^\d{1,5}$/.test(pageText) ? Number(pageText) : null;
  const common = {
    ...EMPTY_STATE,
    tab,
    search,
    regions: enumValues(params, 'region', REGIONS),
    languages: codes(params, 'lang', (value) => value.toLowerCase(), /^[a-z]{2}$/),
    sort: parseSort(params, search),
    direction: parseDirection(params),
    after: after && after.length <= MAX_CURSOR ? after : null,
  };
  const state: DirectoryState = {
    ...common,
    page: common.after && pageNumber !== null && pageNumber >= 2 ? pageNumber : null,
  };
  if (tab === 'people') {
    const expertiseLevel = params.get('expertiseLevel');
    return {
      ...state,
      positions: enumValues(params, 'position', POSITIONS),
      expertise: codes(params, 'expertise', (value) => value.toUpperCase(), /^[A-Z][A-Z0-9_]*$/),
      expertiseLevel: expertiseLevel === '2' ? 2 : expertiseLevel === '3' ? 3 : null,
      mentor: ['1', 'true'].includes(params.get('mentor') ?? ''),
    };
  }
  return {
    ...state,
    kinds: enumValues(params, 'kind', KINDS),
    groups: enumValues(params, 'group', GROUPS),
    maturity: parseMaturity(params),
    overall: parseRange(params.get('overall')?.trim() ?? ''),
    needs: enumValues(params, 'need', DIMENSIONS),
    offers: enumValues(params, 'offer', DIMENSIONS),
    standards: codes(
      params,
      'standard',
      (value) => value.toUpperCase().replace(/\s+/g, ''),
      /^ST\.\d{1,3}(\/[A-Z])?$/,
    ),
    adoption: enumValues(params, 'adoption', ADOPTION_STATUSES),
  };
}

// ---- writing ----------------------------------------------------------------------------

const range = ({ min, max }: LevelRange) => `${min}-${max}`;

/** The address of a state, in one canonical order; defaults are left out. */
export function directoryParams(state: DirectoryState): URLSearchParams {
  const params = new URLSearchParams();
  const list = (name: string, items: readonly string[]) =>
    items.forEach((item) => params.append(name, item));
  if (state.tab === 'people') params.set('tab', 'people');
  if (state.search.trim()) params.set('q', state.search);
  list('region', state.regions);
  list('lang', state.languages);
  if (state.tab === 'offices') {
    list('kind', state.kinds);
    list('group', state.groups);
    list(
      'maturity',
      state.maturity.map((entry) => `${entry.dimension}.${range(entry)}`),
    );
    if (state.overall) params.set('overall', range(state.overall));
    list('need', state.needs);
    list('offer', state.offers);
    list('standard', state.standards);
    list('adoption', state.adoption);
  } else {
    list('position', state.positions);
    list('expertise', state.expertise);
    if (state.expertiseLevel) params.set('expertiseLevel', String(state.expertiseLevel));
    if (state.mentor) params.set('mentor', '1');
  }
  if (state.sort) {
    const field = state.sort.field.toLowerCase();
    params.set('sort', state.sort.dimension ? `${field}.${state.sort.dimension}` : field);
  }
  if (state.direction) params.set('dir', state.direction.toLowerCase());
  if (state.after) {
    if (state.page) params.set('page', String(state.page));
    params.set('after', state.after);
  }
  return params;
}

// ---- changes ----------------------------------------------------------------------------

/**
 * A change of search, filters or order: back to the first page (a cursor belongs to its
 * filters and order), and no relevance order left without a search.
 */
export function withChange(state: DirectoryState, change: Partial<DirectoryState>): DirectoryState {
  const next = { ...state, ...change, after: null, page: null };
  if (next.sort?.field === 'RELEVANCE' && !hasSearchText(next.search))
    return { ...next, sort: null, direction: null };
  return next;
}

/** How many filters the current tab has (the search and the order are not filters). */
export function activeFilterCount(state: DirectoryState): number {
  const common = state.regions.length + state.languages.length;
  if (state.tab === 'people')
    return (
      common +
      state.positions.length +
      state.expertise.length +
      (state.expertiseLevel ? 1 : 0) +
      (state.mentor ? 1 : 0)
    );
  return (
    common +
    state.kinds.length +
    state.groups.length +
    state.maturity.length +
    (state.overall ? 1 : 0) +
    state.needs.length +
    state.offers.length +
    state.standards.length +
    state.adoption.length
  );
}

/**
 * The dimensions a reader of the office list compares: those filtered by level, in the order
 * chosen, then the one the list is ordered by.
 */
export function focusDimensions(state: DirectoryState): MaturityDimension[] {
  const dimensions = state.maturity.map((entry) => entry.dimension);
  const ordered = state.sort?.field === 'MATURITY' ? state.sort.dimension : null;
  if (ordered && !dimensions.includes(ordered)) dimensions.push(ordered);
  return dimensions;
}

/** Clears the search and every filter; the tab and the order (unless relevance) stay. */
export function clearFilters(state: DirectoryState): DirectoryState {
  return withChange(EMPTY_STATE, {
    tab: state.tab,
    sort: state.sort,
    direction: state.direction,
  });
}

/** The other tab keeps the search, regions and languages; the rest belongs to one tab. */
export function switchTab(state: DirectoryState, tab: DirectoryTab): DirectoryState {
  if (tab === state.tab) return state;
  return withChange(EMPTY_STATE, {
    tab,
    search: state.search,
    regions: state.regions,
    languages: state.languages,
  });
}
