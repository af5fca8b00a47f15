import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import pino, { type LevelWithSilent, type Logger } from 'pino';
import { pinoHttp, type HttpLogger, type Options as HttpLoggerOptions } from 'pino-http';

import { AppConfig } from '../config/app-config';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Where a request's SQL statement count is kept while it runs (`res.locals`), for its log line:
 * the database lib counts, the request logger reads.
 */
export const SQL_STATEMENTS_LOCAL = 'sqlStatements';

/** The request log line's `sqlStatements`, when the request's statements were counted. */
function sqlStatementsOf(res: ServerResponse): { sqlStatements?: number } {
  const locals = (res as ServerResponse & { locals?: Record<string, unknown> }).locals;
  const count = (locals?.[SQL_STATEMENTS_LOCAL] as { count: number } | undefined)?.count;
  return count === undefined ? {} : { sqlStatements: count };
}

/** A caller's `X-Request-Id` is kept when it looks like one; otherwise each request gets a UUID. */
export function requestIdOf(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

type LoggerConfig = Pick<AppConfig, 'logLevel' | 'production' | 'nodeEnv'>;

function prettyTransport(config: LoggerConfig) {
  if (config.production || config.nodeEnv === 'test') return undefined;
  try {
    require.resolve('pino-pretty');
    return {
      target: 'pino-pretty',
      // the worker thread that writes cannot tell a terminal from a file: colours for terminals only
      options: {
        singleLine: true,
        translateTime: 'SYS:HH:MM:ss.l',
        colorize: !!process.stdout.isTTY,
      },
    };
  } catch {
    return undefined; // a production install has no pino-pretty: plain JSON lines
  }
}

let rootLogger: Logger | undefined;

/**
 * The process's one pino logger: JSON lines (pretty in development), secrets redacted. One per
 * process, as nestjs-pino keeps one (the first it is given): an app started later in the same
 * process (tests start several) sets its level and logs through it.
 */
export function createRootLogger(config: LoggerConfig): Logger {
  rootLogger ??= pino({
    level: config.logLevel,
    transport: prettyTransport(config),
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
  });
  rootLogger.level = config.logLevel;
  return rootLogger;
}

/**
 * One line per request with its status and duration; `req.log` is the request's own logger,
 * every line of which carries `req.id`.
 */
export function createHttpLogger(logger: Logger): HttpLogger {
  return pinoHttp(httpLoggerOptions(logger));
}

function httpLoggerOptions(logger: Logger): HttpLoggerOptions<IncomingMessage, ServerResponse> {
  return {
    logger,
    genReqId: requestIdOf,
    // what finds a request again; headers (redacted or not) only lengthened every line
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // Nest mounts middleware on a pattern, so `req.url` is what follows it: read the whole path
    autoLogging: {
      ignore: (req) =>
        (req as IncomingMessage & { originalUrl?: string }).originalUrl?.startsWith('/health') ??
        false,
    },
    // read when the response is logged (also when it starts, where it finds nothing yet)
    customProps: (_req, res) => sqlStatementsOf(res),
    customLogLevel: (_req, res, error): LevelWithSilent =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
  };
}

/**
 * nestjs-pino gives Nest and the services (`PinoLogger`) the root logger. With the request
 * context on, it also logs each request ({@link createHttpLogger}'s options) and binds the
 * request's logger in an AsyncLocalStorage, so `PinoLogger` lines written during a request carry
 * its `req.id`. Off, it binds no request: request lines come from {@link createHttpLogger}
 * (mounted by the core module), and code that logs for a request uses `req.log` (ADR 0005).
 */
export function createLoggerOptions(logger: Logger, requestContext: boolean): Params {
  return requestContext
    ? { pinoHttp: httpLoggerOptions(logger) }
    : { pinoHttp: { logger }, forRoutes: [] };
}
