import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so the same record hashes the same whatever order a client sent. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export function payloadHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** How a record key begins; migration 0037 rewrote the keys of earlier batch loads to this form. */
const RECORD_KEY_PREFIX = 'record:';

/**
 * The idempotency key of a record taken from a batch — a file drop, a 前置库 row, a 双公示 upload
 * through the API or the CLI, an adapter's HTTP payload, a historical load: the hash of the canonical
 * record alone, never of the path it came by, the adapter, the file or its line. The same record
 * therefore has one key however it arrives (the stores keep keys per source department, so two
 * departments' identical records stay apart), and a re-import by any path answers "already
 * recorded" with the record first stored; a record whose content changed is a new record.
 */
export function recordKey(record: unknown): string {
  return `${RECORD_KEY_PREFIX}${payloadHash(record)}`;
}

/** PostgreSQL unique_violation, from pg or PGlite. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string } | undefined)?.code === '23505';
}
