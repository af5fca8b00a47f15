import { Context, Query, Resolver } from '@nestjs/graphql';

import { AuthenticatedAccount, Authorize, CurrentAccount } from '@wild/api/auth';
import { Args, GraphQLContext } from '@wild/api/core';
import { parseOfficeCode } from '@wild/api/offices';

import { MaturityBenchmark, MaturityBenchmarkFilterInput } from './maturity-benchmark.graphql';
import { MaturityBenchmarkService } from './maturity-benchmark.service';

@Resolver(() => MaturityBenchmark)
export class MaturityBenchmarkResolver {
  constructor(private readonly benchmarks: MaturityBenchmarkService) {}

  @Authorize()
  @Query(() => MaturityBenchmark, {
    description:
      'Current maturity levels of the offices matching the filter, in aggregate; FORBIDDEN (reason BENCHMARK_GROUP_TOO_SMALL) under 5 offices.',
  })
  maturityBenchmark(
    @CurrentAccount() caller: AuthenticatedAccount,
    @Context() context: GraphQLContext,
    @Args('filter', { type: () => MaturityBenchmarkFilterInput, nullable: true })
    filter?: MaturityBenchmarkFilterInput | null,
    @Args('officeCode', {
      type: () => String,
      nullable: true,
      description: 'Whose position to show: by default the caller’s office.',
    })
    officeCode?: string | null,
  ) {
    const positionOf = officeCode ? parseOfficeCode(officeCode, 'officeCode') : caller.officeCode;
    return this.benchmarks.benchmark(filter ?? {}, positionOf, context.loaders);
  }
}
