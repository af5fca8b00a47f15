import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { PageArgs } from '@wild/api/core';
import { Role } from '@wild/shared/domain';

/** The longest `search` an accounts list takes: a few words of a name or an address. */
export const MAX_ACCOUNT_SEARCH_LENGTH = 200;

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

@InputType({ description: 'Every filter given must hold.' })
export class AccountsFilterInput {
  @Field(() => String, {
    nullable: true,
    description:
      'WIPO ST.3 code: the accounts of this office (an office admin sees only its own office’s).',
  })
  @IsOptional()
  @IsString()
  officeCode?: string | null;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: the accounts that may sign in; false: the deactivated ones.',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words, each found anywhere in the display name or the email address, accent- and case-insensitively.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ACCOUNT_SEARCH_LENGTH)
  search?: string | null;
}

@ArgsType()
export class AccountsArgs extends PageArgs {
  @Field(() => AccountsFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccountsFilterInput)
  filter?: AccountsFilterInput | null;
}
