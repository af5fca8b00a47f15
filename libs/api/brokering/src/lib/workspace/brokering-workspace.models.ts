import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

import { IntroductionState } from '../brokering.enums';

@ObjectType('IntroductionStateCount')
export class IntroductionStateCountModel {
  @Field(() => IntroductionState)
  state!: IntroductionState;

  @Field(() => Int)
  count!: number;
}

@ObjectType('BrokeringDashboard', {
  description:
    'The International Bureau’s figures: requests as they are now; introductions over a period [from, to).',
})
export class BrokeringDashboardModel {
  @Field(() => Int, { description: 'Requests OPEN now.' })
  openRequests!: number;

  @Field(() => Int, { description: 'Requests INTRODUCED now.' })
  introducedRequests!: number;

  @Field(() => [IntroductionStateCountModel], {
    description:
      'Introductions proposed in the period, by their state now: every state, 0 included, in the order PROPOSED, ACTIVE, DECLINED, EXPIRED, CANCELLED, CLOSED.',
  })
  introductionsByState!: IntroductionStateCountModel[];

  @Field(() => Float, {
    nullable: true,
    description:
      'Over introductions proposed in the period that became ACTIVE: the median of days from proposal to ACTIVE. Null when none.',
  })
  medianDaysToActive!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Over introductions CLOSED in the period: the share (0 to 1) with the outcome SUCCESSFUL. Null when none.',
  })
  successfulShare!: number | null;

  @Field(() => Int, { description: 'Introductions CLOSED in the period.' })
  closedCount!: number;
}
