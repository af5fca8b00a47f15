import { Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AuthenticatedAccount, Authorize, CurrentAccount } from '@wild/api/auth';
import { Args, GraphQLContext } from '@wild/api/core';
import { MaturityAssessmentsService } from '@wild/api/maturity';

import { facetsOf } from '../facets';
import { OfficeFacetField, OfficeSearchArgs } from './office-search.inputs';
import { OfficeFacetModel, OfficeSearchConnection } from './office-search.models';
import { DEFAULT_OFFICE_FACETS, OfficePage, OfficeSearchService } from './office-search.service';

@Resolver(() => OfficeSearchConnection)
export class OfficeSearchResolver {
  constructor(
    private readonly search: OfficeSearchService,
    private readonly assessments: MaturityAssessmentsService,
  ) {}

  @Authorize()
  @Query(() => OfficeSearchConnection, {
    description:
      'The office directory: filter, search and order the offices of the network, with facets.',
  })
  async offices(
    @Args() args: OfficeSearchArgs,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Context() context: GraphQLContext,
  ): Promise<OfficePage> {
    const page = await this.search.search(caller, args, context.languages);
    this.assessments.prime(context.loaders, page.current, page.withoutAssessment);
    return page;
  }

  @ResolveField(() => Int, { description: 'How many offices match, over all pages.' })
  totalCount(@Parent() page: OfficePage) {
    return page.aggregates.load('total');
  }

  @ResolveField(() => [OfficeFacetModel], {
    description: 'Counts over every office matching the filters (not only this page).',
  })
  async facets(
    @Parent() page: OfficePage,
    @Args('fields', {
      type: () => [OfficeFacetField],
      nullable: true,
      description: `Default: ${DEFAULT_OFFICE_FACETS.join(', ')}.`,
    })
    fields?: OfficeFacetField[] | null,
  ): Promise<OfficeFacetModel[]> {
    return facetsOf(page, fields, DEFAULT_OFFICE_FACETS);
  }
}
