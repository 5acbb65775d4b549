import type { Block, OfficialDocument } from '../gbt9704.ts';
import { issued, type Issue } from './issue.ts';

/**
 * What happened in a month to what was pushed to one department (001 §7: 每月通报上传认领情况; 001 §15
 * accountability), each event in its own month. The hub counts these (core/linkage/accountability.ts).
 */
export interface DepartmentFigures {
  department: string;
  pushed: number;
  claimedOnTime: number;
  autoClaimed: number;
  escalated: number;
  disputed: number;
  /** Still pending although the deadline passed in the month (the sweep has not reached them yet). */
  overdue: number;
  pushIsClaim: number;
  letters: number;
  /**
   * Pushed to this department later than the profile's push window (001 §7(一)1 即时, §15); for supervision
   * records, pushed to the bureau late (001 §7(二)1) — the monthly report lists those by sending department.
   */
  latePushes: number;
  /** Disputes unanswered by the sender in time, escalated to the reform office in the month (003 §7). */
  disputesEscalated: number;
}

/** 监管信息推送与审批局认领, per sending department. */
export interface SupervisionFigures {
  department: string;
  pushed: number;
  claimedOnTime: number;
  autoClaimed: number;
  disputed: number;
  overdue: number;
  /** Pushed later than `supervisionPush.pushWindowHours` after the decision (001 §7(二)1 即时, 002 §15). */
  latePushes: number;
}

/** 变更/撤回/撤销/注销 requests and decisions, per requesting department. */
export interface LicenseActionFigures {
  department: string;
  requested: number;
  approved: number;
  rejected: number;
  open: number;
}

/** 告知承诺 in the month. */
export interface CommitmentFigures {
  total: number;
  postVerification: number;
  verifiedOnTime: number;
  verifiedLate: number;
  overdue: number;
  rectifying: number;
  revoked: number;
}

/** Figures of reports issued before a count existed lack it; it prints as 0. */
type Later<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

export interface MonthlyReportFigures {
  month: string;
  jurisdiction: string;
  departmentNames: Record<string, string>;
  approvals: (Later<DepartmentFigures, 'latePushes' | 'disputesEscalated'> & {
    avgClaimWorkingHours: number | null;
  })[];
  /** How events are assigned to months; printed at the end. */
  attribution?: string;
  supervision: Later<SupervisionFigures, 'latePushes'>[];
  licenseActions: LicenseActionFigures[];
  commitments: CommitmentFigures;
}

const sum = <T>(rows: T[], f: (r: T) => number) => rows.reduce((n, r) => n + f(r), 0);
const hours = (h: number | null) => (h === null ? '—' : h.toFixed(1));
const rate = (part: number, whole: number) => (whole ? `${((part / whole) * 100).toFixed(1)}%` : '—');
/** Charts show at most this many departments: the longest lists are cut to their top N. */
const TOP = 15;
const listed = (names: string[], max = 12) =>
  names.length > max ? `${names.slice(0, max).join('、')}等${names.length}个部门` : names.join('、');

/**
 * 月度通报 (001 §7): a first page a director reads — totals, on-time rates, ranking, the departments
 * that let items run to auto-claim or overdue named, next month's requirements — then per-department
 * tables (headers repeated on every page) and one chart per measure, cut to the top 15 so that a
 * county of 88 departments still reads in a few pages.
 */
