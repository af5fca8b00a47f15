import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { OneLineText, PageArgs } from '@wild/api/core';
import { Role } from '@wild/shared/domain';

import { SESSION_TRANSPORT_FIELD } from '../../login/dto/login.inputs';
import { SessionTransport } from '../../sessions/session-transport';
import { InvitationStatus } from '../invitations.service';

@InputType()
export class CreateInvitationInput {
  @Field()
  @OneLineText()
  @IsEmail({}, { message: 'email must be an email address.' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'WIPO ST.3 code of the office the person joins.' })
  @IsString()
  @Length(2, 8)
  officeCode!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'token is required.' })
  @MaxLength(200)
  token!: string;

  @Field()
  @OneLineText()
  @IsString()
  @MinLength(2, { message: 'fullName must have at least 2 characters.' })
  @MaxLength(200, { message: 'fullName must have at most 200 characters.' })
  fullName!: string;

  @Field({ description: 'At least 12 characters, not your email.' })
  @IsString()
  password!: string;

  @Field({ description: 'ISO 639-1 code, e.g. en, fr, es.' })
  @IsString()
  @Length(2, 2, { message: 'preferredLanguage must be a two-letter ISO 639-1 code.' })
  preferredLanguage!: string;

  @Field(() => SessionTransport, SESSION_TRANSPORT_FIELD)
  @IsOptional()
  @IsEnum(SessionTransport)
  session?: SessionTransport | null;
}

@InputType()
export class RevokeInvitationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'invitationId must be an invitation id.' })
  invitationId!: string;
}

@InputType()
export class InvitationsFilterInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 8)
  officeCode?: string;

  @Field(() => InvitationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(InvitationStatus)
  status?: InvitationStatus;
}

@ArgsType()
export class InvitationsArgs extends PageArgs {
  @Field(() => InvitationsFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InvitationsFilterInput)
  filter?: InvitationsFilterInput;
}
