import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MaturityDimensionDescriptorEntity, MaturityModelEntity } from './maturity-model.entity';
import { MaturityModelResolver } from './maturity-model.resolver';
import { MaturityModelSeeder } from './maturity-model.seeder';
import { MaturityModelService } from './maturity-model.service';

/** The ICT maturity model (versioned, as data); assessments, needs and offers, standards follow. */
@Module({
  imports: [TypeOrmModule.forFeature([MaturityModelEntity, MaturityDimensionDescriptorEntity])],
  providers: [MaturityModelService, MaturityModelResolver, MaturityModelSeeder],
  exports: [MaturityModelService],
})
export class MaturityModule {}
