import { type Kysely, sql } from 'kysely';
import { HubError } from '../errors/hub-error.ts';

export interface Migration {
  up(db: Kysely<unknown>): Promise<void>;
}

/**
 * The bookkeeping table keeps Kysely's name and columns, so a data directory or schema migrated by
 * Kysely's own Migrator (which the hub used before) carries on without a step of its own.
 */
const HISTORY = 'kysely_migration';

// A run waits this long for another process migrating the same schema (a fresh schema takes seconds);
// the connection's usual lock_timeout (10 s) would otherwise end the wait too soon.
const WAIT_FOR_OTHER_RUN = '300s';

/**
 * Applies pending migrations in name order, in ONE transaction that first takes a transaction-level
 * advisory lock keyed by the schema. Several processes (or test hubs) migrating the same schema at once
 * therefore run one after the other: the second sees the first's history and applies nothing — no
 * `create table if not exists` races on the catalogue, no half-applied run (DDL is transactional in
 * PostgreSQL). Different schemas take different keys and do not wait for each other. PGlite has a single
 * connection, where the lock is uncontended but harmless.
 */
export async function runMigrations(
  db: Kysely<unknown>,
  schema: string,
  migrations: Record<string, Migration>,
): Promise<string[]> {
  const names = Object.keys(migrations).sort();
  return db.transaction().execute(async (tx) => {
    await sql.raw(`set local lock_timeout = '${WAIT_FOR_OTHER_RUN}'`).execute(tx);
    await sql.raw(`set local statement_timeout = '${WAIT_FOR_OTHER_RUN}'`).execute(tx);
    await sql`select pg_advisory_xact_lock(hashtextextended(${`shenguan-hub migrations ${schema}`}, 0))`.execute(tx);
    await sql`create schema if not exists ${sql.id(schema)}`.execute(tx);
    await sql`create table if not exists ${sql.id(schema, HISTORY)}
      (name varchar(255) primary key, timestamp varchar(255) not null)`.execute(tx);
    const applied = (
      await sql<{ name: string }>`select name from ${sql.id(schema, HISTORY)} order by name`.execute(tx)
    ).rows.map((r) => r.name);
    const unknown = applied.filter((name) => !(name in migrations));
    if (unknown.length > 0) throw new HubError('MIGRATION_UNKNOWN', { names: unknown.join(', ') });
    const last = applied.at(-1) ?? '';
    const pending = names.filter((name) => !applied.includes(name));
    // A migration that sorts before one already applied was written against an older schema; running it
    // now could undo a later change, so the run stops rather than guess.
    const outOfOrder = pending.filter((name) => name < last);
    if (outOfOrder.length > 0) throw new HubError('MIGRATION_OUT_OF_ORDER', { names: outOfOrder.join(', '), last });
    for (const name of pending) {
      await migrations[name]!.up(tx);
      await sql`insert into ${sql.id(schema, HISTORY)} (name, timestamp)
        values (${name}, ${new Date().toISOString()})`.execute(tx);
    }
    return pending;
  });
}
