import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table whose rows the directory shows, filters, counts or orders by. */
const DIRECTORY_TABLES = [
  'office',
  'office_current_maturity',
  'office_need',
  'office_offer',
  'standard_adoption',
  'member',
  'member_expertise',
];

/**
 * A change log the directory's result cache is keyed on: each transaction that writes to a
 * directory table adds one row (statement triggers, whoever writes, even by hand). Inserting takes
 * no lock others wait for, so it can never deadlock a writer. A reader's count of the rows it can
 * see changes exactly when a directory change commits; compaction moves old rows into the base
 * count in one transaction, so the total never goes back.
 */
export class CreateDirectoryChangeLog1795520000000 implements MigrationInterface {
  name = 'CreateDirectoryChangeLog1795520000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE directory_change (
        transaction_id xid8 NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_directory_change PRIMARY KEY (transaction_id)
      )`);
    await db.query(`
      CREATE TABLE directory_change_base (
        id smallint NOT NULL DEFAULT 1,
        compacted bigint NOT NULL DEFAULT 0,
        CONSTRAINT pk_directory_change_base PRIMARY KEY (id),
        CONSTRAINT chk_directory_change_base_one_row CHECK (id = 1)
      )`);
    await db.query(`INSERT INTO directory_change_base (id, compacted) VALUES (1, 0)`);
    await db.query(`
      CREATE FUNCTION record_directory_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO directory_change (transaction_id) VALUES (pg_current_xact_id())
            ON CONFLICT (transaction_id) DO NOTHING;
          RETURN NULL;
        END
      $$`);
    for (const table of DIRECTORY_TABLES) {
      await db.query(`
        CREATE TRIGGER trg_${table}_directory_change
          AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION record_directory_change()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of DIRECTORY_TABLES) {
      await db.query(`DROP TRIGGER trg_${table}_directory_change ON ${table}`);
    }
    await db.query(`DROP FUNCTION record_directory_change()`);
    await db.query(`DROP TABLE directory_change_base`);
    await db.query(`DROP TABLE directory_change`);
  }
}
