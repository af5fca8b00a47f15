import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, SelectQueryBuilder } from 'typeorm';

import type { AuthenticatedAccount } from '@wild/api/auth';
import { BadUserInputError, KeysetOrderKey, readPage } from '@wild/api/core';
import {
  AdoptionStatus,
  adoptsStandardCondition,
  CurrentAssessment,
  currentMaturitySql,
  hasOfferCondition,
  hasVisibleNeedCondition,
  joinOffers,
  joinStandardAdoptions,
  joinVisibleNeeds,
  MaturityAssessmentsService,
  needsVisibilityScope,
} from '@wild/api/maturity';
import { OfficeEntity } from '@wild/api/offices';
import {
  CONTENT_LANGUAGES,
  ContentLanguage,
  MATURITY_DIMENSIONS,
  MaturityDimension,
} from '@wild/shared/domain';
import { normalizeWipoStandard } from '@wild/shared/reference-data';

import { DirectoryCache } from '../directory-cache';
import { DirectoryPage, facetSelect, FacetValueModel, SortDirection } from '../facets';
import { countryCodes, languageCodes } from '../filter-codes';
import { parseSearchText, SEARCH_TSQUERY, searchCondition, SearchText } from '../search-text';
import {
  LevelRangeInput,
  OfficeFacetField,
  OfficeFilterInput,
  OfficeOrderField,
  OfficeOrderInput,
  OfficeSearchArgs,
} from './office-search.inputs';

type Viewer = Pick<AuthenticatedAccount, 'role' | 'officeCode'>;

/** A page of offices with the current assessments of its offices. */
export interface OfficePage extends DirectoryPage<OfficeEntity, OfficeFacetField> {
  readonly current: readonly CurrentAssessment[];
  readonly withoutAssessment: readonly string[];
}

/** Facets computed when the caller names none. */
export const DEFAULT_OFFICE_FACETS = [
  OfficeFacetField.REGION,
  OfficeFacetField.KIND,
  OfficeFacetField.LANGUAGE,
  OfficeFacetField.GROUP,
  OfficeFacetField.OVERALL_LEVEL,
  OfficeFacetField.NEED,
  OfficeFacetField.OFFER,
];

const ADOPTED = [AdoptionStatus.COMPLETE, AdoptionStatus.PARTIAL];

/**
 * The language whose names the NAME order sorts by: the first of the caller's languages
 * (`Accept-Language`, most preferred first) that has sort keys (`office.sort_name_<language>`,
 * the interface languages), else English. An office without a name in it sorts, as it shows,
 * by its English name.
 */
export function nameSortLanguage(languages: readonly string[]): ContentLanguage {
  return (
    languages.find((language): language is ContentLanguage =>
      (CONTENT_LANGUAGES as readonly string[]).includes(language),
    ) ?? 'en'
  );
}

/** Each office's current maturity, joined as `current` (maturity owns the table). */
const current = currentMaturitySql('current');

/** The column of `matched` (the aggregate's matching offices) with the current level in a dimension. */
const matchedLevel = (dimension: MaturityDimension) => `level_${dimension.toLowerCase()}`;

/**
 * The office directory: filters, text search, orders and facets over offices, each a clause of
 * one SQL statement (the page) and one more (total and facets), whatever the page size.
 */
