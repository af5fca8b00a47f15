import { ArgsType, Field, GraphQLISODateTime, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { Connection, MultiLineText, PageArgs } from '@wild/api/core';
import { MaturityDimension, OfficeKind, WipoRegion } from '@wild/shared/domain';

const DESCRIPTION_MAX = 1000;

@ObjectType('OfficeNeed', { description: '“We seek help” in a maturity dimension.' })
export class OfficeNeedModel {
  @Field({ description: 'ST.3 code of the office that seeks help.' })
  officeCode!: string;

  @Field(() => MaturityDimension)
  dimension!: MaturityDimension;

  @Field()
  description!: string;

  @Field({
    description: 'Seen only by the office’s own members and the International Bureau.',
  })
  confidential!: boolean;

  @Field()
  illustrative!: boolean;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('OfficeOffer', { description: '“We can help” in a maturity dimension.' })
export class OfficeOfferModel {
  @Field({ description: 'ST.3 code of the office that offers help.' })
  officeCode!: string;

  @Field(() => MaturityDimension)
  dimension!: MaturityDimension;

  @Field()
  description!: string;

  @Field()
  illustrative!: boolean;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType()
export class OfficeNeedConnection extends Connection(OfficeNeedModel) {}

@ObjectType()
export class OfficeOfferConnection extends Connection(OfficeOfferModel) {}

@InputType()
export class NeedInput {
  @Field(() => MaturityDimension)
  @IsEnum(MaturityDimension)
  dimension!: MaturityDimension;

  @Field({ description: `What the office seeks help with (up to ${DESCRIPTION_MAX} characters).` })
  @MultiLineText()
  @IsString()
  // an empty one (once trimmed) is the service's to refuse, naming its dimension
  @MaxLength(DESCRIPTION_MAX, {
    message: `A description is 1 to ${DESCRIPTION_MAX} characters.`,
  })
  description!: string;

  @Field({
    defaultValue: false,
    description: 'Only the office’s own members and the International Bureau will see it.',
  })
  @IsOptional()
  @IsBoolean()
  confidential!: boolean;
}

@InputType()
export class OfferInput {
  @Field(() => MaturityDimension)
  @IsEnum(MaturityDimension)
  dimension!: MaturityDimension;

  @Field({ description: `How the office can help (up to ${DESCRIPTION_MAX} characters).` })
  @MultiLineText()
  @IsString()
  // an empty one (once trimmed) is the service's to refuse, naming its dimension
  @MaxLength(DESCRIPTION_MAX, {
    message: `A description is 1 to ${DESCRIPTION_MAX} characters.`,
  })
  description!: string;
}

@InputType({
  description:
    'The office’s needs and offers. A list given replaces that list (at most one entry per dimension); a list left out stays as it is.',
})
export class SetNeedsAndOffersInput {
  @Field({ description: 'WIPO ST.3 code of the office.' })
  @IsString()
  @Length(2, 8)
  officeCode!: string;

  @Field(() => [NeedInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => NeedInput)
  needs?: NeedInput[] | null;

  @Field(() => [OfferInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => OfferInput)
  offers?: OfferInput[] | null;
}

@InputType()
export class NeedsOffersFilterInput {
  @Field(() => [MaturityDimension], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(MaturityDimension, { each: true })
  dimensions?: MaturityDimension[];

  @Field(() => [WipoRegion], { nullable: true, description: 'Of the office.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(WipoRegion, { each: true })
  regions?: WipoRegion[];

  @Field(() => [OfficeKind], { nullable: true, description: 'Of the office.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(OfficeKind, { each: true })
  kinds?: OfficeKind[];

  @Field(() => [String], { nullable: true, description: 'ST.3 codes of offices.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(8, { each: true })
  offices?: string[];
}

@ArgsType()
export class NeedsOffersArgs extends PageArgs {
  @Field(() => NeedsOffersFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NeedsOffersFilterInput)
  filter?: NeedsOffersFilterInput;
}
