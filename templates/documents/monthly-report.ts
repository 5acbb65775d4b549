import type { Block, OfficialDocument } from '../gbt9704.ts';
import { issued, type Issue } from './issue.ts';

export interface MonthlyReportFigures {
  month: string;
  jurisdiction: string;
  departmentNames: Record<string, string>;
  approvals: {
    department: string;
    pushed: number;
    claimedOnTime: number;
    autoClaimed: number;
    escalated: number;
    disputed: number;
    overdue: number;
    pushIsClaim: number;
    letters: number;
    avgClaimWorkingHours: number | null;
    /** 001 §7(一)1 即时: pushed later than the profile's window; 003 §7: disputes escalated unanswered. */
    latePushes?: number;
    disputesEscalated?: number;
  }[];
  /** How events are assigned to months; printed at the end. */
  attribution?: string;
  supervision: {
    department: string;
    pushed: number;
    claimedOnTime: number;
    autoClaimed: number;
    disputed: number;
    overdue: number;
  }[];
  licenseActions: { department: string; requested: number; approved: number; rejected: number; open: number }[];
  commitments: {
    total: number;
    postVerification: number;
    verifiedOnTime: number;
    verifiedLate: number;
    overdue: number;
    rectifying: number;
    revoked: number;
  };
}

const sum = <T>(rows: T[], f: (r: T) => number) => rows.reduce((n, r) => n + f(r), 0);
const hours = (h: number | null) => (h === null ? '—' : h.toFixed(1));

/**
 * 月度通报 (001 §7): per department, what was pushed and how it was claimed — on time, auto-claimed,
 * disputed, overdue, average claim time in working hours — supervision items, license actions and
 * commitment checks, with bar charts.
 */
export function monthlyReport(r: MonthlyReportFigures, issue: Issue): OfficialDocument {
  const [year, month] = r.month.split('-').map(Number);
  const name = (code: string) => r.departmentNames[code] ?? code;
  const a = r.approvals;
  const totalPushed = sum(a, (x) => x.pushed);
  const late = a.filter((x) => x.autoClaimed + x.overdue + x.escalated > 0);
  const body: Block[] = [
    { p: `根据${issue.rules}规定，现将${year}年${month}月全县审批信息和监管信息推送、认领情况通报如下：` },
    { h1: '一、审批信息推送认领情况' },
    {
      p: `本月共推送审批信息${totalPushed}条，按时认领${sum(a, (x) => x.claimedOnTime)}条，推送即认领${sum(a, (x) => x.pushIsClaim)}条，超时自动认领${sum(a, (x) => x.autoClaimed)}条，超时上报${sum(a, (x) => x.escalated)}条，提出异议${sum(a, (x) => x.disputed)}条，逾期未认领${sum(a, (x) => x.overdue)}条，函件告知${sum(a, (x) => x.letters)}件；审批信息推送迟延${sum(a, (x) => x.latePushes ?? 0)}条，异议逾期未答复报审改办${sum(a, (x) => x.disputesEscalated ?? 0)}条。`,
    },
    {
      table: {
        caption: '表1 审批信息推送认领情况（按业务主管部门）',
        widths: ['*', 34, 40, 40, 34, 34, 44],
        header: ['部门', '推送', '按时认领', '自动认领', '异议', '逾期', '平均认领（工作小时）'],
        rows: a.map((x) => [
          name(x.department),
          x.pushed,
          x.claimedOnTime,
          x.autoClaimed,
          x.disputed,
          x.overdue,
          hours(x.avgClaimWorkingHours),
        ]),
      },
    },
    {
      bars: {
        caption: '图1 各部门接收审批信息条数',
        unit: '条',
        items: a.map((x) => ({ label: name(x.department), value: x.pushed })),
      },
    },
    {
      bars: {
        caption: '图2 各部门平均认领用时（工作小时）',
        unit: 'h',
        items: a
          .filter((x) => x.avgClaimWorkingHours !== null)
          .map((x) => ({ label: name(x.department), value: Number(x.avgClaimWorkingHours!.toFixed(1)) })),
      },
    },
    ...(late.length
      ? [
          {
            p: `超时自动认领或逾期未认领的部门：${late.map((x) => `${name(x.department)}（自动认领${x.autoClaimed}条、逾期${x.overdue}条）`).join('；')}。请相关部门落实专人，按时认领。`,
          },
        ]
      : [{ p: '本月各部门均按时完成认领。' }]),
    { h1: '二、监管信息推送认领情况' },
    {
      table: {
        caption: '表2 监管信息推送及审批局认领情况（按推送部门）',
        widths: ['*', 40, 50, 50, 40, 40],
        header: ['部门', '推送', '按时认领', '自动认领', '异议', '逾期'],
        rows: r.supervision.map((x) => [
          name(x.department),
          x.pushed,
          x.claimedOnTime,
          x.autoClaimed,
          x.disputed,
          x.overdue,
        ]),
      },
    },
    {
      bars: {
        caption: '图3 各部门推送监管信息条数',
        unit: '条',
        items: r.supervision.map((x) => ({ label: name(x.department), value: x.pushed })),
      },
    },
    { h1: '三、函告办理情况' },
    {
      table: {
        caption: '表3 变更、撤回、撤销、注销行政许可函告办理情况',
        widths: ['*', 50, 50, 50, 50],
        header: ['函告部门', '函告', '已办结', '不予办理', '办理中'],
        rows: r.licenseActions.map((x) => [name(x.department), x.requested, x.approved, x.rejected, x.open]),
      },
    },
    { h1: '四、告知承诺核验情况' },
    {
      p: `本月以告知承诺方式办理${r.commitments.total}件，其中需后置核验${r.commitments.postVerification}件；按时核验${r.commitments.verifiedOnTime}件，超时核验${r.commitments.verifiedLate}件，逾期未核验${r.commitments.overdue}件；限期整改中${r.commitments.rectifying}件；因承诺不实撤销许可${r.commitments.revoked}件。`,
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
