import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

import { WipoRegion } from '@wild/shared/domain';

import { LocalizedTextModel } from '../models/localized-text.model';

export enum St3CodeKind {
  STATE = 'STATE',
  ORGANIZATION = 'ORGANIZATION',
}
registerEnumType(St3CodeKind, {
  name: 'St3CodeKind',
  description: 'A state (or other entity with an ISO 3166-1 code), or an organisation.',
});

@ObjectType('St3Code', { description: 'A code of WIPO Standard ST.3.' })
export class St3CodeModel {
  @Field()
  code!: string;

  @Field(() => St3CodeKind)
  kind!: St3CodeKind;

  @Field(() => LocalizedTextModel)
  names!: LocalizedTextModel;

  @Field(() => WipoRegion)
  region!: WipoRegion;
}

@ObjectType('Language', { description: 'An ISO 639-1 language.' })
export class LanguageModel {
  @Field()
  code!: string;

  @Field(() => LocalizedTextModel)
  names!: LocalizedTextModel;

  @Field()
  nativeName!: string;

  @Field({ description: "One of WIPO's six official languages (ar, en, es, fr, ru, zh)." })
  wipoOfficial!: boolean;
}
