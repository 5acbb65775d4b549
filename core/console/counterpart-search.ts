import { sql } from 'kysely';
import { shanghaiDate } from '../calendar/china-time.ts';
import type { HubContext } from '../hub-context.ts';
import { checkIdentifier } from '../identifiers/index.ts';
import { creditStatus, type CreditReport } from '../linkage/credit.ts';
import { APPROVAL_TEXT, grams, likePattern, looksLikeCode, RECORD_NAME, RECORD_TEXT } from './text-search.ts';

/** At most this many candidates are listed for a name; a longer list asks for a longer name. */
const CANDIDATES = 20;

export interface Candidate {
  key: string;
  name: string;
  approvals: number;
}

/**
 * What a search found. Only `found` carries a credit status: a name that matched nothing, a code
 * with a wrong check character or a code the hub never saw can never read 正常.
 */
export type CounterpartLookup =
  | { kind: 'invalid-code'; input: string; zh: string; check: boolean }
  | { kind: 'not-found'; input: string; by: 'code' | 'name' }
  | { kind: 'candidates'; input: string; candidates: Candidate[]; more: boolean }
  | ({ kind: 'found'; input: string } & CounterpartRecord);

export interface CounterpartRecord {
  key: string;
  name: string;
  credit: CreditReport;
  approvals: {
    id: string;
    matter_code: string;
    license_document_number: string;
    license_status: string;
    state: string;
    pushed_at: Date;
    decision: Record<string, unknown>;
  }[];
  licenseHistory: { approval_id: string; status: string; at: Date; actor: string; reason: string }[];
  supervision: {
    id: string;
    kind: string;
    source_department: string;
    state: string;
    effective_until: string | null;
    pushed_at: Date;
    record: Record<string, unknown>;
  }[];
  licenseActions: {
    id: string;
    approval_id: string;
    requested_by: string;
    action: string;
    state: string;
    created_at: Date;
    decision_reason: string | null;
  }[];
  commitments: {
    id: string;
    matter_code: string;
    state: string;
    verification_mode: string;
    verification_due_at: Date | null;
    created_at: Date;
  }[];
}

/** Searches by 统一社会信用代码 / 身份证号 (checked first) or by a part of the name (fuzzy, with candidates). */
export async function lookUpCounterpart(ctx: HubContext, raw: string): Promise<CounterpartLookup> {
  const input = raw.replace(/\s+/g, '').slice(0, 60);
  if (looksLikeCode(input)) {
    const code = input.toUpperCase();
    const verdict = checkIdentifier(code, shanghaiDate(ctx.clock.now()));
    if (!verdict.valid)
      return {
        kind: 'invalid-code',
        input: code,
        check: verdict.reason === 'check',
        zh: verdict.reason === 'check' ? `校验位错误：${verdict.zh}` : verdict.zh,
      };
    const record = await counterpartRecord(ctx, code);
    return record ? { kind: 'found', input: code, ...record } : { kind: 'not-found', input: code, by: 'code' };
  }
  const { candidates, more } = await candidatesByName(ctx, input);
  if (!candidates.length) return { kind: 'not-found', input, by: 'name' };
  if (candidates.length === 1 && !more) {
    const record = await counterpartRecord(ctx, candidates[0]!.key);
    if (record) return { kind: 'found', input, ...record };
  }
  return {
    kind: 'candidates',
    input,
    candidates: candidates.slice(0, CANDIDATES),
    more,
  };
}

/**
 * Matching names read before the candidates are picked: a name matching more rows than this (「餐饮」 in a
 * county) is answered from the first ones, with "more" set, instead of grouping every match by code.
 */
const SCAN = 2000;

/**
 * Companies whose name contains the input: the names found through the grams index (migration 0034) with
 * LIKE as the check, at most SCAN of them, grouped by code; then the approvals of each candidate counted
 * by its code (the index on counterpart_key), so a count is exact however many rows matched.
 */
