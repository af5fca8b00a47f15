import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { ConfigError, DEFAULT_WEB_ROOT, loadAppConfig } from './app-config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'wild-config-'));

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadAppConfig({ DATA_DIR: dataDir(), ...env });
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('loadAppConfig', () => {
  it('gives every variable its documented default', () => {
    const dir = dataDir();
    const config = loadAppConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      nodeEnv: 'development',
      production: false,
      port: 3000,
      databaseUrl: null,
      dataDir: dir,
      demoData: true,
      accessTokenTtlMs: 15 * 60_000,
      refreshTokenTtlMs: 30 * 86_400_000,
      invitationTtlMs: 14 * 86_400_000,
      throttleLimit: 120,
      throttleTtlMs: 60_000,
      admin: null,
      introductionExpiryDays: 21,
      smtpUrl: null,
      publicUrl: 'http://localhost:3000',
      logLevel: 'info',
    });
  });

  it('generates a JWT secret once outside production and keeps it in DATA_DIR', () => {
    const dir = dataDir();
    const first = loadAppConfig({ DATA_DIR: dir });
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first.jwtSecret);
    expect(loadAppConfig({ DATA_DIR: dir }).jwtSecret).toBe(first.jwtSecret);
  });

  it('reads the values it is given', () => {
    const config = loadAppConfig({
      DATA_DIR: dataDir(),
      PORT: '8080',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      DEMO_DATA: 'false',
      ACCESS_TOKEN_TTL: '5m',
      ADMIN_EMAIL: 'Admin@WIPO.int',
      ADMIN_PASSWORD: 'a long enough password',
      PUBLIC_URL: 'https://wild.example.org/',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test',
      demoData: false,
      accessTokenTtlMs: 300_000,
      admin: { email: 'admin@wipo.int', password: 'a long enough password' },
      publicUrl: 'https://wild.example.org',
    });
  });

  it('names each invalid variable, and never shows a secret', () => {
    expect(
      problemsOf({
        PORT: '70000',
        LOG_LEVEL: 'loud',
        THROTTLE_TTL: 'soon',
        SMTP_URL: 'http://mail',
        ADMIN_EMAIL: 'admin@wipo.int',
        ADMIN_PASSWORD: 'short',
      }),
    ).toEqual([
      'PORT: PORT must not be greater than 65535 (got "70000")',
      'THROTTLE_TTL: THROTTLE_TTL must be a duration such as 60s (got "soon")',
      'ADMIN_PASSWORD: ADMIN_PASSWORD must be at least 12 characters long',
      'SMTP_URL: SMTP_URL must be an smtp:// or smtps:// URL (got "http://mail")',
      expect.stringMatching(/^LOG_LEVEL: LOG_LEVEL must be one of the following values/),
    ]);
  });

  it('requires a JWT secret in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'JWT_SECRET: JWT_SECRET is required when NODE_ENV=production',
    ]);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toEqual([]);
  });

  it('keeps the demo (and its published password) out of production', () => {
    const secret = { JWT_SECRET: 'x'.repeat(40) };
    expect(loadAppConfig({ DATA_DIR: dataDir(), NODE_ENV: 'production', ...secret }).demoData).toBe(
      false,
    );
    expect(problemsOf({ NODE_ENV: 'production', DEMO_DATA: 'true', ...secret })).toEqual([
      'DEMO_DATA: DEMO_DATA must be false when NODE_ENV=production (the demo accounts share a published password)',
    ]);
    expect(loadAppConfig({ DATA_DIR: dataDir(), DEMO_DATA: 'false' }).demoData).toBe(false);
  });

  it('keeps each request in its own context unless REQUEST_CONTEXT is false', () => {
    expect(loadAppConfig({ DATA_DIR: dataDir() }).requestContext).toBe(true);
    expect(loadAppConfig({ DATA_DIR: dataDir(), REQUEST_CONTEXT: 'false' }).requestContext).toBe(
      false,
    );
    expect(problemsOf({ REQUEST_CONTEXT: 'sometimes' })).toEqual([
      'REQUEST_CONTEXT: REQUEST_CONTEXT must be true or false (got "sometimes")',
    ]);
  });

  it('reads the sign-in rate limit', () => {
    expect(loadAppConfig({ DATA_DIR: dataDir() })).toMatchObject({
      authThrottleLimit: 5,
      authThrottleTtlMs: 900_000,
    });
    expect(problemsOf({ AUTH_THROTTLE_LIMIT: '0' })).toEqual([
      'AUTH_THROTTLE_LIMIT: AUTH_THROTTLE_LIMIT must not be less than 1 (got "0")',
    ]);
  });

  it('finds the web app beside the API bundle unless WEB_ROOT says where', () => {
    // in dist/apps/api/main.js, `__dirname` is dist/apps/api: the default is dist/apps/web
    expect(DEFAULT_WEB_ROOT).toBe(join(__dirname, '..', 'web'));
    expect(loadAppConfig({ DATA_DIR: dataDir() }).webRoot).toBe(DEFAULT_WEB_ROOT);
    expect(loadAppConfig({ DATA_DIR: dataDir(), WEB_ROOT: '' }).webRoot).toBe(DEFAULT_WEB_ROOT);
    expect(loadAppConfig({ DATA_DIR: dataDir(), WEB_ROOT: '/srv/wild/web' }).webRoot).toBe(
      '/srv/wild/web',
    );
    expect(loadAppConfig({ DATA_DIR: dataDir(), WEB_ROOT: 'dist/apps/web' }).webRoot).toBe(
      resolve('dist/apps/web'),
    );
  });

  it('wants ADMIN_EMAIL and ADMIN_PASSWORD together', () => {
    expect(problemsOf({ ADMIN_PASSWORD: 'a long enough password' })).toEqual([
      'ADMIN_EMAIL: ADMIN_EMAIL must be an email address (it is required with ADMIN_PASSWORD)',
    ]);
  });
});
