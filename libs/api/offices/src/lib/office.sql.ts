import { EntityManager } from 'typeorm';

import type { OfficeKind, WipoRegion } from '@wild/shared/domain';

import { OfficeEntity } from './office.entity';

/*
 * What later libs read of the `office` table in their own SQL (the directory, the needs and offers
 * lists, the maturity benchmark), written once here beside the entity: a renamed column fails in
 * this lib's suite (apps/api/test/offices.int-spec.ts runs every helper on the migrated schema),
 * not in another lib's. The names are written by hand, as the migrations create them.
 */

/**
 * The office `officeCode` (an SQL expression, such as `member.office_code`) is in one of `regions`
 * and of one of `kinds`; a list left out or empty asks nothing. An EXISTS condition, with its
 * parameters `officeRegions` and `officeKinds`.
 */
export function officeMatchesCondition(
  officeCode: string,
  filter: {
    readonly regions?: readonly WipoRegion[] | null;
    readonly kinds?: readonly OfficeKind[] | null;
  },
): { condition: string; parameters: Record<string, unknown> } {
  // an alias of its own: the caller's `office` (if any) stays the caller's
  const conditions = [`filter_office.code = ${officeCode}`];
  const parameters: Record<string, unknown> = {};
  if (filter.regions?.length) {
    conditions.push('filter_office.region IN (:...officeRegions)');
    parameters['officeRegions'] = [...filter.regions];
  }
  if (filter.kinds?.length) {
    conditions.push('filter_office.kind IN (:...officeKinds)');
    parameters['officeKinds'] = [...filter.kinds];
  }
  return {
    condition: `EXISTS (SELECT 1 FROM office filter_office WHERE ${conditions.join(' AND ')})`,
    parameters,
  };
}

/**
 * The office of `officeCode` (an SQL expression) as rows named `alias`: `join` (a JOIN clause)
 * and the columns others group and filter by, as SQL expressions.
 */
export function joinOffice(
  officeCode: string,
  alias = 'office',
): { join: string; region: string; kind: string } {
  return {
    join: `JOIN office ${alias} ON ${alias}.code = ${officeCode}`,
    region: `${alias}.region`,
    kind: `${alias}.kind`,
  };
}

/** The codes of the offices of the network, in code order, read with `manager` (a seed's). */
export async function officeCodes(manager: EntityManager): Promise<string[]> {
  const offices = await manager.find(OfficeEntity, {
    select: { code: true },
    order: { code: 'ASC' },
  });
  return offices.map((office) => office.code);
}
