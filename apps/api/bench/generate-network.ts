import pg from 'pg';
import type { Logger, QueryRunner } from 'typeorm';

import { PasswordHasher } from '@wild/api/auth';
import { MIGRATIONS, openDataSource } from '@wild/api/database';
import { MATURITY_DIMENSIONS, MATURITY_MODEL_V1 } from '@wild/shared/domain';
import { EXPERTISE_AREAS, LANGUAGES } from '@wild/shared/reference-data';

import * as words from './network-vocabulary';

/** Bump when the generated data changes: a data set of another version is generated anew. */
export const GENERATOR_VERSION = 2;
export const OFFICE_COUNT = 10_000;
export const MEMBER_COUNT = 100_000;

/** The account the bench signs in with: a MEMBER of office B00001. */
export const BENCH_ACCOUNT = {
  email: 'bench.member@bench.wild.example',
  password: 'wild-network-bench',
  officeCode: 'B00001',
} as const;

/**
 * The account the recommendations scenario signs in with: a BROKER, who may ask for any office's
 * recommendations. Of office B00001: inserted here, not through the API, which keeps brokers to
 * the International Bureau (WO is seeded by the API itself, after the generation).
 */
export const BENCH_BROKER = {
  email: 'bench.broker@bench.wild.example',
  password: 'wild-network-bench',
  officeCode: 'B00001',
} as const;

/** Fixed instants instead of now(), so that every run generates the same rows. */
const ASSESSED_BEFORE = '2026-10-01T00:00:00Z';
const CREATED_AT = '2026-01-01T00:00:00Z';

export interface PreparedNetwork {
  readonly reused: boolean;
  /** Time spent creating, migrating and filling the database (when reused: at the time). */
  readonly seconds: number;
  readonly generatedAt: Date;
  readonly counts: Record<string, number>;
}

interface BenchMeta {
  generation_seconds: string;
  generated_at: Date;
}

type Log = (message: string) => void;

/** The bulk statements are slow on purpose: no TypeORM slow-statement warnings for them. */
const SILENT: Logger = {
  logQuery: () => undefined,
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};

/**
 * Makes sure the bench database holds the complete synthetic network: reused when a complete one
 * of this generator version and these migrations is there, else dropped, created, migrated with
 * the project's migrations and filled with set-based SQL (no row goes through Node).
 */
export async function prepareNetwork(
  url: string,
  options: { regenerate: boolean; log: Log },
): Promise<PreparedNetwork> {
  const { log } = options;
  const database = databaseName(url);
  const fingerprint = migrationsFingerprint();
  const meta = options.regenerate ? null : await completeNetwork(url, database, fingerprint);
  if (meta) {
    log(`Reusing the network in database ${database} (BENCH_REGENERATE=1 to generate it anew).`);
    return {
      reused: true,
      seconds: Number(meta.generation_seconds),
      generatedAt: meta.generated_at,
      counts: await countRows(url),
    };
  }

  const started = performance.now();
  await withClient(adminUrl(url), async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  });
  log(`Created database ${database}.`);
  // the project's own migrations, run as the data source opens
  const dataSource = await timed(log, 'migrations', () =>
    openDataSource({ engine: 'postgres', url }, { logger: SILENT }),
  );
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await generate(runner, log);
  } finally {
    await runner.release();
    await dataSource.destroy();
  }
  await withClient(url, async (client) => {
    // settled tables and fresh statistics, as a database that has lived a while has them
    await timed(log, 'vacuum and analyze', () => client.query('VACUUM ANALYZE'));
    // last: the row that says the network is complete
    await client.query(
      `INSERT INTO bench_meta (generator_version, migrations, offices, members, generation_seconds)
       VALUES ($1, $2, $3, $4, $5)`,
      [GENERATOR_VERSION, fingerprint, OFFICE_COUNT, MEMBER_COUNT, secondsSince(started)],
    );
  });
  const seconds = secondsSince(started);
  log(`Generated the network in ${seconds.toFixed(1)} s.`);
  return { reused: false, seconds, generatedAt: new Date(), counts: await countRows(url) };
}