async function candidatesByName(ctx: HubContext, name: string): Promise<{ candidates: Candidate[]; more: boolean }> {
  if (!name) return { candidates: [], more: false };
  const like = likePattern(name);
  const [fromApprovals, fromRecords] = await Promise.all([
    ctx.db
      .selectFrom('approvals')
      .select(['counterpart_key as key', 'counterpart_name as name'])
      .where(sql<boolean>`${APPROVAL_TEXT} @> ${grams(name)}`)
      .where('counterpart_name', 'like', like)
      .limit(SCAN)
      .execute(),
    ctx.db
      .selectFrom('supervision_records')
      .select(['counterpart_key as key', sql<string>`${RECORD_NAME}`.as('name')])
      .where(sql<boolean>`${RECORD_TEXT} @> ${grams(name)}`)
      .where(RECORD_NAME, 'like', like)
      .where('counterpart_key', 'is not', null)
      .limit(SCAN)
      .execute(),
  ]);
  // Each code once, under the name its approvals give (read first), else its records'.
  const names = new Map<string, string>();
  for (const r of [...fromApprovals, ...fromRecords]) if (r.key && !names.has(r.key)) names.set(r.key, r.name ?? r.key);
  const more = names.size > CANDIDATES || fromApprovals.length === SCAN || fromRecords.length === SCAN;
  const keys = [...names.keys()].slice(0, CANDIDATES + 1);
  if (!keys.length) return { candidates: [], more: false };
  const counts = new Map(
    (
      await ctx.db
        .selectFrom('approvals')
        .select((eb) => ['counterpart_key as key', eb.fn.countAll<number>().as('n')])
        .where('counterpart_key', 'in', keys)
        .where('counterpart_name', 'like', like)
        .groupBy('counterpart_key')
        .execute()
    ).map((r) => [r.key, Number(r.n)]),
  );
  const candidates = keys
    .map((key) => ({ key, name: names.get(key)!, approvals: counts.get(key) ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return { candidates, more };
}

/** Everything the hub holds about one counterpart, or undefined when it holds nothing. */
async function counterpartRecord(ctx: HubContext, key: string): Promise<CounterpartRecord | undefined> {
  const [approvals, supervision, commitments] = await Promise.all([
    ctx.db
      .selectFrom('approvals')
      .select([
        'id',
        'matter_code',
        'license_document_number',
        'license_status',
        'state',
        'pushed_at',
        'decision',
        'counterpart_name',
      ])
      .where('counterpart_key', '=', key)
      .orderBy('pushed_at', 'desc')
      .limit(500)
      .execute(),
    ctx.db
      .selectFrom('supervision_records')
      .select(['id', 'kind', 'source_department', 'state', 'effective_until', 'pushed_at', 'record'])
      .where('counterpart_key', '=', key)
      .orderBy('pushed_at', 'desc')
      .limit(500)
      .execute(),
    ctx.db
      .selectFrom('commitments')
      .select(['id', 'matter_code', 'state', 'verification_mode', 'verification_due_at', 'created_at'])
      .where('counterpart_key', '=', key)
      .orderBy('created_at', 'desc')
      .limit(500)
      .execute(),
  ]);
  if (!approvals.length && !supervision.length && !commitments.length) return undefined;
  const ids = approvals.map((a) => a.id);
  const [licenseHistory, licenseActions, credit] = await Promise.all([
    ids.length
      ? ctx.db
          .selectFrom('license_status_history')
          .select(['approval_id', 'status', 'at', 'actor', 'reason'])
          .where('approval_id', 'in', ids)
          .orderBy('at', 'desc')
          .execute()
      : [],
    ids.length
      ? ctx.db
          .selectFrom('license_actions')
          .select(['id', 'approval_id', 'requested_by', 'action', 'state', 'created_at', 'decision_reason'])
          .where('approval_id', 'in', ids)
          .orderBy('created_at', 'desc')
          .execute()
      : [],
    creditStatus(ctx, key),
  ]);
  const recordName = (r: { record: Record<string, unknown> }) =>
    ((r.record.counterpart as { name?: string } | undefined)?.name ?? '') as string;
  const name = approvals[0]?.counterpart_name ?? supervision.map(recordName).find(Boolean) ?? key;
  return {
    key,
    name,
    credit,
    approvals: approvals.map(({ counterpart_name: _n, ...a }) => a),
    licenseHistory,
    supervision,
    licenseActions,
    commitments,
  };
}
