import { DataSource } from 'typeorm';

import { MaturityDimension, Role } from '@wild/shared/domain';

import {
  hasOfferCondition,
  hasVisibleNeedCondition,
  joinOffers,
  joinVisibleNeeds,
} from './office-need-offer.sql';

// the statements as TypeORM sends them (no connection is opened);
// apps/api/test/needs-offers.int-spec.ts runs the same helpers on the migrated schema
const sql = new DataSource({ type: 'postgres' });
const officesWhere = (condition: string, parameters: Record<string, unknown>) => {
  const [query, values] = sql
    .createQueryBuilder()
    .select('office.code')
    .from('office', 'office')
    .where(condition, parameters)
    .getQueryAndParameters();
  return [query.replace(/\s+/g, ' '), values] as const;
};
const japan = { role: Role.MEMBER, officeCode: 'JP' };
const broker = { role: Role.BROKER, officeCode: 'WO' };

describe('hasVisibleNeedCondition', () => {
  it('asks for a need in the dimensions that the viewer may see', () => {
    const { condition, parameters } = hasVisibleNeedCondition(japan, 'office.code', [
      MaturityDimension.SECURITY,
      MaturityDimension.DATA,
    ]);
    expect(officesWhere(condition, parameters)).toEqual([
      expect.stringContaining(
        'EXISTS (SELECT 1 FROM office_need need WHERE need.office_code = office.code' +
          ' AND need.dimension IN ($1, $2) AND (need.confidential = false OR need.office_code = $3))',
      ),
      ['SECURITY', 'DATA', 'JP'],
    ]);
  });

  it('lets the International Bureau see every need', () => {
    const { condition, parameters } = hasVisibleNeedCondition(broker, 'office.code', [
      MaturityDimension.SECURITY,
    ]);
    expect(officesWhere(condition, parameters)[0]).toContain('need.dimension IN ($1) AND TRUE)');
  });
});

describe('hasOfferCondition', () => {
  it('asks for an offer in the dimensions, for every viewer', () => {
    const { condition, parameters } = hasOfferCondition('office.code', [MaturityDimension.INTEROP]);
    expect(officesWhere(condition, parameters)).toEqual([
      expect.stringContaining(
        'EXISTS (SELECT 1 FROM office_offer offer WHERE offer.office_code = office.code' +
          ' AND offer.dimension IN ($1))',
      ),
      ['INTEROP'],
    ]);
  });
});

describe('joinVisibleNeeds and joinOffers', () => {
  it('join only the needs the viewer may see, and every offer', () => {
    expect(joinVisibleNeeds(japan, 'matched.code')).toEqual({
      join:
        'JOIN office_need need ON need.office_code = matched.code' +
        ' AND (need.confidential = false OR need.office_code = :needViewerOffice)',
      dimension: 'need.dimension',
      parameters: { needViewerOffice: 'JP' },
    });
    expect(joinVisibleNeeds(broker, 'matched.code', 'wanted')).toEqual({
      join: 'JOIN office_need wanted ON wanted.office_code = matched.code AND TRUE',
      dimension: 'wanted.dimension',
      parameters: {},
    });
    expect(joinOffers('matched.code')).toEqual({
      join: 'JOIN office_offer offer ON offer.office_code = matched.code',
      dimension: 'offer.dimension',
    });
  });
});
