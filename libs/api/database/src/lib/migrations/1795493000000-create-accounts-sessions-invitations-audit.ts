import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts of the closed network, their sessions and rotating refresh tokens, invitations, and
 * the audit trail.
 */
export class CreateAccountsSessionsInvitationsAudit1795493000000 implements MigrationInterface {
  name = 'CreateAccountsSessionsInvitationsAudit1795493000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE account (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        display_name varchar(200) NOT NULL,
        office_code varchar(8) NOT NULL,
        preferred_language varchar(2) NOT NULL DEFAULT 'en',
        role varchar(16) NOT NULL,
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        illustrative boolean NOT NULL DEFAULT false,
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        deactivated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_account PRIMARY KEY (id),
        CONSTRAINT fk_account_office FOREIGN KEY (office_code) REFERENCES office (code),
        CONSTRAINT fk_account_language FOREIGN KEY (preferred_language) REFERENCES language (code),
        CONSTRAINT chk_account_role CHECK (role IN ('MEMBER', 'OFFICE_ADMIN', 'BROKER', 'ADMIN')),
        CONSTRAINT chk_account_email_lower CHECK (email = lower(email))
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_account_email ON account (email)`);
    await db.query(`CREATE INDEX idx_account_office ON account (office_code)`);

    await db.query(`
      CREATE TABLE auth_session (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL,
        ip varchar(64),
        user_agent varchar(512),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_reason varchar(64),
        CONSTRAINT pk_auth_session PRIMARY KEY (id),
        CONSTRAINT fk_auth_session_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE INDEX idx_auth_session_account ON auth_session (account_id) WHERE revoked_at IS NULL`,
    );

    await db.query(`
      CREATE TABLE refresh_token (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL,
        token_hash varchar(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CONSTRAINT pk_refresh_token PRIMARY KEY (id),
        CONSTRAINT fk_refresh_token_session FOREIGN KEY (session_id) REFERENCES auth_session (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_refresh_token_hash ON refresh_token (token_hash)`);
    await db.query(`CREATE INDEX idx_refresh_token_session ON refresh_token (session_id)`);

    await db.query(`
      CREATE TABLE invitation (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        office_code varchar(8) NOT NULL,
        role varchar(16) NOT NULL,
        token_hash varchar(64) NOT NULL,
        invited_by_id uuid,
        -- millisecond precision: list cursors carry JavaScript dates
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        account_id uuid,
        revoked_at timestamptz,
        CONSTRAINT pk_invitation PRIMARY KEY (id),
        CONSTRAINT fk_invitation_office FOREIGN KEY (office_code) REFERENCES office (code),
        CONSTRAINT fk_invitation_invited_by FOREIGN KEY (invited_by_id) REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT fk_invitation_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT chk_invitation_role CHECK (role IN ('MEMBER', 'OFFICE_ADMIN', 'BROKER', 'ADMIN')),
        CONSTRAINT chk_invitation_email_lower CHECK (email = lower(email))
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_invitation_token_hash ON invitation (token_hash)`);
    await db.query(`CREATE INDEX idx_invitation_office ON invitation (office_code, created_at)`);
    // at most one pending invitation per email
    await db.query(
      `CREATE UNIQUE INDEX uq_invitation_pending_email ON invitation (email) WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );

    await db.query(`
      CREATE TABLE audit_entry (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        -- millisecond precision: list cursors carry JavaScript dates
        occurred_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        action varchar(64) NOT NULL,
        entity varchar(32) NOT NULL,
        entity_id varchar(64),
        actor_id uuid,
        actor_email varchar(254),
        changes jsonb,
        ip varchar(64),
        user_agent varchar(512),
        request_id varchar(128),
        CONSTRAINT pk_audit_entry PRIMARY KEY (id)
      )`);
    await db.query(
      `CREATE INDEX idx_audit_entry_occurred ON audit_entry (occurred_at DESC, id DESC)`,
    );
    await db.query(
      `CREATE INDEX idx_audit_entry_entity ON audit_entry (entity, entity_id, occurred_at DESC)`,
    );
    await db.query(
      `CREATE INDEX idx_audit_entry_actor ON audit_entry (actor_id, occurred_at DESC)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_entry`);
    await db.query(`DROP TABLE invitation`);
    await db.query(`DROP TABLE refresh_token`);
    await db.query(`DROP TABLE auth_session`);
    await db.query(`DROP TABLE account`);
  }
}
