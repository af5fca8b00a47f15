import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { IntroductionOutcome, IntroductionState } from '../brokering.enums';

/**
 * A broker's proposal between the office of a match request and a candidate office. Each side's
 * answer is kept apart: who answered, when, yes or no, and why.
 */
@Entity({ name: 'introduction' })
export class IntroductionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  requestId!: string;

  @Column({ type: 'varchar', length: 8 })
  requesterOfficeCode!: string;

  @Column({ type: 'varchar', length: 8 })
  candidateOfficeCode!: string;

  @Column({ type: 'varchar', length: 12 })
  state!: IntroductionState;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'uuid', nullable: true })
  proposedById!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  proposedAt!: Date;

  @Column({ type: 'boolean', nullable: true })
  requesterAccepted!: boolean | null;

  @Column({ type: 'uuid', nullable: true })
  requesterAnsweredById!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  requesterAnsweredAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  requesterReason!: string | null;

  @Column({ type: 'boolean', nullable: true })
  candidateAccepted!: boolean | null;

  @Column({ type: 'uuid', nullable: true })
  candidateAnsweredById!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  candidateAnsweredAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  candidateReason!: string | null;

  /** When both sides had accepted. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  activatedAt!: Date | null;

  /** When it was declined, expired, cancelled or closed. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  endedAt!: Date | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  outcome!: IntroductionOutcome | null;

  @Column({ type: 'text', nullable: true })
  outcomeNotes!: string | null;

  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;
}
