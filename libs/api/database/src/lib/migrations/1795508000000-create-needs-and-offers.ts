import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each office seeks help with (a need, possibly confidential) and can help with (an offer),
 * at most one of each per office and maturity dimension.
 */
export class CreateNeedsAndOffers1795508000000 implements MigrationInterface {
  name = 'CreateNeedsAndOffers1795508000000';

  async up(db: QueryRunner): Promise<void> {
    const dimensions = `('STRATEGY', 'DATA', 'SECURITY', 'CORE_SYSTEMS', 'SERVICES', 'INTEROP', 'INFRA', 'EMERGING', 'PEOPLE', 'COOPERATION')`;
    await db.query(`
      CREATE TABLE office_need (
        office_code varchar(8) NOT NULL,
        dimension varchar(16) NOT NULL,
        description text NOT NULL,
        confidential boolean NOT NULL DEFAULT false,
        illustrative boolean NOT NULL DEFAULT false,
        updated_by_id uuid,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_office_need PRIMARY KEY (office_code, dimension),
        CONSTRAINT fk_office_need_office FOREIGN KEY (office_code) REFERENCES office (code),
        CONSTRAINT fk_office_need_updated_by FOREIGN KEY (updated_by_id) REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT chk_office_need_dimension CHECK (dimension IN ${dimensions})
      )`);
    await db.query(
      `CREATE INDEX idx_office_need_dimension ON office_need (dimension, confidential)`,
    );
    await db.query(`
      CREATE TABLE office_offer (
        office_code varchar(8) NOT NULL,
        dimension varchar(16) NOT NULL,
        description text NOT NULL,
        illustrative boolean NOT NULL DEFAULT false,
        updated_by_id uuid,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_office_offer PRIMARY KEY (office_code, dimension),
        CONSTRAINT fk_office_offer_office FOREIGN KEY (office_code) REFERENCES office (code),
        CONSTRAINT fk_office_offer_updated_by FOREIGN KEY (updated_by_id) REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT chk_office_offer_dimension CHECK (dimension IN ${dimensions})
      )`);
    await db.query(`CREATE INDEX idx_office_offer_dimension ON office_offer (dimension)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE office_offer`);
    await db.query(`DROP TABLE office_need`);
  }
}
