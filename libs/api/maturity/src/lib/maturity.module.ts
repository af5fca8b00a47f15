import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import {
  MaturityAssessmentEntity,
  MaturityAssessmentLevelEntity,
} from './assessments/maturity-assessment.entity';
import {
  MaturityAssessmentsResolver,
  OfficeMaturityResolver,
} from './assessments/maturity-assessments.resolver';
import { MaturityAssessmentsService } from './assessments/maturity-assessments.service';
import { MaturityDimensionDescriptorEntity, MaturityModelEntity } from './maturity-model.entity';
import { MaturityModelResolver } from './maturity-model.resolver';
import { MaturityModelSeeder } from './maturity-model.seeder';
import { MaturityModelService } from './maturity-model.service';
import { StandardAdoptionEntity } from './standards/standard-adoption.entity';
import { OfficeStandardsResolver, StandardsResolver } from './standards/standards.resolver';
import { StandardsService } from './standards/standards.service';

/** The ICT maturity model (versioned, as data); assessments, needs and offers, standards follow. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      MaturityModelEntity,
      MaturityDimensionDescriptorEntity,
      MaturityAssessmentEntity,
      MaturityAssessmentLevelEntity,
      StandardAdoptionEntity,
    ]),
  ],
  providers: [
    MaturityModelService,
    MaturityModelResolver,
    MaturityModelSeeder,
    MaturityAssessmentsService,
    MaturityAssessmentsResolver,
    OfficeMaturityResolver,
    StandardsService,
    StandardsResolver,
    OfficeStandardsResolver,
  ],
  exports: [MaturityModelService, MaturityAssessmentsService],
})
export class MaturityModule {}
