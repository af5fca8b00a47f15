import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Addresses that signed in to an account successfully (keyed hashes of action, account and
 * address: neither the email nor the address is stored). Once an account's failures reach
 * AUTH_ACCOUNT_LIMIT, only addresses known here in the last 30 days may still try.
 */
export class CreateAuthKnownAddress1795535000000 implements MigrationInterface {
  name = 'CreateAuthKnownAddress1795535000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE auth_known_address (
        key varchar(64) CONSTRAINT pk_auth_known_address PRIMARY KEY,
        last_succeeded_at timestamptz NOT NULL
      )`);
    await db.query(
      `CREATE INDEX idx_auth_known_address_last_succeeded_at ON auth_known_address (last_succeeded_at)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE auth_known_address`);
  }
}
