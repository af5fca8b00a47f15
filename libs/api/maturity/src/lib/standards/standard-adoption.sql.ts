import { AdoptionStatus } from './standard-adoption.entity';

/*
 * What later libs (the directory) read of `standard_adoption` in their own SQL, written once here
 * beside the entity: a renamed column fails in maturity's suite (demo-maturity.int-spec.ts runs
 * these on the migrated schema and compares them with the entity's rows), not in another lib's.
 */

/**
 * The office `officeCode` (an SQL expression, such as `office.code`) has adopted `standard` (a
 * normalised CWS code, `ST.26`) with one of `statuses`. An EXISTS condition, with its parameters
 * named after `key` (unique within the query: one per standard asked).
 */
export function adoptsStandardCondition(
  officeCode: string,
  standard: string,
  statuses: readonly AdoptionStatus[],
  key: string,
): { condition: string; parameters: Record<string, unknown> } {
  const standardParameter = `adoptedStandard_${key}`;
  const statusesParameter = `adoptedStatuses_${key}`;
  return {
    condition: `EXISTS (SELECT 1 FROM standard_adoption adoption WHERE adoption.office_code = ${officeCode}
      AND adoption.standard = :${standardParameter} AND adoption.status IN (:...${statusesParameter}))`,
    parameters: { [standardParameter]: standard, [statusesParameter]: [...statuses] },
  };
}

/**
 * The adoptions of the office `officeCode` (an SQL expression) as rows named `alias`: `join` (a
 * JOIN clause) and `label`, one adoption as text (`ST.26 COMPLETE`).
 */
export function joinStandardAdoptions(
  officeCode: string,
  alias = 'adoption',
): { join: string; label: string } {
  return {
    join: `JOIN standard_adoption ${alias} ON ${alias}.office_code = ${officeCode}`,
    label: `(${alias}.standard || ' ' || ${alias}.status)`,
  };
}
