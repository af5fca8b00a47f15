import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { MatchKind } from '@wild/api/matching';
import type { MaturityDimension } from '@wild/shared/domain';

import type { MatchRequestState, MatchUrgency } from '../brokering.enums';

/** An office asks the International Bureau for a partner. */
@Entity({ name: 'match_request' })
export class MatchRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 8 })
  officeCode!: string;

  /** The account that asked (a member or an office admin of the office). */
  @Column({ type: 'uuid' })
  requesterId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: MatchKind;

  @Column({ type: 'varchar', length: 16, nullable: true })
  dimension!: MaturityDimension | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  standard!: string | null;

  @Column({ type: 'varchar', length: 200 })
  topic!: string;

  @Column({ type: 'text' })
  goal!: string;

  @Column({ type: 'varchar', length: 8 })
  urgency!: MatchUrgency;

  /** Higher is more urgent (HIGH 3, NORMAL 2, LOW 1): generated, for the order by urgency. */
  @Column({ type: 'smallint', insert: false, update: false })
  urgencyRank!: number;

  @Column({ type: 'varchar', length: 2, array: true, default: () => `'{}'` })
  preferredLanguages!: string[];

  /** The recommendation the request was made from, if any: the broker's first lead. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  suggestedOfficeCode!: string | null;

  @Column({ type: 'varchar', length: 12 })
  state!: MatchRequestState;

  @Column({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;
}
