import { Field, ObjectType } from '@nestjs/graphql';

/** A text in the languages it is kept in; English is always there. */
@ObjectType('LocalizedText')
export class LocalizedTextModel {
  @Field()
  en!: string;

  @Field(() => String, { nullable: true })
  fr?: string | null;
}
