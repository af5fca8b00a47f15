/*
 * Test data for the directory's component tests: typed by the generated result types, with the
 * `__typename`s Apollo's cache needs (the generated types leave them out).
 */
import type { MockLink } from '@apollo/client/testing';
import type { GraphQLFormattedError } from 'graphql';

import type {
  DirectoryMembersQueryVariables,
  DirectoryOfficesQueryVariables,
} from '../../gql/graphql';
import {
  DirectoryMembers,
  DirectoryOffices,
  type DirectoryMemberNode,
  type DirectoryMembersResult,
  type DirectoryOfficeNode,
  type DirectoryOfficesResult,
} from './directory.graphql';

type FacetInput = Record<string, Record<string, number>>;

const facetList = (typename: string, facets: FacetInput) =>
  Object.entries(facets).map(([field, values]) => ({
    __typename: typename,
    field,
    values: Object.entries(values).map(([value, count]) => ({
      __typename: 'FacetValue',
      value,
      count,
    })),
  }));

export function office(
  code: string,
  name: string,
  more: Partial<DirectoryOfficeNode> = {},
): DirectoryOfficeNode {
  return {
    code,
    name,
    acronym: null,
    country: null,
    kind: 'NATIONAL',
    region: 'TRANSITION_DEVELOPED',
    languages: ['fr'],
    illustrative: false,
    maturity: {
      id: `a-${code}`,
      overallLevel: 3,
      group: 'B',
      illustrative: false,
      levels: [{ dimension: 'SECURITY', level: 4 }],
    },
    ...more,
  };
}

export interface OfficesAnswer {
  readonly offices: readonly DirectoryOfficeNode[];
  readonly totalCount?: number;
  readonly facets?: FacetInput;
  readonly hasNextPage?: boolean;
  readonly endCursor?: string | null;
  /**
   * The counts of a field without its own filter, by alias (`regionCounts`); an alias the
   * variables ask for and this leaves out answers the main facet of its field.
   */
  readonly counts?: Partial<Record<OfficeAlias, FacetInput>>;
}

type OfficeAlias =
  'regionCounts' | 'kindCounts' | 'languageCounts' | 'groupCounts' | 'needCounts' | 'offerCounts';

const OFFICE_ALIASES: Record<OfficeAlias, [keyof DirectoryOfficesQueryVariables, string]> = {
  regionCounts: ['withRegionCounts', 'REGION'],
  kindCounts: ['withKindCounts', 'KIND'],
  languageCounts: ['withLanguageCounts', 'LANGUAGE'],
  groupCounts: ['withGroupCounts', 'GROUP'],
  needCounts: ['withNeedCounts', 'NEED'],
  offerCounts: ['withOfferCounts', 'OFFER'],
};

const MEMBER_ALIASES: Record<string, [keyof DirectoryMembersQueryVariables, string]> = {
  regionCounts: ['withRegionCounts', 'REGION'],
  positionCounts: ['withPositionCounts', 'POSITION'],
  languageCounts: ['withLanguageCounts', 'LANGUAGE'],
};

/** The aliases the variables include, each with its facet. */
function aliasesOf<V>(
  aliases: Record<string, [keyof V, string]>,
  variables: V | undefined,
  facets: FacetInput,
  given: Partial<Record<string, FacetInput>> = {},
): Record<string, FacetInput> {
  return Object.fromEntries(
    Object.entries(aliases)
      .filter(([alias, [flag]]) => (variables ? variables[flag] === true : alias in given))
      .map(([alias, [, field]]) => [alias, given[alias] ?? { [field]: facets[field] ?? {} }]),
  );
}

