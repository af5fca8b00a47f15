import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';
import ms from 'ms';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A duration as `ms` reads it: `900`, `15m`, `12h`, `30d` (a bare number is milliseconds). */
const DURATION = /^\d+(\.\d+)?\s*(ms|s|m|h|d|w|y)?$/i;

const toBoolean = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const normalized = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(normalized)) return true;
  if (['false', '0', 'no', 'off'].includes(normalized)) return false;
  return value; // left as a string so that @IsBoolean names the variable
};
const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * The raw environment as the API reads it: every variable documented in the README, with its
 * default. Validated once at start; a wrong value stops start-up with a message naming it.
 */
class EnvironmentVariables {
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  // class-validator checks the decorators nearest the property first: the type check goes last
  @Transform(toInteger)
  @Max(65535)
  @Min(0)
  @IsInt()
  PORT = 3000;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(
    { protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true },
    { message: 'DATABASE_URL must be a postgres:// URL' },
  )
  DATABASE_URL?: string;

  @MinLength(1)
  @IsString()
  DATA_DIR = './.data';

  /** API processes sharing the port (Node.js runs one core per process); above 1, a server only. */
  @Transform(toInteger)
  @Max(64)
  @Min(1)
  @IsInt()
  API_WORKERS = 1;

  /** Unset: on, except in production (where the demo's shared password must never be). */
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean({ message: 'DEMO_DATA must be true or false' })
  DEMO_DATA?: boolean;

  @Transform(emptyToUndefined)
  @ValidateIf((env: EnvironmentVariables) => env.NODE_ENV === 'production' || !!env.JWT_SECRET)
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters long' })
  @IsString({ message: 'JWT_SECRET is required when NODE_ENV=production' })
  JWT_SECRET?: string;

  @Matches(DURATION, { message: 'ACCESS_TOKEN_TTL must be a duration such as 15m' })
  ACCESS_TOKEN_TTL = '15m';

  @Matches(DURATION, { message: 'REFRESH_TOKEN_TTL must be a duration such as 30d' })
  REFRESH_TOKEN_TTL = '30d';

  @Matches(DURATION, { message: 'INVITATION_TTL must be a duration such as 14d' })
  INVITATION_TTL = '14d';

  @Transform(toInteger)
  @Min(1)
  @IsInt()
  THROTTLE_LIMIT = 120;

  @Matches(DURATION, { message: 'THROTTLE_TTL must be a duration such as 60s' })
  THROTTLE_TTL = '60s';

  /**
   * Sign-in, token refresh, invitation acceptance and password change: failures per account and
   * address that are free in AUTH_THROTTLE_TTL (then one attempt per doubling delay).
   */
  @Transform(toInteger)
  @Min(1)
  @IsInt()
  AUTH_THROTTLE_LIMIT = 5;

  @Matches(DURATION, { message: 'AUTH_THROTTLE_TTL must be a duration such as 15m' })
  AUTH_THROTTLE_TTL = '15m';

  /** Failures from one address, whatever the account, before it is refused for the window. */
  @Transform(toInteger)
  @Min(1)
  @IsInt()
  AUTH_ADDRESS_LIMIT = 100;

  /** Failures for one account from anywhere, before addresses it does not know are refused. */
  @Transform(toInteger)
  @Min(1)
  @IsInt()
  AUTH_ACCOUNT_LIMIT = 50;