async function generate(db: QueryRunner, log: Log): Promise<void> {
  // a bulk load: losing the last commits on a crash is harmless here
  await db.query(`SET synchronous_commit = off`);
  await db.query(`SET maintenance_work_mem = '256MB'`);
  await db.query(`
    CREATE TABLE bench_meta (
      generator_version integer NOT NULL,
      migrations text NOT NULL,
      offices integer NOT NULL,
      members integer NOT NULL,
      generation_seconds numeric NOT NULL,
      generated_at timestamptz NOT NULL DEFAULT now()
    )`);
  // synthetic codes (B00001 …) are not ST.3 codes: in this database only
  await db.query(`ALTER TABLE office DROP CONSTRAINT fk_office_st3_code`);
  // deterministic pseudo-randomness: the same key always gives the same pick in [0, n)
  await db.query(`
    CREATE FUNCTION bench_pick(key text, n integer) RETURNS integer
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT (abs(hashtext(key)::bigint) % n)::integer $$`);

  await timed(log, 'reference rows', () => insertReferenceRows(db));
  await timed(log, `${OFFICE_COUNT} offices`, () => insertOffices(db));
  await timed(log, 'maturity assessments', () => insertAssessments(db));
  await timed(log, 'needs, offers and standards', () => insertNeedsOffersStandards(db));

  // the triggers would rebuild a member's search vector once per expertise row: load first,
  // then compute every vector in one statement
  await db.query(`ALTER TABLE member DISABLE TRIGGER USER`);
  await db.query(`ALTER TABLE member_expertise DISABLE TRIGGER USER`);
  await timed(log, `${MEMBER_COUNT} members and their expertise`, () => insertMembers(db));
  await timed(log, 'the bench account', () => insertBenchAccount(db));
  await timed(log, 'member search vectors', () =>
    db.query(`UPDATE member SET search_vector = member_search_vector(id, full_name, title, bio)`),
  );
  await db.query(`ALTER TABLE member ENABLE TRIGGER USER`);
  await db.query(`ALTER TABLE member_expertise ENABLE TRIGGER USER`);
}

/** What the foreign keys need; the API's reference seeds upsert the same rows at start. */
async function insertReferenceRows(db: QueryRunner): Promise<void> {
  await db.query(
    `INSERT INTO language (code, names, native_name, wipo_official)
     SELECT entry.code, entry.names, entry.native_name, entry.wipo_official
     FROM jsonb_to_recordset($1::jsonb)
       AS entry(code text, names jsonb, native_name text, wipo_official boolean)`,
    [
      JSON.stringify(
        LANGUAGES.map((language) => ({
          code: language.code,
          names: language.name,
          native_name: language.nativeName,
          wipo_official: language.wipoOfficial,
        })),
      ),
    ],
  );
  await db.query(
    `INSERT INTO expertise_area (code, names)
     SELECT entry.code, entry.names FROM jsonb_to_recordset($1::jsonb) AS entry(code text, names jsonb)`,
    [JSON.stringify(EXPERTISE_AREAS.map((area) => ({ code: area.code, names: area.name })))],
  );
  await db.query(
    `INSERT INTO maturity_model (version, in_force, level_names) VALUES ($1, true, $2::jsonb)`,
    [MATURITY_MODEL_V1.version, JSON.stringify(MATURITY_MODEL_V1.levelNames)],
  );
}