export function officesData(
  answer: OfficesAnswer,
  variables?: DirectoryOfficesQueryVariables,
): DirectoryOfficesResult {
  const data = {
    offices: {
      __typename: 'OfficeSearchConnection',
      totalCount: answer.totalCount ?? answer.offices.length,
      pageInfo: {
        __typename: 'PageInfo',
        hasNextPage: answer.hasNextPage ?? false,
        endCursor: answer.endCursor ?? null,
      },
      edges: answer.offices.map((node) => ({
        __typename: 'OfficeEdge',
        cursor: `cursor-${node.code}`,
        node: {
          __typename: 'Office',
          ...node,
          maturity: node.maturity && { __typename: 'MaturityAssessment', ...node.maturity },
        },
      })),
      facets: facetList('OfficeFacet', answer.facets ?? {}),
    },
    ...Object.fromEntries(
      Object.entries(aliasesOf(OFFICE_ALIASES, variables, answer.facets ?? {}, answer.counts)).map(
        ([alias, facets]) => [
          alias,
          { __typename: 'OfficeSearchConnection', facets: facetList('OfficeFacet', facets) },
        ],
      ),
    ),
  };
  return data as DirectoryOfficesResult;
}

export function member(
  id: string,
  fullName: string,
  more: Partial<DirectoryMemberNode> = {},
): DirectoryMemberNode {
  return {
    id,
    fullName,
    title: null,
    position: 'CIO',
    illustrative: false,
    officeCode: 'FR',
    office: { code: 'FR', name: 'French office' },
    expertise: [],
    ...more,
  };
}

export interface MembersAnswer {
  readonly members: readonly DirectoryMemberNode[];
  readonly totalCount?: number;
  readonly facets?: FacetInput;
  /** Expertise area names by code. */
  readonly areas?: Record<string, string>;
}

export function membersData(
  answer: MembersAnswer,
  variables?: DirectoryMembersQueryVariables,
): DirectoryMembersResult {
  const data = {
    members: {
      __typename: 'MemberSearchConnection',
      totalCount: answer.totalCount ?? answer.members.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: answer.members.map((node) => ({
        __typename: 'MemberEdge',
        cursor: `cursor-${node.id}`,
        node: {
          __typename: 'Member',
          ...node,
          office: { __typename: 'Office', ...node.office },
          expertise: node.expertise.map((entry) => ({ __typename: 'MemberExpertise', ...entry })),
        },
      })),
      facets: facetList('MemberFacet', answer.facets ?? {}),
    },
    ...Object.fromEntries(
      Object.entries(aliasesOf(MEMBER_ALIASES, variables, answer.facets ?? {})).map(
        ([alias, facets]) => [
          alias,
          { __typename: 'MemberSearchConnection', facets: facetList('MemberFacet', facets) },
        ],
      ),
    ),
    expertiseAreas: Object.entries(answer.areas ?? {}).map(([code, name]) => ({
      __typename: 'ExpertiseArea',
      code,
      name,
    })),
  };
  return data as DirectoryMembersResult;
}

/**
 * A mock of the office list that answers any variables (recorded in `seen`, newest last) with
 * `answer(variables)`, as often as asked.
 */
export function officesMock(
  answer: (
    variables: DirectoryOfficesQueryVariables,
  ) => OfficesAnswer | { errors: GraphQLFormattedError[] },
  seen: DirectoryOfficesQueryVariables[] = [],
): MockLink.MockedResponse {
  return {
    request: {
      query: DirectoryOffices,
      variables: (variables: DirectoryOfficesQueryVariables) => {
        seen.push(variables);
        return true;
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: DirectoryOfficesQueryVariables) => {
      const given = answer(variables);
      return 'errors' in given ? { errors: given.errors } : { data: officesData(given, variables) };
    },
  };
}

export function membersMock(
  answer: (variables: DirectoryMembersQueryVariables) => MembersAnswer,
  seen: DirectoryMembersQueryVariables[] = [],
): MockLink.MockedResponse {
  return {
    request: {
      query: DirectoryMembers,
      variables: (variables: DirectoryMembersQueryVariables) => {
        seen.push(variables);
        return true;
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: DirectoryMembersQueryVariables) => ({
      data: membersData(answer(variables), variables),
    }),
  };
}
