import { CompiledQuery, sql, type Insertable, type Kysely } from 'kysely';
import type { Database } from './tables.ts';

export type RowsFor = { [T in keyof Database]: { table: T; rows: Insertable<Database[T]>[] } }[keyof Database];

/**
 * Inserts rows into several tables as one statement (data-modifying CTEs): atomic without a
 * transaction and one round trip instead of one per table. Foreign keys are checked at the end
 * of the statement, so rows may reference each other.
 *
 * Each table's rows travel as one JSON array read back with `jsonb_to_recordset`, so the statement's
 * text depends only on the tables and columns written, never on how many rows (a group of merged
 * pushes or one push send the same text), and no query builder runs per write. Rows whose columns
 * differ from one another, or that carry bytes, go through Kysely's multi-row VALUES instead.
 */
export async function insertTogether(db: Kysely<Database>, inserts: RowsFor[]): Promise<void> {
  const parts = inserts.filter((i) => i.rows.length > 0);
  if (!parts.length) return;
  const columns = parts.map((part) => uniformColumns(part.rows as Record<string, unknown>[]));
  if (columns.every((c) => c !== undefined)) {
    const types = await Promise.all(parts.map((part) => columnTypes(db, part.table)));
    if (columns.every((cols, i) => cols!.every((c) => types[i]!.has(c)))) {
      const text = statementText(
        parts.map((part, i) => ({ table: part.table, columns: columns[i]!, types: types[i]! })),
      );
      const params = parts.map((part) => JSON.stringify(part.rows));
      await db.executeQuery(CompiledQuery.raw(text, params));
      return;
    }
  }
  // Kysely types each CTE by name; here the set is dynamic, so the chain is built untyped.
  // biome-ignore lint/suspicious/noExplicitAny: the CTE chain's type grows with each dynamic step
  let query: any = db;
  parts.forEach((part, i) => {
    query = query.with(`w${i}`, (qc: Kysely<Database>) => qc.insertInto(part.table).values(part.rows as never));
  });
  await query.selectNoFrom(sql<number>`1`.as('done')).execute();
}

/**
 * The columns every row sets (undefined counts as not set, as in Kysely), or undefined if rows differ or carry
 * bytes.
 */
function uniformColumns(rows: Record<string, unknown>[]): string[] | undefined {
  const set = (row: Record<string, unknown>) => Object.keys(row).filter((k) => row[k] !== undefined);
  const columns = set(rows[0]!);
  const signature = columns.join('\u0000');
  for (const row of rows) {
    for (const k in row) {
      const v = row[k];
      if (v instanceof Uint8Array || typeof v === 'bigint') return undefined;
    }
    if (row !== rows[0] && set(row).join('\u0000') !== signature) return undefined;
  }
  return columns;
}

/** Column name → SQL type of each table, read from the catalogue once per process (the schema is the code's). */
const typesOf = new Map<string, Promise<Map<string, string>>>();

function columnTypes(db: Kysely<Database>, table: string): Promise<Map<string, string>> {
  let types = typesOf.get(table);
  if (!types) {
    types = sql<{ name: string; type: string }>`
      select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute
      where attrelid = to_regclass(${table}) and attnum > 0 and not attisdropped`
      .execute(db)
      .then((r) => new Map(r.rows.map((c) => [c.name, c.type])));
    typesOf.set(table, types);
    types.then(
      (t) => t.size || typesOf.delete(table), // not created yet (a test's schema mid-migration): ask again
      () => typesOf.delete(table),
    );
  }
  return types;
}

const texts = new Map<string, string>();

/**
 * The statement texts insertTogether writes with, each under a name: PostgreSQL connections prepare a named
 * statement once and then skip its parse and plan on every push (open-store.ts sends these by name). The set
 * is small and fixed — one per combination of tables and columns the code writes.
 */
export const statementNames = new Map<string, string>();

/**
 * `with w0 as (insert into t (a, b) select x.a, x.b::jsonb from rows from (jsonb_to_recordset($1::jsonb)
 * as (a uuid, b text)) with ordinality as x order by x.ordinality), w1 as (…) select 1`: JSON columns
 * are read as text and parsed (a row carries them already serialised), the rest in their own types;
 * rows are inserted in array order, so serial ids (the audit log's) follow the order of events.
 */
function statementText(parts: { table: string; columns: string[]; types: Map<string, string> }[]): string {
  const key = parts.map((p) => `${p.table}(${p.columns.join(',')})`).join(';');
  let text = texts.get(key);
  if (!text) {
    const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
    const ctes = parts.map(({ table, columns, types }, i) => {
      const json = (c: string) => /^jsonb?$/.test(types.get(c)!);
      const read = columns.map((c) => `${q(c)} ${json(c) ? 'text' : types.get(c)}`).join(', ');
      const select = columns.map((c) => `x.${q(c)}${json(c) ? `::${types.get(c)}` : ''}`).join(', ');
      return (
        `w${i} as (insert into ${q(table)} (${columns.map(q).join(', ')}) select ${select} ` +
        `from rows from (jsonb_to_recordset($${i + 1}::jsonb) as (${read})) with ordinality as x order by x.ordinality)`
      );
    });
    text = `with ${ctes.join(', ')} select 1 as done`;
    texts.set(key, text);
    statementNames.set(text, `insert_together_${statementNames.size + 1}`);
  }
  return text;
}
