import { Context, Int, Query, Resolver } from '@nestjs/graphql';

import { Authorize } from '@wild/api/auth';
import { Args, BadUserInputError, GraphQLContext } from '@wild/api/core';

import { MaturityModelService } from './maturity-model.service';
import { MaturityModelModel } from './models/maturity-model.model';

@Resolver(() => MaturityModelModel)
export class MaturityModelResolver {
  constructor(private readonly models: MaturityModelService) {}

  @Authorize()
  @Query(() => MaturityModelModel, {
    description:
      'The maturity model: a version (default: the one in force), in the asked language, else the caller’s (Accept-Language), else English.',
  })
  maturityModel(
    @Context() context: GraphQLContext,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
    @Args('language', { type: () => String, nullable: true, description: 'ISO 639-1, e.g. fr.' })
    language?: string | null,
  ): Promise<MaturityModelModel> {
    if (language !== null && language !== undefined && !/^[a-z]{2}$/.test(language)) {
      throw BadUserInputError.field(
        'language',
        'language must be a two-letter ISO 639-1 code, such as fr.',
        'invalidFormat',
        { format: 'language' },
      );
    }
    return this.models.get(
      version ?? null,
      language ? [language, ...context.languages] : context.languages,
    );
  }
}
