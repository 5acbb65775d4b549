import { sql } from 'kysely';
import { shanghaiDate } from '../calendar/china-time.ts';
import type { HubContext } from '../hub-context.ts';
import { checkIdentifier } from '../identifiers/index.ts';
import { creditStatus, type CreditReport } from '../linkage/credit.ts';

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

/** A code is 15–20 letters and digits without CJK; anything else is searched as a name. */
const looksLikeCode = (s: string) => /^[0-9A-Za-z]{15,20}$/.test(s);

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
  const candidates = await candidatesByName(ctx, input);
  if (!candidates.length) return { kind: 'not-found', input, by: 'name' };
  if (candidates.length === 1) {
    const record = await counterpartRecord(ctx, candidates[0]!.key);
    if (record) return { kind: 'found', input, ...record };
  }
  return {
    kind: 'candidates',
    input,
    candidates: candidates.slice(0, CANDIDATES),
    more: candidates.length > CANDIDATES,
  };
}

async function candidatesByName(ctx: HubContext, name: string): Promise<Candidate[]> {
  if (!name) return [];
  const like = `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const [fromApprovals, fromRecords] = await Promise.all([
    ctx.db
      .selectFrom('approvals')
      .select((eb) => [
        'counterpart_key as key',
        eb.fn.max('counterpart_name').as('name'),
        eb.fn.countAll<number>().as('approvals'),
      ])
      .where('counterpart_name', 'like', like)
      .groupBy('counterpart_key')
      .limit(CANDIDATES + 1)
      .execute(),
    ctx.db
      .selectFrom('supervision_records')
      .select(['counterpart_key as key', sql<string>`max(record->'counterpart'->>'name')`.as('name')])
      .where(sql`record->'counterpart'->>'name'`, 'like', like)
      .where('counterpart_key', 'is not', null)
      .groupBy('counterpart_key')
      .limit(CANDIDATES + 1)
      .execute(),
  ]);
  const byKey = new Map<string, Candidate>();
  for (const r of fromApprovals) byKey.set(r.key, { key: r.key, name: r.name, approvals: Number(r.approvals) });
  for (const r of fromRecords)
    if (r.key && !byKey.has(r.key)) byKey.set(r.key, { key: r.key, name: r.name, approvals: 0 });
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
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