async function insertOffices(db: QueryRunner): Promise<void> {
  const [en, fr, acronyms] = [0, 1, 2].map((column) =>
    words.NATIONAL_OFFICE_TYPES.map((type) => type[column]),
  );
  await db.query(
    `
    WITH base AS (
      SELECT n, 'B' || lpad(n::text, 5, '0') AS code,
        -- n → a distinct invented land name (start, middle and end chosen from n's digits)
        ($1::text[])[1 + n % cardinality($1::text[])]
          || ($2::text[])[1 + (n / cardinality($1::text[])) % cardinality($2::text[])]
          || ($3::text[])[1 + (n / (cardinality($1::text[]) * cardinality($2::text[])))
               % cardinality($3::text[])] AS land,
        CASE WHEN bench_pick('office:' || n || ':kind', 20) < 17 THEN 'NATIONAL'
             WHEN bench_pick('office:' || n || ':kind', 20) < 19 THEN 'REGIONAL'
             ELSE 'IGO' END AS kind,
        1 + bench_pick('office:' || n || ':type', cardinality($4::text[])) AS type,
        ($7::text[])[1 + bench_pick('office:' || n || ':language', cardinality($7::text[]))] AS language,
        bench_pick('office:' || n || ':fr', 5) = 0 AS speaks_french
      FROM generate_series(1, $11::int) AS n
    ), named AS (
      SELECT base.*,
        CASE WHEN land ~ '^[AEIOU]' THEN 'd''' ELSE 'de ' END || land AS of_land,
        upper(left(land, 3)) AS short
      FROM base
    )
    INSERT INTO office (code, kind, country, region, acronym, names, languages, time_zone, website,
      illustrative, staff_size, ict_staff_size, business_systems, mentoring_capacity, description,
      created_at, updated_at)
    SELECT code, kind, NULL,
      CASE WHEN kind = 'IGO' THEN 'GLOBAL'
        ELSE (ARRAY['AFRICA', 'ARAB', 'ASIA_PACIFIC', 'LATIN_AMERICA_CARIBBEAN', 'TRANSITION_DEVELOPED'])
          [1 + bench_pick('office:' || n || ':region', 5)] END,
      CASE kind WHEN 'NATIONAL' THEN ($6::text[])[type] WHEN 'REGIONAL' THEN 'RIPO' ELSE 'IGPA' END
        || '-' || short,
      jsonb_build_object(
        'en', CASE kind WHEN 'NATIONAL' THEN ($4::text[])[type] || ' ' || land
          WHEN 'REGIONAL' THEN 'Regional Intellectual Property Organization of ' || land
          ELSE land || ' Intergovernmental Patent Agency' END,
        'fr', CASE kind WHEN 'NATIONAL' THEN ($5::text[])[type] || ' ' || of_land
          WHEN 'REGIONAL' THEN 'Organisation régionale de la propriété intellectuelle ' || of_land
          ELSE 'Agence intergouvernementale des brevets ' || of_land END),
      (CASE WHEN speaks_french THEN ARRAY['fr'] ELSE '{}' END || ARRAY[language]
        || CASE WHEN language <> 'en' AND bench_pick('office:' || n || ':en', 5) < 2
             THEN ARRAY['en'] ELSE '{}' END)::varchar(2)[],
      ($9::text[])[1 + bench_pick('office:' || n || ':tz', cardinality($9::text[]))],
      'https://' || lower(land) || '.ip.bench.example',
      true,
      50 + bench_pick('office:' || n || ':staff', 3000),
      2 + bench_pick('office:' || n || ':ict', 200),
      ARRAY(SELECT system FROM unnest($8::text[]) WITH ORDINALITY AS item(system, position)
            WHERE bench_pick('office:' || n || ':system:' || position, 100) < 22)::varchar(64)[],
      bench_pick('office:' || n || ':mentoring', 6),
      'The ' || CASE kind WHEN 'NATIONAL' THEN 'national' WHEN 'REGIONAL' THEN 'regional' ELSE 'intergovernmental' END
        || ' IP office of ' || land || '. Its ICT team of '
        || (2 + bench_pick('office:' || n || ':ict', 200)) || ' runs '
        || (ARRAY['patents, trademarks and designs', 'patents and utility models', 'trademarks and designs'])
             [1 + bench_pick('office:' || n || ':scope', 3)] || ' systems.',
      $10::timestamptz, $10::timestamptz
    FROM named`,
    [
      words.NAME_STARTS,
      words.NAME_MIDDLES,
      words.NAME_ENDS,
      en,
      fr,
      acronyms,
      words.OFFICE_LANGUAGES,
      words.BUSINESS_SYSTEMS,
      words.TIME_ZONES,
      CREATED_AT,
      OFFICE_COUNT,
    ],
  );
}

/**
 * Nine offices in ten have two submitted assessments, an older and a current one, around a base
 * level of their own; the current one decides what the directory filters on.
 */
