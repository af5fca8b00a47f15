import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { LocalizedText, WipoRegion } from '@wild/shared/domain';
import type { St3CodeKind } from '@wild/shared/reference-data';

/** One code of WIPO Standard ST.3: a state (ISO 3166-1) or an organisation. */
@Entity({ name: 'st3_code' })
export class St3CodeEntity {
  @PrimaryColumn({ type: 'varchar', length: 2 })
  code!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: St3CodeKind;

  @Column({ type: 'jsonb' })
  names!: LocalizedText;

  @Column({ type: 'varchar', length: 32 })
  region!: WipoRegion;
}
