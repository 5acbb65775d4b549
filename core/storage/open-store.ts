import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { HubError } from '../errors/hub-error.ts';
import { lockDirectory } from './dir-lock.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { Database } from './tables.ts';

export type Backend = 'pglite' | 'postgres';

export interface StoreOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite store is used. */
  databaseUrl?: string;
  /** PGlite data directory; `memory://` keeps it in memory. */
  dataDir?: string;
  /** PGlite only: start from a dumped data directory (tests use a migrated template). */
  loadDataDir?: Blob;
  /** PostgreSQL only: confine the hub to this schema (tests give each file its own). */
  schema?: string;
  poolSize?: number;
}

export interface Store {
  db: Kysely<Database>;
  backend: Backend;
  /** The schema the hub's tables live in. */
  schema: string;
  /** The raw PGlite instance when backend is pglite (for dumping a template). */
  pglite?: PGlite;
  close(): Promise<void>;
}

// Same JS types from both drivers: DATE stays 'YYYY-MM-DD' (pg would make a local-time Date),
// INT8 becomes a number (ids and counts stay far below 2^53).
const DATE_OID = 1082;
const INT8_OID = 20;
const identity = (v: string) => v;

export async function openStore(options: StoreOptions): Promise<Store> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : openPglite(options);
}

async function openPostgres(url: string, options: StoreOptions): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === DATE_OID) return identity;
        if (oid === INT8_OID) return Number;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  pool.on('error', () => {
    // An idle client dropped by the server; the pool replaces it. Queries report their own errors.
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, backend: 'postgres', schema: options.schema ?? 'public', close: () => db.destroy() };
}

async function openPglite(options: StoreOptions): Promise<Store> {
  const dir = options.dataDir ?? './data';
  const inMemory = dir.startsWith('memory://');
  let release: (() => void) | undefined;
  if (!inMemory) {
    const abs = resolve(dir);
    mkdirSync(abs, { recursive: true });
    const lock = lockDirectory(abs);
    if ('heldBy' in lock) throw new HubError('DATA_DIR_LOCKED', { dir: `${abs} (pid ${lock.heldBy})` });
    release = lock.release;
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      dataDir: inMemory ? undefined : resolve(dir),
      loadDataDir: options.loadDataDir,
      parsers: { [DATE_OID]: identity, [INT8_OID]: Number },
    });
  } catch (err) {
    release?.();
    throw err;
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    backend: 'pglite',
    schema: 'public',
    pglite,
    async close() {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
      release?.();
    },
  };
}

/** Applies pending migrations; safe to run from several processes at once (the migrator locks). */
export async function migrate(store: Pick<Store, 'db' | 'schema'>): Promise<string[]> {
  // Naming the schema keeps the migrator from mistaking another schema's bookkeeping tables for ours.
  const migrator = new Migrator({
    db: store.db,
    migrationTableSchema: store.schema,
    provider: { getMigrations: async () => MIGRATIONS },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function isReachable(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
