import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Connection } from '@wild/api/core';
import { Role } from '@wild/shared/domain';

import { InvitationStatus } from '../invitations.service';

registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType('Invitation', { description: 'An invitation into the closed network, single use.' })
export class InvitationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  officeCode!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => InvitationStatus)
  status!: InvitationStatus;

  @Field(() => ID, { nullable: true, description: 'The account that issued it.' })
  invitedById!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType('InvitationConnection')
export class InvitationConnection extends Connection(InvitationModel) {}

@ObjectType('CreatedInvitation')
export class CreatedInvitationModel {
  @Field(() => InvitationModel)
  invitation!: InvitationModel;

  @Field({ description: 'Shown once (only its hash is kept): send it to the invitee.' })
  token!: string;

  @Field({ description: 'The link to accept it, under PUBLIC_URL.' })
  acceptUrl!: string;
}

@ObjectType('InvitationPreview', {
  description:
    'What an invitation link says before it is used: to whom, into which office, with which role, and whether it can still be accepted.',
})
export class InvitationPreviewModel {
  @Field({ description: 'The address the account will have.' })
  email!: string;

  @Field()
  officeCode!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => InvitationStatus, {
    description:
      'As accepting it now would find it: PENDING can be accepted; REVOKED also when its inviter could no longer issue it.',
  })
  status!: InvitationStatus;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;
}
