import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { MultiLineText } from '@wild/api/core';

import { TEXT_MAX } from '../dto/brokering.inputs';

/** The most pairs one proposeIntroductions takes: one transaction holds all their locks. */
export const PAIRS_MAX = 500;

/** The longest period a dashboard covers. */
export const DASHBOARD_PERIOD_MAX_YEARS = 5;

@InputType()
export class IntroductionPairInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'requestId must be a request id.' })
  requestId!: string;

  @Field({ description: 'ST.3 code of the office proposed to the request’s office.' })
  @IsString()
  @MaxLength(8)
  candidateOfficeCode!: string;
}

@InputType()
export class ProposeIntroductionsInput {
  @Field(() => [IntroductionPairInput], {
    description: `1 to ${PAIRS_MAX} pairs, each request once.`,
  })
  @IsArray()
  @ArrayMaxSize(PAIRS_MAX, { message: `pairs are 1 to ${PAIRS_MAX}.` })
  @ValidateNested({ each: true })
  @Type(() => IntroductionPairInput)
  pairs!: IntroductionPairInput[];

  @Field({ description: `To both sides of every pair (1 to ${TEXT_MAX} characters).` })
  @MultiLineText()
  @IsString()
  @MaxLength(TEXT_MAX, { message: `message is 1 to ${TEXT_MAX} characters.` })
  message!: string;
}

@ArgsType()
export class BrokeringDashboardArgs {
  @Field(() => GraphQLISODateTime, { description: 'From this moment (inclusive).' })
  @IsDate()
  from!: Date;

  @Field(() => GraphQLISODateTime, {
    description: `Until this moment (exclusive): after from, at most ${DASHBOARD_PERIOD_MAX_YEARS} years later.`,
  })
  @IsDate()
  to!: Date;
}
