import { chineseDate, type OfficialDocument } from '../gbt9704.ts';
import type { SealSpec } from '../seal.ts';

/** Who issues a document, under which number and date: settled before composing, stored with the model. */
export interface Issue {
  issuer: string;
  number: string | null;
  /** 成文日期, YYYY-MM-DD (Asia/Shanghai). */
  date: string;
  seal: SealSpec | null;
  /** The linkage rules as cited: 《高青县行政审批与监管协调联动实施办法》（高政办字〔2021〕45号）. */
  rules: string;
}

/** License actions in the words of 003 §9(六). */
export const ACTION_ZH: Record<string, string> = {
  amend: '变更',
  withdraw: '撤回',
  revoke: '撤销',
  cancel: '注销',
  'refuse-renewal': '不予延期',
  replace: '换证',
};

/** A date-time in Asia/Shanghai as staff write it: 2026年10月9日24时 for an end-of-day deadline. */
export function deadlineText(local: string): string {
  const [date, time = '00:00'] = local.replace('+08:00', '').split('T');
  const [y, m, d] = date!.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  if (hh === 0 && mm === 0) {
    // 00:00 of the next day is the end of the previous one.
    const prev = new Date(Date.UTC(y!, m! - 1, d! - 1));
    return `${prev.getUTCFullYear()}年${prev.getUTCMonth() + 1}月${prev.getUTCDate()}日24时`;
  }
  return `${y}年${m}月${d}日${hh}时${mm ? `${mm}分` : ''}`;
}

/** A date (or the date part of a date-time) as 2026年6月1日; a validity of 长期 stays so. */
export function dateText(iso: string): string {
  return iso === '长期' || iso === 'long-term' ? '长期' : chineseDate(iso.slice(0, 10));
}

/** The parts every document shares, taken from its issue: issuer, red header, number, date and seal. */
export function issued(
  issue: Issue,
  format: OfficialDocument['format'],
): Pick<OfficialDocument, 'format' | 'issuer' | 'header' | 'number' | 'date' | 'seal'> {
  return {
    format,
    issuer: issue.issuer,
    header: format === 'file' ? `${issue.issuer}文件` : issue.issuer,
    number: issue.number,
    date: issue.date,
    seal: issue.seal,
  };
}
