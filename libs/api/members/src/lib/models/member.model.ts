import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

import { Connection } from '@wild/api/core';
import { LocalizedTextModel } from '@wild/api/offices';

import { ContactVisibility, Position } from '../member.enums';

@ObjectType('MemberExpertise')
export class MemberExpertiseModel {
  @Field({ description: 'Expertise area code.' })
  area!: string;

  @Field(() => Int, { description: '1 familiar · 2 practitioner · 3 expert.' })
  level!: number;
}

@ObjectType('ExpertiseArea', { description: 'An area of the expertise taxonomy.' })
export class ExpertiseAreaModel {
  @Field()
  code!: string;

  @Field(() => LocalizedTextModel, { description: 'The name in every language it is kept in.' })
  names!: LocalizedTextModel;
}

@ObjectType('Member', { description: 'A person of the network: an ICT leader of an office.' })
export class MemberModel {
  @Field(() => ID)
  id!: string;

  @Field()
  fullName!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => Position)
  position!: Position;

  @Field({ description: 'WIPO ST.3 code of the member’s office.' })
  officeCode!: string;

  @Field(() => [String], { description: 'Languages spoken (ISO 639-1).' })
  languages!: string[];

  @Field(() => String, { nullable: true })
  bio!: string | null;

  @Field(() => String, { nullable: true })
  timeZone!: string | null;

  @Field()
  availableToMentor!: boolean;

  @Field()
  seeksMentoring!: boolean;

  @Field(() => ContactVisibility)
  contactVisibility!: ContactVisibility;

  @Field({
    description:
      'Hidden from other members (brokers, admins and the office’s admins still see it).',
  })
  hidden!: boolean;

  @Field({ description: 'True for invented demo people.' })
  illustrative!: boolean;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('MemberConnection')
export class MemberConnection extends Connection(MemberModel) {}
