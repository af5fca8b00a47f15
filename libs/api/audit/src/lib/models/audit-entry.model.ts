import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

import { Connection } from '@wild/api/core';

@ObjectType('AuditChange', {
  description: 'One field of a change: its value before and after, as JSON.',
})
export class AuditChangeModel {
  @Field()
  field!: string;

  @Field(() => String, {
    nullable: true,
    description: 'JSON of the value before (null: there was none).',
  })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the value after.' })
  after!: string | null;
}

@ObjectType('AuditEntry', { description: 'Who changed what, when, and from which address.' })
export class AuditEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field({
    description: 'e.g. account.signed_in, account.role_changed, invitation.created, office.updated',
  })
  action!: string;

  @Field({ description: 'The kind of thing: account, invitation, office …' })
  entity!: string;

  @Field(() => String, { nullable: true })
  entityId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The account that acted (none for a failed sign-in).',
  })
  actorId!: string | null;

  /** Resolved by AuditResolver.actorEmail. */
  actorEmail!: string | null;

  @Field(() => [AuditChangeModel])
  changes!: AuditChangeModel[];

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, { nullable: true })
  userAgent!: string | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection extends Connection(AuditEntryModel) {}
