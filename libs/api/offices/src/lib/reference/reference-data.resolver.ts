import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Public } from '@wild/api/auth';
import { Args, GraphQLContext, localizedFor } from '@wild/api/core';

import { ReferenceDataService } from './reference-data.service';
import { LanguageModel, St3CodeKind, St3CodeModel } from './reference.models';

/** The reference lists (short, fixed enumerations for pickers: plain lists, not connections). */
@Resolver(() => St3CodeModel)
export class St3CodesResolver {
  constructor(private readonly reference: ReferenceDataService) {}

  // public: the invitation-acceptance screen needs them before anyone is signed in
  @Public()
  @Query(() => [St3CodeModel], { description: 'The codes of WIPO Standard ST.3, by code.' })
  st3Codes(@Args('kind', { type: () => St3CodeKind, nullable: true }) kind?: St3CodeKind | null) {
    return this.reference.st3Codes(kind ?? null);
  }

  @ResolveField(() => String)
  name(
    @Parent() entry: St3CodeModel,
    @Context() context: GraphQLContext,
    @Args('language', { type: () => String, nullable: true }) language?: string | null,
  ): string {
    return localizedFor(entry.names, context, language);
  }
}

@Resolver(() => LanguageModel)
export class LanguagesResolver {
  constructor(private readonly reference: ReferenceDataService) {}

  @Public()
  @Query(() => [LanguageModel], { description: 'The ISO 639-1 languages, by code.' })
  languages(
    @Args('wipoOfficialOnly', { nullable: true, defaultValue: false }) wipoOfficialOnly: boolean,
  ) {
    return this.reference.languages(wipoOfficialOnly);
  }

  @ResolveField(() => String)
  name(
    @Parent() entry: LanguageModel,
    @Context() context: GraphQLContext,
    @Args('language', { type: () => String, nullable: true }) language?: string | null,
  ): string {
    return localizedFor(entry.names, context, language);
  }
}
