import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which demo seeds a database has received. A demo seed runs once per database, so demo rows an
 * office has since changed or deleted do not come back at the next start.
 */
export class CreateDemoSeedHistory1795511000000 implements MigrationInterface {
  name = 'CreateDemoSeedHistory1795511000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE demo_seed_history (
        name varchar(128) NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_demo_seed_history PRIMARY KEY (name)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE demo_seed_history`);
  }
}
