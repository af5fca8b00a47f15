import { MigrationInterface, QueryRunner } from 'typeorm';

const DIMENSION_COLUMNS = [
  'strategy',
  'data',
  'security',
  'core_systems',
  'services',
  'interop',
  'infra',
  'emerging',
  'people',
  'cooperation',
];

/**
 * What the directory searches and filters on:
 * - `office_current_maturity`: each office's current assessment, one column per dimension, with
 *   the derived overall level and group (computed by the API from the assessment, never typed in),
 *   so filters, facets and orders by maturity read one narrow row per office;
 * - accent- and case-insensitive text search: a `tsvector` per office and member (GIN) and the
 *   unaccented names for typo-tolerant trigram matching (GIN, pg_trgm).
 */
export class CreateDirectorySearch1795514000000 implements MigrationInterface {
  name = 'CreateDirectorySearch1795514000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE TABLE office_current_maturity (
        office_code varchar(8) NOT NULL,
        assessment_id uuid NOT NULL,
        submitted_at timestamptz(3) NOT NULL,
        overall_level smallint,
        maturity_group varchar(1),
        ${DIMENSION_COLUMNS.map((column) => `${column} smallint`).join(',\n        ')},
        CONSTRAINT pk_office_current_maturity PRIMARY KEY (office_code),
        CONSTRAINT fk_office_current_maturity_office FOREIGN KEY (office_code) REFERENCES office (code),
        CONSTRAINT fk_office_current_maturity_assessment FOREIGN KEY (assessment_id) REFERENCES maturity_assessment (id) ON DELETE CASCADE,
        CONSTRAINT chk_office_current_maturity_group CHECK (maturity_group IN ('A', 'B', 'C', 'D'))
      )`);

    // every stored language of the names, as one text (jsonb_each_text is immutable)
    await db.query(`
      CREATE FUNCTION jsonb_values_text(value jsonb) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT coalesce(string_agg(entry.value, ' '), '') FROM jsonb_each_text(value) AS entry $$`);
    await db.query(`
      ALTER TABLE office
        ADD COLUMN search_names text GENERATED ALWAYS AS (
          immutable_unaccent(lower(coalesce(acronym, '') || ' ' || jsonb_values_text(names)))
        ) STORED`);
    await db.query(`
      ALTER TABLE office
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple',
            immutable_unaccent(lower(coalesce(acronym, '') || ' ' || jsonb_values_text(names)))), 'A') ||
          setweight(to_tsvector('simple', immutable_unaccent(lower(coalesce(description, '')))), 'C')
        ) STORED`);
    await db.query(`CREATE INDEX idx_office_search_vector ON office USING gin (search_vector)`);
    await db.query(
      `CREATE INDEX idx_office_search_names ON office USING gin (search_names gin_trgm_ops)`,
    );

    // members: name, title, expertise (its names in every language) and bio; expertise lives in
    // another table, so triggers keep the vector current
    await db.query(`
      ALTER TABLE member
        ADD COLUMN search_name text GENERATED ALWAYS AS (immutable_unaccent(lower(full_name))) STORED,
        ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''::tsvector`);
    await db.query(`
      CREATE FUNCTION member_search_vector(member_id uuid, full_name text, title text, bio text)
        RETURNS tsvector LANGUAGE sql STABLE
        AS $$
          SELECT
            setweight(to_tsvector('simple', immutable_unaccent(lower(coalesce(full_name, '')))), 'A') ||
            setweight(to_tsvector('simple', immutable_unaccent(lower(coalesce(title, '')))), 'B') ||
            setweight(to_tsvector('simple', immutable_unaccent(lower(coalesce((
              SELECT string_agg(jsonb_values_text(area.names), ' ')
              FROM member_expertise expertise
              JOIN expertise_area area ON area.code = expertise.area
              WHERE expertise.member_id = member_search_vector.member_id
            ), '')))), 'B') ||
            setweight(to_tsvector('simple', immutable_unaccent(lower(coalesce(bio, '')))), 'C')
        $$`);
    await db.query(`
      CREATE FUNCTION member_search_vector_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.search_vector := member_search_vector(NEW.id, NEW.full_name, NEW.title, NEW.bio);
          RETURN NEW;
        END
      $$`);
    await db.query(`
      CREATE TRIGGER trg_member_search_vector
        BEFORE INSERT OR UPDATE OF full_name, title, bio ON member
        FOR EACH ROW EXECUTE FUNCTION member_search_vector_refresh()`);
    await db.query(`
      CREATE FUNCTION member_expertise_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE member
            SET search_vector = member_search_vector(id, full_name, title, bio)
            WHERE id IN (
              SELECT changed.member_id FROM (
                SELECT CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.member_id END AS member_id
                UNION SELECT CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.member_id END
              ) changed WHERE changed.member_id IS NOT NULL);
          RETURN NULL;
        END
      $$`);
    await db.query(`
      CREATE TRIGGER trg_member_expertise_search
        AFTER INSERT OR UPDATE OR DELETE ON member_expertise
        FOR EACH ROW EXECUTE FUNCTION member_expertise_search_refresh()`);
    await db.query(
      `UPDATE member SET search_vector = member_search_vector(id, full_name, title, bio)`,
    );
    await db.query(`CREATE INDEX idx_member_search_vector ON member USING gin (search_vector)`);
    await db.query(
      `CREATE INDEX idx_member_search_name ON member USING gin (search_name gin_trgm_ops)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER trg_member_expertise_search ON member_expertise`);
    await db.query(`DROP FUNCTION member_expertise_search_refresh()`);
    await db.query(`DROP TRIGGER trg_member_search_vector ON member`);
    await db.query(`DROP FUNCTION member_search_vector_refresh()`);
    await db.query(`DROP FUNCTION member_search_vector(uuid, text, text, text)`);
    await db.query(`ALTER TABLE member DROP COLUMN search_vector, DROP COLUMN search_name`);
    await db.query(`ALTER TABLE office DROP COLUMN search_vector, DROP COLUMN search_names`);
    await db.query(`DROP FUNCTION jsonb_values_text(jsonb)`);
    await db.query(`DROP TABLE office_current_maturity`);
  }
}