async function insertAssessments(db: QueryRunner): Promise<void> {
  const assessed = `bench_pick('office:' || n || ':assessed', 10) <> 0`;
  await db.query(
    `
    INSERT INTO maturity_assessment (id, office_code, model_version, status, submitted_at,
      illustrative, created_at, updated_at)
    SELECT md5('assessment:' || n || ':' || k)::uuid, 'B' || lpad(n::text, 5, '0'), $1, 'SUBMITTED',
      at, true, at, at
    FROM generate_series(1, $3::int) AS n
    CROSS JOIN generate_series(1, 2) AS k -- 1: older, 2: current
    CROSS JOIN LATERAL (
      SELECT $2::timestamptz - make_interval(days => 20 + bench_pick('office:' || n || ':when', 200)
        + CASE WHEN k = 1 THEN 300 + bench_pick('office:' || n || ':older', 200) ELSE 0 END) AS at
    ) AS submitted
    WHERE ${assessed}`,
    [MATURITY_MODEL_V1.version, ASSESSED_BEFORE, OFFICE_COUNT],
  );
  await db.query(
    `
    INSERT INTO maturity_assessment_level (assessment_id, dimension, level)
    SELECT md5('assessment:' || n || ':' || k)::uuid, ($1::text[])[d],
      CASE WHEN bench_pick('level:' || n || ':' || k || ':' || d || ':unknown', 40) = 0 THEN NULL
        ELSE greatest(1, least(5, base + bench_pick('level:' || n || ':' || d || ':spread', 3) - 1
          - CASE WHEN k = 1 THEN bench_pick('level:' || n || ':' || d || ':progress', 2) ELSE 0 END))
      END
    FROM generate_series(1, $2::int) AS n
    CROSS JOIN LATERAL (
      SELECT (ARRAY[1, 2, 2, 3, 3, 3, 4, 4, 5, 5])[1 + bench_pick('office:' || n || ':base', 10)] AS base
    ) AS office_base
    CROSS JOIN generate_series(1, 2) AS k
    CROSS JOIN generate_series(1, cardinality($1::text[])) AS d
    WHERE ${assessed}`,
    [MATURITY_DIMENSIONS, OFFICE_COUNT],
  );
}

async function insertNeedsOffersStandards(db: QueryRunner): Promise<void> {
  const dimensionNames = MATURITY_DIMENSIONS.map(
    (dimension) =>
      MATURITY_MODEL_V1.dimensions.find((content) => content.dimension === dimension)?.name.en ??
      dimension,
  );
  // 0–2 entries per office, on distinct dimensions: first + k × step, step < the dimension count
  for (const [table, texts, confidential] of [
    [
      'office_need',
      words.NEED_TEXTS,
      `bench_pick('need:' || n || ':' || k || ':confidential', 4) = 0`,
    ],
    ['office_offer', words.OFFER_TEXTS, null],
  ] as const) {
    await db.query(
      `
      INSERT INTO ${table} (office_code, dimension, description, ${confidential ? 'confidential,' : ''}
        illustrative, updated_at)
      SELECT 'B' || lpad(n::text, 5, '0'), ($1::text[])[d],
        ($3::text[])[1 + bench_pick('${table}:' || n || ':' || k || ':text', cardinality($3::text[]))]
          || ': ' || ($2::text[])[d] || '.',
        ${confidential ? `${confidential},` : ''} true, $4::timestamptz
      FROM generate_series(1, $5::int) AS n
      CROSS JOIN LATERAL (
        SELECT bench_pick('${table}:' || n || ':count', 3) AS count,
          bench_pick('${table}:' || n || ':first', 10) AS first,
          1 + bench_pick('${table}:' || n || ':step', 9) AS step
      ) AS pick
      CROSS JOIN generate_series(0, 1) AS k
      CROSS JOIN LATERAL (SELECT 1 + (pick.first + k * pick.step) % 10 AS d) AS dimension
      WHERE k < pick.count`,
      [MATURITY_DIMENSIONS, dimensionNames, texts, CREATED_AT, OFFICE_COUNT],
    );
  }
  await db.query(
    `
    INSERT INTO standard_adoption (office_code, standard, status, planned_date, illustrative, updated_at)
    SELECT 'B' || lpad(n::text, 5, '0'), standard, status,
      CASE WHEN status <> 'COMPLETE' AND bench_pick('standard:' || n || ':' || standard || ':plan', 2) = 0
        THEN DATE '2027-01-01' + bench_pick('standard:' || n || ':' || standard || ':date', 700) END,
      true, $2::timestamptz
    FROM generate_series(1, $3::int) AS n
    CROSS JOIN unnest($1::text[]) AS standard
    CROSS JOIN LATERAL (
      SELECT (ARRAY['COMPLETE', 'PARTIAL', 'NONE'])
        [1 + bench_pick('standard:' || n || ':' || standard || ':status', 3)] AS status
    ) AS adoption
    WHERE bench_pick('standard:' || n || ':' || standard, 10) < 6`,
    [words.STANDARDS, CREATED_AT, OFFICE_COUNT],
  );
}

