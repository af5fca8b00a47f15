import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each office's adoption of each WIPO standard, in the CWS survey's terms. */
export class CreateStandardAdoption1795505000000 implements MigrationInterface {
  name = 'CreateStandardAdoption1795505000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE standard_adoption (
        office_code varchar(8) NOT NULL,
        standard varchar(16) NOT NULL,
        status varchar(12) NOT NULL,
        planned_date date,
        comment text,
        illustrative boolean NOT NULL DEFAULT false,
        updated_by_id uuid,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_standard_adoption PRIMARY KEY (office_code, standard),
        CONSTRAINT fk_standard_adoption_office FOREIGN KEY (office_code) REFERENCES office (code),
        CONSTRAINT fk_standard_adoption_updated_by FOREIGN KEY (updated_by_id) REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT chk_standard_adoption_status CHECK (status IN ('COMPLETE', 'PARTIAL', 'NONE')),
        CONSTRAINT chk_standard_adoption_planned CHECK (status <> 'COMPLETE' OR planned_date IS NULL)
      )`);
    await db.query(
      `CREATE INDEX idx_standard_adoption_standard ON standard_adoption (standard, status)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE standard_adoption`);
  }
}
