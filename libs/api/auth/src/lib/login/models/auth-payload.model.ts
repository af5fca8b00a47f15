import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

import { AccountModel } from '../../accounts/models/account.model';

@ObjectType('AuthPayload', { description: 'A signed-in session’s tokens.' })
export class AuthPayloadModel {
  @Field({ description: 'A JWT to send as `Authorization: Bearer <accessToken>`.' })
  accessToken!: string;

  @Field(() => GraphQLISODateTime)
  accessTokenExpiresAt!: Date;

  @Field({ description: 'Opaque and single-use: `refreshToken` spends it and returns a new pair.' })
  refreshToken!: string;

  @Field(() => GraphQLISODateTime)
  refreshTokenExpiresAt!: Date;

  @Field(() => AccountModel)
  account!: AccountModel;
}
