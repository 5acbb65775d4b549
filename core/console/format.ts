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

const OFFSET_MS = 8 * 3_600_000;

/**
 * A deadline as staff say it: a period ending at midnight is "11月24日24时" (民法典 §203: the last day
 * ends at 24:00), other instants "11月24日9时30分"; the year only when it is not the current one.
 */
export function deadlineZh(d: Date | string | null | undefined, now: Date): string {
  if (!d) return '—';
  const t = new Date(new Date(d).getTime() + OFFSET_MS);
  const midnight = t.getUTCHours() === 0 && t.getUTCMinutes() === 0;
  const day = midnight ? new Date(t.getTime() - 86_400_000) : t;
  const year =
    day.getUTCFullYear() !== new Date(now.getTime() + OFFSET_MS).getUTCFullYear() ? `${day.getUTCFullYear()}年` : '';
  const date = `${year}${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
  if (midnight) return `${date}24时`;
  const m = t.getUTCMinutes();
  return `${date}${t.getUTCHours()}时${m ? `${m}分` : ''}`;
}

/** Office time left until a deadline: "剩余 1 个工作日 3.5 小时", "剩余 2.5 工作小时", or 已逾期. */
export function remainingZh(hours: number | null, words: (h: number) => string): string {
  if (hours === null) return '—';
  if (hours <= 0) return '已逾期';
  return `剩余 ${words(hours)}`;
}
