import type { Kysely, Selectable } from 'kysely';
import { HubError } from '../errors/hub-error.ts';
import type { Database } from './tables.ts';

/** The tables whose rows have an `id` column. */
type TableWithId = { [T in keyof Database]: Database[T] extends { id: unknown } ? T : never }[keyof Database];

/**
 * A row by id, locked (FOR UPDATE) until the caller's transaction ends, so a state check made on it holds
 * until the caller's write. A missing row is NOT_FOUND naming `what` (the thing asked for, in English and
 * Chinese); without `what` the row must exist (a foreign key guarantees it) and its absence is a fault.
 */
export async function lockById<T extends TableWithId>(
  tx: Kysely<Database>,
  table: T,
  id: string,
  what?: string,
): Promise<Selectable<Database[T]>> {
  // Typed as one table with an id: the caller's table name is checked by `T`, the row type by the result.
  const query = (tx as unknown as Kysely<{ keyed: { id: string } }>)
    .selectFrom(table as 'keyed')
    .selectAll()
    .where('id', '=', id)
    .forUpdate();
  if (what === undefined) return (await query.executeTakeFirstOrThrow()) as unknown as Selectable<Database[T]>;
  const row = await query.executeTakeFirst();
  if (!row) throw new HubError('NOT_FOUND', { what });
  return row as unknown as Selectable<Database[T]>;
}
