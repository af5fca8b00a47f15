import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AssignmentPair', { description: 'A request and the candidate office chosen for it.' })
export class AssignmentPairModel {
  @Field(() => Int, { description: 'The request’s position in the requests weighed.' })
  requestIndex!: number;

  @Field(() => ID, { nullable: true, description: 'The request’s id (openRequests only).' })
  requestId!: string | null;

  @Field()
  seekerOfficeCode!: string;

  @Field()
  candidateOfficeCode!: string;

  @Field(() => Float, {
    description: 'The candidate’s score for the request, as a broker sees it.',
  })
  score!: number;
}

@ObjectType('AssignmentResult')
export class AssignmentResultModel {
  @Field(() => [AssignmentPairModel], { description: 'By request index, one per request at most.' })
  pairs!: AssignmentPairModel[];

  @Field(() => Float, { description: 'The sum of the pairs’ scores.' })
  totalScore!: number;

  @Field(() => Int)
  assignedCount!: number;
}

@ObjectType('AssignmentComparison', {
  description:
    'The same requests and candidates assigned twice: the optimum (the greatest total score) and greedy (the best pair first, as by hand).',
})
export class AssignmentComparisonModel {
  @Field(() => AssignmentResultModel)
  optimal!: AssignmentResultModel;

  @Field(() => AssignmentResultModel)
  greedy!: AssignmentResultModel;

  @Field(() => Int, { description: 'How many requests were weighed.' })
  requestCount!: number;
}
