import type { OfficialDocument } from '../gbt9704.ts';
import { dateText, issued, type Issue } from './issue.ts';
import { sentence } from './wording.ts';

export interface WithdrawalNoticeData {
  addressee: string;
  /** The document taken back: its title, 发文字号 and 成文日期. */
  withdrawnTitle: string;
  withdrawnNumber: string | null;
  withdrawnDate: string;
  /** Why the act it recorded was reversed, and what follows for the addressee. */
  reason: string;
  followUp: string;
}

/**
 * 撤回告知函: an issued letter cannot be unsent, so when the act it recorded is reversed (a deemed consent or
 * a revocation decided on a provisional deadline that, on the official schedule, had not run out), the issuer
 * writes to the same addressee, cites it by title and number, says why it is withdrawn and what follows.
 */
export function withdrawalNotice(d: WithdrawalNoticeData, issue: Issue): OfficialDocument {
  const cited = `《${d.withdrawnTitle}》${d.withdrawnNumber ? `（${d.withdrawnNumber}）` : ''}`;
  return {
    ...issued(issue, 'letter'),
    title: `关于撤回《${d.withdrawnTitle}》的函`,
    addressee: d.addressee,
    body: [
      { p: `我单位于${dateText(d.withdrawnDate)}向贵单位发出${cited}。${sentence(d.reason)}` },
      { p: `现决定撤回该函，其所载事项自本函发出之日起不再有效。${sentence(d.followUp)}` },
      { p: '特此函告。' },
    ],
  };
}
