import { sql } from 'kysely';
import { stringify } from 'csv-stringify/sync';
import { commitmentFigures } from '../commitments/commitments.ts';
import type { HubContext } from '../hub-context.ts';
import { MONTH_ATTRIBUTION, monthBounds, monthlyFigures } from '../linkage/accountability.ts';
import type {
  CommitmentFigures,
  DepartmentFigures,
  LicenseActionFigures,
  SupervisionFigures,
} from '../../templates/documents/monthly-report.ts';

export interface MonthlyReportData {
  month: string;
  jurisdiction: string;
  generatedAt: string;
  /** How the figures are counted: each event in the month it happened (accountability.MONTH_ATTRIBUTION). */
  attribution: string;
  /** 审批信息推送与认领, per receiving department, with the average claim time in working hours. */
  approvals: (DepartmentFigures & { avgClaimWorkingHours: number | null })[];
  supervision: SupervisionFigures[];
  licenseActions: LicenseActionFigures[];
  commitments: CommitmentFigures;
}

/**
 * The figures of the 月度通报 (001 §7: 每月通报审批信息、监管信息上传认领情况): counted from the
 * deliveries and records themselves, so they agree with the accountability lists.
 */
export async function monthlyReportData(ctx: HubContext, month: string): Promise<MonthlyReportData> {
  const { from, to } = monthBounds(month);
  const now = ctx.clock.now();
  const supervision = await sql<SupervisionFigures>`
    select s.source_department as department,
      count(*) filter (where s.pushed_at >= ${from} and s.pushed_at < ${to})::int as pushed,
      count(*) filter (where d.claim_state = 'claimed' and d.claimed_at <= d.claim_due_at
        and d.claimed_at >= ${from} and d.claimed_at < ${to})::int as "claimedOnTime",
      count(*) filter (where d.claim_state = 'auto-claimed'
        and d.claimed_at > ${from} and d.claimed_at <= ${to})::int as "autoClaimed",
      count(*) filter (where d.disputed_at >= ${from} and d.disputed_at < ${to})::int as disputed,
      count(*) filter (where d.claim_state = 'pending' and d.claim_due_at < ${now}
        and d.claim_due_at > ${from} and d.claim_due_at <= ${to})::int as overdue,
      count(*) filter (where s.pushed_late and s.pushed_at >= ${from} and s.pushed_at < ${to})::int as "latePushes"
    from supervision_records s join deliveries d on d.subject_type = 'supervision-record' and d.subject_id = s.id
    where (s.pushed_at >= ${from} and s.pushed_at < ${to}) or (d.claimed_at > ${from} and d.claimed_at <= ${to})
      or (d.claim_due_at > ${from} and d.claim_due_at <= ${to}) or (d.disputed_at >= ${from} and d.disputed_at < ${to})
    group by s.source_department order by s.source_department`.execute(ctx.db);
  const actions = await sql<LicenseActionFigures>`
    select requested_by as department,
      count(*) filter (where created_at >= ${from} and created_at < ${to})::int as requested,
      count(*) filter (where state = 'approved' and decided_at >= ${from} and decided_at < ${to})::int as approved,
      count(*) filter (where state = 'rejected' and decided_at >= ${from} and decided_at < ${to})::int as rejected,
      count(*) filter (where state = 'requested' and created_at < ${to})::int as open
    from license_actions where origin = 'department'
      and ((created_at >= ${from} and created_at < ${to}) or (decided_at >= ${from} and decided_at < ${to}))
    group by requested_by order by requested_by`.execute(ctx.db);
  return {
    month,
    jurisdiction: ctx.profile.name,
    generatedAt: now.toISOString(),
    attribution: MONTH_ATTRIBUTION,
    approvals: await withClaimTimes(ctx, await monthlyFigures(ctx, month), from, to),
    supervision: supervision.rows,
    licenseActions: actions.rows,
    commitments: await commitmentFigures(ctx, from, to),
  };
}

/**
 * Average working hours from push to a department's own claim (auto-claims and push-is-claim excluded).
 * The working time between two instants is W(claimed) − W(pushed), W being the working time elapsed
 * since a fixed day; so the month's sum needs only, per department and Shanghai day, how many claims were
 * pushed or claimed that day and the sum of their times of day. SQL gives those few hundred rows; the
 * calendar (holidays, 调休) is applied to them here instead of to each of the month's claims.
 */
