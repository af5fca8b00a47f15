import { ArgsType, Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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
import { AdoptionStatus, MaturityGroupEnum } from '@wild/api/maturity';
import { MaturityDimension, OfficeKind, WipoRegion } from '@wild/shared/domain';
import type { MaturityGroup } from '@wild/shared/domain';

import { SortDirection } from '../facets';

/** Facets of the office directory; MATURITY_<dimension> counts the current levels in it. */
export enum OfficeFacetField {
  REGION = 'REGION',
  KIND = 'KIND',
  COUNTRY = 'COUNTRY',
  LANGUAGE = 'LANGUAGE',
  SYSTEM = 'SYSTEM',
  GROUP = 'GROUP',
  OVERALL_LEVEL = 'OVERALL_LEVEL',
  NEED = 'NEED',
  OFFER = 'OFFER',
  STANDARD = 'STANDARD',
  MATURITY_STRATEGY = 'MATURITY_STRATEGY',
  MATURITY_DATA = 'MATURITY_DATA',
  MATURITY_SECURITY = 'MATURITY_SECURITY',
  MATURITY_CORE_SYSTEMS = 'MATURITY_CORE_SYSTEMS',
  MATURITY_SERVICES = 'MATURITY_SERVICES',
  MATURITY_INTEROP = 'MATURITY_INTEROP',
  MATURITY_INFRA = 'MATURITY_INFRA',
  MATURITY_EMERGING = 'MATURITY_EMERGING',
  MATURITY_PEOPLE = 'MATURITY_PEOPLE',
  MATURITY_COOPERATION = 'MATURITY_COOPERATION',
}
registerEnumType(OfficeFacetField, {
  name: 'OfficeFacetField',
  description:
    'REGION, KIND, COUNTRY, LANGUAGE, SYSTEM: of the office; GROUP, OVERALL_LEVEL, MATURITY_<dimension>: of its current assessment (null: unknown); NEED, OFFER: dimensions; STANDARD: `ST.26 COMPLETE` …',
});

export enum OfficeOrderField {
  RELEVANCE = 'RELEVANCE',
  NAME = 'NAME',
  MATURITY = 'MATURITY',
  UPDATED = 'UPDATED',
}
registerEnumType(OfficeOrderField, {
  name: 'OfficeOrderField',
  description:
    'RELEVANCE (with a search; its default), NAME (English name; default without a search), MATURITY (current level in `dimension`, or the overall level; unknown last), UPDATED.',
});

@InputType({ description: 'A current level between min and max (both included).' })
export class LevelRangeInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'A level is between 1 and 5.' })
  @Max(5, { message: 'A level is between 1 and 5.' })
  min?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'A level is between 1 and 5.' })
  @Max(5, { message: 'A level is between 1 and 5.' })
  max?: number | null;
}

@InputType()
export class DimensionLevelFilterInput extends LevelRangeInput {
  @Field(() => MaturityDimension)
  @IsEnum(MaturityDimension)
  dimension!: MaturityDimension;
}

@InputType()
export class StandardFilterInput {
  @Field({ description: 'ST.26, ST.96 …' })
  @IsString()
  @MaxLength(16)
  standard!: string;

  @Field(() => [AdoptionStatus], {
    nullable: true,
    description: 'Any of these (default: COMPLETE or PARTIAL).',
  })
  @IsOptional()
  @IsArray()
  @IsEnum(AdoptionStatus, { each: true })
  statuses?: AdoptionStatus[] | null;
}

@InputType({
  description:
    'Every filter given must hold; within a list of values, any value matches (languages: ["fr", "es"] is French or Spanish). Each maturity and standards entry must hold.',
})
export class OfficeFilterInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Free text over names (every language), acronym and description: accent- and case-insensitive, tolerant of typos in names.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => [WipoRegion], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(WipoRegion, { each: true })
  regions?: WipoRegion[] | null;

  @Field(() => [OfficeKind], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(OfficeKind, { each: true })
  kinds?: OfficeKind[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(300)
  @IsString({ each: true })
  @MaxLength(16, { each: true }) // a bound on size; the reference lists judge the codes
  countries?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Working languages, ISO 639-1.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(16, { each: true }) // a bound on size; the reference lists judge the codes
  languages?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Business systems, e.g. WIPO IPAS (case-insensitive).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  systems?: string[] | null;

  @Field(() => [StandardFilterInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => StandardFilterInput)
  standards?: StandardFilterInput[] | null;

  @Field(() => [DimensionLevelFilterInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => DimensionLevelFilterInput)
  maturity?: DimensionLevelFilterInput[] | null;

  @Field(() => LevelRangeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LevelRangeInput)
  overallLevel?: LevelRangeInput | null;

  @Field(() => [MaturityGroupEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(MaturityGroupEnum, { each: true })
  groups?: MaturityGroup[] | null;

  @Field(() => [MaturityDimension], {
    nullable: true,
    description: 'Seeks help in any of these dimensions (needs the caller may see).',
  })
  @IsOptional()
  @IsArray()
  @IsEnum(MaturityDimension, { each: true })
  needs?: MaturityDimension[] | null;

  @Field(() => [MaturityDimension], {
    nullable: true,
    description: 'Offers help in any of these dimensions.',
  })
  @IsOptional()
  @IsArray()
  @IsEnum(MaturityDimension, { each: true })
  offers?: MaturityDimension[] | null;
}

@InputType()
export class OfficeOrderInput {
  @Field(() => OfficeOrderField)
  @IsEnum(OfficeOrderField)
  field!: OfficeOrderField;

  @Field(() => MaturityDimension, {
    nullable: true,
    description: 'For MATURITY: the dimension (default: the overall level).',
  })
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
export class OfficeSearchArgs extends PageArgs {
  @Field(() => OfficeFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfficeFilterInput)
  filter?: OfficeFilterInput | null;

  @Field(() => OfficeOrderInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfficeOrderInput)
  orderBy?: OfficeOrderInput | null;
}
