import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offices' dated self-assessments against a model version: a level (or unknown) and evidence per
 * dimension. Submitted ones are history (the newest is current); one draft per office at most.
 */
export class CreateMaturityAssessments1795502000000 implements MigrationInterface {
  name = 'CreateMaturityAssessments1795502000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE maturity_assessment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        office_code varchar(8) NOT NULL,
        model_version integer NOT NULL,
        status varchar(12) NOT NULL,
        submitted_at timestamptz(3),
        submitted_by_id uuid,
        validated_at timestamptz(3),
        validated_by_id uuid,
        illustrative boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_maturity_assessment PRIMARY KEY (id),
        CONSTRAINT fk_maturity_assessment_office FOREIGN KEY (office_code) REFERENCES office (code),
        CONSTRAINT fk_maturity_assessment_model FOREIGN KEY (model_version) REFERENCES maturity_model (version),
        CONSTRAINT fk_maturity_assessment_submitted_by FOREIGN KEY (submitted_by_id) REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT fk_maturity_assessment_validated_by FOREIGN KEY (validated_by_id) REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT chk_maturity_assessment_status CHECK (status IN ('DRAFT', 'SUBMITTED')),
        CONSTRAINT chk_maturity_assessment_submitted CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL))
      )`);
    await db.query(
      `CREATE UNIQUE INDEX uq_maturity_assessment_draft ON maturity_assessment (office_code) WHERE status = 'DRAFT'`,
    );
    await db.query(
      `CREATE INDEX idx_maturity_assessment_history ON maturity_assessment (office_code, submitted_at DESC, id DESC) WHERE status = 'SUBMITTED'`,
    );
    await db.query(`
      CREATE TABLE maturity_assessment_level (
        assessment_id uuid NOT NULL,
        dimension varchar(16) NOT NULL,
        level smallint,
        evidence text,
        CONSTRAINT pk_maturity_assessment_level PRIMARY KEY (assessment_id, dimension),
        CONSTRAINT fk_maturity_assessment_level_assessment FOREIGN KEY (assessment_id) REFERENCES maturity_assessment (id) ON DELETE CASCADE,
        CONSTRAINT chk_maturity_assessment_level_dimension CHECK (dimension IN ('STRATEGY', 'DATA', 'SECURITY',
          'CORE_SYSTEMS', 'SERVICES', 'INTEROP', 'INFRA', 'EMERGING', 'PEOPLE', 'COOPERATION')),
        CONSTRAINT chk_maturity_assessment_level_level CHECK (level IS NULL OR level BETWEEN 1 AND 5)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE maturity_assessment_level`);
    await db.query(`DROP TABLE maturity_assessment`);
  }
}
