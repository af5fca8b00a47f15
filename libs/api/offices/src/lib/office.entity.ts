import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { OfficeKind, WipoRegion } from '@wild/shared/domain';
import type { LocalizedText } from '@wild/shared/domain';

/** An IP office or intergovernmental organisation, keyed by its WIPO ST.3 code. */
@Entity({ name: 'office' })
export class OfficeEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: OfficeKind;

  /** ISO 3166-1 alpha-2 of the seat's country. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  country!: string | null;

  @Column({ type: 'varchar', length: 32 })
  region!: WipoRegion;

  @Column({ type: 'varchar', length: 32, nullable: true })
  acronym!: string | null;

  @Column({ type: 'jsonb' })
  names!: LocalizedText;

  /** Working languages, ISO 639-1, most used first. */
  @Column({ type: 'varchar', length: 2, array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ type: 'varchar', length: 64, nullable: true })
  timeZone!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  /** Invented demo data, never an office's own statement. */
  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
