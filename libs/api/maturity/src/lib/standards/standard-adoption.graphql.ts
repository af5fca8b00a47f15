import {
  Field,
  GraphQLISODateTime,
  InputType,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsOptional, IsString, Length, MaxLength } from 'class-validator';

import { MultiLineText } from '@wild/api/core';

import { AdoptionStatus } from './standard-adoption.entity';

registerEnumType(AdoptionStatus, {
  name: 'AdoptionStatus',
  description:
    'Implemented COMPLETE, PARTIAL or NONE (a planned implementation is NONE with a planned date).',
});

@ObjectType('StandardAdoption', { description: 'An office’s adoption of a WIPO standard.' })
export class StandardAdoptionModel {
  @Field({ description: 'ST.26, ST.96 …' })
  standard!: string;

  @Field(() => AdoptionStatus)
  status!: AdoptionStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  plannedDate!: string | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field()
  illustrative!: boolean;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@InputType()
export class SetStandardAdoptionInput {
  @Field({ description: 'WIPO ST.3 code of the office.' })
  @IsString()
  @Length(2, 8)
  officeCode!: string;

  @Field({ description: 'A WIPO standard of the CWS list: ST.26, ST.96 …' })
  @IsString()
  @MaxLength(16)
  standard!: string;

  @Field(() => AdoptionStatus)
  @IsEnum(AdoptionStatus)
  status!: AdoptionStatus;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: when the office plans to implement it.',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'plannedDate must be a date such as 2027-06-30.' })
  @Length(10, 10, { message: 'plannedDate must be a date such as 2027-06-30.' })
  plannedDate?: string | null;

  @Field(() => String, { nullable: true })
  @MultiLineText()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string | null;
}