  /** Unset: the request throttle counts in each process's memory; set, in this Redis. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @Transform(emptyToUndefined)
  @ValidateIf((env: EnvironmentVariables) => !!env.ADMIN_EMAIL || !!env.ADMIN_PASSWORD)
  @IsEmail(
    {},
    { message: 'ADMIN_EMAIL must be an email address (it is required with ADMIN_PASSWORD)' },
  )
  ADMIN_EMAIL?: string;

  @Transform(emptyToUndefined)
  @ValidateIf((env: EnvironmentVariables) => !!env.ADMIN_EMAIL || !!env.ADMIN_PASSWORD)
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters long' })
  @IsString({ message: 'ADMIN_PASSWORD is required with ADMIN_EMAIL' })
  ADMIN_PASSWORD?: string;

  @Transform(toInteger)
  @Max(365)
  @Min(1)
  @IsInt()
  INTRODUCTION_EXPIRY_DAYS = 21;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(
    { protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true },
    { message: 'SMTP_URL must be an smtp:// or smtps:// URL' },
  )
  SMTP_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_tld: false, require_protocol: true },
    { message: 'PUBLIC_URL must be an http:// or https:// URL' },
  )
  PUBLIC_URL?: string;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /** The web app's build (index.html and assets/); unset: {@link DEFAULT_WEB_ROOT}. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @MinLength(1)
  @IsString({ message: 'WEB_ROOT must be the path of a folder' })
  WEB_ROOT?: string;

  /**
   * Each request's own context in an AsyncLocalStorage: log lines written while it runs carry its
   * id, and (in production too) its SQL statements are counted. ADR 0005 weighs its cost.
   */
  @Transform(toBoolean)
  @IsBoolean({ message: 'REQUEST_CONTEXT must be true or false' })
  REQUEST_CONTEXT = true;

  /**
   * Express's `trust proxy`: `false` (default), `true`, a number of hops, or addresses/subnets
   * (`loopback`, `10.0.0.0/8`). Behind a reverse proxy, set it so rate limits and the audit see
   * the client's address rather than the proxy's.
   */
  @Matches(/^(true|false|\d+|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/, {
    message: 'TRUST_PROXY must be true, false, a number of hops or a list of addresses',
  })
  TRUST_PROXY = 'false';
}

/** Start-up stops with this error when the environment is invalid; its message names each variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The validated configuration, as the rest of the API reads it. */
export class AppConfig {
  readonly nodeEnv!: NodeEnv;
  readonly production!: boolean;
  readonly port!: number;
  /** Unset: the embedded PostgreSQL (PGlite) in `dataDir`. */
  readonly databaseUrl!: string | null;
  readonly apiWorkers!: number;
  /** False in the second and later of several API processes: the first seeds, once. */
  readonly runSeeds!: boolean;
  readonly dataDir!: string;
  readonly demoData!: boolean;
  readonly jwtSecret!: string;
  readonly accessTokenTtlMs!: number;
  readonly refreshTokenTtlMs!: number;
  readonly invitationTtlMs!: number;
  readonly throttleLimit!: number;
  readonly throttleTtlMs!: number;
  readonly authThrottleLimit!: number;
  readonly authThrottleTtlMs!: number;
  readonly authAddressLimit!: number;
  readonly authAccountLimit!: number;
  /** Unset: the request throttle's counts stay in memory. */
  readonly redisUrl!: string | null;
  readonly admin!: { readonly email: string; readonly password: string } | null;
  readonly introductionExpiryDays!: number;
  readonly smtpUrl!: string | null;
  readonly publicUrl!: string;
  readonly logLevel!: LogLevel;
  /** The folder of the web app's build (absolute); served at `/` when it holds an index.html. */
  readonly webRoot!: string;
  readonly requestContext!: boolean;
  readonly trustProxy!: boolean | number | string;

  constructor(values: AppConfig) {
    Object.assign(this, values);
  }

