import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, Length } from 'class-validator';

import { Role } from '@wild/shared/domain';

@InputType()
export class SetRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be an account id.' })
  accountId!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;
}

@InputType()
export class DeactivateAccountInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be an account id.' })
  accountId!: string;
}

@InputType()
export class SetPreferredLanguageInput {
  @Field({ description: 'ISO 639-1 code, e.g. en, fr: the language the app and its emails use.' })
  @IsString()
  @Length(2, 2, { message: 'language must be a two-letter ISO 639-1 code.' })
  language!: string;
}
