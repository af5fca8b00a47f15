import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Seed, Seeder } from '@wild/api/database';
import type { WipoRegion } from '@wild/shared/domain';
import { LANGUAGES, ST3_CODES } from '@wild/shared/reference-data';

import { LanguageEntity } from './language.entity';
import { St3CodeEntity } from './st3-code.entity';

/** The ST.3 codes and ISO 639-1 languages, as the code lists them: updated at every start. */
@Injectable()
@Seed({ name: 'reference data (ST.3 codes, languages)', order: 0, kind: 'reference' })
export class ReferenceDataSeeder implements Seeder {
  async seed(manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(St3CodeEntity)
      .values(
        ST3_CODES.map((entry) => ({
          code: entry.code,
          kind: entry.kind,
          names: { ...entry.name },
          region: entry.region as WipoRegion,
        })),
      )
      .orUpdate(['kind', 'names', 'region'], ['code'])
      .execute();

    await manager
      .createQueryBuilder()
      .insert()
      .into(LanguageEntity)
      .values(
        LANGUAGES.map((entry) => ({
          code: entry.code,
          names: { ...entry.name },
          nativeName: entry.nativeName,
          wipoOfficial: entry.wipoOfficial,
        })),
      )
      .orUpdate(['names', 'native_name', 'wipo_official'], ['code'])
      .execute();
  }
}
