import { DataSource } from 'typeorm';

import { AdoptionStatus } from './standard-adoption.entity';
import { adoptsStandardCondition, joinStandardAdoptions } from './standard-adoption.sql';

// the statements as TypeORM sends them (no connection is opened);
// apps/api/test/demo-maturity.int-spec.ts runs the same helpers on the migrated schema
const sql = new DataSource({ type: 'postgres' });

describe('adoptsStandardCondition', () => {
  it('asks for one standard at some statuses, with parameters named after its key', () => {
    const first = adoptsStandardCondition('office.code', 'ST.26', [AdoptionStatus.COMPLETE], '0');
    const second = adoptsStandardCondition(
      'office.code',
      'ST.96',
      [AdoptionStatus.COMPLETE, AdoptionStatus.PARTIAL],
      '1',
    );
    const [query, values] = sql
      .createQueryBuilder()
      .select('office.code')
      .from('office', 'office')
      .where(first.condition, first.parameters)
      .andWhere(second.condition, second.parameters)
      .getQueryAndParameters();
    expect(query.replace(/\s+/g, ' ')).toContain(
      'EXISTS (SELECT 1 FROM standard_adoption adoption WHERE adoption.office_code = office.code' +
        ' AND adoption.standard = $1 AND adoption.status IN ($2))',
    );
    expect(query.replace(/\s+/g, ' ')).toContain(
      'adoption.standard = $3 AND adoption.status IN ($4, $5))',
    );
    expect(values).toEqual(['ST.26', 'COMPLETE', 'ST.96', 'COMPLETE', 'PARTIAL']);
  });
});

describe('joinStandardAdoptions', () => {
  it('joins the adoptions of an office, labelled `ST.26 COMPLETE`', () => {
    expect(joinStandardAdoptions('matched.code')).toEqual({
      join: 'JOIN standard_adoption adoption ON adoption.office_code = matched.code',
      label: `(adoption.standard || ' ' || adoption.status)`,
    });
  });
});
