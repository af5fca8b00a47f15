import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Seed, Seeder } from '@wild/api/database';
import { EXPERTISE_AREAS } from '@wild/shared/reference-data';

import { ExpertiseAreaEntity } from './member.entity';

/** The expertise taxonomy, as the code lists it: updated at every start. */
@Injectable()
@Seed({ name: 'expertise areas', order: 5, kind: 'reference' })
export class ExpertiseAreasSeeder implements Seeder {
  async seed(manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ExpertiseAreaEntity)
      .values(EXPERTISE_AREAS.map((area) => ({ code: area.code, names: { ...area.name } })))
      .orUpdate(['names'], ['code'])
      .execute();
  }
}
