import { AsyncLocalStorage } from 'node:async_hooks';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from 'kysely';
import { HubError } from '../errors/hub-error.ts';

/**
 * The embedded store's Kysely dialect. PGlite has exactly one connection, so every query and every
 * transaction takes it in turn. That makes one mistake fatal: code inside `db.transaction()` that
 * queries through the root handle waits for the connection its own transaction holds — the whole
 * process then hangs (every request, /readyz and every job queue behind it, and SIGTERM cannot finish).
 *
 * This driver removes that class of hang:
 * - it knows, through the async context, whether the caller is inside one of its open transactions,
 *   and refuses a root-handle query there at once (STORE_REENTRANT, naming the call site);
 * - waiting for the connection is bounded (`acquireTimeoutMs`), so any other stall becomes an error.
 */
export interface PgliteDialectOptions {
  pglite: PGlite;
  /** How long a query may wait for the single connection before failing with STORE_BUSY. */
  acquireTimeoutMs?: number;
}

interface OpenTransaction {
  driver: EmbeddedDriver;
  open: boolean;
}

const transactionScope = new AsyncLocalStorage<OpenTransaction>();

export function pgliteDialect(options: PgliteDialectOptions): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new EmbeddedDriver(options.pglite, options.acquireTimeoutMs ?? 30_000),
    createQueryCompiler: () => new PostgresQueryCompiler(),
    createIntrospector: (db: Kysely<unknown>) => new PostgresIntrospector(db),
  };
}

class EmbeddedDriver implements Driver {
  private readonly connection: EmbeddedConnection;
  private holder: Promise<void> = Promise.resolve();
  private release: (() => void) | undefined;

  constructor(
    private readonly pglite: PGlite,
    private readonly acquireTimeoutMs: number,
  ) {
    this.connection = new EmbeddedConnection(pglite);
  }

  async init(): Promise<void> {
    await this.pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const scope = transactionScope.getStore();
    if (scope?.open && scope.driver === this) throw reentrantError();
    // A FIFO lock: each acquirer waits for the one before it.
    const previous = this.holder;
    let release!: () => void;
    this.holder = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      await withTimeout(previous, this.acquireTimeoutMs);
    } catch (err) {
      // Give our turn away when it comes, so the queue behind us still moves.
      void previous.then(release);
      throw err;
    }
    this.release = release;
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // Before the first await: the transaction's callback runs in this async context and inherits it.
    transactionScope.enterWith({ driver: this, open: true });
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    closeScope(this);
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    closeScope(this);
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteIdent(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to savepoint ${quoteIdent(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release savepoint ${quoteIdent(name)}`));
  }

  async releaseConnection(): Promise<void> {
    const release = this.release;
    this.release = undefined;
    release?.();
  }

  async destroy(): Promise<void> {
    // Let whoever holds the connection finish (bounded), so the data directory is closed consistent.
    await withTimeout(this.holder, this.acquireTimeoutMs).catch(() => undefined);
    if (!this.pglite.closed) await this.pglite.close();
  }
}

function closeScope(driver: EmbeddedDriver): void {
  const scope = transactionScope.getStore();
  if (scope?.driver === driver) scope.open = false;
}

class EmbeddedConnection implements DatabaseConnection {
  constructor(private readonly pglite: PGlite) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pglite.query<R>(query.sql, query.parameters as unknown[], { rowMode: 'object' });
    return {
      rows: result.rows ?? [],
      numAffectedRows: result.affectedRows != null ? BigInt(result.affectedRows) : undefined,
    };
  }

  // biome-ignore lint/correctness/useYield: PGlite cannot stream; the method exists to say so.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('The embedded store cannot stream query results');
  }
}

const THIS_FILE = fileURLToPath(import.meta.url);

function reentrantError(): HubError {
  // The first frames outside Kysely and this file: the code that used the root handle, and its callers.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  const stack = new Error().stack?.split('\n').slice(1) ?? [];
  Error.stackTraceLimit = limit;
  const ours = stack
    .filter((l) => !l.includes('node_modules') && !l.includes(THIS_FILE) && !l.includes('node:'))
    .map((l) => l.trim().replace(/^at (async )?/, ''))
    .slice(0, 3);
  return new HubError('STORE_REENTRANT', { site: ours.join(' ← ') || 'unknown' });
}

async function withTimeout(p: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HubError('STORE_BUSY', { seconds: Math.round(ms / 1000) })), ms);
    timer.unref();
  });
  try {
    await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
