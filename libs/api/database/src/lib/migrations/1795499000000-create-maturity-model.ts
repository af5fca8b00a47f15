import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The maturity model as data, versioned: level names and, per dimension, its name, description
 * and five level descriptors, in several languages. One version is in force.
 */
export class CreateMaturityModel1795499000000 implements MigrationInterface {
  name = 'CreateMaturityModel1795499000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE maturity_model (
        version integer NOT NULL,
        in_force boolean NOT NULL DEFAULT false,
        level_names jsonb NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_maturity_model PRIMARY KEY (version),
        CONSTRAINT chk_maturity_model_level_names CHECK (jsonb_array_length(level_names) = 5)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX uq_maturity_model_in_force ON maturity_model (in_force) WHERE in_force`,
    );
    await db.query(`
      CREATE TABLE maturity_dimension_descriptor (
        version integer NOT NULL,
        dimension varchar(16) NOT NULL,
        position smallint NOT NULL,
        name jsonb NOT NULL,
        description jsonb NOT NULL,
        levels jsonb NOT NULL,
        CONSTRAINT pk_maturity_dimension_descriptor PRIMARY KEY (version, dimension),
        CONSTRAINT fk_maturity_dimension_descriptor_model FOREIGN KEY (version) REFERENCES maturity_model (version),
        CONSTRAINT chk_maturity_dimension_descriptor_dimension CHECK (dimension IN ('STRATEGY', 'DATA', 'SECURITY',
          'CORE_SYSTEMS', 'SERVICES', 'INTEROP', 'INFRA', 'EMERGING', 'PEOPLE', 'COOPERATION')),
        CONSTRAINT chk_maturity_dimension_descriptor_levels CHECK (jsonb_array_length(levels) = 5)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE maturity_dimension_descriptor`);
    await db.query(`DROP TABLE maturity_model`);
  }
}