/**
 * Members land in offices by hash (so offices differ in size), with 1–3 languages and expertise
 * areas, two or three bio topics, 5% hidden, 25% available to mentor.
 */
async function insertMembers(db: QueryRunner): Promise<void> {
  await db.query(
    `
    WITH base AS (
      SELECT n,
        ($1::text[])[1 + bench_pick('member:' || n || ':given', cardinality($1::text[]))] AS given,
        ($2::text[])[1 + bench_pick('member:' || n || ':surname', cardinality($2::text[]))] AS surname,
        -- weights: CIO, CTO 2/20 each, HEAD_OF_IT 3, CISO, DATA_OFFICER 2, ARCHITECT 3, OTHER 6
        (ARRAY[0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 5, 6, 6, 6, 6, 6, 6])
          [1 + bench_pick('member:' || n || ':position', 20)] AS position,
        bench_pick('member:' || n || ':topic', cardinality($6::text[])) AS topic,
        1 + bench_pick('member:' || n || ':topic-step', (cardinality($6::text[]) - 1) / 2) AS topic_step
      FROM generate_series(1, $9::int) AS n
    )
    INSERT INTO member (id, office_code, email, full_name, title, position, languages, bio,
      available_to_mentor, seeks_mentoring, contact_visibility, hidden, illustrative, created_at,
      updated_at)
    SELECT md5('member:' || n)::uuid,
      'B' || lpad((1 + bench_pick('member:' || n || ':office', $10::int))::text, 5, '0'),
      lower(regexp_replace(immutable_unaccent(given || '.' || surname), '[^A-Za-z.]', '', 'g'))
        || '.' || n || '@bench.wild.example',
      given || ' ' || surname,
      $4::jsonb -> position ->> bench_pick('member:' || n || ':title', jsonb_array_length($4::jsonb -> position)),
      ($3::text[])[1 + position],
      ARRAY(SELECT ($5::text[])[1 + (first + k * step) % cardinality($5::text[])]
            FROM (SELECT bench_pick('member:' || n || ':language', cardinality($5::text[])) AS first,
                    1 + bench_pick('member:' || n || ':language-step', 3) AS step) AS pick,
                 generate_series(0, bench_pick('member:' || n || ':languages', 3)) AS k)::varchar(2)[],
      ($7::text[])[1 + bench_pick('member:' || n || ':opening', cardinality($7::text[]))] || ' '
        || ($6::text[])[1 + topic] || ' and ' || ($6::text[])[1 + (topic + topic_step) % cardinality($6::text[])] || '.'
        || CASE WHEN bench_pick('member:' || n || ':second', 2) = 0
             THEN ' Previously worked on ' || ($6::text[])[1 + (topic + 2 * topic_step) % cardinality($6::text[])] || '.'
             ELSE '' END,
      bench_pick('member:' || n || ':mentor', 4) = 0,
      bench_pick('member:' || n || ':mentee', 10) = 0,
      CASE WHEN bench_pick('member:' || n || ':contact', 2) = 0 THEN 'NETWORK' ELSE 'RESTRICTED' END,
      bench_pick('member:' || n || ':hidden', 20) = 0,
      true, $8::timestamptz, $8::timestamptz
    FROM base`,
    [
      words.GIVEN_NAMES,
      words.INVENTED_SURNAMES,
      words.POSITIONS,
      JSON.stringify(words.TITLES_BY_POSITION),
      words.MEMBER_LANGUAGES,
      words.BIO_TOPICS,
      words.BIO_OPENINGS,
      CREATED_AT,
      MEMBER_COUNT,
      OFFICE_COUNT,
    ],
  );
  await db.query(
    `
    INSERT INTO member_expertise (member_id, area, level)
    SELECT md5('member:' || n)::uuid, ($1::text[])[1 + (pick.first + k * pick.step) % cardinality($1::text[])],
      1 + bench_pick('expertise:' || n || ':' || k || ':level', 3)
    FROM generate_series(1, $2::int) AS n
    CROSS JOIN LATERAL (
      SELECT bench_pick('expertise:' || n || ':first', cardinality($1::text[])) AS first,
        1 + bench_pick('expertise:' || n || ':step', (cardinality($1::text[]) - 1) / 2) AS step,
        1 + bench_pick('expertise:' || n || ':count', 3) AS count
    ) AS pick
    CROSS JOIN generate_series(0, 2) AS k
    WHERE k < pick.count`,
    [EXPERTISE_AREAS.map((area) => area.code), MEMBER_COUNT],
  );
}

