import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Hands every error a resolver or guard throws back to GraphQL unchanged, where the one error
 * formatter maps it and `unexpectedErrorLogPlugin` logs it, once, with the request's id. Nest's
 * default handler would log each one at `error` with its stack, expected ones (UNAUTHENTICATED,
 * NOT_FOUND…) too, and without the request. HTTP routes keep Nest's handling.
 */
@Catch()
export class GraphQLErrorPassThroughFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    // thrown again, not returned: a thrown value that is no Error would otherwise become data
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    super.catch(exception, host);
  }
}
