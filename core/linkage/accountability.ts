import { sql } from 'kysely';
import { addCalendarDays, startOfShanghaiDay } from '../calendar/china-time.ts';
import type { HubContext } from '../hub-context.ts';

/** The Shanghai-time bounds of a month `YYYY-MM`. */
export function monthBounds(month: string): { from: Date; to: Date } {
  const first = `${month}-01`;
  const next = addCalendarDays(first, 32).slice(0, 7);
  return { from: startOfShanghaiDay(first), to: startOfShanghaiDay(`${next}-01`) };
}

export interface DepartmentFigures {
  department: string;
  pushed: number;
  claimedOnTime: number;
  autoClaimed: number;
  escalated: number;
  disputed: number;
  /** Still pending although the deadline passed (the sweep has not reached them yet). */
  overdue: number;
  pushIsClaim: number;
  letters: number;
}

/**
 * Per department, what was pushed to it in the month and what became of it (001 §7: 每月通报上传认领情况;
 * 001 §15 accountability). Counted from the deliveries themselves, so the figures and lists agree.
 */
export async function monthlyFigures(
  ctx: HubContext,
  month: string,
  subjectType = 'approval',
): Promise<DepartmentFigures[]> {
  const { from, to } = monthBounds(month);
  const now = ctx.clock.now();
  const rows = await sql<Record<string, string | number>>`
    select recipient as department,
      count(*)::int as pushed,
      count(*) filter (where claim_state = 'claimed' and claimed_by <> 'system:push-is-claim' and claimed_at <= claim_due_at)::int as "claimedOnTime",
      count(*) filter (where claim_state = 'auto-claimed')::int as "autoClaimed",
      count(*) filter (where claim_state = 'escalated')::int as escalated,
      count(*) filter (where disputed_at is not null)::int as disputed,
      count(*) filter (where claim_state = 'pending' and claim_due_at < ${now})::int as overdue,
      count(*) filter (where claimed_by = 'system:push-is-claim')::int as "pushIsClaim",
      count(*) filter (where channel = 'letter')::int as letters
    from deliveries
    where subject_type = ${subjectType} and created_at >= ${from} and created_at < ${to}
    group by recipient order by recipient`.execute(ctx.db);
  return rows.rows as unknown as DepartmentFigures[];
}

/** The deliveries behind a figure: auto-claimed, escalated, overdue or disputed, by department and month. */
export async function accountabilityList(
  ctx: HubContext,
  q: { month: string; kind: 'auto-claimed' | 'escalated' | 'overdue' | 'disputed'; department?: string },
) {
  const { from, to } = monthBounds(q.month);
  let query = ctx.db
    .selectFrom('deliveries')
    .selectAll()
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .orderBy('created_at');
  if (q.kind === 'overdue')
    query = query.where('claim_state', '=', 'pending').where('claim_due_at', '<', ctx.clock.now());
  else if (q.kind === 'disputed') query = query.where('disputed_at', 'is not', null);
  else query = query.where('claim_state', '=', q.kind);
  if (q.department) query = query.where('recipient', '=', q.department);
  return query.execute();
}
