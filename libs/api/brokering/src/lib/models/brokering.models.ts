import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Connection } from '@wild/api/core';
import { MatchKind } from '@wild/api/matching';
import { MaturityDimension } from '@wild/shared/domain';

import {
  BrokeringAction,
  BrokeringActor,
  IntroductionOutcome,
  IntroductionSide,
  IntroductionState,
  MatchRequestState,
  MatchUrgency,
} from '../brokering.enums';
import { MatchRequestOrderField } from '../dto/brokering.inputs';

registerEnumType(MatchRequestOrderField, {
  name: 'MatchRequestOrderField',
  description: 'WAITING: since it was made; URGENCY: HIGH first in DESC; CREATED: when made.',
});

@ObjectType('BrokeringEvent', {
  description: 'One move of a request or an introduction: what, by which side, when and why.',
})
export class BrokeringEventModel {
  @Field(() => BrokeringAction)
  action!: BrokeringAction;

  @Field(() => String, { nullable: true, description: 'The state before (null: created).' })
  fromState!: string | null;

  @Field({ description: 'The state after.' })
  toState!: string;

  @Field(() => BrokeringActor)
  actor!: BrokeringActor;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => GraphQLISODateTime)
  at!: Date;
}

@ObjectType('MatchRequest', {
  description:
    'An office asks the International Bureau for a partner. Seen by its office’s members, brokers and admins.',
})
export class MatchRequestModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'ST.3 code of the office that asks.' })
  officeCode!: string;

  @Field(() => MatchKind)
  kind!: MatchKind;

  @Field(() => MaturityDimension, { nullable: true })
  dimension!: MaturityDimension | null;

  @Field(() => String, { nullable: true })
  standard!: string | null;

  @Field()
  topic!: string;

  @Field()
  goal!: string;

  @Field(() => MatchUrgency)
  urgency!: MatchUrgency;

  @Field(() => [String])
  preferredLanguages!: string[];

  @Field(() => String, { nullable: true })
  suggestedOfficeCode!: string | null;

  @Field(() => MatchRequestState)
  state!: MatchRequestState;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field({ description: 'True for invented demo requests.' })
  illustrative!: boolean;
}

@ObjectType('MatchRequestConnection')
export class MatchRequestConnection extends Connection(MatchRequestModel) {}

@ObjectType('IntroductionResponse', { description: 'One side’s answer to an introduction.' })
export class IntroductionResponseModel {
  @Field()
  accepted!: boolean;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Why (always given for a decline).' })
  reason!: string | null;
}

@ObjectType('Introduction', {
  description:
    'A broker’s proposal between the office of a request and a candidate office. Seen by both offices’ members, brokers and admins.',
})
export class IntroductionModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The request’s office.' })
  requesterOfficeCode!: string;

  @Field()
  candidateOfficeCode!: string;

  @Field(() => IntroductionState)
  state!: IntroductionState;

  @Field({ description: 'The broker’s words to both sides.' })
  message!: string;

  @Field(() => GraphQLISODateTime)
  proposedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  activatedAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was declined, expired, cancelled or closed.',
  })
  endedAt!: Date | null;

  @Field(() => IntroductionOutcome, { nullable: true })
  outcome!: IntroductionOutcome | null;

  @Field(() => String, { nullable: true })
  outcomeNotes!: string | null;

  @Field()
  illustrative!: boolean;
}

@ObjectType('IntroductionConnection')
export class IntroductionConnection extends Connection(IntroductionModel) {}

/** What the caller may do with an introduction now, for the pages' buttons. */
@ObjectType('IntroductionPermissions')
export class IntroductionPermissionsModel {
  @Field(() => IntroductionSide, {
    nullable: true,
    description: 'The side the caller may answer for (null: neither).',
  })
  side!: IntroductionSide | null;

  @Field({ description: 'PROPOSED, the caller answers for a side, and that side has not yet.' })
  respond!: boolean;

  @Field()
  close!: boolean;

  @Field()
  cancel!: boolean;
}
