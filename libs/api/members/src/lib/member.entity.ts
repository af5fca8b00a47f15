import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { ContactVisibility, Position } from './member.enums';

/**
 * A person of the network: the profile behind an account (one ↔ one), or a profile imported
 * before its person joined (no account yet; linked by email when they accept an invitation).
 */
@Entity({ name: 'member' })
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  accountId!: string | null;

  @Column({ type: 'varchar', length: 8 })
  officeCode!: string;

  /** The person's login email (lower-case), kept for linking; never shown as a contact. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  fullName!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title!: string | null;

  @Column({ type: 'varchar', length: 16, default: Position.OTHER })
  position!: Position;

  @Column({ type: 'varchar', length: 2, array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ type: 'text', nullable: true })
  bio!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  timeZone!: string | null;

  @Column({ type: 'boolean', default: false })
  availableToMentor!: boolean;

  @Column({ type: 'boolean', default: false })
  seeksMentoring!: boolean;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  contactPhone!: string | null;

  @Column({ type: 'varchar', length: 16, default: ContactVisibility.RESTRICTED })
  contactVisibility!: ContactVisibility;

  /** Hidden from other members (brokers, admins and the office's admins still see it). */
  @Column({ type: 'boolean', default: false })
  hidden!: boolean;

  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

/** One area of expertise of a member, at level 1 familiar · 2 practitioner · 3 expert. */
@Entity({ name: 'member_expertise' })
export class MemberExpertiseEntity {
  @Column({ type: 'uuid', primary: true })
  memberId!: string;

  @Column({ type: 'varchar', length: 32, primary: true })
  area!: string;

  @Column({ type: 'smallint' })
  level!: number;
}

/** The expertise taxonomy, as data. */
@Entity({ name: 'expertise_area' })
export class ExpertiseAreaEntity {
  @Column({ type: 'varchar', length: 32, primary: true })
  code!: string;

  @Column({ type: 'jsonb' })
  names!: { en: string; fr?: string };
}
