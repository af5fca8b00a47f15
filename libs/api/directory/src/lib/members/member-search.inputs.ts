import { ArgsType, Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { PageArgs } from '@wild/api/core';
import { Position } from '@wild/api/members';
import { MaturityDimension, WipoRegion } from '@wild/shared/domain';

import { SortDirection } from '../facets';

export enum MemberFacetField {
  OFFICE = 'OFFICE',
  REGION = 'REGION',
  POSITION = 'POSITION',
  LANGUAGE = 'LANGUAGE',
  EXPERTISE = 'EXPERTISE',
  AVAILABLE_TO_MENTOR = 'AVAILABLE_TO_MENTOR',
}
registerEnumType(MemberFacetField, {
  name: 'MemberFacetField',
  description:
    'OFFICE (ST.3 code), REGION (of the office), POSITION, LANGUAGE, EXPERTISE (area code, any level), AVAILABLE_TO_MENTOR (`true`/`false`).',
});

export enum MemberOrderField {
  RELEVANCE = 'RELEVANCE',
  NAME = 'NAME',
  MATURITY = 'MATURITY',
  UPDATED = 'UPDATED',
}
registerEnumType(MemberOrderField, {
  name: 'MemberOrderField',
  description:
    'RELEVANCE (with a search; its default), NAME (default without a search), MATURITY (their office’s current level in `dimension`, or overall; unknown last), UPDATED.',
});

@InputType()
export class ExpertiseFilterInput {
  @Field({ description: 'An expertise area code, e.g. CYBERSECURITY_OPERATIONS.' })
  @IsString()
  @MaxLength(32)
  area!: string;

  @Field(() => Int, {
    nullable: true,
    description: '1 familiar · 2 practitioner · 3 expert (default 1).',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'An expertise level is between 1 and 3.' })
  @Max(3, { message: 'An expertise level is between 1 and 3.' })
  minLevel?: number | null;
}

@InputType({
  description:
    'Every filter given must hold; within a list of values, any value matches. Each expertise entry must hold.',
})
export class MemberFilterInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Free text over names, titles, expertise and bios: accent- and case-insensitive, tolerant of typos in names.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => [String], { nullable: true, description: 'ST.3 codes of their offices.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(8, { each: true })
  offices?: string[] | null;

  @Field(() => [Position], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Position, { each: true })
  positions?: Position[] | null;

  @Field(() => [ExpertiseFilterInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ExpertiseFilterInput)
  expertise?: ExpertiseFilterInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Languages they speak, ISO 639-1.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(16, { each: true }) // a bound on size; the reference lists judge the codes
  languages?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  availableToMentor?: boolean | null;

  @Field(() => [WipoRegion], { nullable: true, description: 'Of their office.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(WipoRegion, { each: true })
  regions?: WipoRegion[] | null;
}

@InputType()
export class MemberOrderInput {
  @Field(() => MemberOrderField)
  @IsEnum(MemberOrderField)
  field!: MemberOrderField;

  @Field(() => MaturityDimension, { nullable: true, description: 'For MATURITY.' })
  @IsOptional()
  @IsEnum(MaturityDimension)
  dimension?: MaturityDimension | null;

  @Field(() => SortDirection, {
    nullable: true,
    description: 'Default: ASC for NAME, DESC otherwise.',
  })
  @IsOptional()
  @IsEnum(SortDirection)
  direction?: SortDirection | null;
}

@ArgsType()
export class MemberSearchArgs extends PageArgs {
  @Field(() => MemberFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MemberFilterInput)
  filter?: MemberFilterInput | null;

  @Field(() => MemberOrderInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MemberOrderInput)
  orderBy?: MemberOrderInput | null;
}
