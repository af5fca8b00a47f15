import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import { MultiLineText, OneLineText } from '@wild/api/core';

import { ContactVisibility, Position } from '../member.enums';

@InputType()
export class ExpertiseInput {
  @Field({ description: 'An expertise area code (see expertiseAreas).' })
  @IsString()
  @MaxLength(32)
  area!: string;

  @Field(() => Int, { description: '1 familiar · 2 practitioner · 3 expert.' })
  @IsInt()
  @Min(1, { message: 'level must be 1, 2 or 3.' })
  @Max(3, { message: 'level must be 1, 2 or 3.' })
  level!: number;
}

/** The fields of a profile that the member and their office's admins may both change. */
@InputType({ isAbstract: true })
export abstract class ProfileFieldsInput {
  @Field({ nullable: true })
  @OneLineText()
  @ValidateIf((input: ProfileFieldsInput) => input.fullName !== undefined)
  @IsString({ message: 'fullName cannot be empty.' })
  @MinLength(2, { message: 'fullName must have at least 2 characters.' })
  @MaxLength(200)
  fullName?: string;

  @Field(() => String, { nullable: true })
  @OneLineText()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string | null;

  @Field(() => Position, { nullable: true })
  @ValidateIf((input: ProfileFieldsInput) => input.position !== undefined)
  @IsEnum(Position)
  position?: Position;

  @Field(() => [ExpertiseInput], { nullable: true, description: 'Replaces the whole list.' })
  @ValidateIf((input: ProfileFieldsInput) => input.expertise !== undefined)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ExpertiseInput)
  expertise?: ExpertiseInput[];

  @Field(() => [String], { nullable: true, description: 'Languages spoken (ISO 639-1).' })
  @ValidateIf((input: ProfileFieldsInput) => input.languages !== undefined)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  languages?: string[];

  @Field(() => String, { nullable: true })
  @MultiLineText()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  bio?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string | null;

  @Field({ nullable: true })
  @ValidateIf((input: ProfileFieldsInput) => input.availableToMentor !== undefined)
  @IsBoolean()
  availableToMentor?: boolean;

  @Field({ nullable: true })
  @ValidateIf((input: ProfileFieldsInput) => input.seeksMentoring !== undefined)
  @IsBoolean()
  seeksMentoring?: boolean;
}

/** The caller's own profile: the shared fields, the contact details and the privacy choices. */
@InputType()
export class UpdateMyProfileInput extends ProfileFieldsInput {
  @Field(() => String, { nullable: true })
  @OneLineText()
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an email address.' })
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ().-]{6,40}$/, {
    message: 'contactPhone must be a phone number, such as +41 22 338 91 11.',
  })
  contactPhone?: string | null;

  @Field(() => ContactVisibility, { nullable: true })
  @ValidateIf((input: UpdateMyProfileInput) => input.contactVisibility !== undefined)
  @IsEnum(ContactVisibility)
  contactVisibility?: ContactVisibility;

  @Field({
    nullable: true,
    description: 'Hide the profile from other members (brokers and admins still see it).',
  })
  @ValidateIf((input: UpdateMyProfileInput) => input.hidden !== undefined)
  @IsBoolean()
  hidden?: boolean;
}

/** A member of one's office, by an office admin (or a broker or admin): never the contact details. */
@InputType()
export class UpdateMemberInput extends ProfileFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be a member id.' })
  memberId!: string;
}
