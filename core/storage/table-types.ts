import { type Kysely, sql } from 'kysely';
import type { Database } from './tables.ts';

/**
 * Writes `core/storage/tables.ts` — the row types Kysely checks queries against — from the schema the
 * migrations build, so the types cannot drift from the database (`npm run db:types`; a test compares).
 *
 * Column types follow what both drivers return: DATE as a `YYYY-MM-DD` string, BIGINT as a number,
 * timestamptz as a Date. A column with a default is optional on insert; an identity column is never
 * written. The one thing the database cannot say is what a jsonb column holds: that is declared here.
 */
const JSON_SHAPES: Record<string, string> = {
  'approvals.decision': 'Record<string, unknown>',
  'approvals.flags': 'unknown[]',
  'approvals.credit_warning': 'unknown',
  'audit_log.after': 'unknown',
  'audit_log.before': 'unknown',
  'catalogue_entries.data': 'Record<string, unknown>',
  'console_drafts.fields': 'Record<string, string>',
  'commitments.checks': 'unknown[]',
  'commitments.commitment': 'Record<string, unknown>',
  'documents.model': 'Record<string, unknown>',
  'draws.candidates': 'unknown[]',
  'draws.excluded': 'unknown[]',
  'draws.request': 'Record<string, unknown>',
  'draws.result': 'unknown[]',
  'historical_reviews.counterpart': 'Record<string, unknown>',
  'historical_reviews.steps': 'unknown[]',
  'inquiries.attachments': 'unknown[]',
  'joint_meetings.approvals': 'string[]',
  'joint_meetings.attendees': 'string[]',
  'joint_meetings.decisions': 'unknown[]',
  'letters.data': 'Record<string, unknown>',
  'license_actions.request': 'Record<string, unknown>',
  'outbox.message': 'Record<string, unknown>',
  'revocation_requests.findings': 'unknown[]',
  'revocation_requests.requester': 'Record<string, unknown>',
  'special_reviews.conclusion': 'Record<string, unknown>',
  'special_reviews.materials': 'unknown[]',
  'special_reviews.report': 'Record<string, unknown>',
  'supervision_records.record': 'Record<string, unknown>',
};

const SCALARS: Record<string, string> = {
  text: 'string',
  varchar: 'string',
  bpchar: 'string',
  uuid: 'string',
  numeric: 'string',
  date: 'string',
  int2: 'number',
  int4: 'number',
  int8: 'number',
  float8: 'number',
  bool: 'boolean',
  bytea: 'Buffer',
  timestamptz: 'Instant',
};

interface ColumnInfo {
  table_name: string;
  column_name: string;
  udt_name: string;
  is_nullable: 'YES' | 'NO';
  column_default: string | null;
  identity_generation: 'ALWAYS' | 'BY DEFAULT' | null;
}

const HEADER =
  '// Generated from the migrated schema by `npm run db:types` (core/storage/table-types.ts): do not edit.\n' +
  `import type { ColumnType, Generated, GeneratedAlways } from 'kysely';

/** An instant: read as a Date, written as a Date or an ISO string. */
type Instant = ColumnType<Date, Date | string, Date | string>;
/** jsonb: written as a JSON string (both drivers accept it), read back parsed. */
type JsonOf<T> = ColumnType<T, string, string>;
type JsonOrNull<T> = ColumnType<T | null, string | null | undefined, string | null>;
`;

export async function generateTableTypes(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<ColumnInfo>`
    select c.table_name, c.column_name, c.udt_name, c.is_nullable, c.column_default, c.identity_generation
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.table_name not like 'kysely\\_%'
    order by c.table_name, c.ordinal_position`.execute(db);
  const tables = new Map<string, ColumnInfo[]>();
  for (const row of rows) tables.set(row.table_name, [...(tables.get(row.table_name) ?? []), row]);
  const names = [...tables.keys()].sort();
  const out = [HEADER, '/** Row types of every table, shared by both dialects. */', 'export interface Database {'];
  for (const name of names) out.push(`  ${name}: ${interfaceName(name)};`);
  out.push('}');
  for (const name of names) {
    out.push('', `export interface ${interfaceName(name)} {`);
    for (const column of tables.get(name)!) out.push(`  ${column.column_name}: ${columnType(column)};`);
    out.push('}');
  }
  return `${out.join('\n')}\n`;
}

function interfaceName(table: string): string {
  return `${table.replace(/(^|_)(\w)/g, (_, __, c: string) => c.toUpperCase())}Table`;
}

function columnType(c: ColumnInfo): string {
  const nullable = c.is_nullable === 'YES';
  if (c.udt_name === 'jsonb') {
    const shape = JSON_SHAPES[`${c.table_name}.${c.column_name}`];
    if (!shape) throw new Error(`declare what jsonb column ${c.table_name}.${c.column_name} holds in JSON_SHAPES`);
    return nullable ? `JsonOrNull<${shape}>` : `JsonOf<${shape}>`;
  }
  const array = c.udt_name.startsWith('_');
  const scalar = SCALARS[array ? c.udt_name.slice(1) : c.udt_name];
  if (!scalar) throw new Error(`no TypeScript type for ${c.udt_name} (${c.table_name}.${c.column_name})`);
  const base = (array ? `${scalar}[]` : scalar) + (nullable ? ' | null' : '');
  if (c.identity_generation === 'ALWAYS') return `GeneratedAlways<${base}>`;
  if (c.identity_generation || c.column_default !== null) return `Generated<${base}>`;
  return base;
}
