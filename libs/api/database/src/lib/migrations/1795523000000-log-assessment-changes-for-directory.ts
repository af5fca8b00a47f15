import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory now keeps the current assessments of a page's offices with the page, so a change
 * to an assessment (its validation) must change the directory's version too.
 */
export class LogAssessmentChangesForDirectory1795523000000 implements MigrationInterface {
  name = 'LogAssessmentChangesForDirectory1795523000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TRIGGER trg_maturity_assessment_directory_change
        AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON maturity_assessment
        FOR EACH STATEMENT EXECUTE FUNCTION record_directory_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER trg_maturity_assessment_directory_change ON maturity_assessment`);
  }
}
