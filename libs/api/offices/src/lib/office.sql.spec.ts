import { DataSource } from 'typeorm';

import { OfficeKind, WipoRegion } from '@wild/shared/domain';

import { joinOffice, officeMatchesCondition } from './office.sql';

// the statements as TypeORM sends them (no connection is opened); apps/api/test/offices.int-spec.ts
// runs the same helpers on the migrated schema
const sql = new DataSource({ type: 'postgres' });
const membersWhere = (condition: string, parameters: Record<string, unknown>) =>
  sql
    .createQueryBuilder()
    .select('member.id')
    .from('member', 'member')
    .where(condition, parameters)
    .getQueryAndParameters();

describe('officeMatchesCondition', () => {
  it('asks the office of the given code for its region and kind, with parameters of its own', () => {
    const { condition, parameters } = officeMatchesCondition('member.office_code', {
      regions: [WipoRegion.AFRICA, WipoRegion.ARAB],
      kinds: [OfficeKind.REGIONAL],
    });
    const [query, values] = membersWhere(condition, { ...parameters, regions: ['unrelated'] });
    expect(query).toContain(
      'WHERE EXISTS (SELECT 1 FROM office filter_office WHERE filter_office.code = member.office_code' +
        ' AND filter_office.region IN ($1, $2) AND filter_office.kind IN ($3))',
    );
    expect(values).toEqual(['AFRICA', 'ARAB', 'REGIONAL']);
  });

  it('asks nothing of a list left out or empty', () => {
    const { condition, parameters } = officeMatchesCondition('member.office_code', {
      regions: [],
      kinds: null,
    });
    expect(condition).toBe(
      'EXISTS (SELECT 1 FROM office filter_office WHERE filter_office.code = member.office_code)',
    );
    expect(parameters).toEqual({});
  });

  it('keeps its own alias, so a caller’s `office` is not shadowed', () => {
    const { condition } = officeMatchesCondition('office.code', { kinds: [OfficeKind.IGO] });
    expect(condition).toContain('filter_office.code = office.code');
  });
});

describe('joinOffice', () => {
  it('joins the office of a code under an alias, with the columns others group by', () => {
    expect(joinOffice('matched.office_code')).toEqual({
      join: 'JOIN office office ON office.code = matched.office_code',
      region: 'office.region',
      kind: 'office.kind',
    });
    expect(joinOffice('current.office_code', 'seat').region).toBe('seat.region');
  });
});
