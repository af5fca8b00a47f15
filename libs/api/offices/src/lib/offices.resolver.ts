import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Authorize } from '@wild/api/auth';
import { GraphQLContext, PageArgs } from '@wild/api/core';
import { pickLocalized } from '@wild/shared/domain';

import { OfficeConnection } from './models/office-connection.model';
import { OfficeModel } from './models/office.model';
import { OfficesService } from './offices.service';

@Resolver(() => OfficeModel)
export class OfficesResolver {
  constructor(private readonly officesService: OfficesService) {}

  @Authorize()
  @Query(() => OfficeModel, { description: 'One office, by its WIPO ST.3 code.' })
  office(
    @Args('code', { description: 'ST.3 code, e.g. FR, EP, WO.' }) code: string,
  ): Promise<OfficeModel> {
    return this.officesService.getByCode(code);
  }

  @Authorize()
  @Query(() => OfficeConnection, { description: 'The offices of the network, by code.' })
  offices(@Args() page: PageArgs): Promise<OfficeConnection> {
    return this.officesService.list(page);
  }

  @ResolveField(() => String, {
    description:
      'The name in the asked language, else the caller’s (Accept-Language), else English.',
  })
  name(
    @Parent() office: OfficeModel,
    @Context() context: GraphQLContext,
    @Args('language', { type: () => String, nullable: true }) language?: string | null,
  ): string {
    return pickLocalized(
      office.names,
      language ? [language, ...context.languages] : context.languages,
    );
  }
}
