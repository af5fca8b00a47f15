import { Injectable } from '@nestjs/common';
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { Seed, Seeder } from '@wild/api/database';
import {
  DERIVED_LEVELS_VERSION,
  MATURITY_DIMENSIONS,
  MaturityDimension,
  maturityGroup,
  overallLevel,
} from '@wild/shared/domain';

/** The column of `office_current_maturity` that holds a dimension's current level. */
export function currentLevelColumn(dimension: MaturityDimension): string {
  return dimension.toLowerCase();
}

/** `office_current_maturity` under an alias, as SQL: see {@link currentMaturitySql}. */
export interface CurrentMaturitySql {
  /**
   * Left-joins each office's current maturity onto `query`, by `officeCode` (an SQL expression,
   * such as `office.code`): an office without a current assessment keeps its row, with nulls.
   */
  leftJoin<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    officeCode: string,
  ): SelectQueryBuilder<T>;
  /** Overall level (1–5, null when fewer than six levels are known). */
  readonly overallLevel: string;
  /** A–D group (null when unknown). */
  readonly group: string;
  /** The current level in a dimension (null: unknown). */
  level(dimension: MaturityDimension): string;
}

/**
 * How later libs (the directory) read each office's current maturity, which this file keeps: the
 * table and its columns under `alias`, as SQL expressions, written once beside the refresh that
 * writes them, so a renamed column fails in maturity's suite (demo-maturity.int-spec.ts runs them
 * on the migrated schema and compares them with the current assessments' levels).
 */
export function currentMaturitySql(alias = 'current'): CurrentMaturitySql {
  return {
    leftJoin: (query, officeCode) =>
      query.leftJoin('office_current_maturity', alias, `${alias}.office_code = ${officeCode}`),
    overallLevel: `${alias}.overall_level`,
    group: `${alias}.maturity_group`,
    level: (dimension) => `${alias}.${currentLevelColumn(dimension)}`,
  };
}

const COLUMNS = [
  'office_code',
  'assessment_id',
  'submitted_at',
  'overall_level',
  'maturity_group',
  'formula_version',
  ...MATURITY_DIMENSIONS.map(currentLevelColumn),
];

interface CurrentRow {
  office_code: string;
  id: string;
  submitted_at: Date;
  levels: Partial<Record<MaturityDimension, number | null>>;
}

/**
 * Brings `office_current_maturity` (what the directory filters, counts and orders by) up to date
 * from the offices' newest submitted assessments: for the given offices, or for every office whose
 * row is missing, behind, or computed by other formulas. Overall level and group come from the
 * domain's formulas.
 */
export async function refreshCurrentMaturity(
  manager: EntityManager,
  officeCodes?: readonly string[],
): Promise<number> {
  const rows: CurrentRow[] = await manager.query(
    `
    WITH current_assessment AS (
      SELECT DISTINCT ON (assessment.office_code)
        assessment.office_code, assessment.id, assessment.submitted_at
      FROM maturity_assessment assessment
      WHERE assessment.status = 'SUBMITTED'
        AND ($1::varchar[] IS NULL OR assessment.office_code = ANY($1::varchar[]))
      ORDER BY assessment.office_code, assessment.submitted_at DESC, assessment.id DESC
    )
    SELECT current_assessment.*,
      (SELECT coalesce(json_object_agg(level.dimension, level.level), '{}')
       FROM maturity_assessment_level level WHERE level.assessment_id = current_assessment.id) AS levels
    FROM current_assessment
    WHERE $1::varchar[] IS NOT NULL OR NOT EXISTS (
      SELECT 1 FROM office_current_maturity kept
      WHERE kept.office_code = current_assessment.office_code
        AND kept.assessment_id = current_assessment.id
        AND kept.formula_version = $2)`,
    [officeCodes ? [...officeCodes] : null, DERIVED_LEVELS_VERSION],
  );
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const levels = MATURITY_DIMENSIONS.map((dimension) => row.levels[dimension] ?? null);
      const tuple = [
        row.office_code,
        row.id,
        row.submitted_at,
        overallLevel(levels),
        maturityGroup(levels),
        DERIVED_LEVELS_VERSION,
        ...levels,
      ];
      values.push(...tuple);
      const offset = values.length - tuple.length;
      return `(${tuple.map((_, index) => `$${offset + index + 1}`).join(', ')})`;
    });
    await manager.query(
      `INSERT INTO office_current_maturity (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}
       ON CONFLICT (office_code) DO UPDATE SET ${COLUMNS.slice(1)
         .map((column) => `${column} = EXCLUDED.${column}`)
         .join(', ')}
       -- never back to an older assessment: two submissions at once each read without the other
       WHERE (office_current_maturity.submitted_at, office_current_maturity.assessment_id)
          <= (EXCLUDED.submitted_at, EXCLUDED.assessment_id)`,
      values,
    );
  }
  return rows.length;
}

/**
 * At every start: rows missing or behind (a database upgraded from before the table existed, or
 * assessments written straight into the database, as the benchmark does), or computed by formulas
 * of another DERIVED_LEVELS_VERSION, are brought up to date.
 */
@Injectable()
@Seed({ name: 'current maturity of offices', order: 50, kind: 'reference' })
export class CurrentMaturitySeeder implements Seeder {
  async seed(manager: EntityManager): Promise<void> {
    const refreshed = await refreshCurrentMaturity(manager);
    // after a large fill the planner's statistics of the table are stale until autovacuum runs
    if (refreshed > 1000) await manager.query(`ANALYZE office_current_maturity`);
  }
}
