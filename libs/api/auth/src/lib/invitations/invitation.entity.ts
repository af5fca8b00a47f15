import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { Role } from '@wild/shared/domain';

/** An invitation into the closed network, for one email, office and role; single use. */
@Entity({ name: 'invitation' })
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 8 })
  officeCode!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  /** SHA-256 of the token; the token itself is shown once, when the invitation is created. */
  @Column({ type: 'varchar', length: 64, select: false })
  tokenHash!: string;

  @Column({ type: 'uuid', nullable: true })
  invitedById!: string | null;

  /** Millisecond precision: list cursors carry it. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  /** The account that accepting the invitation created. */
  @Column({ type: 'uuid', nullable: true })
  accountId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
