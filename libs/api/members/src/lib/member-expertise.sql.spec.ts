import { DataSource } from 'typeorm';

import { hasExpertiseCondition, joinMemberExpertise } from './member-expertise.sql';

// the statements as TypeORM sends them (no connection is opened); apps/api/test/members.int-spec.ts
// runs the same helpers on the migrated schema
const sql = new DataSource({ type: 'postgres' });

describe('hasExpertiseCondition', () => {
  it('asks for an area at a level or above, with parameters named after its key', () => {
    const first = hasExpertiseCondition('member.id', 'DEVOPS', 2, '0');
    const second = hasExpertiseCondition('member.id', 'AI_ML', 1, '1');
    const [query, values] = sql
      .createQueryBuilder()
      .select('member.id')
      .from('member', 'member')
      .where(first.condition, first.parameters)
      .andWhere(second.condition, second.parameters)
      .getQueryAndParameters();
    expect(query.replace(/\s+/g, ' ')).toContain(
      'EXISTS (SELECT 1 FROM member_expertise expertise WHERE expertise.member_id = member.id' +
        ' AND expertise.area = $1 AND expertise.level >= $2)',
    );
    expect(values).toEqual(['DEVOPS', 2, 'AI_ML', 1]);
  });
});

describe('joinMemberExpertise', () => {
  it('joins the expertise of a member under an alias', () => {
    expect(joinMemberExpertise('matched.id')).toEqual({
      join: 'JOIN member_expertise expertise ON expertise.member_id = matched.id',
      area: 'expertise.area',
    });
  });
});
