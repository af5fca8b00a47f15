import type { FacetValues } from './directory.graphql';

interface Facet {
  readonly field: string;
  readonly values: FacetValues;
}

/** Counts by value of one facet field (unknown values, `null`, left out). */
export type Counts = ReadonlyMap<string, number>;

/** None before the first answer: then options show no count rather than a false zero. */
export function countsOf(facets: readonly Facet[] | undefined, field: string): Counts | undefined {
  if (!facets) return undefined;
  const counts = new Map<string, number>();
  for (const { value, count } of facets?.find((facet) => facet.field === field)?.values ?? [])
    if (value !== null) counts.set(value, count);
  return counts;
}

/**
 * The options of a list filter: the values the facet counts, most frequent first, then those
 * chosen that it does not count (a value from a shared link, say), so a choice never vanishes.
 */
export function optionValues(counts: Counts | undefined, selected: readonly string[]): string[] {
  const counted = [...(counts ?? new Map<string, number>()).entries()]
    .filter(([, count]) => count > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([value]) => value);
  return [...counted, ...selected.filter((value) => !counts?.get(value))];
}

/**
 * `STANDARD` counts read `ST.26 COMPLETE`; an office adopts a standard once, so a standard's
 * count under the statuses asked is the sum of its counts under each.
 */
export function standardCounts(
  counts: Counts | undefined,
  statuses: readonly string[],
): Counts | undefined {
  if (!counts) return undefined;
  const wanted = statuses.length > 0 ? statuses : ['COMPLETE', 'PARTIAL'];
  const byStandard = new Map<string, number>();
  for (const [value, count] of counts) {
    const [standard, status] = value.split(' ');
    if (!standard || !status || !wanted.includes(status)) continue;
    byStandard.set(standard, (byStandard.get(standard) ?? 0) + count);
  }
  return byStandard;
}

/**
 * The field error of one filter: the API names fields by path (`filter.maturity.0.min`);
 * `path` matches itself and anything below it.
 */
export function fieldError(
  fields: Readonly<Record<string, string>> | undefined,
  path: string,
): string | undefined {
  if (!fields) return undefined;
  const key = Object.keys(fields).find((field) => field === path || field.startsWith(`${path}.`));
  return key === undefined ? undefined : fields[key];
}

/** The count of an option: none while there are no counts yet, else zero when not counted. */
export const countOf = (counts: Counts | undefined, value: string): number | undefined =>
  counts ? (counts.get(value) ?? 0) : undefined;
