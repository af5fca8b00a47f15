import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import stableStringify from 'fast-json-stable-stringify';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';

/** Results kept per API process; old versions age out. */
const MAX_ENTRIES = 1000;
const TTL_MS = 10 * 60 * 1000;
/** Change-log rows older than this are folded into the base count. */
const COMPACT_AFTER = '10 minutes';
const COMPACT_EVERY_MS = 5 * 60 * 1000;

/**
 * Directory results (a page, its total and facets), kept until the directory changes. The key
 * holds the directory's version, read from the change log in one small statement per request:
 * any committed write to a directory table (the API's, a seed's, one by hand) changes it, so a
 * kept result is never older than what the request could read itself. The key also holds who may
 * see what (the caller's visibility scope), so no one is served another's view.
 */
@Injectable()
export class DirectoryCache implements OnModuleInit, OnApplicationShutdown {
  private readonly results = new LRUCache<string, object>({ max: MAX_ENTRIES, ttl: TTL_MS });
  private compaction?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.compaction = setInterval(
      () => void this.compact().catch(() => undefined),
      COMPACT_EVERY_MS,
    );
    this.compaction.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.compaction);
  }

  /** How many directory changes the caller can see: it changes exactly when one commits. */
  async version(): Promise<string> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT compacted FROM directory_change_base) + (SELECT count(*) FROM directory_change) AS version`,
    );
    return String(row.version);
  }

  /**
   * The result for this list, scope and arguments at the current version: kept, or computed and
   * kept. A failed computation is not kept.
   */
  async remember<T extends object>(
    list: string,
    scope: string,
    args: unknown,
    compute: () => Promise<T>,
  ): Promise<T> {
    const key = `${list}|${await this.version()}|${scope}|${stableStringify(args)}`;
    const kept = this.results.get(key) as Promise<T> | undefined;
    if (kept) return kept;
    const computing = compute();
    this.results.set(key, computing);
    computing.catch(() => this.results.delete(key));
    return computing;
  }

  /** Folds old change-log rows into the base count, in one statement (the total stays). */
  async compact(): Promise<void> {
    await this.dataSource.query(`
      WITH folded AS (
        DELETE FROM directory_change WHERE changed_at < now() - interval '${COMPACT_AFTER}' RETURNING 1
      )
      UPDATE directory_change_base SET compacted = compacted + (SELECT count(*) FROM folded)`);
  }
}
