import { sql } from 'kysely';

/** Contains-search on names, document numbers and dispute reasons through the grams indexes of migration 0034. */
/** A 统一社会信用代码 or 身份证号: 15–20 letters and digits without CJK; anything else is searched as a name. */
export const looksLikeCode = (s: string) => /^[0-9A-Za-z]{15,20}$/.test(s);

export const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The index terms of a contains-search (migration 0034): the term's two-character grams, or the character
 * itself for a one-character term. A row can match only if its grams hold all of these; LIKE then checks.
 */
function searchGrams(term: string): string[] {
  const chars = Array.from(term);
  if (chars.length < 2) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  // A long term needs only a few grams to narrow the index; LIKE checks the rest.
  const all = [...grams];
  return all.length <= 6 ? all : [0, 1, 2, 3, 4, 5].map((k) => all[Math.round((k * (all.length - 1)) / 5)]!);
}

/** Index expressions of migration 0034: written exactly as there, so the planner uses the indexes. */
export const APPROVAL_TEXT = sql`console_grams(coalesce(counterpart_name, '') || ' '
  || coalesce(license_document_number, ''))`;
export const RECORD_TEXT = sql`console_grams(coalesce(record->'counterpart'->>'name', '') || ' '
  || coalesce(record->>'documentNumber', ''))`;
export const RECORD_NAME = sql`record->'counterpart'->>'name'`;
export const RECORD_NUMBER = sql`record->>'documentNumber'`;
export const grams = (term: string) => sql`${searchGrams(term)}::text[]`;
