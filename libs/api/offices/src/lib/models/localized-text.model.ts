import { Field, ObjectType } from '@nestjs/graphql';

/** A text in the languages it is kept in; English is always there. */
@ObjectType('LocalizedText')
export class LocalizedTextModel {
  @Field()
  en!: string;

  @Field(() => String, { nullable: true })
  fr?: string | null;

  @Field(() => [TranslationModel], { description: 'Every language the text is kept in.' })
  translations?: TranslationModel[]; // resolved from the stored text
}

@ObjectType('Translation')
export class TranslationModel {
  @Field({ description: 'ISO 639-1.' })
  language!: string;

  @Field()
  text!: string;
}
