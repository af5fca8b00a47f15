import { Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AuthenticatedAccount, Authorize, CurrentAccount } from '@wild/api/auth';
import { Args } from '@wild/api/core';
import { MemberEntity } from '@wild/api/members';

import { DirectoryPage, facetsOf } from '../facets';
import { MemberFacetField, MemberSearchArgs } from './member-search.inputs';
import { MemberFacetModel, MemberSearchConnection } from './member-search.models';
import { DEFAULT_MEMBER_FACETS, MemberSearchService } from './member-search.service';

type MemberPage = DirectoryPage<MemberEntity, MemberFacetField>;

@Resolver(() => MemberSearchConnection)
export class MemberSearchResolver {
  constructor(private readonly search: MemberSearchService) {}

  @Authorize()
  @Query(() => MemberSearchConnection, {
    description:
      'The people directory: filter, search and order the members the caller may see, with facets.',
  })
  members(@Args() args: MemberSearchArgs, @CurrentAccount() caller: AuthenticatedAccount) {
    return this.search.search(caller, args);
  }

  @ResolveField(() => Int, { description: 'How many members match, over all pages.' })
  totalCount(@Parent() page: MemberPage) {
    return page.aggregates.load('total');
  }

  @ResolveField(() => [MemberFacetModel], {
    description: 'Counts over every member matching the filters (not only this page).',
  })
  async facets(
    @Parent() page: MemberPage,
    @Args('fields', {
      type: () => [MemberFacetField],
      nullable: true,
      description: `Default: ${DEFAULT_MEMBER_FACETS.join(', ')}.`,
    })
    fields?: MemberFacetField[] | null,
  ): Promise<MemberFacetModel[]> {
    return facetsOf(page, fields, DEFAULT_MEMBER_FACETS);
  }
}
