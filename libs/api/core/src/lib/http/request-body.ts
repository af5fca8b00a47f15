import express, { type ErrorRequestHandler, type RequestHandler } from 'express';

/**
 * The largest request body the API reads: room for an assignment of 5,000 requests as variables
 * (about 350 kB), ten times Express's default.
 */
export const MAX_BODY_SIZE = '1mb';

/**
 * How deep a request's JSON may nest. GraphQL inputs here nest a few levels; a value nested
 * thousands of levels deep made the recursive walks over variables overflow the stack (a 500).
 */
export const MAX_BODY_DEPTH = 32;

/**
 * The body of an answer refused before GraphQL runs (an HTTP middleware's), in the shape of every
 * GraphQL error answer.
 */
export function graphQLErrorBody(message: string, extensions: Record<string, unknown>) {
  return { errors: [{ message, extensions }] };
}

/** Apollo's code for a request it cannot read. */
const BAD_REQUEST = { code: 'BAD_REQUEST' };

/** Whether `value` nests deeper than `limit` (iterative: the point is not to overflow). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The body parsers of every route (JSON, and forms as Nest's own), then the refusals they lead to, answered as GraphQL
 * errors (HTTP 400 or 413, code BAD_REQUEST) rather than Express's own page: a body that is not
 * JSON or is too large, and a body nested deeper than {@link MAX_BODY_DEPTH}.
 */
export function requestBodyParsing(): (RequestHandler | ErrorRequestHandler)[] {
  const parseJson = express.json({ limit: MAX_BODY_SIZE });
  const parseForms = express.urlencoded({ extended: false, limit: MAX_BODY_SIZE });
  const unreadable: ErrorRequestHandler = (error, _req, res, next) => {
    const { status, type } = error as { status?: number; type?: unknown };
    // the body parser's own errors carry a `type` (entity.parse.failed, entity.too.large …)
    if (typeof type !== 'string' || !status || status < 400 || status >= 500) return next(error);
    const message =
      status === 413
        ? `The request body is larger than ${MAX_BODY_SIZE}.`
        : status === 415
          ? 'The request body is in an encoding or character set the API does not read.'
          : 'The request body is not valid JSON.';
    res.status(status).json(graphQLErrorBody(message, BAD_REQUEST));
  };
  const tooDeep: RequestHandler = (req, res, next) => {
    if (nestsDeeperThan(req.body, MAX_BODY_DEPTH)) {
      const message = `The request nests more than ${MAX_BODY_DEPTH} levels deep.`;
      return void res.status(400).json(graphQLErrorBody(message, BAD_REQUEST));
    }
    next();
  };
  return [parseJson, parseForms, unreadable, tooDeep];
}
