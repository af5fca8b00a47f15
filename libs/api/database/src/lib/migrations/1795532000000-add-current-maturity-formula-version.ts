import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `office_current_maturity.formula_version`: the version of the formulas (DERIVED_LEVELS_VERSION
 * of the domain) that computed a row's overall level and group, so that a change of formula has
 * every row recomputed at the next start. The rows so far were computed by version 1.
 */
export class AddCurrentMaturityFormulaVersion1795532000000 implements MigrationInterface {
  name = 'AddCurrentMaturityFormulaVersion1795532000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE office_current_maturity ADD COLUMN formula_version smallint NOT NULL DEFAULT 1`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE office_current_maturity DROP COLUMN formula_version`);
  }
}
