import { ArgsType, Field, Float, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

import { Connection, PageArgs } from '@wild/api/core';
import { MemberEntity, MemberModel } from '@wild/api/members';

import { MatchReasonModel } from '../recommendations/recommendation.models';

@ObjectType('ExpertSuggestion', {
  description: 'A member with expertise in an area, scored and explained (docs/matching.md).',
})
export class ExpertSuggestionModel {
  @Field(() => MemberModel, {
    description: 'The member, as the privacy rules let the caller see them (contact details).',
  })
  member!: MemberEntity;

  @Field(() => Float, { description: 'clamp(Σ contributions, 0, 1); best first.' })
  score!: number;

  @Field({
    description:
      'The reasons in one sentence, in the reader’s language: “Expert in Cybersecurity operations; available to mentor; speaks French; 1 h from your time”.',
  })
  summary!: string;

  @Field(() => [MatchReasonModel], {
    description:
      'EXPERTISE_LEVEL, AVAILABLE_TO_MENTOR, LANGUAGE, TIME_ZONE, in that order; only those that count.',
  })
  reasons!: MatchReasonModel[];
}

@ObjectType('ExpertConnection', {
  description:
    'Expert suggestions best first, ties by member id. Keyset on (score, id): when the data changes between two pages, a page may shift (a member whose score moved across the cursor can be missed or shown again).',
})
export class ExpertConnection extends Connection(ExpertSuggestionModel) {}

@ArgsType()
export class ExpertsArgs extends PageArgs {
  @Field({ description: 'An expertise area code (the `expertiseAreas` query), such as DEVOPS.' })
  @IsString()
  @MaxLength(32)
  area!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The office the experts are for (its ST.3 code): languages and time zone are compared with it. By default the caller’s.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  officeCode?: string | null;
}
