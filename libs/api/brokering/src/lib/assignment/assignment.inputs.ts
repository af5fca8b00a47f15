import { ArgsType, Field, InputType, Int, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { RecommendationsArgs } from '@wild/api/matching';

/** The most requests one assignment weighs (about 3.5 s of solving here). */
export const ASSIGNMENT_REQUESTS_MAX = 5000;

/** The most candidates of a request the assignment weighs (a page of recommendations at most). */
export const CANDIDATES_PER_REQUEST_MAX = 100;

/** `recommendations`' own fields and checks, as an input: what one request of an assignment asks. */
@InputType({ description: 'A request as `recommendations` takes it, for an assignment “what if”.' })
export class AssignmentRequestInput extends PickType(
  RecommendationsArgs,
  ['officeCode', 'kind', 'dimension', 'standard'] as const,
  InputType,
) {}

@ArgsType()
export class AssignmentArgs {
  @Field(() => [AssignmentRequestInput], {
    nullable: true,
    description: `Requests as asked (“what if”), at most ${ASSIGNMENT_REQUESTS_MAX}; or openRequests, not both.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ASSIGNMENT_REQUESTS_MAX, {
    message: `An assignment weighs at most ${ASSIGNMENT_REQUESTS_MAX} requests.`,
  })
  @ValidateNested({ each: true })
  @Type(() => AssignmentRequestInput)
  requests?: AssignmentRequestInput[] | null;

  @Field({
    defaultValue: false,
    description: `Every OPEN request (the ${ASSIGNMENT_REQUESTS_MAX} longest waiting at most), with its id; or requests, not both.`,
  })
  @IsBoolean()
  openRequests!: boolean;

  @Field(() => Int, {
    defaultValue: 50,
    description: `How many of a request’s best candidates it weighs, 1 to ${CANDIDATES_PER_REQUEST_MAX}.`,
  })
  @IsInt()
  @Min(1)
  @Max(CANDIDATES_PER_REQUEST_MAX)
  candidatesPerRequest!: number;
}
