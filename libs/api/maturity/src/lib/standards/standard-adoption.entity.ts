import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** In the CWS survey's terms; a planned implementation is NONE with a planned date. */
export enum AdoptionStatus {
  COMPLETE = 'COMPLETE',
  PARTIAL = 'PARTIAL',
  NONE = 'NONE',
}

@Entity({ name: 'standard_adoption' })
export class StandardAdoptionEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  officeCode!: string;

  /** `ST.26`, `ST.96` … */
  @PrimaryColumn({ type: 'varchar', length: 16 })
  standard!: string;

  @Column({ type: 'varchar', length: 12 })
  status!: AdoptionStatus;

  /** `YYYY-MM-DD`. */
  @Column({ type: 'date', nullable: true })
  plannedDate!: string | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
