import { DataSource } from 'typeorm';

import { MaturityDimension } from '@wild/shared/domain';

import { currentMaturitySql } from './current-maturity';

// the statements as TypeORM sends them (no connection is opened);
// apps/api/test/demo-maturity.int-spec.ts runs the same helper on the migrated schema
const sql = new DataSource({ type: 'postgres' });

describe('currentMaturitySql', () => {
  it('left-joins each office’s current maturity under an alias, and names its columns', () => {
    const current = currentMaturitySql('kept');
    const query = current
      .leftJoin(
        sql.createQueryBuilder().select('office.code').from('office', 'office'),
        'office.code',
      )
      .addSelect(current.overallLevel)
      .addSelect(current.group)
      .addSelect(current.level(MaturityDimension.CORE_SYSTEMS))
      .getQuery();
    expect(query).toContain(
      'LEFT JOIN "office_current_maturity" "kept" ON kept.office_code = office.code',
    );
    expect(query).toContain('kept.overall_level');
    expect(query).toContain('kept.maturity_group');
    expect(query).toContain('kept.core_systems');
  });

  it('is `current` by default', () => {
    expect(currentMaturitySql().level(MaturityDimension.SECURITY)).toBe('current.security');
  });
});
