import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import type { MaturityDimension } from '@wild/shared/domain';

/** "We seek help" in one dimension. A confidential need is seen only by its office and the IB. */
@Entity({ name: 'office_need' })
export class OfficeNeedEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  officeCode!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  dimension!: MaturityDimension;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'boolean', default: false })
  confidential!: boolean;

  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

/** "We can help" in one dimension; offers are always public to the network. */
@Entity({ name: 'office_offer' })
export class OfficeOfferEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  officeCode!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  dimension!: MaturityDimension;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
