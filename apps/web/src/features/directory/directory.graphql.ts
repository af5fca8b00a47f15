import type { ResultOf } from '@graphql-typed-document-node/core';

import { graphql } from '../../gql';

/**
 * The office directory: a page of offices, its total and facets. A facet whose field has a
 * selection (offices in Africa OR the Arab region…) is also counted without that field's own
 * filter (`regionCounts`…), so every option shows what choosing it would add; those aliases run
 * only when their field has a selection.
 */
export const DirectoryOffices = graphql(`
  query DirectoryOffices(
    $filter: OfficeFilterInput
    $orderBy: OfficeOrderInput
    $first: Int
    $after: String
    $language: String
    $facetFields: [OfficeFacetField!]
    $regionCountsFilter: OfficeFilterInput
    $withRegionCounts: Boolean!
    $kindCountsFilter: OfficeFilterInput
    $withKindCounts: Boolean!
    $languageCountsFilter: OfficeFilterInput
    $withLanguageCounts: Boolean!
    $groupCountsFilter: OfficeFilterInput
    $withGroupCounts: Boolean!
    $needCountsFilter: OfficeFilterInput
    $withNeedCounts: Boolean!
    $offerCountsFilter: OfficeFilterInput
    $withOfferCounts: Boolean!
  ) {
    offices(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          code
          name(language: $language)
          acronym
          country
          kind
          region
          languages
          illustrative
          maturity {
            id
            overallLevel
            group
            illustrative
            levels {
              dimension
              level
            }
          }
        }
      }
      facets(fields: $facetFields) {
        field
        values {
          value
          count
        }
      }
    }
    regionCounts: offices(filter: $regionCountsFilter, first: 1) @include(if: $withRegionCounts) {
      facets(fields: [REGION]) {
        field
        values {
          value
          count
        }
      }
    }
    kindCounts: offices(filter: $kindCountsFilter, first: 1) @include(if: $withKindCounts) {
      facets(fields: [KIND]) {
        field
        values {
          value
          count
        }
      }
    }
    languageCounts: offices(filter: $languageCountsFilter, first: 1)
      @include(if: $withLanguageCounts) {
      facets(fields: [LANGUAGE]) {
        field
        values {
          value
          count
        }
      }
    }
    groupCounts: offices(filter: $groupCountsFilter, first: 1) @include(if: $withGroupCounts) {
      facets(fields: [GROUP]) {
        field
        values {
          value
          count
        }
      }
    }
    needCounts: offices(filter: $needCountsFilter, first: 1) @include(if: $withNeedCounts) {
      facets(fields: [NEED]) {
        field
        values {
          value
          count
        }
      }
    }
    offerCounts: offices(filter: $offerCountsFilter, first: 1) @include(if: $withOfferCounts) {
      facets(fields: [OFFER]) {
        field
        values {
          value
          count
        }
      }
    }
  }
`);

/** The people directory, counted the same way; expertise areas named in the asked language. */
export const DirectoryMembers = graphql(`
  query DirectoryMembers(
    $filter: MemberFilterInput
    $orderBy: MemberOrderInput
    $first: Int
    $after: String
    $language: String
    $regionCountsFilter: MemberFilterInput
    $withRegionCounts: Boolean!
    $positionCountsFilter: MemberFilterInput
    $withPositionCounts: Boolean!
    $languageCountsFilter: MemberFilterInput
    $withLanguageCounts: Boolean!
  ) {
    members(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          fullName
          title
          position
          illustrative
          officeCode
          office {
            code
            name(language: $language)
          }
          expertise {
            area
            level
          }
        }
      }
      facets(fields: [REGION, POSITION, LANGUAGE, EXPERTISE, AVAILABLE_TO_MENTOR]) {
        field
        values {
          value
          count
        }
      }
    }
    regionCounts: members(filter: $regionCountsFilter, first: 1) @include(if: $withRegionCounts) {
      facets(fields: [REGION]) {
        field
        values {
          value
          count
        }
      }
    }
    positionCounts: members(filter: $positionCountsFilter, first: 1)
      @include(if: $withPositionCounts) {
      facets(fields: [POSITION]) {
        field
        values {
          value
          count
        }
      }
    }
    languageCounts: members(filter: $languageCountsFilter, first: 1)
      @include(if: $withLanguageCounts) {
      facets(fields: [LANGUAGE]) {
        field
        values {
          value
          count
        }
      }
    }
    expertiseAreas {
      code
      name(language: $language)
    }
  }
`);

export type DirectoryOfficesResult = ResultOf<typeof DirectoryOffices>;
export type DirectoryOfficeNode = DirectoryOfficesResult['offices']['edges'][number]['node'];
export type DirectoryMembersResult = ResultOf<typeof DirectoryMembers>;
export type DirectoryMemberNode = DirectoryMembersResult['members']['edges'][number]['node'];
/** `{ value, count }` pairs of one facet, as both lists answer them. */
export type FacetValues = DirectoryOfficesResult['offices']['facets'][number]['values'];
