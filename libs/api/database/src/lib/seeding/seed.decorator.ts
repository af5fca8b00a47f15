import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export const SEED_METADATA = Symbol('wild:seed');

export interface SeedOptions {
  /** Shown in the logs; for a demo seed, also the record that it ran (so never renamed). */
  readonly name: string;
  /** Seeds run in ascending order (reference data before the demo that uses it). */
  readonly order: number;
  /**
   * `reference`: facts every installation needs (ST.3 codes, languages); runs at every start and
   * must be idempotent. `demo`: illustrative data, loaded only with DEMO_DATA on.
   */
  readonly kind: 'reference' | 'demo';
}

/** A provider that puts data into the database at start-up, in one transaction. */
export interface Seeder {
  seed(manager: EntityManager): Promise<void>;
}

/** Marks a provider as a {@link Seeder}; the seed runner finds it in any module. */
export const Seed = (options: SeedOptions) => SetMetadata(SEED_METADATA, options);
