import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { BrokeringAction, BrokeringActor } from '../brokering.enums';

/** One move of a request or an introduction: who, when, why, from which state to which. */
@Entity({ name: 'brokering_transition' })
export class BrokeringTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  requestId!: string;

  /** Null for a move of the request alone (created, cancelled with no introduction open). */
  @Column({ type: 'uuid', nullable: true })
  introductionId!: string | null;

  @Column({ type: 'varchar', length: 32 })
  action!: BrokeringAction;

  @Column({ type: 'varchar', length: 12, nullable: true })
  fromState!: string | null;

  @Column({ type: 'varchar', length: 12 })
  toState!: string;

  /** The account that acted; null for the expiry. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 12 })
  actor!: BrokeringActor;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  at!: Date;
}
