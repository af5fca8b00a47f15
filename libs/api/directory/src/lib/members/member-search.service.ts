import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, SelectQueryBuilder } from 'typeorm';

import type { AuthenticatedAccount } from '@wild/api/auth';
import { BadUserInputError, KeysetOrderKey, readPage } from '@wild/api/core';
import { currentMaturitySql } from '@wild/api/maturity';
import {
  hasExpertiseCondition,
  joinMemberExpertise,
  MemberEntity,
  MemberPrivacy,
} from '@wild/api/members';
import { joinOffice, officeMatchesCondition } from '@wild/api/offices';

import { DirectoryCache } from '../directory-cache';
import { DirectoryPage, facetSelect, FacetValueModel, SortDirection } from '../facets';
import { expertiseAreaCode, languageCodes, officeCodes } from '../filter-codes';
import { parseSearchText, SEARCH_TSQUERY, searchCondition, SearchText } from '../search-text';
import {
  MemberFacetField,
  MemberFilterInput,
  MemberOrderField,
  MemberOrderInput,
  MemberSearchArgs,
} from './member-search.inputs';

type Viewer = Pick<AuthenticatedAccount, 'id' | 'role' | 'officeCode'>;

/** The current maturity of each member's office, joined as `current` (maturity owns the table). */
const current = currentMaturitySql('current');

export const DEFAULT_MEMBER_FACETS = [
  MemberFacetField.REGION,
  MemberFacetField.POSITION,
  MemberFacetField.LANGUAGE,
  MemberFacetField.EXPERTISE,
  MemberFacetField.AVAILABLE_TO_MENTOR,
];

/**
 * The people directory: only the profiles the viewer may see (MemberPrivacy) are matched,
 * counted, faceted and ordered; contact details are never searched.
 */
@Injectable()
export class MemberSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly privacy: MemberPrivacy,
    private readonly cache: DirectoryCache,
  ) {}

  /** A page of members, kept (with its total and facets) until the directory changes. */
  search(
    viewer: Viewer,
    args: MemberSearchArgs,
  ): Promise<DirectoryPage<MemberEntity, MemberFacetField>> {
    const scope = this.privacy.visibilityScope(viewer);
    const { filter, orderBy, first, after } = args;
    return this.cache.remember('members', scope, { filter, orderBy, first, after }, async () => {
      const text = parseSearchText(filter?.search);
      const order = orderKeys(orderBy, text);
      const query = this.matching(viewer, filter ?? {}, text);
      if (orderBy?.field === MemberOrderField.MATURITY)
        current.leftJoin(query, 'member.officeCode');
      const page = await readPage(query, args, order);
      const aggregates: DirectoryPage<MemberEntity, MemberFacetField>['aggregates'] =
        new DataLoader((keys: readonly ('total' | MemberFacetField)[]) =>
          this.aggregate(viewer, filter ?? {}, text, keys).catch((error: unknown) => {
            aggregates.clearAll(); // a failure is not kept
            throw error;
          }),
        );
      return { ...page, aggregates };
    });
  }

  /**
   * The members the viewer may see matching every filter. The member's own columns are named by
   * property (TypeORM maps them through MemberEntity); the search columns are the directory's (its
   * migrations add them); other libs' tables are read through their helpers.
   */
  private matching(
    viewer: Viewer,
    filter: MemberFilterInput,
    text: SearchText | null,
  ): SelectQueryBuilder<MemberEntity> {
    const query = this.dataSource.getRepository(MemberEntity).createQueryBuilder('member');
    this.privacy.visibleTo(query, 'member', viewer);
    if (text) {
      const { sql, parameters } = searchCondition(
        'member.search_vector',
        'member.search_name',
        text,
      );
      query
        .andWhere(sql, parameters)
        // what the relevance order reads
        .setParameters({ searchWords: text.words, searchPhrase: text.phrase });
    }
    if (filter.offices?.length) {
      query.andWhere('member.officeCode IN (:...offices)', {
        offices: officeCodes('filter.offices', filter.offices),
      });
    }
    if (filter.positions?.length) {
      query.andWhere('member.position IN (:...positions)', { positions: filter.positions });
    }
    filter.expertise?.forEach((entry, index) => {
      const area = expertiseAreaCode('filter.expertise', entry.area);
      const expertise = hasExpertiseCondition(
        'member.id',
        area,
        entry.minLevel ?? 1,
        String(index),
      );
      query.andWhere(expertise.condition, expertise.parameters);
    });
    if (filter.languages?.length) {
      query.andWhere('member.languages && ARRAY[:...languages]::varchar[]', {
        languages: languageCodes('filter.languages', filter.languages),
      });
    }
    if (typeof filter.availableToMentor === 'boolean') {
      query.andWhere('member.availableToMentor = :availableToMentor', {
        availableToMentor: filter.availableToMentor,
      });
    }
    if (filter.regions?.length) {
      const office = officeMatchesCondition('member.officeCode', { regions: filter.regions });
      query.andWhere(office.condition, office.parameters);
    }
    return query;
  }

  private async aggregate(
    viewer: Viewer,
    filter: MemberFilterInput,
    text: SearchText | null,
    keys: readonly ('total' | MemberFacetField)[],
  ): Promise<(number | FacetValueModel[])[]> {
    // the matching members once, with the columns the facets count: no facet reads member again
    const matched = this.matching(viewer, filter, text)
      .select('member.id', 'id')
      .addSelect('member.officeCode', 'office_code')
      .addSelect('member.position', 'position')
      .addSelect('member.languages', 'languages')
      .addSelect('member.availableToMentor', 'available_to_mentor');
    const query = this.dataSource
      .createQueryBuilder()
      .addCommonTableExpression(matched, 'matched')
      .from('matched', 'matched')
      .select('count(*)::int', 'total');
    for (const field of keys) {
      if (field !== 'total') query.addSelect(facetSql(field), field);
    }
    const row: Record<string, unknown> = (await query.getRawOne()) ?? {};
    return keys.map((key) =>
      key === 'total' ? Number(row['total']) : (row[key] as FacetValueModel[]),
    );
  }
}

