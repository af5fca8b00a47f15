import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { MultiLineText, OneLineText, PageArgs } from '@wild/api/core';
import { MatchKind } from '@wild/api/matching';
import { MaturityDimension, WipoRegion } from '@wild/shared/domain';

import {
  IntroductionOutcome,
  IntroductionState,
  MatchRequestState,
  MatchUrgency,
} from '../brokering.enums';

export const TOPIC_MAX = 200;
export const TEXT_MAX = 2000;
export const REASON_MAX = 1000;

const requestId = () => IsUUID('all', { message: 'requestId must be a request id.' });
const introductionId = () =>
  IsUUID('all', { message: 'introductionId must be an introduction id.' });

@InputType()
export class CreateMatchRequestInput {
  @Field({ description: 'ST.3 code of the office that asks (the caller’s own).' })
  @IsString()
  @MaxLength(8)
  officeCode!: string;

  @Field(() => MatchKind)
  @IsEnum(MatchKind)
  kind!: MatchKind;

  @Field(() => MaturityDimension, { nullable: true, description: 'For MENTOR and PEER.' })
  @IsOptional()
  @IsEnum(MaturityDimension)
  dimension?: MaturityDimension | null;

  @Field(() => String, { nullable: true, description: 'For STANDARD_BUDDY: a CWS standard.' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  standard?: string | null;

  @Field({ description: `What it is about, in a line (1 to ${TOPIC_MAX} characters).` })
  @OneLineText()
  @IsString()
  @MaxLength(TOPIC_MAX, { message: `topic is 1 to ${TOPIC_MAX} characters.` })
  topic!: string;

  @Field({ description: `What the office wants to achieve (1 to ${TEXT_MAX} characters).` })
  @MultiLineText()
  @IsString()
  @MaxLength(TEXT_MAX, { message: `goal is 1 to ${TEXT_MAX} characters.` })
  goal!: string;

  @Field(() => MatchUrgency, { nullable: true, description: 'NORMAL unless given.' })
  @IsOptional()
  @IsEnum(MatchUrgency)
  urgency?: MatchUrgency | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1, most preferred first.' })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsString({ each: true })
  preferredLanguages?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'The recommended office the request was made from, as a lead for the broker.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  suggestedOfficeCode?: string | null;
}

@InputType()
export class CancelMatchRequestInput {
  @Field(() => ID)
  @requestId()
  requestId!: string;

  @Field({ description: `Why (1 to ${REASON_MAX} characters).` })
  @MultiLineText()
  @IsString()
  @MaxLength(REASON_MAX, { message: `reason is 1 to ${REASON_MAX} characters.` })
  reason!: string;
}

@InputType()
export class ProposeIntroductionInput {
  @Field(() => ID)
  @requestId()
  requestId!: string;

  @Field({ description: 'ST.3 code of the office proposed to the requester.' })
  @IsString()
  @MaxLength(8)
  candidateOfficeCode!: string;

  @Field({ description: `To both sides: why these two (1 to ${TEXT_MAX} characters).` })
  @MultiLineText()
  @IsString()
  @MaxLength(TEXT_MAX, { message: `message is 1 to ${TEXT_MAX} characters.` })
  message!: string;
}

@InputType()
export class RespondToIntroductionInput {
  @Field(() => ID)
  @introductionId()
  introductionId!: string;

  @Field()
  @IsBoolean()
  accept!: boolean;

  @Field(() => String, { nullable: true, description: 'Required to decline.' })
  @IsOptional()
  @MultiLineText()
  @IsString()
  @MaxLength(REASON_MAX, { message: `reason is 1 to ${REASON_MAX} characters.` })
  reason?: string | null;
}

@InputType()
export class CloseIntroductionInput {
  @Field(() => ID)
  @introductionId()
  introductionId!: string;

  @Field(() => IntroductionOutcome)
  @IsEnum(IntroductionOutcome)
  outcome!: IntroductionOutcome;

  @Field(() => String, { nullable: true, description: 'What came of it, for the record.' })
  @IsOptional()
  @MultiLineText()
  @IsString()
  @MaxLength(TEXT_MAX, { message: `notes are up to ${TEXT_MAX} characters.` })
  notes?: string | null;
}

@InputType()
export class CancelIntroductionInput {
  @Field(() => ID)
  @introductionId()
  introductionId!: string;

  @Field({ description: `Why (1 to ${REASON_MAX} characters).` })
  @MultiLineText()
  @IsString()
  @MaxLength(REASON_MAX, { message: `reason is 1 to ${REASON_MAX} characters.` })
  reason!: string;
}

@InputType()
export class MatchRequestFilterInput {
  @Field(() => [MatchRequestState], { nullable: true })
  @IsOptional()
  @IsEnum(MatchRequestState, { each: true })
  states?: MatchRequestState[] | null;

  @Field(() => [MatchKind], { nullable: true })
  @IsOptional()
  @IsEnum(MatchKind, { each: true })
  kinds?: MatchKind[] | null;

  @Field(() => [MaturityDimension], { nullable: true })
  @IsOptional()
  @IsEnum(MaturityDimension, { each: true })
  dimensions?: MaturityDimension[] | null;

  @Field(() => [WipoRegion], { nullable: true, description: 'The requesting office’s region.' })
  @IsOptional()
  @IsEnum(WipoRegion, { each: true })
  regions?: WipoRegion[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  officeCodes?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Made more than this many days ago.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'waitingMoreThanDays is 0 or more.' })
  @Max(3650, { message: 'waitingMoreThanDays is at most 3650.' })
  waitingMoreThanDays?: number | null;
}

export enum MatchRequestOrderField {
  /** How long it has waited: the longest first in DESC. */
  WAITING = 'WAITING',
  URGENCY = 'URGENCY',
  CREATED = 'CREATED',
}

@InputType()
export class MatchRequestOrderInput {
  @Field(() => MatchRequestOrderField)
  @IsEnum(MatchRequestOrderField)
  field!: MatchRequestOrderField;

  @Field(() => String, { nullable: true, description: 'ASC or DESC (default DESC).' })
  @IsOptional()
  @IsIn(['ASC', 'DESC'], { message: 'direction is ASC or DESC.' })
  direction?: 'ASC' | 'DESC' | null;
}

@ArgsType()
export class MatchRequestsArgs extends PageArgs {
  @Field(() => MatchRequestFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchRequestFilterInput)
  filter?: MatchRequestFilterInput | null;

  @Field(() => MatchRequestOrderInput, {
    nullable: true,
    description: 'Default: WAITING DESC (the longest waiting first).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchRequestOrderInput)
  orderBy?: MatchRequestOrderInput | null;
}

@InputType()
export class IntroductionFilterInput {
  @Field(() => [IntroductionState], { nullable: true })
  @IsOptional()
  @IsEnum(IntroductionState, { each: true })
  states?: IntroductionState[] | null;

  @Field(() => String, { nullable: true, description: 'Either side’s office.' })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  officeCode?: string | null;
}

@ArgsType()
export class IntroductionsArgs extends PageArgs {
  @Field(() => IntroductionFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => IntroductionFilterInput)
  filter?: IntroductionFilterInput | null;
}