  /** A copy with some values replaced (tests use it). */
  with(changes: Partial<AppConfig>): AppConfig {
    return new AppConfig({ ...this, ...changes });
  }
}

/**
 * Where the web app's build is when WEB_ROOT is unset: `web` beside the folder of the API's bundle,
 * so dist/apps/api/main.js serves dist/apps/web (webpack leaves `__dirname` to Node: `node: false`
 * in @nx/webpack's base config). Run from the sources (the tests), it names a folder that does not
 * exist, and no web app is served.
 */
export const DEFAULT_WEB_ROOT = join(__dirname, '..', 'web');

/** The variables without a default (so absent from a new instance's keys). */
const OPTIONAL_VARIABLES = [
  'DATABASE_URL',
  'DEMO_DATA',
  'JWT_SECRET',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'SMTP_URL',
  'PUBLIC_URL',
  'REDIS_URL',
  'WEB_ROOT',
];
const VARIABLES = [...new Set([...Object.keys(new EnvironmentVariables()), ...OPTIONAL_VARIABLES])];

/** Reads and validates the environment. Throws {@link ConfigError} naming every invalid variable. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, string> = {};
  for (const name of VARIABLES) {
    const value = env[name];
    if (value !== undefined) raw[name] = value;
  }
  const vars = plainToInstance(EnvironmentVariables, raw);
  const problems = validateSync(vars, { stopAtFirstError: true }).map((error) => {
    const message = Object.values(error.constraints ?? {})[0] ?? 'is invalid';
    const got = raw[error.property] === undefined ? '' : ` (got "${raw[error.property]}")`;
    const shown = error.property.match(/SECRET|PASSWORD/) ? '' : got;
    return `${error.property}: ${message}${shown}`;
  });
  const production = vars.NODE_ENV === 'production';
  if (production && vars.DEMO_DATA === true) {
    problems.push(
      'DEMO_DATA: DEMO_DATA must be false when NODE_ENV=production (the demo accounts share a published password)',
    );
  }
  if (vars.API_WORKERS > 1 && !vars.DATABASE_URL) {
    problems.push(
      'API_WORKERS: above 1 it needs DATABASE_URL (the embedded engine lives in one process)',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const dataDir = resolve(vars.DATA_DIR);
  return new AppConfig({
    nodeEnv: vars.NODE_ENV,
    production,
    port: vars.PORT,
    databaseUrl: vars.DATABASE_URL ?? null,
    apiWorkers: vars.API_WORKERS,
    // set by the primary for the processes it starts: only the first one seeds
    runSeeds: (env['WILD_WORKER'] ?? '1') === '1',
    dataDir,
    demoData: vars.DEMO_DATA ?? !production,
    jwtSecret: vars.JWT_SECRET ?? keptJwtSecret(dataDir),
    accessTokenTtlMs: ms(vars.ACCESS_TOKEN_TTL as ms.StringValue),
    refreshTokenTtlMs: ms(vars.REFRESH_TOKEN_TTL as ms.StringValue),
    invitationTtlMs: ms(vars.INVITATION_TTL as ms.StringValue),
    throttleLimit: vars.THROTTLE_LIMIT,
    throttleTtlMs: ms(vars.THROTTLE_TTL as ms.StringValue),
    authThrottleLimit: vars.AUTH_THROTTLE_LIMIT,
    authThrottleTtlMs: ms(vars.AUTH_THROTTLE_TTL as ms.StringValue),
    authAddressLimit: vars.AUTH_ADDRESS_LIMIT,
    authAccountLimit: vars.AUTH_ACCOUNT_LIMIT,
    redisUrl: vars.REDIS_URL ?? null,
    admin:
      vars.ADMIN_EMAIL && vars.ADMIN_PASSWORD
        ? { email: vars.ADMIN_EMAIL.toLowerCase(), password: vars.ADMIN_PASSWORD }
        : null,
    introductionExpiryDays: vars.INTRODUCTION_EXPIRY_DAYS,
    smtpUrl: vars.SMTP_URL ?? null,
    publicUrl: (vars.PUBLIC_URL ?? `http://localhost:${vars.PORT}`).replace(/\/+$/, ''),
    logLevel: vars.LOG_LEVEL,
    webRoot: resolve(vars.WEB_ROOT ?? DEFAULT_WEB_ROOT),
    requestContext: vars.REQUEST_CONTEXT,
    trustProxy:
      vars.TRUST_PROXY === 'true'
        ? true
        : vars.TRUST_PROXY === 'false'
          ? false
          : /^\d+$/.test(vars.TRUST_PROXY)
            ? Number(vars.TRUST_PROXY)
            : vars.TRUST_PROXY,
  } as AppConfig);
}

/**
 * Outside production a missing JWT_SECRET is generated once and kept in DATA_DIR, so tokens
 * survive a restart without anyone having to invent a secret.
 */
function keptJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
