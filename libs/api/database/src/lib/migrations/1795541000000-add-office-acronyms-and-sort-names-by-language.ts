import { MigrationInterface, QueryRunner } from 'typeorm';

/** What the office's text search covers: acronyms and names in every stored language. */
const searchText = (acronyms: string) =>
  `immutable_unaccent(lower(coalesce(acronym, '') || ' ' || ${acronyms}jsonb_values_text(names)))`;

/**
 * Names in the reader's language (issue 15):
 *
 * - `office.acronyms`: the office's acronym in the languages where it differs from `acronym` (the
 *   English one, used in every other language): `{"fr": "OMPI"}` for WIPO. The text search covers
 *   them, so "OMPI" finds WIPO whatever the caller's language; the search columns are generated, so
 *   they are dropped and added again with the new expression (with their GIN indexes).
 * - One sort key per interface language, accent- and case-insensitive as the English one was: the
 *   name shown in that language (English where the office has none in it). `sort_name` becomes
 *   `sort_name_en` and `sort_name_fr` joins it, each indexed with the code (the order's
 *   tie-breaker). Generated columns: an office's names changed by any path (`updateOffice`, a
 *   seed, by hand) change its keys in the same statement.
 */
export class AddOfficeAcronymsAndSortNamesByLanguage1795541000000 implements MigrationInterface {
  name = 'AddOfficeAcronymsAndSortNamesByLanguage1795541000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE office
        ADD COLUMN acronyms jsonb NOT NULL DEFAULT '{}',
        ADD CONSTRAINT chk_office_acronyms CHECK (jsonb_typeof(acronyms) = 'object')`);
    await this.searchColumns(db, `jsonb_values_text(acronyms) || ' ' || `);

    await db.query(`ALTER TABLE office RENAME COLUMN sort_name TO sort_name_en`);
    await db.query(`ALTER INDEX idx_office_sort_name RENAME TO idx_office_sort_name_en`);
    await db.query(`
      ALTER TABLE office
        ADD COLUMN sort_name_fr text GENERATED ALWAYS AS (
          immutable_unaccent(lower(coalesce(nullif(names ->> 'fr', ''), names ->> 'en')))
        ) STORED`);
    await db.query(`CREATE INDEX idx_office_sort_name_fr ON office (sort_name_fr, code)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE office DROP COLUMN sort_name_fr`);
    await db.query(`ALTER INDEX idx_office_sort_name_en RENAME TO idx_office_sort_name`);
    await db.query(`ALTER TABLE office RENAME COLUMN sort_name_en TO sort_name`);
    await this.searchColumns(db, '');
    await db.query(`ALTER TABLE office DROP COLUMN acronyms`);
  }

  /** Drops the office's search columns and adds them again, over `acronyms` when given. */
  private async searchColumns(db: QueryRunner, acronyms: string): Promise<void> {
    await db.query(`ALTER TABLE office DROP COLUMN search_vector, DROP COLUMN search_names`);
    await db.query(`
      ALTER TABLE office
        ADD COLUMN search_names text GENERATED ALWAYS AS (${searchText(acronyms)}) STORED`);
    await db.query(`
      ALTER TABLE office
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', ${searchText(acronyms)}), 'A') ||
          setweight(to_tsvector('simple', immutable_unaccent(lower(coalesce(description, '')))), 'C')
        ) STORED`);
    await db.query(`CREATE INDEX idx_office_search_vector ON office USING gin (search_vector)`);
    await db.query(
      `CREATE INDEX idx_office_search_names ON office USING gin (search_names gin_trgm_ops)`,
    );
  }
}
