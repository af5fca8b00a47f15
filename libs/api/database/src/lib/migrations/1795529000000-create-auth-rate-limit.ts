import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sign-in limits' counters (AUTH_THROTTLE_LIMIT), in the shape rate-limiter-flexible's
 * RateLimiterPostgres reads and writes, so that every API process on a PostgreSQL server counts
 * the same attempts. `expire` is a time in milliseconds since the epoch.
 */
export class CreateAuthRateLimit1795529000000 implements MigrationInterface {
  name = 'CreateAuthRateLimit1795529000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE auth_rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await db.query(`CREATE INDEX idx_auth_rate_limit_expire ON auth_rate_limit (expire)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE auth_rate_limit`);
  }
}