@Injectable()
export class OfficeSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: DirectoryCache,
    private readonly assessments: MaturityAssessmentsService,
  ) {}

  /**
   * A page of offices, kept (with its total and facets) until the directory changes. `languages`
   * are the caller's (`Accept-Language`): the NAME order sorts by the names in the first one that
   * has sort keys, and the kept result is keyed by that language too.
   */
  search(
    viewer: Viewer,
    args: OfficeSearchArgs,
    languages: readonly string[],
  ): Promise<OfficePage> {
    // only which needs are seen depends on the caller
    const scope = needsVisibilityScope(viewer);
    const { filter, orderBy, first, after } = args;
    const language = nameSortLanguage(languages);
    const key = { filter, orderBy, first, after, language };
    return this.cache.remember('offices', scope, key, async () => {
      const text = parseSearchText(filter?.search);
      const order = orderKeys(orderBy, text, language);
      const page = await readPage(this.matching(viewer, filter ?? {}, text), args, order);
      // read with the page and kept with it: the nodes' current maturity then costs no statement
      const codes = page.edges.map((edge) => edge.node.code);
      const current = await this.assessments.currentOf(codes);
      const assessed = new Set(current.map((entry) => entry.assessment.officeCode));
      const aggregates: DirectoryPage<OfficeEntity, OfficeFacetField>['aggregates'] =
        new DataLoader((keys: readonly ('total' | OfficeFacetField)[]) =>
          this.aggregate(viewer, filter ?? {}, text, keys).catch((error: unknown) => {
            aggregates.clearAll(); // a failure is not kept
            throw error;
          }),
        );
      return {
        ...page,
        aggregates,
        current,
        withoutAssessment: codes.filter((code) => !assessed.has(code)),
      };
    });
  }

  /**
   * The offices matching every filter, with the current maturity joined as `current`. The office's
   * own columns are named by property (TypeORM maps them through OfficeEntity); the search columns
   * are the directory's (its migrations add them); other libs' tables are read through their helpers.
   */
  private matching(
    viewer: Viewer,
    filter: OfficeFilterInput,
    text: SearchText | null,
  ): SelectQueryBuilder<OfficeEntity> {
    const query = current.leftJoin(
      this.dataSource.getRepository(OfficeEntity).createQueryBuilder('office'),
      'office.code',
    );
    if (text) {
      const { sql, parameters } = searchCondition(
        'office.search_vector',
        'office.search_names',
        text,
      );
      query
        .andWhere(sql, parameters)
        // what the relevance order reads
        .setParameters({ searchWords: text.words, searchPhrase: text.phrase });
    }
    if (filter.regions?.length)
      query.andWhere('office.region IN (:...regions)', { regions: filter.regions });
    if (filter.kinds?.length) query.andWhere('office.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.countries?.length) {
      query.andWhere('office.country IN (:...countries)', {
        countries: countryCodes('filter.countries', filter.countries),
      });
    }
    if (filter.languages?.length) {
      query.andWhere('office.languages && ARRAY[:...languages]::varchar[]', {
        languages: languageCodes('filter.languages', filter.languages),
      });
    }
    if (filter.systems?.length) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM unnest(office.businessSystems) AS system WHERE lower(system) IN (:...systems))',
        { systems: filter.systems.map((system) => system.trim().toLowerCase()) },
      );
    }
    filter.standards?.forEach((entry, index) => {
      const standard = normalizeWipoStandard(entry.standard);
      if (!standard) {
        throw BadUserInputError.field(
          'filter.standards',
          `“${entry.standard}” is not a WIPO standard of the CWS list (such as ST.26 or ST.96).`,
          'unknownCode',
          { list: 'standard', values: [entry.standard] },
        );
      }
      const statuses = entry.statuses?.length ? entry.statuses : ADOPTED;
      const adopted = adoptsStandardCondition('office.code', standard, statuses, String(index));
      query.andWhere(adopted.condition, adopted.parameters);
    });
    filter.maturity?.forEach((entry, index) =>
      levelBetween(query, current.level(entry.dimension), entry, `maturity.${index}`),
    );
    if (filter.overallLevel) {
      levelBetween(query, current.overallLevel, filter.overallLevel, 'overallLevel');
    }
    if (filter.groups?.length)
      query.andWhere(`${current.group} IN (:...groups)`, { groups: filter.groups });
    if (filter.needs?.length) {
      const needs = hasVisibleNeedCondition(viewer, 'office.code', filter.needs);
      query.andWhere(needs.condition, needs.parameters);
    }
    if (filter.offers?.length) {
      const offers = hasOfferCondition('office.code', filter.offers);
      query.andWhere(offers.condition, offers.parameters);
    }
    return query;
  }

  /** `totalCount` and the facets asked for, in one statement over the matching offices. */
  private async aggregate(
    viewer: Viewer,
    filter: OfficeFilterInput,
    text: SearchText | null,
    keys: readonly ('total' | OfficeFacetField)[],
  ): Promise<(number | FacetValueModel[])[]> {
    // the matching offices once, with the columns the facets count: no facet reads office again
    const matched = this.matching(viewer, filter, text)
      .select('office.code', 'code')
      .addSelect('office.region', 'region')
      .addSelect('office.kind', 'kind')
      .addSelect('office.country', 'country')
      .addSelect('office.languages', 'languages')
      .addSelect('office.businessSystems', 'business_systems')
      .addSelect(current.group, 'maturity_group')
      .addSelect(current.overallLevel, 'overall_level');
    for (const dimension of MATURITY_DIMENSIONS) {
      matched.addSelect(current.level(dimension), matchedLevel(dimension));
    }
    const needs = joinVisibleNeeds(viewer, 'matched.code');
    const query = this.dataSource
      .createQueryBuilder()
      .addCommonTableExpression(matched, 'matched')
      .from('matched', 'matched')
      .select('count(*)::int', 'total')
      .setParameters(needs.parameters);
    const facets = keys.filter((key): key is OfficeFacetField => key !== 'total');
    for (const field of facets) query.addSelect(facetSql(field, needs), field);
    const row: Record<string, unknown> = (await query.getRawOne()) ?? {};
    return keys.map((key) =>
      key === 'total' ? Number(row['total']) : (row[key] as FacetValueModel[]),
    );
  }
}

