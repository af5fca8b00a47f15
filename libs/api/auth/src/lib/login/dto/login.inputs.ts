import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

import { PASSWORD_MAX_LENGTH } from '../../passwords/password-policy';

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
