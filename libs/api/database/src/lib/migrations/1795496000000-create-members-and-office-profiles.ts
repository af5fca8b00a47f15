import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The office profile (sizes, systems, capacity, description, links) and the members of the
 * network: one profile per person, linked to an account once the person joins.
 */
export class CreateMembersAndOfficeProfiles1795496000000 implements MigrationInterface {
  name = 'CreateMembersAndOfficeProfiles1795496000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE office
        ADD COLUMN staff_size integer,
        ADD COLUMN ict_staff_size integer,
        ADD COLUMN business_systems varchar(64)[] NOT NULL DEFAULT '{}',
        ADD COLUMN mentoring_capacity integer NOT NULL DEFAULT 2,
        ADD COLUMN description text,
        ADD COLUMN links jsonb NOT NULL DEFAULT '[]',
        ADD CONSTRAINT chk_office_staff_size CHECK (staff_size IS NULL OR staff_size >= 0),
        ADD CONSTRAINT chk_office_ict_staff_size CHECK (ict_staff_size IS NULL OR ict_staff_size >= 0),
        ADD CONSTRAINT chk_office_mentoring_capacity CHECK (mentoring_capacity >= 0)`);

    await db.query(`
      CREATE TABLE expertise_area (
        code varchar(32) NOT NULL,
        names jsonb NOT NULL,
        CONSTRAINT pk_expertise_area PRIMARY KEY (code)
      )`);

    await db.query(`
      CREATE TABLE member (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        account_id uuid,
        office_code varchar(8) NOT NULL,
        email varchar(254) NOT NULL,
        full_name varchar(200) NOT NULL,
        title varchar(200),
        position varchar(16) NOT NULL DEFAULT 'OTHER',
        languages varchar(2)[] NOT NULL DEFAULT '{}',
        bio text,
        time_zone varchar(64),
        available_to_mentor boolean NOT NULL DEFAULT false,
        seeks_mentoring boolean NOT NULL DEFAULT false,
        contact_email varchar(254),
        contact_phone varchar(40),
        contact_visibility varchar(16) NOT NULL DEFAULT 'RESTRICTED',
        hidden boolean NOT NULL DEFAULT false,
        illustrative boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_member PRIMARY KEY (id),
        CONSTRAINT fk_member_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT fk_member_office FOREIGN KEY (office_code) REFERENCES office (code),
        CONSTRAINT chk_member_position CHECK (position IN ('CIO', 'CTO', 'HEAD_OF_IT', 'CISO', 'DATA_OFFICER', 'ARCHITECT', 'OTHER')),
        CONSTRAINT chk_member_contact_visibility CHECK (contact_visibility IN ('NETWORK', 'RESTRICTED')),
        CONSTRAINT chk_member_email_lower CHECK (email = lower(email))
      )`);
    await db.query(
      `CREATE UNIQUE INDEX uq_member_account ON member (account_id) WHERE account_id IS NOT NULL`,
    );
    await db.query(`CREATE UNIQUE INDEX uq_member_email ON member (email)`);
    await db.query(`CREATE INDEX idx_member_office ON member (office_code, full_name)`);

    await db.query(`
      CREATE TABLE member_expertise (
        member_id uuid NOT NULL,
        area varchar(32) NOT NULL,
        level smallint NOT NULL,
        CONSTRAINT pk_member_expertise PRIMARY KEY (member_id, area),
        CONSTRAINT fk_member_expertise_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
        CONSTRAINT fk_member_expertise_area FOREIGN KEY (area) REFERENCES expertise_area (code),
        CONSTRAINT chk_member_expertise_level CHECK (level BETWEEN 1 AND 3)
      )`);
    await db.query(`CREATE INDEX idx_member_expertise_area ON member_expertise (area, level)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE member_expertise`);
    await db.query(`DROP TABLE member`);
    await db.query(`DROP TABLE expertise_area`);
    await db.query(`
      ALTER TABLE office
        DROP COLUMN staff_size, DROP COLUMN ict_staff_size, DROP COLUMN business_systems,
        DROP COLUMN mentoring_capacity, DROP COLUMN description, DROP COLUMN links`);
  }
}
