import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { MultiLineText, OneLineText } from '@wild/api/core';

@InputType()
export class TranslationInput {
  @Field({ description: 'ISO 639-1.' })
  @IsString()
  @Length(2, 2, { message: 'language must be a two-letter ISO 639-1 code.' })
  language!: string;

  @Field()
  @OneLineText()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  text!: string;
}

@InputType()
export class OfficeLinkInput {
  @Field()
  @OneLineText()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  label!: string;

  @Field()
  @OneLineText() // an address may hide a bidirectional override ("…/\u202Efdp.exe")
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'url must be an http(s) address.' },
  )
  @MaxLength(500)
  url!: string;
}

/** The office profile, as its admins, brokers and admins keep it; omitted fields stay as they are. */
@InputType()
export class UpdateOfficeInput {
  @Field({ description: 'WIPO ST.3 code of the office to update.' })
  @IsString()
  @Length(2, 8)
  code!: string;

  @Field(() => [TranslationInput], {
    nullable: true,
    description: 'Names by language; English is required.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TranslationInput)
  names?: TranslationInput[];

  @Field({ nullable: true })
  @OneLineText()
  @IsOptional()
  @IsString()
  @MaxLength(32)
  acronym?: string;

  @Field(() => [TranslationInput], {
    nullable: true,
    description:
      'Acronyms by language, replacing them all: `en` is the acronym of every language without one of its own (as `acronym`); others where they differ (`fr`: OMPI). Not with `acronym`.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TranslationInput)
  acronyms?: TranslationInput[];

  @Field(() => [String], {
    nullable: true,
    description: 'Working languages (ISO 639-1), most used first.',
  })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  languages?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'staffSize must not be negative.' })
  staffSize?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'ictStaffSize must not be negative.' })
  ictStaffSize?: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @OneLineText({ each: true })
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  businessSystems?: string[];

  @Field({ nullable: true, description: 'IANA time zone, e.g. Europe/Paris.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'mentoringCapacity must not be negative.' })
  @Max(50, { message: 'mentoringCapacity must be at most 50.' })
  mentoringCapacity?: number;

  @Field({ nullable: true })
  @MultiLineText()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field(() => [OfficeLinkInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => OfficeLinkInput)
  links?: OfficeLinkInput[];

  @Field({ nullable: true })
  @OneLineText()
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be an http(s) address.' },
  )
  website?: string;
}
