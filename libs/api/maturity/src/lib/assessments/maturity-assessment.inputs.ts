import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { MultiLineText } from '@wild/api/core';
import { MaturityDimension } from '@wild/shared/domain';

@InputType()
export class DimensionLevelInput {
  @Field(() => MaturityDimension)
  @IsEnum(MaturityDimension)
  dimension!: MaturityDimension;

  @Field(() => Int, { nullable: true, description: '1 to 5; null: unknown (not a level).' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'level must be between 1 and 5, or null for unknown.' })
  @Max(5, { message: 'level must be between 1 and 5, or null for unknown.' })
  level?: number | null;

  @Field(() => String, { nullable: true, description: 'What the level rests on.' })
  @MultiLineText()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  evidence?: string | null;
}

@InputType()
export class MaturityAssessmentInput {
  @Field({ description: 'WIPO ST.3 code of the office assessed.' })
  @IsString()
  @Length(2, 8)
  officeCode!: string;

  @Field(() => [DimensionLevelInput], {
    description: 'One entry per dimension; a dimension left out is unknown.',
  })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => DimensionLevelInput)
  levels!: DimensionLevelInput[];
}

@InputType()
export class ValidateMaturityAssessmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'assessmentId must be an assessment id.' })
  assessmentId!: string;
}
