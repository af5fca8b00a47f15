/*
 * What later libs (the directory) read of `member_expertise` in their own SQL, written once here
 * beside the entity: a renamed column fails in members' suite (apps/api/test/members.int-spec.ts
 * runs these on the migrated schema), not in another lib's.
 */

/**
 * The member `memberId` (an SQL expression, such as `member.id`) has expertise in `area` (an
 * expertise area code) at `minLevel` or above (1 familiar · 2 practitioner · 3 expert). An EXISTS
 * condition, with its parameters named after `key` (unique within the query: one per area asked).
 */
export function hasExpertiseCondition(
  memberId: string,
  area: string,
  minLevel: number,
  key: string,
): { condition: string; parameters: Record<string, unknown> } {
  const areaParameter = `expertiseArea_${key}`;
  const levelParameter = `expertiseLevel_${key}`;
  return {
    condition: `EXISTS (SELECT 1 FROM member_expertise expertise WHERE expertise.member_id = ${memberId}
      AND expertise.area = :${areaParameter} AND expertise.level >= :${levelParameter})`,
    parameters: { [areaParameter]: area, [levelParameter]: minLevel },
  };
}

/**
 * The expertise of the member `memberId` (an SQL expression) as rows named `alias`: `join` (a
 * JOIN clause) and `area`, the area's code.
 */
export function joinMemberExpertise(
  memberId: string,
  alias = 'expertise',
): { join: string; area: string } {
  return {
    join: `JOIN member_expertise ${alias} ON ${alias}.member_id = ${memberId}`,
    area: `${alias}.area`,
  };
}
