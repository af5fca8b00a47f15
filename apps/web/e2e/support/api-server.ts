/// <reference types="node" />
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';

import { RUN_MAIN_JS } from './environment';

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;
/** The last lines the API printed, shown when it fails to start. */
const KEPT_LINES = 60;

/** Where the API keeps its data: a database of the server, or a PGlite data folder. */
export type ApiDatabase =
  | { readonly engine: 'postgres'; readonly url: string; readonly dataDir: string }
  | { readonly engine: 'embedded'; readonly dataDir: string };

export interface ApiServerOptions {
  readonly database: ApiDatabase;
  /** Every line the API prints goes here too. */
  readonly logFile: string;
  /** More variables for the API; they win over the harness's own. */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * The built API (`node main.js` of the run's copy of dist/apps/api), run as a person runs it: it
 * migrates and seeds the demo data when it starts, and serves the built web app at `/`.
 */
export class ApiServer {
  private readonly output: string[] = [];
  private readonly exited: Promise<number | null>;

  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
    private readonly log: WriteStream,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => this.keep(chunk));
    }
  }

  /** Starts the API on a free port and waits until `GET /health/ready` answers 200. */
  static async start(options: ApiServerOptions): Promise<ApiServer> {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // `test`: the refresh cookie is not `Secure` over plain http
      NODE_ENV: 'test',
      PORT: String(port),
      DATA_DIR: options.database.dataDir,
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      // else generated into DATA_DIR: a fresh one per process is as good
      JWT_SECRET: randomBytes(32).toString('hex'),
      // invitation links point at this API
      PUBLIC_URL: baseUrl,
      // the whole run comes from one address, far over the per-address limit meant for people
      THROTTLE_LIMIT: '1000000',
      ...options.env,
    };
    if (options.database.engine === 'postgres') env['DATABASE_URL'] = options.database.url;
    else delete env['DATABASE_URL'];
    // nothing of the caller's own setup: no first admin, no mail, no shared throttle store, one
    // process, the web app of the run's copy (its default, beside main.js)
    for (const name of [
      'ADMIN_EMAIL',
      'ADMIN_PASSWORD',
      'SMTP_URL',
      'REDIS_URL',
      'TRUST_PROXY',
      'API_WORKERS',
      'WEB_ROOT',
    ])
      if (!options.env?.[name]) delete env[name];

    mkdirSync(dirname(options.logFile), { recursive: true });
    const log = createWriteStream(options.logFile, { flags: 'a' });
    const child = spawn(process.execPath, [RUN_MAIN_JS], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    const server = new ApiServer(child, baseUrl, log);
    try {
      await server.waitUntilReady();
    } catch (error) {
      await server.stop();
      throw error;
    }
    return server;
  }

  /** SIGTERM (the API closes its database: PGlite flushes its files), SIGKILL if it lingers. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await this.exited;
      clearTimeout(timer);
    }
    await new Promise<void>((resolve) => this.log.end(resolve));
  }

  recentOutput(): string {
    return this.output.join('\n');
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let exitCode: number | null | undefined;
    void this.exited.then((code) => (exitCode = code));
    while (Date.now() < deadline) {
      if (exitCode !== undefined)
        throw new Error(
          `The API exited (code ${exitCode}) before it was ready:\n${this.recentOutput()}`,
        );
      try {
        const response = await fetch(`${this.baseUrl}/health/ready`);
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(
      `The API was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${this.recentOutput()}`,
    );
  }

  private keep(chunk: string): void {
    for (const line of chunk.split('\n')) if (line.trim()) this.output.push(line);
    this.output.splice(0, Math.max(0, this.output.length - KEPT_LINES));
  }
}

/** A port nothing listens on now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
