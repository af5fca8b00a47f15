import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Seed, Seeder } from '@wild/api/database';
import { OfficeKind, WipoRegion } from '@wild/shared/domain';
import { findSt3Code, IP_OFFICES } from '@wild/shared/reference-data';

import { OfficeEntity } from './office.entity';

/**
 * The real IP offices of the world (codes, names, languages: public facts, not demo data), the
 * International Bureau among them. Only missing offices are added: what an office has edited since
 * is never overwritten. Acronyms by language, which came later, are added to offices that have none
 * yet (databases from before them).
 */
@Injectable()
@Seed({ name: 'IP offices', order: 10, kind: 'reference' })
export class OfficesSeeder implements Seeder {
  async seed(manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(OfficeEntity)
      .values(
        IP_OFFICES.map((office) => ({
          code: office.code,
          kind: office.kind as OfficeKind,
          country: office.country,
          region: findSt3Code(office.code)?.region as WipoRegion,
          acronym: office.acronym,
          acronyms: { ...office.acronyms },
          names: { ...office.name },
          languages: [...office.languages],
          timeZone: office.timeZone,
          website: office.website,
          illustrative: false,
        })),
      )
      .orIgnore()
      .execute();
    const acronyms = IP_OFFICES.filter((office) => office.acronyms).map((office) => ({
      code: office.code,
      acronyms: office.acronyms,
    }));
    await manager.query(
      `UPDATE office SET acronyms = reference.acronyms
         FROM jsonb_to_recordset($1::jsonb) AS reference (code text, acronyms jsonb)
        WHERE office.code = reference.code AND office.acronyms = '{}'::jsonb`,
      [JSON.stringify(acronyms)],
    );
  }
}
