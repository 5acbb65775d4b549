import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { HubError } from '../errors/hub-error.ts';
import { lockDirectory } from './dir-lock.ts';
import { statementNames } from './insert-together.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { runMigrations } from './migrator.ts';
import { pgliteDialect } from './pglite-driver.ts';
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

const STATEMENT_TIMEOUT_MS = 30_000;
const LOCK_TIMEOUT_MS = 10_000;
const IDLE_IN_TRANSACTION_MS = 60_000;
const CONNECT_TIMEOUT_MS = 5_000;

// Same JS types from both drivers: DATE stays 'YYYY-MM-DD' (pg would make a local-time Date),
// INT8 becomes a number (ids and counts stay far below 2^53).
const DATE_OID = 1082;
const INT8_OID = 20;
const identity = (v: string) => v;

/** A schema name is passed on the connection's command line, so only a plain identifier is accepted. */
function schemaIdentifier(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new Error(`Schema name ${JSON.stringify(schema)} is not a plain identifier`);
  return schema;
}

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

const pools = new WeakMap<Kysely<Database>, () => PoolStats>();

/** Connections in use and waiting, for the metrics; PGlite has its one connection. */
export function poolStatsOf(db: Kysely<Database>): PoolStats {
  return pools.get(db)?.() ?? { total: 1, idle: 0, waiting: 0 };
}

export async function openStore(options: StoreOptions): Promise<Store> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : openPglite(options);
}

async function openPostgres(url: string, options: StoreOptions): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    // A stuck statement or lock wait becomes an error, never a silent wait; so does an unreachable server.
    options: [
      options.schema ? `-c search_path=${schemaIdentifier(options.schema)}` : '',
      `-c statement_timeout=${STATEMENT_TIMEOUT_MS}`,
      `-c lock_timeout=${LOCK_TIMEOUT_MS}`,
      `-c idle_in_transaction_session_timeout=${IDLE_IN_TRANSACTION_MS}`,
    ].join(' '),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: STATEMENT_TIMEOUT_MS + 5_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === DATE_OID) return identity;
        if (oid === INT8_OID) return Number;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // A server restart ends every connection with an 'error' event (57P01). Without a listener on each
  // client — idle ones through the pool, checked-out ones here — Node would end the process for it.
  // The pool discards broken clients; the queries that were running report their own errors (503).
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
    sendKnownStatementsByName(client);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  pools.set(db, () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }));
  return { db, backend: 'postgres', schema: options.schema ?? 'public', close: () => db.destroy() };
}

/**
 * The statements of insertTogether go to PostgreSQL as named prepared statements: the connection parses
 * and plans each once instead of on every push (about a seventh of PostgreSQL's time per push before).
 * Kysely sends text and values; this client sends those texts with their names and the rest unchanged.
 */
function sendKnownStatementsByName(client: pg.PoolClient) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((text: unknown, ...rest: unknown[]) => {
    const name = typeof text === 'string' ? statementNames.get(text) : undefined;
    return name ? query({ name, text, values: rest[0] }, ...rest.slice(1)) : query(text, ...rest);
  }) as typeof client.query;
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
  const db = new Kysely<Database>({ dialect: pgliteDialect({ pglite }) });
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

/** Applies pending migrations; safe to run from several processes at once (see `runMigrations`). */
export async function migrate(store: Pick<Store, 'db' | 'schema'>): Promise<string[]> {
  return runMigrations(store.db as unknown as Kysely<unknown>, store.schema, MIGRATIONS);
}

export async function isReachable(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
