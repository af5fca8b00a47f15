import { Field, InputType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';

import { PASSWORD_MAX_LENGTH } from '../../passwords/password-policy';
import { SessionTransport } from '../../sessions/session-transport';

/** `input.session` of a sign-in (`login`, `acceptInvitation`). */
export const SESSION_TRANSPORT_FIELD = {
  nullable: true,
  defaultValue: SessionTransport.BODY,
  description:
    'Where the refresh token goes: BODY (the default) in the answer’s `refreshToken`; COOKIE in the `wild_refresh` cookie, for browsers (the answer’s `refreshToken` is then null).',
} as const;

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address.' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'password is required.' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @Field(() => SessionTransport, SESSION_TRANSPORT_FIELD)
  @IsOptional()
  @IsEnum(SessionTransport)
  session?: SessionTransport | null;
}

@InputType()
export class RefreshTokenInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'token is required.' })
  @MaxLength(200)
  token!: string;
}

@InputType()
export class LogoutInput {
  @Field({
    nullable: true,
    defaultValue: false,
    description: 'End every session of the account, not just this one.',
  })
  @IsOptional()
  @IsBoolean()
  everywhere?: boolean;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @Field({ description: 'At least 12 characters, not your email.' })
  @IsString()
  newPassword!: string;
}
