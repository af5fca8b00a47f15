import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The administration's accounts list (issue 15) reads accounts by display name, then id, and
 * searches words anywhere in the name or the address (`LIKE '%word%'`). Indexes on the very
 * expressions the list compares (accounts.service.ts: `immutable_unaccent(lower(display_name))`,
 * `immutable_unaccent(email)`), so neither a page nor a search reads the whole table:
 *
 * - a b-tree on the order (name, id), and one led by the office for an office admin's list (it
 *   serves what the index on the office alone did, which goes);
 * - trigram GIN indexes for the substring search.
 */
export class AddAccountSearchIndexes1795544000000 implements MigrationInterface {
  name = 'AddAccountSearchIndexes1795544000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX idx_account_sort_name ON account (immutable_unaccent(lower(display_name)), id)`,
    );
    await db.query(
      `CREATE INDEX idx_account_office_sort_name ON account (office_code, immutable_unaccent(lower(display_name)), id)`,
    );
    await db.query(`DROP INDEX idx_account_office`);
    await db.query(
      `CREATE INDEX idx_account_search_name ON account USING gin (immutable_unaccent(lower(display_name)) gin_trgm_ops)`,
    );
    await db.query(
      `CREATE INDEX idx_account_search_email ON account USING gin (immutable_unaccent(email) gin_trgm_ops)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX idx_account_search_email`);
    await db.query(`DROP INDEX idx_account_search_name`);
    await db.query(`CREATE INDEX idx_account_office ON account (office_code)`);
    await db.query(`DROP INDEX idx_account_office_sort_name`);
    await db.query(`DROP INDEX idx_account_sort_name`);
  }
}
