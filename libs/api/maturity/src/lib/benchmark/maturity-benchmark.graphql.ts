import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';

import { MaturityDimension, OfficeKind, WipoRegion } from '@wild/shared/domain';
import type { MaturityGroup } from '@wild/shared/domain';

import { MaturityGroupEnum } from '../assessments/maturity-assessment.model';

@InputType({ description: 'Which offices to compare: all when left empty.' })
export class MaturityBenchmarkFilterInput {
  @Field(() => WipoRegion, { nullable: true })
  @IsOptional()
  @IsEnum(WipoRegion)
  region?: WipoRegion | null;

  @Field(() => OfficeKind, { nullable: true })
  @IsOptional()
  @IsEnum(OfficeKind)
  kind?: OfficeKind | null;
}

@ObjectType()
export class LevelCount {
  @Field(() => Int)
  level!: number;

  @Field(() => Int, { description: 'Offices at this level.' })
  count!: number;
}

@ObjectType()
export class GroupCount {
  @Field(() => MaturityGroupEnum)
  group!: MaturityGroup;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Current levels of the compared offices in one dimension.' })
export class DimensionBenchmark {
  @Field(() => MaturityDimension)
  dimension!: MaturityDimension;

  @Field(() => Int, { description: 'Offices with a known level.' })
  known!: number;

  @Field(() => Int, { description: 'Offices whose level is unknown.' })
  unknown!: number;

  @Field(() => Float, { nullable: true, description: 'Mean of the known levels.' })
  mean!: number | null;

  @Field(() => [LevelCount], { description: 'Levels 1 to 5, each with its count.' })
  distribution!: LevelCount[];
}

@ObjectType({ description: 'Overall levels (and A–D groups) of the compared offices.' })
export class OverallBenchmark {
  @Field(() => Int, { description: 'Offices with an overall level (six or more known levels).' })
  known!: number;

  @Field(() => Int)
  unknown!: number;

  @Field(() => Float, { nullable: true, description: 'Mean of the overall levels.' })
  mean!: number | null;

  @Field(() => [LevelCount])
  distribution!: LevelCount[];

  @Field(() => [GroupCount], { description: 'A to D, each with its count.' })
  groups!: GroupCount[];
}

@ObjectType('LevelPosition', {
  description:
    'How many of the other compared offices are below, level with and above the office’s level (the office itself is not counted).',
})
export class LevelPositionModel {
  @Field(() => Int)
  below!: number;

  @Field(() => Int)
  same!: number;

  @Field(() => Int)
  above!: number;
}

@ObjectType()
export class DimensionPosition {
  @Field(() => MaturityDimension)
  dimension!: MaturityDimension;

  @Field(() => Int, { nullable: true, description: 'The office’s current level; null: unknown.' })
  level!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The level minus the compared offices’ mean (positive: ahead).',
  })
  difference!: number | null;

  @Field(() => LevelPositionModel, {
    nullable: true,
    description: 'Null when the level is unknown.',
  })
  rank!: LevelPositionModel | null;
}

@ObjectType({ description: 'One office’s current assessment against the benchmark.' })
export class BenchmarkPosition {
  @Field()
  officeCode!: string;

  @Field(() => Int, { nullable: true })
  overallLevel!: number | null;

  @Field(() => MaturityGroupEnum, { nullable: true })
  group!: MaturityGroup | null;

  @Field(() => LevelPositionModel, {
    nullable: true,
    description: 'Against the compared offices’ overall levels; null when the office has none.',
  })
  overallRank!: LevelPositionModel | null;

  @Field(() => [DimensionPosition])
  dimensions!: DimensionPosition[];
}

@ObjectType({
  description:
    'Current maturity levels of a group of at least 5 offices, in aggregate only: no office can be singled out.',
})
export class MaturityBenchmark {
  @Field(() => WipoRegion, { nullable: true })
  region!: WipoRegion | null;

  @Field(() => OfficeKind, { nullable: true })
  kind!: OfficeKind | null;

  @Field(() => Int, { description: 'Offices compared: those matching with a current assessment.' })
  officeCount!: number;

  @Field({ description: 'Some of the compared assessments are illustrative (demo data).' })
  illustrative!: boolean;

  @Field(() => [DimensionBenchmark], { description: 'The ten dimensions, in model order.' })
  dimensions!: DimensionBenchmark[];

  @Field(() => OverallBenchmark)
  overall!: OverallBenchmark;

  @Field(() => BenchmarkPosition, {
    nullable: true,
    description:
      'The position of the asked office (by default the caller’s) against the group; null when it has no current assessment.',
  })
  position!: BenchmarkPosition | null;
}
