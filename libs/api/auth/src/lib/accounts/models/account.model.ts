import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Connection } from '@wild/api/core';
import { Role } from '@wild/shared/domain';

registerEnumType(Role, {
  name: 'Role',
  description:
    'What an account may do (not a job title): MEMBER, OFFICE_ADMIN, BROKER (International Bureau), ADMIN.',
});

@ObjectType('Account', { description: 'The login identity of one person of the network.' })
export class AccountModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field({ description: 'WIPO ST.3 code of the account’s office.' })
  officeCode!: string;

  @Field({ description: 'ISO 639-1.' })
  preferredLanguage!: string;

  @Field()
  active!: boolean;

  @Field({ description: 'True for invented demo accounts.' })
  illustrative!: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('AccountConnection')
export class AccountConnection extends Connection(AccountModel) {}
