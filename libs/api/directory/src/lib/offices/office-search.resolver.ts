import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AuthenticatedAccount, Authorize, CurrentAccount } from '@wild/api/auth';
import { OfficeEntity } from '@wild/api/offices';

import { DirectoryPage, FacetValueModel } from '../facets';
import { OfficeFacetField, OfficeSearchArgs } from './office-search.inputs';
import { OfficeFacetModel, OfficeSearchConnection } from './office-search.models';
import { DEFAULT_OFFICE_FACETS, OfficeSearchService } from './office-search.service';

type OfficePage = DirectoryPage<OfficeEntity, OfficeFacetField>;

@Resolver(() => OfficeSearchConnection)
export class OfficeSearchResolver {
  constructor(private readonly search: OfficeSearchService) {}

  @Authorize()
  @Query(() => OfficeSearchConnection, {
    description:
      'The office directory: filter, search and order the offices of the network, with facets.',
  })
  offices(@Args() args: OfficeSearchArgs, @CurrentAccount() caller: AuthenticatedAccount) {
    return this.search.search(caller, args);
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
    const wanted = [...new Set(fields?.length ? fields : DEFAULT_OFFICE_FACETS)];
    const values = await page.aggregates.loadMany(wanted);
    return wanted.map((field, index) => {
      const counts = values[index];
      if (counts instanceof Error) throw counts;
      return { field, values: counts as FacetValueModel[] };
    });
  }
}
