import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first schema: the extensions search relies on, the reference lists (WIPO ST.3 codes,
 * ISO 639-1 languages) and the office table, keyed by ST.3 code.
 */
export class CreateReferenceDataAndOffices1795490000000 implements MigrationInterface {
  name = 'CreateReferenceDataAndOffices1795490000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    // unaccent() is STABLE (it reads a dictionary), so it cannot appear in an index; this wrapper
    // names the dictionary and is declared IMMUTABLE, which is what text-search indexes need.
    await db.query(`
      CREATE OR REPLACE FUNCTION immutable_unaccent(value text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, value) $$`);

    await db.query(`
      CREATE TABLE st3_code (
        code varchar(2) NOT NULL,
        kind varchar(16) NOT NULL,
        names jsonb NOT NULL,
        region varchar(32) NOT NULL,
        CONSTRAINT pk_st3_code PRIMARY KEY (code),
        CONSTRAINT chk_st3_code_code CHECK (code ~ '^[A-Z]{2}$'),
        CONSTRAINT chk_st3_code_kind CHECK (kind IN ('STATE', 'ORGANIZATION')),
        CONSTRAINT chk_st3_code_names CHECK (jsonb_typeof(names -> 'en') = 'string')
      )`);

    await db.query(`
      CREATE TABLE language (
        code varchar(2) NOT NULL,
        names jsonb NOT NULL,
        native_name text NOT NULL,
        wipo_official boolean NOT NULL DEFAULT false,
        CONSTRAINT pk_language PRIMARY KEY (code),
        CONSTRAINT chk_language_code CHECK (code ~ '^[a-z]{2}$'),
        CONSTRAINT chk_language_names CHECK (jsonb_typeof(names -> 'en') = 'string')
      )`);

    await db.query(`
      CREATE TABLE office (
        code varchar(8) NOT NULL,
        kind varchar(16) NOT NULL,
        country varchar(2),
        region varchar(32) NOT NULL,
        acronym varchar(32),
        names jsonb NOT NULL,
        languages varchar(2)[] NOT NULL DEFAULT '{}',
        time_zone varchar(64),
        website text,
        illustrative boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_office PRIMARY KEY (code),
        CONSTRAINT fk_office_st3_code FOREIGN KEY (code) REFERENCES st3_code (code),
        CONSTRAINT fk_office_country FOREIGN KEY (country) REFERENCES st3_code (code),
        CONSTRAINT chk_office_kind CHECK (kind IN ('NATIONAL', 'REGIONAL', 'IGO')),
        CONSTRAINT chk_office_region CHECK (region IN ('AFRICA', 'ARAB', 'ASIA_PACIFIC',
          'LATIN_AMERICA_CARIBBEAN', 'TRANSITION_DEVELOPED', 'GLOBAL')),
        CONSTRAINT chk_office_names CHECK (jsonb_typeof(names -> 'en') = 'string')
      )`);
    await db.query(`CREATE INDEX idx_office_region ON office (region)`);
    await db.query(`CREATE INDEX idx_office_languages ON office USING gin (languages)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE office`);
    await db.query(`DROP TABLE language`);
    await db.query(`DROP TABLE st3_code`);
    await db.query(`DROP FUNCTION immutable_unaccent(text)`);
  }
}
