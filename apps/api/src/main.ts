import 'reflect-metadata';
// Loaded by @nestjs/apollo at run time; imported here so that the build's package.json lists it.
import '@as-integrations/express5';
// Loaded by the assignment's worker thread (highs-worker.cjs, not bundled): listed in the same way.
import 'highs';

import cluster, { Worker } from 'node:cluster';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import {
  AppConfig,
  ConfigError,
  configureApplication,
  loadAppConfig,
  NEST_APPLICATION_OPTIONS,
} from '@wild/api/core';
import { databaseTargetFromConfig, describeTarget, openDataSource } from '@wild/api/database';

import { AppModule } from './app/app.module';

function readConfig(): AppConfig {
  try {
    return loadAppConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`WILD Network API cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

/** `node main.js migrate`: apply pending migrations and stop. */
async function migrate(config: AppConfig): Promise<void> {
  const target = databaseTargetFromConfig(config);
  const dataSource = await openDataSource(target, { migrationsRun: false });
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to the ${describeTarget(target)}: ${applied.map((m) => m.name).join(', ')}`
        : `The ${describeTarget(target)} is up to date.`,
    );
  } finally {
    await dataSource.destroy();
  }
}

async function serve(config: AppConfig): Promise<void> {
  const app = configureApplication(
    await NestFactory.create(AppModule.register(config), {
      ...NEST_APPLICATION_OPTIONS,
      bufferLogs: true,
    }),
  );
  try {
    await app.listen(config.port);
  } catch (error) {
    await app.close(); // close the database cleanly before giving up (a port in use, say)
    throw error;
  }
  stopGracefullyOnSignals(app);
  const target = describeTarget(databaseTargetFromConfig(config));
  const base = `http://localhost:${config.port}`;
  const webApp = existsSync(join(config.webRoot, 'index.html'))
    ? `${base}/`
    : 'not built (npm run build)';
  console.log(
    `\nWILD Network is ready at ${base}\n  web app: ${webApp}\n  GraphQL API: ${base}/graphql\n  database: ${target}\n  demo data: ${config.demoData ? 'on' : 'off'}\n`,
  );
}

/**
 * On SIGTERM or SIGINT: stop taking requests, let those in flight finish, close the database
 * (the embedded engine flushes its files), then exit 0.
 */
function stopGracefullyOnSignals(app: INestApplication): void {
  const stop = async (signal: NodeJS.Signals) => {
    console.log(`\n${signal}: WILD Network API is stopping…`);
    setTimeout(() => {
      console.error('WILD Network API did not stop within 15 s; exiting.');
      process.exit(1);
    }, 15_000).unref();
    await app.close();
    console.log('WILD Network API stopped.');
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.once(signal, (received) => void stop(received));
}

/**
 * With API_WORKERS above 1 (a PostgreSQL server only): this primary process migrates, starts the
 * first API process (which seeds) and, once it listens, the others; they share the port. On
 * SIGTERM or SIGINT each stops gracefully. If one dies, the primary stops them all and exits 1,
 * for the supervisor (systemd, the container runtime) to restart the whole.
 */
async function supervise(config: AppConfig): Promise<void> {
  await migrate(config);
  const workers: Worker[] = [];
  let stopping = false;
  const start = (number: number) => {
    const worker = cluster.fork({ WILD_WORKER: String(number) });
    workers.push(worker);
    worker.on('exit', (code) => {
      if (stopping) return;
      console.error(`WILD Network API process ${number} exited (${code}); stopping the others.`);
      stopping = true;
      for (const other of workers) if (!other.isDead()) other.process.kill('SIGTERM');
      process.exitCode = 1;
    });
    return worker;
  };
  await once(start(1), 'listening');
  for (let number = 2; number <= config.apiWorkers; number++) start(number);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of workers) if (!worker.isDead()) worker.process.kill(signal);
    });
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  if (process.argv[2] === 'migrate') await migrate(config);
  else if (config.apiWorkers > 1 && cluster.isPrimary) await supervise(config);
  else await serve(config);
}

main().catch((error: unknown) => {
  console.error('WILD Network API failed to start:', error);
  process.exit(1);
});
