import { formatShanghai } from '../calendar/china-time.ts';
import { DOCUMENT_KINDS } from '../documents/document-sources.ts';

/** 2026-10-09 00:00 in Asia/Shanghai, as staff read times. */
export const when = (d: Date | string | null | undefined) =>
  d ? formatShanghai(new Date(d)).slice(0, 16).replace('T', ' ') : '—';

export const CLAIM_STATE_ZH: Record<string, string> = {
  pending: '待认领',
  claimed: '已认领',
  'auto-claimed': '超时自动认领',
  escalated: '超时已上报',
  disputed: '异议处理中',
  superseded: '已被更正替代',
  'not-required': '无需认领',
};

export const SUBJECT_ZH: Record<string, string> = {
  approval: '审批信息',
  'supervision-record': '监管信息',
  'license-action': '函告',
  'license-decision': '函告处理结果',
  'revocation-request': '撤销申请',
  'special-review': '特别审查',
  inquiry: '函询',
  'commitment-check': '承诺核验',
};

export const kindZh = (kind: string) => DOCUMENT_KINDS[kind as keyof typeof DOCUMENT_KINDS] ?? kind;

/** Working hours left until a deadline, as 剩余 5.5 工作小时, or 已逾期. */
export function remaining(hours: number | null): string {
  if (hours === null) return '—';
  if (hours <= 0) return '已逾期';
  return `剩余 ${hours < 10 ? hours.toFixed(1) : Math.round(hours)} 工作小时`;
}
