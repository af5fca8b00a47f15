import { Module } from '@nestjs/common';

import { DirectoryModule } from '@wild/api/directory';
import { MaturityModule } from '@wild/api/maturity';
import { OfficesModule } from '@wild/api/offices';

import { ExpertsResolver } from './experts/experts.resolver';
import { ExpertsService } from './experts/experts.service';
import { CandidateModel } from './recommendations/candidate-model';
import { RecommendationsResolver } from './recommendations/recommendations.resolver';
import { RecommendationsService } from './recommendations/recommendations.service';

/**
 * Matching: explained recommendations of mentors, peers and standards buddies, and of members
 * expert in an area (docs/matching.md).
 * Introductions come through the INTRODUCTION_FACTS token, which brokering provides.
 */
@Module({
  imports: [OfficesModule, MaturityModule, DirectoryModule],
  providers: [
    CandidateModel,
    RecommendationsService,
    RecommendationsResolver,
    ExpertsService,
    ExpertsResolver,
  ],
  exports: [RecommendationsService, ExpertsService],
})
export class MatchingModule {}
