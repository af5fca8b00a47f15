import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { MaturityDimension } from '@wild/shared/domain';

registerEnumType(MaturityDimension, {
  name: 'MaturityDimension',
  description:
    'The ten dimensions of the ICT maturity model (a new model version rewords them, never renames them).',
});

@ObjectType('MaturityLevelDescriptor')
export class MaturityLevelDescriptorModel {
  @Field(() => Int, {
    description: '1 Ad hoc · 2 Digitised · 3 Defined · 4 Integrated · 5 Optimising.',
  })
  level!: number;

  @Field()
  name!: string;

  @Field({ description: 'What an office at this level has or does, in this dimension.' })
  descriptor!: string;
}

@ObjectType('MaturityDimensionDescriptor')
export class MaturityDimensionModel {
  @Field(() => MaturityDimension)
  dimension!: MaturityDimension;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => [MaturityLevelDescriptorModel])
  levels!: MaturityLevelDescriptorModel[];
}

@ObjectType('MaturityLevelName')
export class MaturityLevelNameModel {
  @Field(() => Int)
  level!: number;

  @Field()
  name!: string;
}

@ObjectType('MaturityModel', {
  description: 'A version of the ICT maturity model, in one language.',
})
export class MaturityModelModel {
  @Field(() => Int)
  version!: number;

  @Field({ description: 'The version offices assess themselves against now.' })
  inForce!: boolean;

  @Field(() => GraphQLISODateTime)
  publishedAt!: Date;

  @Field({ description: 'The language the texts are in (English when the asked one is missing).' })
  language!: string;

  @Field(() => [MaturityLevelNameModel])
  levels!: MaturityLevelNameModel[];

  @Field(() => [MaturityDimensionModel])
  dimensions!: MaturityDimensionModel[];
}