export function monthlyReport(r: MonthlyReportFigures, issue: Issue): OfficialDocument {
  const [year, month] = r.month.split('-').map(Number);
  const name = (code: string) => r.departmentNames[code] ?? code;
  const a = r.approvals;
  const active = a.filter((x) => x.pushed > 0);
  const pushed = sum(a, (x) => x.pushed);
  const onTime = sum(a, (x) => x.claimedOnTime + x.pushIsClaim);
  const late = a.filter((x) => x.autoClaimed + x.overdue + x.escalated > 0);
  const perfect = active.filter((x) => x.claimedOnTime + x.pushIsClaim === x.pushed);
  const byVolume = [...active].sort((p, q) => q.pushed - p.pushed);
  const timed = a.filter((x) => x.avgClaimWorkingHours !== null);
  const slowest = [...timed].sort((p, q) => q.avgClaimWorkingHours! - p.avgClaimWorkingHours!);
  const sup = r.supervision;
  const supPushed = sum(sup, (x) => x.pushed);
  const c = r.commitments;
  const body: Block[] = [
    {
      p: `根据${issue.rules}有关规定，现将${year}年${month}月全县审批信息和监管信息推送认领情况通报如下。`,
    },
    { h1: '一、总体情况' },
    {
      p:
        `本月共向${active.length}个部门推送审批信息${pushed}条，按时认领${onTime}条，按时认领率${rate(onTime, pushed)}；` +
        `超时自动认领${sum(a, (x) => x.autoClaimed)}条，超时上报${sum(a, (x) => x.escalated)}条，` +
        `逾期未认领${sum(a, (x) => x.overdue)}条，提出异议${sum(a, (x) => x.disputed)}条，` +
        `以函件告知${sum(a, (x) => x.letters)}件；审批信息推送迟延${sum(a, (x) => x.latePushes ?? 0)}条，` +
        `异议逾期未答复报审改办${sum(a, (x) => x.disputesEscalated ?? 0)}条。` +
        `各部门向我局推送监管信息${supPushed}条，按时认领${sum(sup, (x) => x.claimedOnTime)}条，` +
        `监管信息推送迟延${sum(sup, (x) => x.latePushes ?? 0)}条。` +
        `办理变更、撤回、撤销、注销行政许可函告${sum(r.licenseActions, (x) => x.requested)}件。` +
        `以告知承诺方式办理${c.total}件，需后置核验${c.postVerification}件，按时核验${c.verifiedOnTime}件。`,
    },
    { h1: '二、部门排名' },
    {
      p: `${perfect.length}个部门全部按时认领，按时认领率为100%。接收审批信息最多的是${byVolume
        .slice(0, 3)
        .map((x) => `${name(x.department)}（${x.pushed}条）`)
        .join('、')}。${
        slowest.length
          ? `平均认领用时最长的是${slowest
              .slice(0, 3)
              .map((x) => `${name(x.department)}（${hours(x.avgClaimWorkingHours)}个工作小时）`)
              .join('、')}。`
          : ''
      }`,
    },
    { h1: '三、存在的问题' },
    late.length
      ? {
          p:
            `${listed(late.map((x) => name(x.department)))}存在超时自动认领、超时上报或逾期未认领情况，` +
            `合计${sum(late, (x) => x.autoClaimed + x.escalated + x.overdue)}条（各部门明细见表1）。` +
            `${c.overdue ? `告知承诺事项逾期未核验${c.overdue}件。` : ''}`,
        }
      : { p: `本月各部门均按时完成认领。${c.overdue ? `告知承诺事项逾期未核验${c.overdue}件。` : ''}` },
    { h1: '四、下月工作要求' },
    {
      p: '（一）各部门要落实专人，每个工作日登录审管联动平台，在规定时限内认领审批信息，杜绝超时自动认领和逾期未认领。',
    },
    { p: '（二）对审批信息有异议的，要在异议期限内书面反馈，说明理由和依据。' },
    { p: '（三）告知承诺事项要在规定时限内完成后置核验，发现承诺不实的及时函告我局。' },
    { p: '各部门分项情况见表1至表3、图1和图2。' },
    {
      table: {
        caption: '表1 审批信息推送认领情况（按业务主管部门）',
        widths: ['*', 30, 50, 50, 30, 30, 76],
        header: ['部门', '推送', '按时认领', '自动认领', '异议', '逾期', '平均认领用时\n（工作小时）'],
        rows: a.map((x) => [
          name(x.department),
          x.pushed,
          x.claimedOnTime + x.pushIsClaim,
          x.autoClaimed,
          x.disputed,
          x.overdue,
          hours(x.avgClaimWorkingHours),
        ]),
      },
    },
    {
      bars: {
        caption: `图1 接收审批信息条数${byVolume.length > TOP ? `（前${TOP}名）` : ''}`,
        unit: '条',
        items: byVolume.slice(0, TOP).map((x) => ({ label: name(x.department), value: x.pushed })),
      },
    },
    {
      bars: {
        caption: `图2 平均认领用时${slowest.length > TOP ? `（用时最长的${TOP}个部门）` : ''}`,
        unit: '小时',
        items: slowest
          .slice(0, TOP)
          .map((x) => ({ label: name(x.department), value: Number(x.avgClaimWorkingHours!.toFixed(1)) })),
      },
    },
    {
      table: {
        caption: '表2 监管信息推送及审批局认领情况（按推送部门）',
        widths: ['*', 30, 44, 44, 30, 30, 44],
        header: ['部门', '推送', '按时认领', '自动认领', '异议', '逾期', '推送迟延'],
        rows: sup
          .filter((x) => x.pushed > 0)
          .map((x) => [
            name(x.department),
            x.pushed,
            x.claimedOnTime,
            x.autoClaimed,
            x.disputed,
            x.overdue,
            x.latePushes ?? 0,
          ]),
      },
    },
    {
      table: {
        caption: '表3 变更、撤回、撤销、注销行政许可函告办理情况',
        widths: ['*', 50, 50, 56, 50],
        header: ['函告部门', '函告', '已办结', '不予办理', '办理中'],
        rows: r.licenseActions.map((x) => [name(x.department), x.requested, x.approved, x.rejected, x.open]),
      },
    },
    {
      p:
        `告知承诺核验情况：本月以告知承诺方式办理${c.total}件，其中需后置核验${c.postVerification}件；` +
        `按时核验${c.verifiedOnTime}件，超时核验${c.verifiedLate}件，逾期未核验${c.overdue}件；` +
        `限期整改中${c.rectifying}件；因承诺不实撤销许可${c.revoked}件。`,
    },
    ...(r.attribution ? [{ p: r.attribution }] : []),
  ];
  return {
    ...issued(issue, 'file'),
    title: `关于${year}年${month}月审管联动工作情况的通报`,
    addressee: '各有关部门',
    body,
    printedBy: `${issue.issuer}办公室`,
  };
}
