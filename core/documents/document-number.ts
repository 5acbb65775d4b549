import { sql, type Kysely } from 'kysely';
import type { Database } from '../storage/tables.ts';

/**
 * The next 发文字号 of an issuer's code for a year, e.g. 高审批函〔2026〕12号 (GB/T 9704: year in 〔〕,
 * number without leading zeros). One atomic upsert per number: concurrent callers never get the
 * same one, and called inside the transaction that stores the document, a rollback leaves no gap.
 */
export async function nextDocumentNumber(
  db: Kysely<Database>,
  prefix: string,
  year: number,
): Promise<{ number: number; text: string }> {
  const row = await sql<{ last: number }>`
    insert into document_numbers (prefix, year, last) values (${prefix}, ${year}, 1)
    on conflict (prefix, year) do update set last = document_numbers.last + 1
    returning last`.execute(db);
  const number = row.rows[0]!.last;
  return { number, text: formatDocumentNumber(prefix, year, number) };
}

export function formatDocumentNumber(prefix: string, year: number, number: number): string {
  return `${prefix}〔${year}〕${number}号`;
}
