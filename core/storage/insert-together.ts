import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database } from './tables.ts';

export type RowsFor = { [T in keyof Database]: { table: T; rows: Insertable<Database[T]>[] } }[keyof Database];

/**
 * Inserts rows into several tables as one statement (data-modifying CTEs): atomic without a
 * transaction and one round trip instead of one per table. Foreign keys are checked at the end
 * of the statement, so rows may reference each other.
 */
export async function insertTogether(db: Kysely<Database>, inserts: RowsFor[]): Promise<void> {
  const parts = inserts.filter((i) => i.rows.length > 0);
  if (!parts.length) return;
  // Kysely types each CTE by name; here the set is dynamic, so the chain is built untyped.
  // biome-ignore lint/suspicious/noExplicitAny: the CTE chain's type grows with each dynamic step
  let query: any = db;
  parts.forEach((part, i) => {
    query = query.with(`w${i}`, (qc: Kysely<Database>) => qc.insertInto(part.table).values(part.rows as never));
  });
  await query.selectNoFrom(sql<number>`1`.as('done')).execute();
}
