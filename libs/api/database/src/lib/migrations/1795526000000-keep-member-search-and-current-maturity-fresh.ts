import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * - Renaming an expertise area (the reference seed updates names) recomputes the search vector of
 *   every member who holds it; the seed's unchanged upserts cost nothing (`WHEN` below).
 * - `office_current_maturity.assessment_id` is indexed: the cascade from a deleted draft and the
 *   loader of derived levels look rows up by it.
 */
export class KeepMemberSearchAndCurrentMaturityFresh1795526000000 implements MigrationInterface {
  name = 'KeepMemberSearchAndCurrentMaturityFresh1795526000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION expertise_area_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE member
            SET search_vector = member_search_vector(id, full_name, title, bio)
            WHERE id IN (SELECT member_id FROM member_expertise WHERE area = NEW.code);
          RETURN NULL;
        END
      $$`);
    await db.query(`
      CREATE TRIGGER trg_expertise_area_search
        AFTER UPDATE OF names ON expertise_area
        FOR EACH ROW WHEN (OLD.names IS DISTINCT FROM NEW.names)
        EXECUTE FUNCTION expertise_area_search_refresh()`);
    await db.query(
      `CREATE INDEX idx_office_current_maturity_assessment ON office_current_maturity (assessment_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX idx_office_current_maturity_assessment`);
    await db.query(`DROP TRIGGER trg_expertise_area_search ON expertise_area`);
    await db.query(`DROP FUNCTION expertise_area_search_refresh()`);
  }
}
