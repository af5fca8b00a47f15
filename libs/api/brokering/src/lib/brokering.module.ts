import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { INTRODUCTION_FACTS, MatchingModule } from '@wild/api/matching';
import { CONTACT_ACCESS } from '@wild/api/members';
import { OfficesModule } from '@wild/api/offices';

import { AssignmentSolver } from './assignment/assignment-solver';
import { AssignmentResolver } from './assignment/assignment.resolver';
import { AssignmentService } from './assignment/assignment.service';
import { BrokeringContactAccess } from './contacts/brokering-contact-access';
import { DemoBrokeringSeeder } from './demo/demo-brokering.seeder';
import { IntroductionExpiry } from './expiry/introduction-expiry';
import { BrokeringIntroductionFacts } from './facts/brokering-introduction-facts';
import { BrokeringLog } from './history/brokering-log';
import { BrokeringTransitionEntity } from './history/brokering-transition.entity';
import { IntroductionEntity } from './introductions/introduction.entity';
import { IntroductionsResolver } from './introductions/introductions.resolver';
import { IntroductionsService } from './introductions/introductions.service';
import { MatchRequestEntity } from './requests/match-request.entity';
import { MatchRequestsResolver } from './requests/match-requests.resolver';
import { MatchRequestsService } from './requests/match-requests.service';
import { BrokeringWorkspaceResolver } from './workspace/brokering-workspace.resolver';
import { BrokeringWorkspaceService } from './workspace/brokering-workspace.service';

/**
 * Brokering: match requests, the introductions the International Bureau proposes for them, their
 * expiry (docs/brokering.md). Global, because it answers two tokens earlier libs declare:
 * members' CONTACT_ACCESS and matching's INTRODUCTION_FACTS.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([MatchRequestEntity, IntroductionEntity, BrokeringTransitionEntity]),
    OfficesModule,
    MatchingModule,
  ],
  providers: [
    BrokeringLog,
    MatchRequestsService,
    MatchRequestsResolver,
    IntroductionsService,
    IntroductionsResolver,
    IntroductionExpiry,
    DemoBrokeringSeeder,
    BrokeringWorkspaceService,
    BrokeringWorkspaceResolver,
    AssignmentSolver,
    AssignmentService,
    AssignmentResolver,
    { provide: INTRODUCTION_FACTS, useClass: BrokeringIntroductionFacts },
    { provide: CONTACT_ACCESS, useClass: BrokeringContactAccess },
  ],
  exports: [
    INTRODUCTION_FACTS,
    CONTACT_ACCESS,
    MatchRequestsService,
    IntroductionsService,
    IntroductionExpiry,
  ],
})
export class BrokeringModule {}