/** `min ≤ level ≤ max`; an unknown level never matches a range. */
function levelBetween(
  query: SelectQueryBuilder<OfficeEntity>,
  column: string,
  range: LevelRangeInput,
  field: string,
): void {
  const min = range.min ?? 1;
  const max = range.max ?? 5;
  if (min > max) {
    throw BadUserInputError.field(
      `filter.${field}`,
      `min (${min}) is above max (${max}).`,
      'rangeInverted',
      { min, max },
    );
  }
  const name = field.replace(/\W/g, '_');
  query.andWhere(`${column} BETWEEN :${name}_min AND :${name}_max`, {
    [`${name}_min`]: min,
    [`${name}_max`]: max,
  });
}

/** A facet's select over `matched`; `needs` are the needs the caller may see of each office. */
function facetSql(field: OfficeFacetField, needs: { join: string; dimension: string }): string {
  switch (field) {
    case OfficeFacetField.REGION:
      return facetSelect('FROM matched', 'region');
    case OfficeFacetField.KIND:
      return facetSelect('FROM matched', 'kind');
    case OfficeFacetField.COUNTRY:
      return facetSelect('FROM matched', 'country');
    case OfficeFacetField.LANGUAGE:
      return facetSelect(
        'FROM matched CROSS JOIN LATERAL unnest(languages) AS language',
        'language::text',
      );
    case OfficeFacetField.SYSTEM:
      return facetSelect(
        'FROM matched CROSS JOIN LATERAL unnest(business_systems) AS system',
        'system::text',
      );
    case OfficeFacetField.GROUP:
      return facetSelect('FROM matched', 'maturity_group::text');
    case OfficeFacetField.OVERALL_LEVEL:
      return facetSelect('FROM matched', 'overall_level::text');
    case OfficeFacetField.NEED:
      return facetSelect(`FROM matched ${needs.join}`, `${needs.dimension}::text`);
    case OfficeFacetField.OFFER: {
      const offers = joinOffers('matched.code');
      return facetSelect(`FROM matched ${offers.join}`, `${offers.dimension}::text`);
    }
    case OfficeFacetField.STANDARD: {
      const adoptions = joinStandardAdoptions('matched.code');
      return facetSelect(`FROM matched ${adoptions.join}`, `${adoptions.label}::text`);
    }
    default: {
      const dimension = field.slice('MATURITY_'.length) as MaturityDimension;
      if (!MATURITY_DIMENSIONS.includes(dimension)) throw new Error(`Unknown facet ${field}.`);
      return facetSelect('FROM matched', `${matchedLevel(dimension)}::text`);
    }
  }
}

/** The keyset order of the page; every order ends on the office code, so it is total. */
function orderKeys(
  orderBy: OfficeOrderInput | null | undefined,
  text: SearchText | null,
  language: ContentLanguage,
): KeysetOrderKey<OfficeEntity>[] {
  const field = orderBy?.field ?? (text ? OfficeOrderField.RELEVANCE : OfficeOrderField.NAME);
  const direction =
    orderBy?.direction ??
    (field === OfficeOrderField.NAME ? SortDirection.ASC : SortDirection.DESC);
  const byCode: KeysetOrderKey<OfficeEntity> = {
    expression: 'office.code',
    direction: 'ASC',
    valueOf: (office) => office.code,
  };
  const computed = (expression: string, tagContext?: string): KeysetOrderKey<OfficeEntity> => ({
    expression,
    direction,
    selectAs: 'order_key',
    tagContext,
    valueOf: (_office, raw) => raw['order_key'] as string | number | Date,
  });
  switch (field) {
    case OfficeOrderField.RELEVANCE:
      if (!text) {
        throw BadUserInputError.field(
          'orderBy.field',
          'Ordering by relevance needs a search.',
          'needsSearch',
        );
      }
      return [
        computed(
          `round((ts_rank(office.search_vector, ${SEARCH_TSQUERY}) + word_similarity(immutable_unaccent(:searchPhrase), office.search_names))::numeric, 6)`,
          text.phrase, // a relevance cursor belongs to its search
        ),
        byCode,
      ];
    case OfficeOrderField.NAME:
      // the column is in the cursor's tag: a cursor of another language's order is refused
      return [computed(`office.sort_name_${language}`), byCode];
    case OfficeOrderField.MATURITY: {
      const column = orderBy?.dimension ? current.level(orderBy.dimension) : current.overallLevel;
      // unknown levels last, in either direction
      return [computed(`coalesce(${column}, ${direction === SortDirection.DESC ? 0 : 6})`), byCode];
    }
    case OfficeOrderField.UPDATED:
      return [computed(`date_trunc('milliseconds', office.updatedAt)`), byCode];
  }
}
