import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Seed, Seeder } from '@wild/api/database';
import { MATURITY_MODEL_V1 } from '@wild/shared/domain';

import { MaturityDimensionDescriptorEntity, MaturityModelEntity } from './maturity-model.entity';

/**
 * The versions of the model the code holds, upserted at every start (wording fixes reach every
 * install); the newest one is put in force when none is.
 */
@Injectable()
@Seed({ name: 'maturity model', order: 6, kind: 'reference' })
export class MaturityModelSeeder implements Seeder {
  async seed(manager: EntityManager): Promise<void> {
    const model = MATURITY_MODEL_V1;
    await manager
      .createQueryBuilder()
      .insert()
      .into(MaturityModelEntity)
      .values({ version: model.version, levelNames: model.levelNames.map((name) => ({ ...name })) })
      .orUpdate(['level_names'], ['version'])
      .execute();
    await manager
      .createQueryBuilder()
      .insert()
      .into(MaturityDimensionDescriptorEntity)
      .values(
        model.dimensions.map((dimension, position) => ({
          version: model.version,
          dimension: dimension.dimension,
          position,
          name: { ...dimension.name },
          description: { ...dimension.description },
          levels: dimension.levels.map((level) => ({ ...level })),
        })),
      )
      .orUpdate(['position', 'name', 'description', 'levels'], ['version', 'dimension'])
      .execute();
    if (!(await manager.existsBy(MaturityModelEntity, { inForce: true }))) {
      await manager.update(MaturityModelEntity, { version: model.version }, { inForce: true });
    }
  }
}
