import type { OfficialDocument } from '../gbt9704.ts';
import { dateText, issued, type Issue } from './issue.ts';

export interface CommitmentData {
  matterName: string;
  counterpartName: string;
  counterpartId: string;
  legalBasis: string[];
  conditions: string[];
  proofObligations: string[];
  commitmentMethod: string;
  supervisionMethod: string;
  liability: string;
  published: boolean;
  rightToVerify: string;
  signedAt: string;
  verification: string;
}

const list = (items: string[]) => items.map((t, i) => ({ p: `${i + 1}．${t}` }));

/**
 * 告知承诺书 (001 §8, 004 #16): what the bureau told the applicant — basis, conditions, proof,
 * method, supervision, liability, publication, right to verify — and the applicant's commitment, with
 * the lines both sign on.
 */
export function commitmentDocument(d: CommitmentData, issue: Issue): OfficialDocument {
  return {
    ...issued(issue, 'form'),
    title: `${d.matterName}告知承诺书`,
    body: [
      { h1: '一、行政审批机关告知' },
      { p: `申请人：${d.counterpartName}（${d.counterpartId}）` },
      { h2: '（一）设定依据' },
      ...list(d.legalBasis),
      { h2: '（二）许可条件和标准' },
      ...list(d.conditions),
      ...(d.proofObligations.length ? [{ h2: '（三）需要证明的义务' }, ...list(d.proofObligations)] : []),
      { h2: `（${d.proofObligations.length ? '四' : '三'}）承诺方式` },
      { p: d.commitmentMethod },
      { h2: `（${d.proofObligations.length ? '五' : '四'}）监管方式与核查` },
      { p: `${d.supervisionMethod}${d.verification}` },
      { p: d.rightToVerify },
      { h2: `（${d.proofObligations.length ? '六' : '五'}）不实承诺的法律责任` },
      { p: d.liability },
      { p: d.published ? '本承诺书将依法向社会公开。' : '本承诺书不予公开。' },
      { h1: '二、申请人承诺' },
      {
        p: '本人（单位）已经知晓行政审批机关告知的全部内容，承诺所填写的信息真实、准确，已经符合上述条件和标准，并愿意承担不实承诺的法律责任。承诺意思表示真实，自愿接受行政审批机关和监管部门的核查。',
      },
      { p: `签署日期：${dateText(d.signedAt)}` },
      { signLines: ['申请人（签章）：', '法定代表人或委托代理人（签字）：'] },
    ],
  };
}
