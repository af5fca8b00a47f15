import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import type { MaturityDimension } from '@wild/shared/domain';

export enum AssessmentStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}

/** An office's dated self-assessment (or its one draft). Overall level and group are derived. */
@Entity({ name: 'maturity_assessment' })
export class MaturityAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 8 })
  officeCode!: string;

  @Column({ type: 'integer' })
  modelVersion!: number;

  @Column({ type: 'varchar', length: 12 })
  status!: AssessmentStatus;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedById!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  validatedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  validatedById!: string | null;

  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

/** The level (1–5, or null: unknown) and evidence of one dimension in one assessment. */
@Entity({ name: 'maturity_assessment_level' })
export class MaturityAssessmentLevelEntity {
  @PrimaryColumn({ type: 'uuid' })
  assessmentId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  dimension!: MaturityDimension;

  @Column({ type: 'smallint', nullable: true })
  level!: number | null;

  @Column({ type: 'text', nullable: true })
  evidence!: string | null;
}
