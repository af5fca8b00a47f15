import { DataSource } from 'typeorm';

import { MIGRATIONS, openDataSource } from '@wild/api/database';
import { createPersistentTestDatabase, TestDatabase, testEngine } from '@wild/api/testing';

import { startApp } from './support/start-app';

async function appliedMigrations(dataSource: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await dataSource.query(
    `SELECT name FROM migrations ORDER BY id`,
  );
  return rows.map((row) => row.name);
}

describe(`migrations (${testEngine()} engine)`, () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createPersistentTestDatabase();
  });

  afterAll(() => database?.drop());

  it('run from empty, then are a no-op on restart, keeping the data', async () => {
    const first = await openDataSource(database.target);
    try {
      expect(await appliedMigrations(first)).toEqual(
        MIGRATIONS.map((migration) => new migration().name),
      );
      const tables: { table_name: string }[] = await first.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
      );
      expect(tables.map((row) => row.table_name)).toEqual(
        expect.arrayContaining(['office', 'st3_code', 'language']),
      );
      await first.query(
        `INSERT INTO st3_code (code, kind, names, region) VALUES ('FR', 'STATE', '{"en": "France"}', 'TRANSITION_DEVELOPED')`,
      );
    } finally {
      await first.destroy();
    }

    const second = await openDataSource(database.target);
    try {
      expect(await second.showMigrations()).toBe(false);
      expect(await second.runMigrations()).toEqual([]);
      expect(await appliedMigrations(second)).toHaveLength(MIGRATIONS.length);
      expect(await second.query(`SELECT code FROM st3_code`)).toEqual([{ code: 'FR' }]);
    } finally {
      await second.destroy();
    }
  });

  it('leave the search functions working on this engine (unaccent, trigrams)', async () => {
    const dataSource = await openDataSource(database.target);
    try {
      const [row] = await dataSource.query(
        `SELECT immutable_unaccent('Propriété intellectuelle') AS plain, similarity('Propriete', 'Propriété') > 0.3 AS near`,
      );
      expect(row).toEqual({ plain: 'Propriete intellectuelle', near: true });
    } finally {
      await dataSource.destroy();
    }
  });

  it('keep per-language acronyms and sort keys, searched and generated, and undo them', async () => {
    const dataSource = await openDataSource(database.target);
    try {
      await dataSource.query(
        `INSERT INTO st3_code (code, kind, names, region) VALUES ('ZZ', 'STATE', '{"en": "Z"}', 'GLOBAL')`,
      );
      await dataSource.query(
        `INSERT INTO office (code, kind, region, acronym, acronyms, names) VALUES
           ('ZZ', 'IGO', 'GLOBAL', 'WIPO', '{"fr": "OMPI"}',
            '{"en": "Austrian Patent Office", "fr": "Office autrichien des brevets"}')`,
      );
      const [row] = await dataSource.query(
        `SELECT sort_name_en, sort_name_fr, search_vector @@ to_tsquery('simple', 'ompi') AS found
           FROM office WHERE code = 'ZZ'`,
      );
      expect(row).toEqual({
        sort_name_en: 'austrian patent office',
        sort_name_fr: 'office autrichien des brevets',
        found: true,
      });
      // the French key follows the names; without a French name, the English one
      await dataSource.query(`UPDATE office SET names = '{"en": "Été Office"}' WHERE code = 'ZZ'`);
      const [renamed] = await dataSource.query(`SELECT sort_name_fr FROM office WHERE code = 'ZZ'`);
      expect(renamed.sort_name_fr).toBe('ete office');
      await dataSource.query(`DELETE FROM office WHERE code = 'ZZ'`);
      await dataSource.query(`DELETE FROM st3_code WHERE code = 'ZZ'`);

      const later = await undoMigrationsAfter(
        dataSource,
        'AddOfficeAcronymsAndSortNamesByLanguage',
      );
      await dataSource.undoLastMigration();
      const columns: { column_name: string }[] = await dataSource.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'office' AND column_name LIKE 'sort_name%'`,
      );
      expect(columns.map((column) => column.column_name)).toEqual(['sort_name']);
      expect(await dataSource.runMigrations()).toHaveLength(later + 1);
    } finally {
      await dataSource.destroy();
    }
  });

  it('index the accounts list on what it orders and searches by, and undo it', async () => {
    const dataSource = await openDataSource(database.target);
    const indexes = async (): Promise<string[]> =>
      (
        (await dataSource.query(
          `SELECT indexname FROM pg_indexes WHERE tablename = 'account' ORDER BY indexname`,
        )) as { indexname: string }[]
      ).map((row) => row.indexname);
    try {
      expect(await indexes()).toEqual(
        expect.arrayContaining([
          'idx_account_office_sort_name',
          'idx_account_search_email',
          'idx_account_search_name',
          'idx_account_sort_name',
        ]),
      );
      expect(await indexes()).not.toContain('idx_account_office');
      const later = await undoMigrationsAfter(dataSource, 'AddAccountSearchIndexes');
      await dataSource.undoLastMigration();
      const undone = await indexes();
      expect(undone).toContain('idx_account_office');
      expect(undone.filter((name) => /sort_name|search/.test(name))).toEqual([]);
      expect(await dataSource.runMigrations()).toHaveLength(later + 1);
    } finally {
      await dataSource.destroy();
    }
  });

  it('seed the reference data at the first start and not again on a restart', async () => {
    const countOffices = async (api: Awaited<ReturnType<typeof startApp>>) => {
      const [row] = await api.app.get(DataSource).query(`SELECT count(*)::int AS n FROM office`);
      return row.n as number;
    };

    const first = await startApp({ database });
    const offices = await countOffices(first);
    expect(offices).toBeGreaterThanOrEqual(120);
    // an office's own edit is never overwritten by the seed
    await first.app
      .get(DataSource)
      .query(`UPDATE office SET website = 'https://example.org/edited' WHERE code = 'FR'`);
    // a database from before acronyms by language gets them at the next start; one kept stays
    await first.app.get(DataSource).query(`UPDATE office SET acronyms = '{}' WHERE code = 'WO'`);
    await first.app
      .get(DataSource)
      .query(`UPDATE office SET acronyms = '{"fr": "OBEP"}' WHERE code = 'EP'`);
    await first.close();

    const second = await startApp({ database });
    try {
      expect(await countOffices(second)).toBe(offices);
      const [fr] = await second.app
        .get(DataSource)
        .query(`SELECT website FROM office WHERE code = 'FR'`);
      expect(fr.website).toBe('https://example.org/edited');
      const acronyms = await second.app
        .get(DataSource)
        .query(`SELECT code, acronyms FROM office WHERE code IN ('EP', 'WO') ORDER BY code`);
      expect(acronyms).toEqual([
        { code: 'EP', acronyms: { fr: 'OBEP' } },
        { code: 'WO', acronyms: { fr: 'OMPI' } },
      ]);
    } finally {
      await second.close();
    }
  });
});

/** Undoes the migrations applied after the one whose name starts so; answers how many. */
async function undoMigrationsAfter(dataSource: DataSource, name: string): Promise<number> {
  const index = MIGRATIONS.findIndex((migration) => migration.name.startsWith(name));
  if (index < 0) throw new Error(`no migration ${name}`);
  const later = MIGRATIONS.length - 1 - index;
  for (let undone = 0; undone < later; undone++) await dataSource.undoLastMigration();
  return later;
}
