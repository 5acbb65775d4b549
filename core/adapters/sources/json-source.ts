import type { SourceRecord } from '../mapping.ts';

/** Nested objects become dotted names (`applicant.name`), so mappings name JSON fields the same way as headers. */
function flatten(value: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (value !== null && value !== undefined) {
    out[prefix] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return out;
}

/** A department's JSON: one record, an array, or `{ "records": [...] }`; each record's path is its JSON pointer. */
export function jsonRecords(payload: unknown): SourceRecord[] {
  const list = Array.isArray(payload)
    ? payload
    : payload && typeof payload === 'object' && Array.isArray((payload as { records?: unknown }).records)
      ? (payload as { records: unknown[] }).records
      : [payload];
  return list.map((item, i) => ({ fields: flatten(item), line: i + 1, path: `/records/${i}` }));
}
