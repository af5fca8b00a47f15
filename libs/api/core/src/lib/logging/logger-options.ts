import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import pino, { type LevelWithSilent, type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';

import { AppConfig } from '../config/app-config';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

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
  return pinoHttp<IncomingMessage, ServerResponse, never>({
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
    customLogLevel: (_req, res, error): LevelWithSilent =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
  });
}

/**
 * nestjs-pino gives Nest and the services (`PinoLogger`) the root logger, and binds no request:
 * its binding keeps each request's logger in an AsyncLocalStorage, whose promise hooks cost
 * Node 20 about 40% of the API's throughput (docs/benchmarks). Request lines come from
 * {@link createHttpLogger}; code that logs for a request uses `req.log`.
 */
export function createLoggerOptions(logger: Logger): Params {
  return { pinoHttp: { logger }, forRoutes: [] };
}
