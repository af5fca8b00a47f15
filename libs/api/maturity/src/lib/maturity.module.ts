import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { OfficesModule } from '@wild/api/offices';

import { CurrentMaturitySeeder } from './assessments/current-maturity';
import {
  MaturityAssessmentEntity,
  MaturityAssessmentLevelEntity,
} from './assessments/maturity-assessment.entity';
import {
  MaturityAssessmentsResolver,
  OfficeMaturityResolver,
} from './assessments/maturity-assessments.resolver';
import { MaturityAssessmentsService } from './assessments/maturity-assessments.service';
import { MaturityBenchmarkResolver } from './benchmark/maturity-benchmark.resolver';
import { MaturityBenchmarkService } from './benchmark/maturity-benchmark.service';
import { DemoMaturitySeeder } from './demo-maturity.seeder';
import { MaturityDimensionDescriptorEntity, MaturityModelEntity } from './maturity-model.entity';
import { MaturityModelResolver } from './maturity-model.resolver';
import { MaturityModelSeeder } from './maturity-model.seeder';
import { MaturityModelService } from './maturity-model.service';
import {
  NeedsResolver,
  OffersResolver,
  OfficeNeedsOffersResolver,
} from './needs-offers/needs-offers.resolver';
import { NeedsOffersService } from './needs-offers/needs-offers.service';
import { OfficeNeedEntity, OfficeOfferEntity } from './needs-offers/office-need-offer.entity';
import { StandardAdoptionEntity } from './standards/standard-adoption.entity';
import { OfficeStandardsResolver, StandardsResolver } from './standards/standards.resolver';
import { StandardsService } from './standards/standards.service';

/** The ICT maturity model (versioned, as data); assessments, needs and offers, standards follow. */
@Module({
  imports: [
    OfficesModule,
    TypeOrmModule.forFeature([
      MaturityModelEntity,
      MaturityDimensionDescriptorEntity,
      MaturityAssessmentEntity,
      MaturityAssessmentLevelEntity,
      StandardAdoptionEntity,
      OfficeNeedEntity,
      OfficeOfferEntity,
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
    NeedsOffersService,
    NeedsResolver,
    OffersResolver,
    OfficeNeedsOffersResolver,
    MaturityBenchmarkService,
    MaturityBenchmarkResolver,
    DemoMaturitySeeder,
    CurrentMaturitySeeder,
  ],
  exports: [MaturityModelService, MaturityAssessmentsService],
})
export class MaturityModule {}
