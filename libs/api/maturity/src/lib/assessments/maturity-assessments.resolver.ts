import { Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { AuthenticatedAccount, Authorize, CurrentAccount, viewerOf } from '@wild/api/auth';
import { Args, GraphQLContext, Meta, PageArgs, RequestMeta } from '@wild/api/core';
import { OfficeModel } from '@wild/api/offices';
import { MATURITY_DIMENSIONS, maturityGroup, overallLevel, Role } from '@wild/shared/domain';
import type { MaturityGroup } from '@wild/shared/domain';

import { MaturityAssessmentEntity } from './maturity-assessment.entity';
import {
  MaturityAssessmentInput,
  ValidateMaturityAssessmentInput,
} from './maturity-assessment.inputs';
import {
  DimensionLevelModel,
  MaturityAssessmentConnection,
  MaturityAssessmentModel,
  MaturityGroupEnum,
} from './maturity-assessment.model';
import { MaturityAssessmentsService } from './maturity-assessments.service';

@Resolver(() => MaturityAssessmentModel)
export class MaturityAssessmentsResolver {
  constructor(private readonly assessments: MaturityAssessmentsService) {}

  @Authorize(Role.OFFICE_ADMIN, Role.BROKER)
  @Mutation(() => MaturityAssessmentModel, {
    description:
      'Submits a dated self-assessment of an office (its office admins, brokers, admins); it becomes current.',
  })
  submitMaturityAssessment(
    @Args('input') input: MaturityAssessmentInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ) {
    return this.assessments.submit(caller, input, meta);
  }

  @Authorize(Role.OFFICE_ADMIN, Role.BROKER)
  @Mutation(() => MaturityAssessmentModel, {
    description: 'Keeps the office’s one draft until it is submitted.',
  })
  saveMaturityAssessmentDraft(
    @Args('input') input: MaturityAssessmentInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ) {
    return this.assessments.saveDraft(caller, input, meta);
  }

  @Authorize(Role.BROKER)
  @Mutation(() => MaturityAssessmentModel, {
    description: 'Marks a submitted assessment validated by the International Bureau.',
  })
  validateMaturityAssessment(
    @Args('input') input: ValidateMaturityAssessmentInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ) {
    return this.assessments.validate(caller, input.assessmentId, meta);
  }

  @ResolveField(() => [DimensionLevelModel], {
    description: 'All ten dimensions, in model order; unknown ones with a null level.',
  })
  async levels(
    @Parent() assessment: MaturityAssessmentEntity,
    @Context() context: GraphQLContext,
  ): Promise<DimensionLevelModel[]> {
    const stored = await this.assessments.levelsLoader(context.loaders).load(assessment.id);
    return MATURITY_DIMENSIONS.map((dimension) => {
      const found = stored.find((level) => level.dimension === dimension);
      return { dimension, level: found?.level ?? null, evidence: found?.evidence ?? null };
    });
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Mean of the known levels, rounded half up; null under six known.',
  })
  async overallLevel(
    @Parent() assessment: MaturityAssessmentEntity,
    @Context() context: GraphQLContext,
  ): Promise<number | null> {
    const kept = await this.assessments.currentDerivedLoader(context.loaders).load(assessment.id);
    if (kept) return kept.overallLevel;
    const stored = await this.assessments.levelsLoader(context.loaders).load(assessment.id);
    return overallLevel(stored.map((level) => level.level));
  }

  @ResolveField(() => MaturityGroupEnum, {
    nullable: true,
    description: 'A–D, as the GovTech Maturity Index groups; null under six known.',
  })
  async group(
    @Parent() assessment: MaturityAssessmentEntity,
    @Context() context: GraphQLContext,
  ): Promise<MaturityGroup | null> {
    const kept = await this.assessments.currentDerivedLoader(context.loaders).load(assessment.id);
    if (kept) return kept.group;
    const stored = await this.assessments.levelsLoader(context.loaders).load(assessment.id);
    return maturityGroup(stored.map((level) => level.level));
  }

  @ResolveField(() => Boolean)
  validated(@Parent() assessment: MaturityAssessmentEntity): boolean {
    return assessment.validatedAt !== null;
  }
}

/** `office.maturity`, `office.maturityHistory`, `office.maturityDraft`. */
@Resolver(() => OfficeModel)
export class OfficeMaturityResolver {
  constructor(private readonly assessments: MaturityAssessmentsService) {}

  @ResolveField(() => MaturityAssessmentModel, {
    nullable: true,
    description: 'The current (newest submitted) assessment.',
  })
  maturity(@Parent() office: OfficeModel, @Context() context: GraphQLContext) {
    return this.assessments.currentLoader(context.loaders).load(office.code);
  }

  @ResolveField(() => MaturityAssessmentConnection, {
    description: 'Submitted assessments, newest first.',
  })
  maturityHistory(
    @Parent() office: OfficeModel,
    @Args() page: PageArgs,
    @Context() context: GraphQLContext,
  ) {
    return this.assessments.historyLoader(context.loaders, page).load(office.code);
  }

  @ResolveField(() => MaturityAssessmentModel, {
    nullable: true,
    description:
      'The draft in progress: for the office’s admins, brokers and admins (null for anyone else).',
  })
  maturityDraft(@Parent() office: OfficeModel, @Context() context: GraphQLContext) {
    return this.assessments.draft(viewerOf(context), office.code, context.loaders);
  }
}
