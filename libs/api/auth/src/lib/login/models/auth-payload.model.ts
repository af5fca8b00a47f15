import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

import { AccountModel } from '../../accounts/models/account.model';

@ObjectType('AuthPayload', { description: 'A signed-in session’s tokens.' })
export class AuthPayloadModel {
  @Field({ description: 'A JWT to send as `Authorization: Bearer <accessToken>`.' })
  accessToken!: string;

  @Field(() => GraphQLISODateTime)
  accessTokenExpiresAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Opaque and single-use: `refreshToken` spends it and returns a new pair. Null when the sign-in asked for `session: COOKIE`: the token is then in the `wild_refresh` cookie, for `POST /auth/refresh`.',
  })
  refreshToken!: string | null;

  @Field(() => GraphQLISODateTime, {
    description: 'When the refresh token (in the answer or in the cookie) expires.',
  })
  refreshTokenExpiresAt!: Date;

  @Field(() => AccountModel)
  account!: AccountModel;
}
