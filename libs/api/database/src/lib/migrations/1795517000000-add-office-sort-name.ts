import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory orders offices by their English name, accent- and case-insensitively: computing
 * `unaccent` for every matching office at each request cost more than the rest of the query, so
 * the key is stored (and indexed with the code, the order's tie-breaker).
 */
export class AddOfficeSortName1795517000000 implements MigrationInterface {
  name = 'AddOfficeSortName1795517000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE office
        ADD COLUMN sort_name text GENERATED ALWAYS AS (immutable_unaccent(lower(names ->> 'en'))) STORED`);
    await db.query(`CREATE INDEX idx_office_sort_name ON office (sort_name, code)`);
    await db.query(`CREATE INDEX idx_member_sort_name ON member (search_name, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX idx_member_sort_name`);
    await db.query(`ALTER TABLE office DROP COLUMN sort_name`);
  }
}
