import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { LocalizedText } from '@wild/shared/domain';

/** An ISO 639-1 language. */
@Entity({ name: 'language' })
export class LanguageEntity {
  @PrimaryColumn({ type: 'varchar', length: 2 })
  code!: string;

  @Column({ type: 'jsonb' })
  names!: LocalizedText;

  @Column({ type: 'text' })
  nativeName!: string;

  /** One of WIPO's six official languages. */
  @Column({ type: 'boolean', default: false })
  wipoOfficial!: boolean;
}
