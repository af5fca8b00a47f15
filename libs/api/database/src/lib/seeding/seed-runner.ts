import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';

import { AppConfig } from '@wild/api/core';

import { SEED_METADATA, Seeder, SeedOptions } from './seed.decorator';

/**
 * Runs the seeds of every module once the schema is migrated and before the API listens:
 * reference seeds always, demo seeds when DEMO_DATA is on. Each seed runs in its own transaction.
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
    await this.runAll();
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

    for (const { options, instance } of seeds) {
      const started = Date.now();
      await this.dataSource.transaction((manager) => instance.seed(manager));
      this.logger.debug({ seed: options.name, durationMs: Date.now() - started }, 'Seed applied');
    }
  }

  /** True before any account exists, or when every account is an illustrative (demo) one. */
  private async holdsNoRealData(): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT NOT EXISTS (SELECT 1 FROM account WHERE NOT illustrative) AS empty`,
    );
    return row.empty === true;
  }
}
