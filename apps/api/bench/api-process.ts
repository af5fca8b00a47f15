import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 20_000;
/** The last lines the API printed, shown when it fails to start. */
const KEPT_LINES = 40;

/** The built API, run as a user runs it, on the bench database. */
export class ApiProcess {
  private readonly output: string[] = [];
  private exited: Promise<number | null>;

  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
    private readonly dataDir: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => this.keep(chunk));
    }
  }

  /**
   * Starts `node dist/apps/api/main.js` and waits until `/health/ready` answers 200: in
   * production mode for the load (what users get), or outside it, where the API sends
   * `x-sql-statements`, for the probes.
   */
  static async start(options: {
    mainJs: string;
    databaseUrl: string;
    production: boolean;
    /** API processes sharing the port (API_WORKERS). */
    workers?: number;
    port?: number;
    /** More variables for the API (REQUEST_CONTEXT, say); they win over the bench's own. */
    env?: Readonly<Record<string, string>>;
  }): Promise<{ api: ApiProcess; startSeconds: number }> {
    if (!existsSync(options.mainJs)) {
      throw new Error(`${options.mainJs} is missing: build the API first (npx nx run api:build)`);
    }
    const port = options.port ?? (await freePort());
    // the JWT secret is otherwise generated into DATA_DIR: keep the work tree clean
    const dataDir = mkdtempSync(join(tmpdir(), 'wild-bench-'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: options.production ? 'production' : 'development',
      API_WORKERS: String(options.workers ?? 1),
      DATABASE_URL: options.databaseUrl,
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      JWT_SECRET: randomBytes(32).toString('hex'),
      ACCESS_TOKEN_TTL: '2h',
      // the load comes from one address, far over the per-address limit meant for people
      THROTTLE_LIMIT: '1000000000',
      ...options.env,
    };
    // nothing of the caller's own setup: no first admin to create, no mail to send
    for (const name of ['ADMIN_EMAIL', 'ADMIN_PASSWORD', 'SMTP_URL', 'TRUST_PROXY'])
      delete env[name];
    const started = performance.now();
    const child = spawn(process.execPath, [options.mainJs], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const api = new ApiProcess(child, `http://127.0.0.1:${port}`, dataDir);
    try {
      await api.waitUntilReady();
    } catch (error) {
      await api.stop();
      throw error;
    }
    return { api, startSeconds: (performance.now() - started) / 1000 };
  }

  /** Signs in through the GraphQL `login` mutation; returns the access token. */
  async login(email: string, password: string): Promise<string> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
        variables: { input: { email, password } },
      }),
    });
    const body = (await response.json()) as {
      data?: { login?: { accessToken: string } };
      errors?: { message: string }[];
    };
    const token = body.data?.login?.accessToken;
    if (!token) {
      throw new Error(
        `Sign-in as ${email} failed (HTTP ${response.status}): ${body.errors?.map((error) => error.message).join('; ')}`,
      );
    }
    return token;
  }

  /** SIGTERM (the API closes its connections and exits), SIGKILL if it lingers. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await this.exited;
      clearTimeout(timer);
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** What the API printed last (its warnings, say slow statements). */
  recentOutput(): string {
    return this.output.join('\n');
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let exitCode: number | null | undefined;
    void this.exited.then((code) => (exitCode = code));
    while (Date.now() < deadline) {
      if (exitCode !== undefined) {
        throw new Error(
          `The API exited (code ${exitCode}) before it was ready:\n${this.recentOutput()}`,
        );
      }
      try {
        const response = await fetch(`${this.baseUrl}/health/ready`);
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(
      `The API was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${this.recentOutput()}`,
    );
  }

  private keep(chunk: string): void {
    for (const line of chunk.split('\n')) {
      if (line.trim()) this.output.push(line);
    }
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
