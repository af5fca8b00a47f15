import { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN = `('PROPOSED', 'ACTIVE')`;

/**
 * Brokering: match requests, the introductions brokers propose for them, and the history of
 * both. Two partial unique indexes hold the rules that concurrency must not break: at most one
 * open (PROPOSED or ACTIVE) introduction per request, and per unordered pair of offices. Both
 * tables join the directory change log, so what matching keeps sees a new introduction.
 */
export class CreateBrokering1795547000000 implements MigrationInterface {
  name = 'CreateBrokering1795547000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE match_request (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        office_code varchar(8) NOT NULL,
        requester_id uuid NOT NULL,
        kind varchar(16) NOT NULL,
        dimension varchar(16),
        standard varchar(16),
        topic varchar(200) NOT NULL,
        goal text NOT NULL,
        urgency varchar(8) NOT NULL,
        urgency_rank smallint GENERATED ALWAYS AS (
          CASE urgency WHEN 'HIGH' THEN 3 WHEN 'NORMAL' THEN 2 ELSE 1 END) STORED,
        preferred_languages varchar(2)[] NOT NULL DEFAULT '{}',
        suggested_office_code varchar(8),
        state varchar(12) NOT NULL,
        created_at timestamptz(3) NOT NULL,
        updated_at timestamptz(3) NOT NULL,
        illustrative boolean NOT NULL DEFAULT false,
        CONSTRAINT pk_match_request PRIMARY KEY (id),
        CONSTRAINT fk_match_request_office FOREIGN KEY (office_code) REFERENCES office (code),
        CONSTRAINT fk_match_request_requester FOREIGN KEY (requester_id) REFERENCES account (id),
        CONSTRAINT fk_match_request_suggested_office FOREIGN KEY (suggested_office_code) REFERENCES office (code),
        CONSTRAINT chk_match_request_kind CHECK (kind IN ('MENTOR', 'PEER', 'STANDARD_BUDDY')),
        CONSTRAINT chk_match_request_about CHECK (
          (kind = 'STANDARD_BUDDY' AND standard IS NOT NULL AND dimension IS NULL)
          OR (kind <> 'STANDARD_BUDDY' AND dimension IS NOT NULL AND standard IS NULL)),
        CONSTRAINT chk_match_request_urgency CHECK (urgency IN ('LOW', 'NORMAL', 'HIGH')),
        CONSTRAINT chk_match_request_state CHECK (state IN ('OPEN', 'INTRODUCED', 'FULFILLED', 'CANCELLED'))
      )`);
    await db.query(
      `CREATE INDEX idx_match_request_office ON match_request (office_code, created_at)`,
    );
    await db.query(`CREATE INDEX idx_match_request_state ON match_request (state, created_at)`);

    await db.query(`
      CREATE TABLE introduction (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL,
        requester_office_code varchar(8) NOT NULL,
        candidate_office_code varchar(8) NOT NULL,
        state varchar(12) NOT NULL,
        message text NOT NULL,
        proposed_by_id uuid,
        proposed_at timestamptz(3) NOT NULL,
        requester_accepted boolean,
        requester_answered_by_id uuid,
        requester_answered_at timestamptz(3),
        requester_reason text,
        candidate_accepted boolean,
        candidate_answered_by_id uuid,
        candidate_answered_at timestamptz(3),
        candidate_reason text,
        activated_at timestamptz(3),
        ended_at timestamptz(3),
        outcome varchar(12),
        outcome_notes text,
        illustrative boolean NOT NULL DEFAULT false,
        CONSTRAINT pk_introduction PRIMARY KEY (id),
        CONSTRAINT fk_introduction_request FOREIGN KEY (request_id) REFERENCES match_request (id),
        CONSTRAINT fk_introduction_requester_office FOREIGN KEY (requester_office_code) REFERENCES office (code),
        CONSTRAINT fk_introduction_candidate_office FOREIGN KEY (candidate_office_code) REFERENCES office (code),
        CONSTRAINT fk_introduction_proposed_by FOREIGN KEY (proposed_by_id) REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT fk_introduction_requester_answered_by FOREIGN KEY (requester_answered_by_id) REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT fk_introduction_candidate_answered_by FOREIGN KEY (candidate_answered_by_id) REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT chk_introduction_two_offices CHECK (requester_office_code <> candidate_office_code),
        CONSTRAINT chk_introduction_state CHECK (state IN ('PROPOSED', 'ACTIVE', 'DECLINED', 'EXPIRED', 'CANCELLED', 'CLOSED')),
        CONSTRAINT chk_introduction_outcome CHECK (
          (state = 'CLOSED') = (outcome IS NOT NULL)
          AND (outcome IS NULL OR outcome IN ('SUCCESSFUL', 'PARTLY', 'NOT_USEFUL')))
      )`);
    // DOMAIN: no second open introduction between the same two offices, whichever asked
    await db.query(`
      CREATE UNIQUE INDEX uq_introduction_open_pair ON introduction (
        LEAST(requester_office_code, candidate_office_code),
        GREATEST(requester_office_code, candidate_office_code)) WHERE state IN ${OPEN}`);
    await db.query(
      `CREATE UNIQUE INDEX uq_introduction_open_request ON introduction (request_id) WHERE state IN ${OPEN}`,
    );
    // remaining capacity counts a candidate's open introductions
    await db.query(
      `CREATE INDEX idx_introduction_open_candidate ON introduction (candidate_office_code) WHERE state IN ${OPEN}`,
    );
    await db.query(
      `CREATE INDEX idx_introduction_requester_office ON introduction (requester_office_code, proposed_at)`,
    );
    await db.query(
      `CREATE INDEX idx_introduction_candidate_office ON introduction (candidate_office_code, proposed_at)`,
    );
    await db.query(`CREATE INDEX idx_introduction_request ON introduction (request_id)`);
    // the expiry's scan
    await db.query(
      `CREATE INDEX idx_introduction_proposed ON introduction (proposed_at) WHERE state = 'PROPOSED'`,
    );

    await db.query(`
      CREATE TABLE brokering_transition (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL,
        introduction_id uuid,
        action varchar(32) NOT NULL,
        from_state varchar(12),
        to_state varchar(12) NOT NULL,
        actor_id uuid,
        actor varchar(12) NOT NULL,
        reason text,
        at timestamptz(3) NOT NULL,
        CONSTRAINT pk_brokering_transition PRIMARY KEY (id),
        CONSTRAINT fk_brokering_transition_request FOREIGN KEY (request_id) REFERENCES match_request (id),
        CONSTRAINT fk_brokering_transition_introduction FOREIGN KEY (introduction_id) REFERENCES introduction (id),
        CONSTRAINT fk_brokering_transition_actor FOREIGN KEY (actor_id) REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT chk_brokering_transition_actor CHECK (actor IN ('REQUESTER', 'CANDIDATE', 'BUREAU', 'SYSTEM'))
      )`);
    await db.query(
      `CREATE INDEX idx_brokering_transition_request ON brokering_transition (request_id, at)`,
    );
    await db.query(
      `CREATE INDEX idx_brokering_transition_introduction ON brokering_transition (introduction_id, at)`,
    );

    for (const table of ['match_request', 'introduction']) {
      await db.query(`
        CREATE TRIGGER trg_${table}_directory_change
          AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION record_directory_change()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE brokering_transition`);
    await db.query(`DROP TABLE introduction`);
    await db.query(`DROP TABLE match_request`);
  }
}
