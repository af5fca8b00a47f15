import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';

/** Where a request comes from, as the audit trail and the rate limits see it. */
export interface RequestMeta {
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly requestId: string | null;
}

export function requestMetaOf(req: Request | undefined): RequestMeta {
  if (!req) return { ip: null, userAgent: null, requestId: null };
  const id = (req as Request & { id?: unknown }).id;
  return {
    ip: req.ip ?? req.socket?.remoteAddress ?? null,
    userAgent: req.headers['user-agent']?.slice(0, 512) ?? null,
    requestId: typeof id === 'string' ? id : null,
  };
}

/** The express request of an HTTP or GraphQL execution context. */
export function requestOf(context: ExecutionContext): Request {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext().req;
  }
  return context.switchToHttp().getRequest();
}

/** Resolver parameter: the caller's address, user agent and request id. */
export const Meta = createParamDecorator((_data: unknown, context: ExecutionContext): RequestMeta =>
  requestMetaOf(requestOf(context)),
);
