import { sql } from 'kysely';
import { addCalendarDays, startOfShanghaiDay } from '../calendar/china-time.ts';
import type { HubContext } from '../hub-context.ts';
import type { DepartmentFigures } from '../../templates/documents/monthly-report.ts';

/** The Shanghai-time bounds of a month `YYYY-MM`. */
export function monthBounds(month: string): { from: Date; to: Date } {
  const first = `${month}-01`;
  const next = addCalendarDays(first, 32).slice(0, 7);
  return { from: startOfShanghaiDay(first), to: startOfShanghaiDay(`${next}-01`) };
}

/**
 * 001 §7 每月通报 counts each event in the month it happened: a push when pushed, a claim when claimed, a
 * dispute when raised, an escalation when escalated. A deadline's lapse (auto-claim, overdue) happens at
 * 24:00 of its last day, so it belongs to that day's month: the interval is (start, end], not [start, end).
 */
export const MONTH_ATTRIBUTION =
  '各项数字按事件发生的月份统计：推送按推送时间，认领按认领时间，异议按提出时间，超时自动认领和逾期按期限届满之日（当日24时）所在月份。';

/**
 * Per department, what happened in the month to what was pushed to it (001 §7: 每月通报上传认领情况; 001 §15
 * accountability), each event in its own month (MONTH_ATTRIBUTION). Counted from the deliveries themselves,
 * so the figures and the lists agree.
 */
export async function monthlyFigures(
  ctx: HubContext,
  month: string,
  subjectType = 'approval',
): Promise<DepartmentFigures[]> {
  const { from, to } = monthBounds(month);
  const now = ctx.clock.now();
  const inMonth = (col: string) =>
    sql.raw(`(d.${col} >= '${from.toISOString()}' and d.${col} < '${to.toISOString()}')`);
  const lapsedInMonth = (col: string) =>
    sql.raw(`(d.${col} > '${from.toISOString()}' and d.${col} <= '${to.toISOString()}')`);
  // The where clause is the rows some figure counts, each arm a range of one index (migration 0035), so
  // only the month's deliveries are read; the late pushes, few, are one hashed set.
  const rows = await sql<Record<string, string | number>>`
    select d.recipient as department,
      count(*) filter (where ${inMonth('created_at')})::int as pushed,
      count(*) filter (where d.claim_state = 'claimed' and d.claimed_by <> 'system:push-is-claim'
        and d.claimed_at <= d.claim_due_at and ${inMonth('claimed_at')})::int as "claimedOnTime",
      count(*) filter (where d.claim_state = 'auto-claimed' and ${lapsedInMonth('claimed_at')})::int as "autoClaimed",
      count(*) filter (where d.claim_state = 'escalated' and ${lapsedInMonth('claim_due_at')})::int as escalated,
      count(*) filter (where ${inMonth('disputed_at')})::int as disputed,
      count(*) filter (where d.claim_state = 'pending' and d.claim_due_at < ${now}
        and ${lapsedInMonth('claim_due_at')})::int as overdue,
      count(*) filter (where d.claimed_by = 'system:push-is-claim' and ${inMonth('created_at')})::int as "pushIsClaim",
      count(*) filter (where d.channel = 'letter' and ${inMonth('created_at')})::int as letters,
      count(*) filter (where ${inMonth('created_at')} and (
        (d.subject_type = 'approval' and d.subject_id in (select id from approvals where pushed_late))
        or (d.subject_type = 'supervision-record'
          and d.subject_id in (select id from supervision_records where pushed_late))
      ))::int as "latePushes",
      count(*) filter (where ${inMonth('escalated_at')})::int as "disputesEscalated"
    from deliveries d
    where d.subject_type = ${subjectType}
      and (${inMonth('created_at')} or ${inMonth('claimed_at')} or ${lapsedInMonth('claimed_at')}
        or (d.claim_state = 'pending' and ${lapsedInMonth('claim_due_at')})
        or (d.claim_state = 'escalated' and ${lapsedInMonth('claim_due_at')})
        or ${inMonth('disputed_at')} or ${inMonth('escalated_at')})
    group by d.recipient order by d.recipient`.execute(ctx.db);
  return rows.rows as unknown as DepartmentFigures[];
}

export type AccountabilityKind =
  | 'auto-claimed'
  | 'escalated'
  | 'overdue'
  | 'disputed'
  | 'late-push'
  | 'dispute-escalated';

/** The deliveries behind a figure, by department and the month the event happened in (as monthlyFigures). */
export async function accountabilityList(
  ctx: HubContext,
  q: { month: string; kind: AccountabilityKind; department?: string },
) {
  const { from, to } = monthBounds(q.month);
  let query = ctx.db.selectFrom('deliveries').selectAll().orderBy('created_at').orderBy('id');
  const inMonth = (col: 'created_at' | 'disputed_at' | 'escalated_at') =>
    query.where(col, '>=', from).where(col, '<', to);
  const lapsedInMonth = (col: 'claimed_at' | 'claim_due_at') => query.where(col, '>', from).where(col, '<=', to);
  if (q.kind === 'overdue')
    query = lapsedInMonth('claim_due_at')
      .where('claim_state', '=', 'pending')
      .where('claim_due_at', '<', ctx.clock.now());
  else if (q.kind === 'disputed') query = inMonth('disputed_at');
  else if (q.kind === 'dispute-escalated') query = inMonth('escalated_at');
  else if (q.kind === 'auto-claimed') query = lapsedInMonth('claimed_at').where('claim_state', '=', 'auto-claimed');
  else if (q.kind === 'escalated') query = lapsedInMonth('claim_due_at').where('claim_state', '=', 'escalated');
  else {
    // A late approval push is the bureau's, listed under each receiving department (001 §7(一)1); a late
    // supervision push is the sending department's (001 §7(二)1, 002 §15), listed under that department.
    query = inMonth('created_at').where((eb) =>
      eb.or([
        eb.and([
          eb('subject_type', '=', 'approval'),
          eb('subject_id', 'in', eb.selectFrom('approvals').select('id').where('pushed_late', '=', true)),
          ...(q.department ? [eb('recipient', '=', q.department)] : []),
        ]),
        eb.and([
          eb('subject_type', '=', 'supervision-record'),
          eb(
            'subject_id',
            'in',
            eb
              .selectFrom('supervision_records')
              .select('id')
              .where('pushed_late', '=', true)
              .$if(Boolean(q.department), (s) => s.where('source_department', '=', q.department!)),
          ),
        ]),
      ]),
    );
    return query.execute();
  }
  if (q.department) query = query.where('recipient', '=', q.department);
  return query.execute();
}
