/** One GraphQL request shape the bench measures, with its latency target. */
export interface Scenario {
  readonly name: string;
  /** What it stands for, in the report. */
  readonly description: string;
  readonly query: string;
  /** Variables of each request; the load generator cycles through them in order. */
  readonly variables: readonly Record<string, unknown>[];
  readonly targetP95Ms: number;
  /** Who sends it: the bench's MEMBER of B00001 (default), or its BROKER. */
  readonly as?: 'member' | 'broker';
}

/**
 * The directory's first question (issue 6): French-speaking offices at level 4 or more in
 * security, with the facets a directory page shows next to the list.
 */
const OFFICES_BY_LANGUAGE_AND_MATURITY: Scenario = {
  name: 'offices',
  description:
    'offices(filter: {languages: ["fr"], maturity: [{dimension: SECURITY, min: 4}]}, first: 20) with 6 facets',
  query: `query ($filter: OfficeFilterInput) {
  offices(filter: $filter, first: 20) {
    totalCount
    edges { node { code name languages maturity { overallLevel group } } }
    facets(fields: [REGION, KIND, LANGUAGE, GROUP, MATURITY_SECURITY, NEED]) { field values { value count } }
  }
}`,
  variables: [{ filter: { languages: ['fr'], maturity: [{ dimension: 'SECURITY', min: 4 }] } }],
  targetP95Ms: 50,
};

/**
 * Free-text member search, rotating over three surnames of the generator's list, typed without
 * their accents as people do (Brénault, Müllerand, Castañedo; the search is accent-blind): each
 * matches about 2,500 of the 100,000 members, about 5% of them hidden.
 */
export const MEMBER_SEARCH_TERMS = ['brenault', 'mullerand', 'castanedo'];

const MEMBERS_BY_TEXT: Scenario = {
  name: 'members',
  description: `members(filter: {search}, first: 20) with 4 facets; terms ${MEMBER_SEARCH_TERMS.map((term) => `"${term}"`).join(', ')}`,
  query: `query ($filter: MemberFilterInput) {
  members(filter: $filter, first: 20) {
    totalCount
    edges { node { id fullName title office { code } } }
    facets(fields: [REGION, POSITION, EXPERTISE, LANGUAGE]) { field values { value count } }
  }
}`,
  variables: MEMBER_SEARCH_TERMS.map((search) => ({ filter: { search } })),
  targetP95Ms: 100,
};

/** A seeker office and a dimension it has a known level in (the rules refuse one without). */
export interface RecommendationSeeker {
  readonly officeCode: string;
  readonly dimension: string;
}

/** How many seekers the recommendations scenario rotates over (issue 16: at least 500). */
export const RECOMMENDATION_SEEKERS = 500;

/**
 * Mentors for a seeker (issue 16), asked by a broker, rotating over {@link RECOMMENDATION_SEEKERS}
 * offices and the dimensions they know, so that no kept result stands in for the ranking.
 */
export function recommendationsScenario(seekers: readonly RecommendationSeeker[]): Scenario {
  return {
    name: 'recommendations',
    description: `recommendations(officeCode, kind: MENTOR, dimension, first: 10) with reasons, over ${seekers.length} seekers`,
    query: `query ($officeCode: String!, $dimension: MaturityDimension!) {
  recommendations(officeCode: $officeCode, kind: MENTOR, dimension: $dimension, first: 10) {
    totalCount
    edges { node { office { code name } score summary reasons { factor contribution text } } }
  }
}`,
    variables: seekers.map((seeker) => ({ ...seeker })),
    targetP95Ms: 50,
    as: 'broker',
  };
}

/** The directory's scenarios; `recommendationsScenario` joins them once its seekers are read. */
export const SCENARIOS: readonly Scenario[] = [OFFICES_BY_LANGUAGE_AND_MATURITY, MEMBERS_BY_TEXT];
