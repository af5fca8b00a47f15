import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';

import { AppConfig } from '@wild/api/core';

import { SEED_METADATA, Seeder, SeedOptions } from './seed.decorator';

/**
 * Runs the seeds of every module once the schema is migrated and before the API listens:
 * reference seeds always; demo seeds when DEMO_DATA is on, each once per database. Each seed runs
 * in its own transaction.
 */
@Injectable()
export class SeedRunner implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext(SeedRunner.name);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.runSeeds) await this.runAll();
  }

  async runAll(): Promise<void> {
    // demo data goes only into a database that holds no one's real data
    const demo = this.config.demoData && (await this.holdsNoRealData());
    if (this.config.demoData && !demo) {
      this.logger.warn(
        'DEMO_DATA is on, but this database holds real accounts: no demo data is loaded.',
      );
    }
    const seeds = this.discovery
      .getProviders()
      .map((wrapper) => ({
        options: wrapper.metatype
          ? (Reflect.getMetadata(SEED_METADATA, wrapper.metatype) as SeedOptions | undefined)
          : undefined,
        instance: wrapper.instance as Seeder | undefined,
      }))
      .filter(
        (seed): seed is { options: SeedOptions; instance: Seeder } =>
          !!seed.options && !!seed.instance,
      )
      .filter((seed) => seed.options.kind === 'reference' || demo)
      .sort((a, b) => a.options.order - b.options.order);

    const demoApplied = demo ? await this.appliedDemoSeeds() : new Set<string>();
    for (const { options, instance } of seeds) {
      if (options.kind === 'demo' && demoApplied.has(options.name)) continue;
      const started = Date.now();
      await this.dataSource.transaction(async (manager) => {
        await instance.seed(manager);
        if (options.kind === 'demo') {
          await manager.query(
            `INSERT INTO demo_seed_history (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`,
            [options.name],
          );
        }
      });
      this.logger.debug({ seed: options.name, durationMs: Date.now() - started }, 'Seed applied');
    }
  }

  /** A demo seed runs once per database: demo rows an office changed or deleted stay so. */
  private async appliedDemoSeeds(): Promise<Set<string>> {
    const rows: { name: string }[] = await this.dataSource.query(
      `SELECT name FROM demo_seed_history`,
    );
    return new Set(rows.map((row) => row.name));
  }

  /** True before any account exists, or when every account is an illustrative (demo) one. */
  private async holdsNoRealData(): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT NOT EXISTS (SELECT 1 FROM account WHERE NOT illustrative) AS empty`,
    );
    return row.empty === true;
  }
}
