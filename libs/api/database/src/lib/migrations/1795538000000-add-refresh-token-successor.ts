import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `refresh_token.successor_sealed`: once a refresh token is spent, the token issued in its place,
 * sealed (AES-256-GCM) with a key derived from the spent token itself, which only its holder
 * knows. Within the refresh grace (REFRESH_REUSE_GRACE_MS) the spent token, presented again,
 * returns that successor instead of ending the session (two tabs, a reload). Only hashes of live
 * tokens are stored, so the column is the one place a successor can be found again.
 */
export class AddRefreshTokenSuccessor1795538000000 implements MigrationInterface {
  name = 'AddRefreshTokenSuccessor1795538000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE refresh_token ADD COLUMN successor_sealed text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE refresh_token DROP COLUMN successor_sealed`);
  }
}
