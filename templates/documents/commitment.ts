import type { Block, OfficialDocument } from '../gbt9704.ts';
import { dateText, issued, type Issue } from './issue.ts';
import { counterpartLines, type CounterpartDetails } from './letters.ts';
import { documentName, sentence } from './wording.ts';

export interface CommitmentData {
  matterName: string;
  counterpart: CounterpartDetails;
  legalBasis: string[];
  conditions: string[];
  /** 申请材料 the applicant submits or commits to (001 §8). */
  materials: string[];
  proofObligations: string[];
  commitmentMethod: string;
  supervisionMethod: string;
  liability: string;
  published: boolean;
  rightToVerify: string;
  signedAt: string;
  verification: string;
}

const list = (items: string[]) => items.map((t, i) => ({ p: `${i + 1}．${sentence(t)}` }));
const NUMERALS = '一二三四五六七八九十';

/**
 * 告知承诺书 (001 §8, 004 #16): who applies, then what the bureau told the applicant — basis,
 * conditions, the 申请材料, proof, method, supervision, liability, publication, right to verify — and
 * the applicant's commitment, with the lines both sign on.
 */
export function commitmentDocument(d: CommitmentData, issue: Issue): OfficialDocument {
  const sections: [string, Block[]][] = [
    ['设定依据', list(d.legalBasis)],
    ['许可条件和标准', list(d.conditions)],
    ['申请材料', d.materials.length ? list(d.materials.map(documentName)) : [{ p: '申请人以书面承诺代替证明材料。' }]],
    ...(d.proofObligations.length ? ([['需要证明的义务', list(d.proofObligations)]] as [string, Block[]][]) : []),
    ['承诺方式', [{ p: sentence(d.commitmentMethod) }]],
    ['监管方式与核查', [{ p: `${sentence(d.supervisionMethod)}${d.verification}` }, { p: sentence(d.rightToVerify) }]],
    [
      '不实承诺的法律责任',
      [{ p: sentence(d.liability) }, { p: d.published ? '本承诺书将依法向社会公开。' : '本承诺书不向社会公开。' }],
    ],
  ];
  return {
    ...issued(issue, 'form'),
    title: `${d.matterName}告知承诺书`,
    titleKeep: [d.matterName],
    body: [
      { h1: '一、申请人基本情况' },
      ...counterpartLines(d.counterpart, '申请人'),
      { h1: '二、行政审批机关告知' },
      ...sections.flatMap(([name, blocks], i) => [{ h2: `（${NUMERALS[i]}）${name}` }, ...blocks]),
      { h1: '三、申请人承诺' },
      {
        p: '本人（单位）已经知晓行政审批机关告知的全部内容，承诺所填写的信息真实、准确，已经符合上述条件和标准，并愿意承担不实承诺的法律责任。承诺意思表示真实，自愿接受行政审批机关和监管部门的核查。',
      },
      { p: `签署日期：${dateText(d.signedAt)}` },
      { signLines: ['申请人（签章）：', '法定代表人或委托代理人（签字）：'] },
    ],
  };
}
