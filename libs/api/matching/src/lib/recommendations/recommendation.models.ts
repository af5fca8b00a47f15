import { ArgsType, Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';

import { Connection, PageArgs } from '@wild/api/core';
import { OfficeEntity, OfficeModel } from '@wild/api/offices';
import { MaturityDimension } from '@wild/shared/domain';

import { MatchFactor, MatchKind } from '../scoring/match-kind';

registerEnumType(MatchKind, {
  name: 'MatchKind',
  description:
    'What an office asks for: a MENTOR ahead of it in a dimension, a PEER of similar maturity seeking help in the same dimension, a STANDARD_BUDDY that implemented (or is implementing) a WIPO standard it plans.',
});
registerEnumType(MatchFactor, {
  name: 'MatchFactor',
  description:
    'What a recommendation’s or an expert suggestion’s score is made of (docs/matching.md: weights and why).',
});

@ObjectType('MatchReason', {
  description: 'One reason of a score: `contribution = weight × value`, `value` in [0, 1].',
})
export class MatchReasonModel {
  @Field(() => MatchFactor)
  factor!: MatchFactor;

  @Field(() => Float, { description: 'The factor’s weight (negative for RECENT_DECLINE).' })
  weight!: number;

  @Field(() => Float, { description: 'How much of the factor holds, from 0 to 1.' })
  value!: number;

  @Field(() => Float, { description: 'weight × value.' })
  contribution!: number;

  @Field({ description: 'The reason in words, in the reader’s language (Accept-Language).' })
  text!: string;
}

@ObjectType('Recommendation', {
  description: 'A candidate office for the seeker, scored and explained.',
})
export class RecommendationModel {
  @Field(() => OfficeModel)
  office!: OfficeEntity;

  @Field(() => Float, { description: 'clamp(Σ contributions, 0, 1); best first.' })
  score!: number;

  @Field({
    description:
      'The candidate and its reasons in one sentence, in the reader’s language: “EPO: SECURITY 5 against your 2; offers help in SECURITY; works in French”.',
  })
  summary!: string;

  @Field(() => [MatchReasonModel], {
    description: 'In MatchFactor’s order; only those that count.',
  })
  reasons!: MatchReasonModel[];
}

@ObjectType('RecommendationConnection', {
  description:
    'Recommendations best first, ties by office code. Keyset on (score, code): when the data changes between two pages, a page may shift (an office whose score moved across the cursor can be missed or shown again); start again from the first page for a fresh ranking.',
})
export class RecommendationConnection extends Connection(RecommendationModel) {}

@ArgsType()
export class RecommendationsArgs extends PageArgs {
  @Field({ description: 'The seeker office (its ST.3 code).' })
  @IsString()
  @MaxLength(8)
  officeCode!: string;

  @Field(() => MatchKind)
  @IsEnum(MatchKind)
  kind!: MatchKind;

  @Field(() => MaturityDimension, {
    nullable: true,
    description: 'For MENTOR and PEER (required), never for STANDARD_BUDDY.',
  })
  @IsOptional()
  @IsEnum(MaturityDimension)
  dimension?: MaturityDimension | null;

  @Field(() => String, {
    nullable: true,
    description: 'For STANDARD_BUDDY (required, such as ST.26), never for MENTOR and PEER.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  standard?: string | null;
}
