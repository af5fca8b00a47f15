import type { AuditLogFilterInput } from '../../gql/graphql';

/*
 * The address of the audit log page, so that a filtered view can be shared and survives a reload:
 *   entity=office  entityId=FR  actor=<account id>  from=2026-11-01  to=2026-11-30
 * `from` and `to` are days of the browser's calendar, both included: the API's `to` is an
 * exclusive moment, so `to` asks for the midnight that ends that day.
 */

export const AUDIT_FILTER_PARAMS = ['entity', 'entityId', 'actor', 'from', 'to'] as const;
export type AuditFilterParam = (typeof AUDIT_FILTER_PARAMS)[number];
export type AuditFilterValues = Record<AuditFilterParam, string>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local midnight that starts `day` (YYYY-MM-DD), `plusDays` later; null when not a day. */
export function startOfDay(day: string, plusDays = 0): Date | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = new Date(year, month - 1, date + plusDays);
  // 2026-02-31 is no day
  const check = new Date(year, month - 1, date);
  if (check.getFullYear() !== year || check.getMonth() !== month - 1 || check.getDate() !== date)
    return null;
  return start;
}

export function valuesOf(params: URLSearchParams): AuditFilterValues {
  const values = {} as Record<AuditFilterParam, string>;
  for (const name of AUDIT_FILTER_PARAMS) values[name] = params.get(name)?.trim() ?? '';
  return values;
}

/** What the API is asked: the address's filters (a day that is no day is left out). */
export function filterOf(values: AuditFilterValues): AuditLogFilterInput {
  const filter: AuditLogFilterInput = {};
  if (values.entity) filter.entity = values.entity;
  if (values.entityId) filter.entityId = values.entityId;
  if (values.actor) filter.actor = values.actor;
  const from = startOfDay(values.from);
  if (from) filter.from = from.toISOString();
  const to = startOfDay(values.to, 1);
  if (to) filter.to = to.toISOString();
  return filter;
}

export function hasFilters(values: AuditFilterValues): boolean {
  return AUDIT_FILTER_PARAMS.some((name) => values[name] !== '');
}

/** The address's query string for these values (empty ones left out). */
export function searchOf(values: Partial<AuditFilterValues>): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of AUDIT_FILTER_PARAMS) {
    const value = values[name]?.trim();
    if (value) params.set(name, value);
  }
  return params;
}
