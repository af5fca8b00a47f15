import { DataSource } from 'typeorm';

import { openDataSource } from '../data-source';

const pause = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 5));

/**
 * PGlite is one PostgreSQL session: without care, a statement of one request sent while another
 * request's transaction is open runs inside that transaction and is lost with its rollback.
 */
describe('the embedded engine under concurrent writes', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await openDataSource({ engine: 'embedded', dataDir: null });
    await dataSource.query(
      `CREATE TABLE concurrent_write (id int PRIMARY KEY, origin text NOT NULL)`,
    );
  });

  afterAll(() => dataSource?.destroy());

  it('loses no committed write and keeps no rolled-back one', async () => {
    const work: Promise<unknown>[] = [];
    const committed: number[] = [];
    const rolledBack: number[] = [];
    const plain: number[] = [];

    for (let index = 0; index < 20; index++) {
      const base = index * 10;
      const rollBack = index % 3 === 0;
      (rollBack ? rolledBack : committed).push(base, base + 1);
      work.push(
        dataSource
          .transaction(async (manager) => {
            await manager.query(`INSERT INTO concurrent_write VALUES ($1, 'transaction')`, [base]);
            await pause();
            await manager.query(`INSERT INTO concurrent_write VALUES ($1, 'transaction')`, [
              base + 1,
            ]);
            await pause();
            if (rollBack) throw new Error('roll back');
          })
          .catch((error: Error) => {
            if (error.message !== 'roll back') throw error;
          }),
      );
      // a statement of "another request", outside any transaction, sent meanwhile
      plain.push(base + 5);
      work.push(
        pause().then(() =>
          dataSource.query(`INSERT INTO concurrent_write VALUES ($1, 'plain')`, [base + 5]),
        ),
      );
    }
    await Promise.all(work);

    const rows: { id: number }[] = await dataSource.query(
      `SELECT id FROM concurrent_write ORDER BY id`,
    );
    const ids = rows.map((row) => row.id);
    expect(ids).toEqual([...committed, ...plain].sort((a, b) => a - b));
    for (const id of rolledBack) expect(ids).not.toContain(id);
  });

  it('runs the reads of others after a transaction, not inside it', async () => {
    const order: string[] = [];
    const transaction = dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO concurrent_write VALUES (1000, 'transaction')`);
      order.push('transaction wrote');
      await new Promise((resolve) => setTimeout(resolve, 50));
      order.push('transaction ends');
      throw new Error('roll back');
    });
    const read = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      const rows = await dataSource.query(
        `SELECT count(*)::int AS n FROM concurrent_write WHERE id = 1000`,
      );
      order.push(`read saw ${rows[0].n}`);
    })();
    await expect(transaction).rejects.toThrow('roll back');
    await read;
    expect(order).toEqual(['transaction wrote', 'transaction ends', 'read saw 0']);
  });
});

describe('the embedded engine on disk', () => {
  it('refuses a second opening of the same folder while the first is open', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { openEmbeddedPostgres } = await import('./embedded-postgres');
    const dataDir = mkdtempSync(join(tmpdir(), 'wild-lock-'));
    const first = await openEmbeddedPostgres({ dataDir });
    try {
      // a lock held by another live process (this test's parent stands in for it)
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(dataDir, 'wild-network.lock'), String(process.ppid));
      await expect(openEmbeddedPostgres({ dataDir })).rejects.toThrow(/is in use by process \d+/);
    } finally {
      await first.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
