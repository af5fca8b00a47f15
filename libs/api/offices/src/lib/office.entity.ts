import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { OfficeKind, WipoRegion } from '@wild/shared/domain';
import type { LocalizedText } from '@wild/shared/domain';

export interface OfficeLink {
  readonly label: string;
  readonly url: string;
}

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

  /** The acronym in English, and in every language without one in `acronyms`. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  acronym!: string | null;

  /** The acronym in the languages where it differs from `acronym`: `{ fr: 'OMPI' }` for WIPO. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  acronyms!: Record<string, string>;

  @Column({ type: 'jsonb' })
  names!: LocalizedText;

  /** Working languages, ISO 639-1, most used first. */
  @Column({ type: 'varchar', length: 2, array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ type: 'varchar', length: 64, nullable: true })
  timeZone!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'integer', nullable: true })
  staffSize!: number | null;

  @Column({ type: 'integer', nullable: true })
  ictStaffSize!: number | null;

  /** Business systems in use: `WIPO IPAS`, `in-house`, a commercial product … */
  @Column({ type: 'varchar', length: 64, array: true, default: () => "'{}'" })
  businessSystems!: string[];

  /** How many introductions the office can take on as a provider at once. */
  @Column({ type: 'integer', default: 2 })
  mentoringCapacity!: number;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links!: OfficeLink[];

  /** Invented demo data, never an office's own statement. */
  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