function facetSql(field: MemberFacetField): string {
  switch (field) {
    case MemberFacetField.OFFICE:
      return facetSelect('FROM matched', 'office_code::text');
    case MemberFacetField.REGION: {
      const office = joinOffice('matched.office_code');
      return facetSelect(`FROM matched ${office.join}`, `${office.region}::text`);
    }
    case MemberFacetField.POSITION:
      return facetSelect('FROM matched', 'position::text');
    case MemberFacetField.LANGUAGE:
      return facetSelect(
        'FROM matched CROSS JOIN LATERAL unnest(languages) AS language',
        'language::text',
      );
    case MemberFacetField.EXPERTISE: {
      const expertise = joinMemberExpertise('matched.id');
      return facetSelect(`FROM matched ${expertise.join}`, `${expertise.area}::text`);
    }
    case MemberFacetField.AVAILABLE_TO_MENTOR:
      return facetSelect('FROM matched', 'available_to_mentor::text');
  }
}

function orderKeys(
  orderBy: MemberOrderInput | null | undefined,
  text: SearchText | null,
): KeysetOrderKey<MemberEntity>[] {
  const field = orderBy?.field ?? (text ? MemberOrderField.RELEVANCE : MemberOrderField.NAME);
  const direction =
    orderBy?.direction ??
    (field === MemberOrderField.NAME ? SortDirection.ASC : SortDirection.DESC);
  const byId: KeysetOrderKey<MemberEntity> = {
    expression: 'member.id',
    direction: 'ASC',
    valueOf: (member) => member.id,
  };
  const computed = (expression: string, tagContext?: string): KeysetOrderKey<MemberEntity> => ({
    expression,
    direction,
    selectAs: 'order_key',
    tagContext,
    valueOf: (_member, raw) => raw['order_key'] as string | number | Date,
  });
  switch (field) {
    case MemberOrderField.RELEVANCE:
      if (!text) {
        throw BadUserInputError.field(
          'orderBy.field',
          'Ordering by relevance needs a search.',
          'needsSearch',
        );
      }
      return [
        computed(
          `round((ts_rank(member.search_vector, ${SEARCH_TSQUERY}) + word_similarity(immutable_unaccent(:searchPhrase), member.search_name))::numeric, 6)`,
          text.phrase, // a relevance cursor belongs to its search
        ),
        byId,
      ];
    case MemberOrderField.NAME:
      return [computed('member.search_name'), byId];
    case MemberOrderField.MATURITY: {
      const column = orderBy?.dimension ? current.level(orderBy.dimension) : current.overallLevel;
      return [computed(`coalesce(${column}, ${direction === SortDirection.DESC ? 0 : 6})`), byId];
    }
    case MemberOrderField.UPDATED:
      // an expression, not the bare property path: TypeORM would then read the entity's updatedAt
      // from this alias only, and answer null for it
      return [computed(`date_trunc('milliseconds', member.updatedAt)`), byId];
  }
}
