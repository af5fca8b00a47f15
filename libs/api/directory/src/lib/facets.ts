import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import DataLoader from 'dataloader';

import { PageInfo } from '@wild/api/core';

/** Direction of a list order; each order field has its own default. */
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@ObjectType('FacetValue')
export class FacetValueModel {
  @Field(() => String, {
    nullable: true,
    description: 'The value; null for unknown (no level, no assessment, no value).',
  })
  value!: string | null;

  @Field(() => Int, { description: 'How many results have it, with every filter applied.' })
  count!: number;
}

/** A facet as the SQL returns it. */
export interface FacetCounts<F extends string> {
  readonly field: F;
  readonly values: FacetValueModel[];
}

/**
 * The page of a directory list, with its totals and facets still to come: they are asked for
 * through one DataLoader, so `totalCount` and every facet requested cost one SQL statement together.
 */
export interface DirectoryPage<T, F extends string> {
  readonly edges: { cursor: string; node: T }[];
  readonly pageInfo: PageInfo;
  /** Keys: `total`, or a facet field. */
  readonly aggregates: DataLoader<'total' | F, number | FacetValueModel[]>;
}

/** One SQL select per facet: its values and counts as a JSON array, most frequent first. */
export function facetSelect(source: string, value: string, countExpression = 'count(*)'): string {
  return `(SELECT coalesce(json_agg(json_build_object('value', facet.value, 'count', facet.count)
      ORDER BY facet.count DESC, facet.value NULLS LAST), '[]')
    FROM (SELECT ${value} AS value, ${countExpression}::int AS count ${source} GROUP BY 1) facet)`;
}

/** The facets asked for (or the defaults), each once, from the page's shared aggregates. */
export async function facetsOf<T, F extends string>(
  page: DirectoryPage<T, F>,
  fields: readonly F[] | null | undefined,
  defaults: readonly F[],
): Promise<FacetCounts<F>[]> {
  const wanted = [...new Set(fields?.length ? fields : defaults)];
  const values = await page.aggregates.loadMany(wanted);
  return wanted.map((field, index) => {
    const counts = values[index];
    if (counts instanceof Error) throw counts;
    return { field, values: counts as FacetValueModel[] };
  });
}
