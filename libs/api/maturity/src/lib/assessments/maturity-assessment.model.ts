import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Connection } from '@wild/api/core';
import { MaturityDimension } from '@wild/shared/domain';

import { AssessmentStatus } from './maturity-assessment.entity';

registerEnumType(AssessmentStatus, { name: 'AssessmentStatus' });

@ObjectType('DimensionLevel')
export class DimensionLevelModel {
  @Field(() => MaturityDimension)
  dimension!: MaturityDimension;

  @Field(() => Int, { nullable: true, description: '1 to 5; null: unknown.' })
  level!: number | null;

  @Field(() => String, { nullable: true })
  evidence!: string | null;
}

@ObjectType('MaturityAssessment', {
  description: 'An office’s dated self-assessment against a model version.',
})
export class MaturityAssessmentModel {
  @Field(() => ID)
  id!: string;

  @Field()
  officeCode!: string;

  @Field(() => Int)
  modelVersion!: number;

  @Field(() => AssessmentStatus)
  status!: AssessmentStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the International Bureau validated it.',
  })
  validatedAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    description: 'When it last changed: saved as a draft, submitted, validated.',
  })
  updatedAt!: Date;

  @Field()
  illustrative!: boolean;
}

@ObjectType('MaturityAssessmentConnection')
export class MaturityAssessmentConnection extends Connection(MaturityAssessmentModel) {}

/** GraphQL enum of the A–D groups. */
export enum MaturityGroupEnum {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}
registerEnumType(MaturityGroupEnum, {
  name: 'MaturityGroup',
  description: 'A (most mature) to D.',
});
