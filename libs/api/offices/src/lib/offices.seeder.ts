import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Seed, Seeder } from '@wild/api/database';
import { OfficeKind, WipoRegion } from '@wild/shared/domain';
import { findSt3Code, IP_OFFICES } from '@wild/shared/reference-data';

import { OfficeEntity } from './office.entity';

/**
 * The real IP offices of the world (codes, names, languages: public facts, not demo data), the
 * International Bureau among them. Only missing offices are added: what an office has edited since
 * is never overwritten.
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
          names: { ...office.name },
          languages: [...office.languages],
          timeZone: office.timeZone,
          website: office.website,
          illustrative: false,
        })),
      )
      .orIgnore()
      .execute();
  }
}
