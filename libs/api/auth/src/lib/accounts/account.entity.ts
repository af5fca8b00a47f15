import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { Role } from '@wild/shared/domain';

/** The login identity of one person of the network (one account ↔ one member profile). */
@Entity({ name: 'account' })
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-case; unique. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ type: 'varchar', length: 8 })
  officeCode!: string;

  @Column({ type: 'varchar', length: 2, default: 'en' })
  preferredLanguage!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  /** argon2id (m = 19 MiB, t = 2, p = 1). */
  @Column({ type: 'text', select: false })
  passwordHash!: string;

  /** A deactivated account cannot sign in; its sessions are revoked. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  passwordChangedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
