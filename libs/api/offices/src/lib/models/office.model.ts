import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { OfficeKind, WipoRegion } from '@wild/shared/domain';

import { LocalizedTextModel } from './localized-text.model';

registerEnumType(WipoRegion, {
  name: 'WipoRegion',
  description: "WIPO's regional bureaus; Arab League members are ARAB, WIPO and UPOV are GLOBAL.",
});
registerEnumType(OfficeKind, {
  name: 'OfficeKind',
  description:
    "A state's office, a regional organisation's office, or an intergovernmental organisation.",
});

@ObjectType('OfficeLink')
export class OfficeLinkModel {
  @Field()
  label!: string;

  @Field()
  url!: string;
}

@ObjectType('Office', {
  description: 'An IP office or intergovernmental organisation of the network.',
})
export class OfficeModel {
  @Field({
    description:
      'WIPO ST.3 code: `FR` for INPI France, `EP` for the EPO, `WO` for the International Bureau.',
  })
  code!: string;

  @Field(() => OfficeKind)
  kind!: OfficeKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 of the seat.' })
  country!: string | null;

  @Field(() => WipoRegion)
  region!: WipoRegion;

  /** Resolved by language (`OfficesResolver.acronym`), as `acronyms`. */
  acronym!: string | null;

  acronyms!: Record<string, string>;

  @Field(() => LocalizedTextModel, {
    description: 'The office’s name in each language it is kept in.',
  })
  names!: LocalizedTextModel;

  @Field(() => [String], { description: 'Working languages (ISO 639-1), most used first.' })
  languages!: string[];

  @Field(() => String, { nullable: true, description: 'IANA time zone of the seat.' })
  timeZone!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => Int, { nullable: true })
  staffSize!: number | null;

  @Field(() => Int, { nullable: true })
  ictStaffSize!: number | null;

  @Field(() => [String], {
    description: 'Business systems in use (WIPO IPAS, in-house, a commercial product …).',
  })
  businessSystems!: string[];

  @Field(() => Int, { description: 'Introductions the office can take on as a provider at once.' })
  mentoringCapacity!: number;

  @Field(() => String, { nullable: true, description: 'A short public description.' })
  description!: string | null;

  @Field(() => [OfficeLinkModel])
  links!: OfficeLinkModel[];

  @Field({ description: 'True for invented demo data: never an office’s own statement.' })
  illustrative!: boolean;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}
