import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { LocalizedText, MaturityDimension } from '@wild/shared/domain';

/** A version of the maturity model; exactly one is in force. */
@Entity({ name: 'maturity_model' })
export class MaturityModelEntity {
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'boolean', default: false })
  inForce!: boolean;

  /** Names of levels 1 to 5. */
  @Column({ type: 'jsonb' })
  levelNames!: LocalizedText[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  publishedAt!: Date;
}

/** One dimension of one model version: its wording and its five level descriptors. */
@Entity({ name: 'maturity_dimension_descriptor' })
export class MaturityDimensionDescriptorEntity {
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  dimension!: MaturityDimension;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'jsonb' })
  description!: LocalizedText;

  /** Descriptors of levels 1 to 5. */
  @Column({ type: 'jsonb' })
  levels!: LocalizedText[];
}