async function withClaimTimes(
  ctx: HubContext,
  figures: DepartmentFigures[],
  from: Date,
  to: Date,
): Promise<MonthlyReportData['approvals']> {
  // Day number and seconds into the day, in Shanghai time (UTC+8 without daylight saving).
  const day = (col: string) => sql.raw(`floor((extract(epoch from ${col}) + 28800) / 86400)::int`);
  const secs = (col: string) => sql.raw(`sum(mod((extract(epoch from ${col}) + 28800)::numeric, 86400))::float8`);
  const { rows } = await sql<{ recipient: string; side: number; day: number | null; n: number; secs: number }>`
    with c as materialized (
      select recipient, created_at, claimed_at from deliveries
      where subject_type = 'approval' and claimed_at >= ${from} and claimed_at < ${to}
        and claim_state = 'claimed' and claimed_by not like 'system:%')
    select recipient, 0 as side, null::int as day, count(*)::int as n, 0::float8 as secs from c group by recipient
    union all
    select recipient, 1, ${day('claimed_at')}, count(*)::int, ${secs('claimed_at')}
      from c where claimed_at > created_at group by 1, 3
    union all
    select recipient, -1, ${day('created_at')}, count(*)::int, ${secs('created_at')}
      from c where claimed_at > created_at group by 1, 3`.execute(ctx.db);
  const days = rows.filter((r) => r.day !== null).map((r) => r.day!);
  // Working seconds from the first day seen to the start of each day after it.
  const first = Math.min(...days);
  const calendar = ctx.calendar.current;
  const dateOf = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  const before: number[] = [0];
  for (let d = first; d < Math.max(...days); d++)
    before.push(before.at(-1)! + (calendar.isWorkingDay(dateOf(d)) ? 86_400 : 0));
  const totals = new Map<string, { secs: number; n: number }>();
  for (const r of rows) {
    const t = totals.get(r.recipient) ?? { secs: 0, n: 0 };
    if (r.day === null) t.n += r.n;
    else {
      const elapsed = r.n * before[r.day - first]! + (calendar.isWorkingDay(dateOf(r.day)) ? r.secs : 0);
      t.secs += r.side * elapsed;
    }
    totals.set(r.recipient, t);
  }
  return figures.map((f) => {
    const t = totals.get(f.department);
    return { ...f, avgClaimWorkingHours: t ? Math.round((t.secs / 3600 / t.n) * 10) / 10 : null };
  });
}

/** The same figures as CSV (one section per table), UTF-8 with BOM so spreadsheet software opens it. */
export function monthlyReportCsv(r: MonthlyReportData): string {
  const rows: (string | number)[][] = [
    [`${r.jurisdiction} ${r.month} 审管联动月度通报`, '', '', '', '', '', '', '', ''],
  ];
  rows.push(
    [],
    [
      '审批信息推送 approvals',
      '部门',
      '推送',
      '按时认领',
      '超时自动认领',
      '超时上报',
      '异议',
      '逾期未认领',
      '推送即认领',
      '函件告知',
      '平均认领用时（工作小时）',
      '推送迟延',
      '异议报审改办',
    ],
  );
  for (const a of r.approvals)
    rows.push([
      '',
      a.department,
      a.pushed,
      a.claimedOnTime,
      a.autoClaimed,
      a.escalated,
      a.disputed,
      a.overdue,
      a.pushIsClaim,
      a.letters,
      a.avgClaimWorkingHours ?? '',
      a.latePushes,
      a.disputesEscalated,
    ]);
  rows.push(
    [],
    ['监管信息推送 supervision', '部门', '推送', '按时认领', '超时自动认领', '异议', '逾期未认领', '推送迟延'],
  );
  for (const s of r.supervision)
    rows.push(['', s.department, s.pushed, s.claimedOnTime, s.autoClaimed, s.disputed, s.overdue, s.latePushes]);
  rows.push([], ['函告 license actions', '部门', '请求', '同意', '不同意', '待处理']);
  for (const l of r.licenseActions) rows.push(['', l.department, l.requested, l.approved, l.rejected, l.open]);
  const c = r.commitments;
  rows.push(
    [],
    ['告知承诺 commitments', '合计', '后置核验', '按时核验', '逾期核验', '逾期未核验', '整改中', '已撤销'],
    ['', c.total, c.postVerification, c.verifiedOnTime, c.verifiedLate, c.overdue, c.rectifying, c.revoked],
  );
  rows.push([], [r.attribution]);
  return `\uFEFF${stringify(rows)}`;
}