/**
 * A MEMBER account of office B00001 with its profile, and a BROKER account, hashed as the API
 * hashes passwords.
 */
async function insertBenchAccount(db: QueryRunner): Promise<void> {
  const passwordHash = await new PasswordHasher().hash(BENCH_ACCOUNT.password);
  await db.query(
    `INSERT INTO account (id, email, display_name, office_code, preferred_language, role,
       password_hash, illustrative)
     VALUES (md5('account:bench')::uuid, $1, 'Bench Member', $2, 'en', 'MEMBER', $3, true)`,
    [BENCH_ACCOUNT.email, BENCH_ACCOUNT.officeCode, passwordHash],
  );
  await db.query(
    `INSERT INTO member (id, account_id, office_code, email, full_name, position, languages, illustrative)
     VALUES (md5('member:bench')::uuid, md5('account:bench')::uuid, $2, $1, 'Bench Member', 'OTHER',
       '{en}', true)`,
    [BENCH_ACCOUNT.email, BENCH_ACCOUNT.officeCode],
  );
  await db.query(
    `INSERT INTO account (id, email, display_name, office_code, preferred_language, role,
       password_hash, illustrative)
     VALUES (md5('account:bench-broker')::uuid, $1, 'Bench Broker', $2, 'en', 'BROKER', $3, true)`,
    [BENCH_BROKER.email, BENCH_BROKER.officeCode, passwordHash],
  );
}

/** The bench_meta row of a complete network of this version and these migrations, if any. */
async function completeNetwork(
  url: string,
  database: string,
  fingerprint: string,
): Promise<BenchMeta | null> {
  const exists = await withClient(adminUrl(url), async (admin) => {
    const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [
      database,
    ]);
    return rowCount === 1;
  });
  if (!exists) return null;
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ found: boolean }>(
      `SELECT to_regclass('bench_meta') IS NOT NULL AS found`,
    );
    if (!rows[0].found) return null;
    const { rows: meta } = await client.query<BenchMeta>(
      `SELECT generation_seconds, generated_at FROM bench_meta
       WHERE generator_version = $1 AND migrations = $2 AND offices = $3 AND members = $4`,
      [GENERATOR_VERSION, fingerprint, OFFICE_COUNT, MEMBER_COUNT],
    );
    return meta[0] ?? null;
  });
}

/** Rows per table, for the report. */
export async function countRows(url: string): Promise<Record<string, number>> {
  const tables = [
    'office',
    'maturity_assessment',
    'maturity_assessment_level',
    'office_current_maturity',
    'office_need',
    'office_offer',
    'standard_adoption',
    'member',
    'member_expertise',
  ];
  return withClient(url, async (client) => {
    const { rows } = await client.query<Record<string, string>>(
      `SELECT ${tables.map((table) => `(SELECT count(*) FROM ${table}) AS ${table}`).join(', ')}`,
    );
    return Object.fromEntries(tables.map((table) => [table, Number(rows[0][table])]));
  });
}

export async function withClient<T>(
  url: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'wild-network-bench' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The same server's `postgres` database, to drop and create the bench database from. */
function adminUrl(url: string): string {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return admin.toString();
}

function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  // the name is spliced into DROP/CREATE DATABASE: nothing that would need quoting
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || name === 'postgres') {
    throw new Error(
      `BENCH_DATABASE_URL must name a database of its own (letters, digits, _), not "${name}"`,
    );
  }
  return name;
}

/** The migrations the data set was generated under: another list means generate anew. */
function migrationsFingerprint(): string {
  return MIGRATIONS.map((migration) => migration.name).join(',');
}

async function timed<T>(log: Log, what: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  log(`  ${what}: ${secondsSince(started).toFixed(1)} s`);
  return result;
}

function secondsSince(started: number): number {
  return (performance.now() - started) / 1000;
}
