import { sql, type Kysely } from 'kysely';
import type { Database } from './tables.ts';

/** A PostgreSQL role name as the hub accepts it (it is written into GRANT statements). */
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Two roles on PostgreSQL: migrations run as the schema's owner; the hub serves as a role that may
 * read and write the working tables but, not being the owner, cannot ALTER the audit table or switch
 * its triggers off, and holds no TRUNCATE, UPDATE or DELETE on it — so history can only grow, through
 * the hash chain (001 §15, 004 #31). Run as the owner after every migration (openHub does).
 */
export async function grantServingRole(db: Kysely<Database>, schema: string, role: string): Promise<void> {
  if (!ROLE_NAME.test(role) || !ROLE_NAME.test(schema)) throw new Error(`unusable role or schema name: ${role}`);
  const statements = [
    `grant usage on schema ${schema} to ${role}`,
    `grant select, insert, update, delete on all tables in schema ${schema} to ${role}`,
    `grant usage, select on all sequences in schema ${schema} to ${role}`,
    `revoke update, delete, truncate, references, trigger on ${schema}.audit_log, ${schema}.audit_checkpoints
     from ${role}`,
    // the chain, its queue and its head are written only by the SECURITY DEFINER trigger and sequencer
    `revoke insert, update, delete, truncate, references, trigger
     on ${schema}.audit_chain_head, ${schema}.audit_chain, ${schema}.audit_pending from ${role}`,
    `revoke all on ${schema}.kysely_migration from ${role}`,
  ];
  // Schemas first migrated by Kysely's Migrator also hold its lock table; the hub's own migrator does not.
  const legacyLock = await sql<{
    t: string | null;
  }>`select to_regclass(${`${schema}.kysely_migration_lock`}) as t`.execute(db);
  if (legacyLock.rows[0]?.t) statements.push(`revoke all on ${schema}.kysely_migration_lock from ${role}`);
  for (const s of statements) await sql.raw(s).execute(db);
}

/** The user name in a PostgreSQL URL (the serving role). */
export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username);
}
