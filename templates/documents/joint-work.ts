import { SPECIAL_REVIEW_ZH } from '../../core/schema/labels.ts';
import type { Block, OfficialDocument } from '../gbt9704.ts';
import { dateText, deadlineText, issued, type Issue } from './issue.ts';

/** 现场核查 etc. (003 §11) as the catalogue labels them. */
const procedureZh = (p: string) => (SPECIAL_REVIEW_ZH as Record<string, string>)[p] ?? p;

export interface SpecialReviewData {
  to: string;
  applicationRef: string;
  matterName: string;
  procedure: string;
  scheduledForLocal: string | null;
  conclusionDueLocal: string | null;
  materials: string[];
  liaison: string | null;
}

function reviewFacts(d: SpecialReviewData): Block[] {
  return [
    { p: `受理编号：${d.applicationRef}` },
    { p: `审批事项：${d.matterName}` },
    { p: `特别审查程序：${procedureZh(d.procedure)}` },
    ...(d.scheduledForLocal ? [{ p: `${procedureZh(d.procedure)}时间：${deadlineText(d.scheduledForLocal)}` }] : []),
    ...(d.conclusionDueLocal ? [{ p: `结论反馈期限：${deadlineText(d.conclusionDueLocal)}前` }] : []),
    ...(d.liaison ? [{ p: `联络员：${d.liaison}` }] : []),
  ];
}

/** 特别审查程序联办通知单 (003 §9(二)): the bureau and a department handle the procedure together. */
export function jointHandlingNotice(d: SpecialReviewData, issue: Issue): OfficialDocument {
  return {
    ...issued(issue, 'form'),
    title: '特别审查程序联办通知单',
    addressee: d.to,
    body: [
      {
        p: `根据${issue.rules}规定，下列审批事项需履行特别审查程序，请贵单位派员联合办理，并在期限内将审查结论反馈我局。`,
      },
      ...reviewFacts(d),
      {
        table: {
          caption: '随附材料',
          widths: [30, '*'],
          header: ['序号', '材料名称'],
          rows: d.materials.map((m, i) => [i + 1, m]),
        },
      },
    ],
  };
}

/** 委托书 (003 §9(二)): the bureau entrusts the procedure to a department or a qualified third party. */
export function entrustment(d: SpecialReviewData, issue: Issue): OfficialDocument {
  return {
    ...issued(issue, 'form'),
    title: '委托书',
    addressee: d.to,
    body: [
      {
        p: `根据${issue.rules}规定，我局委托贵单位对下列审批事项开展${procedureZh(d.procedure)}，并在期限内出具审查结论。受托方应当依法依规、客观公正开展工作，对审查结论负责。`,
      },
      ...reviewFacts(d),
      {
        table: {
          caption: '随附材料',
          widths: [30, '*'],
          header: ['序号', '材料名称'],
          rows: d.materials.map((m, i) => [i + 1, m]),
        },
      },
    ],
  };
}

export interface SurveyReportData {
  applicationRef: string;
  matterName: string;
  departmentName: string;
  surveyedLocal: string | null;
  findings: string;
  conclusion: string | null;
  signatures: { party: 'bureau' | 'department'; name: string; atLocal: string }[];
}

/** 现场勘验评审报告 (001 §11): joint survey findings, signed by the bureau and by the department. */
export function surveyReport(d: SurveyReportData, issue: Issue): OfficialDocument {
  const signer = (party: 'bureau' | 'department') => d.signatures.find((s) => s.party === party);
  return {
    ...issued(issue, 'form'),
    title: '现场勘验评审报告',
    body: [
      { p: `受理编号：${d.applicationRef}` },
      { p: `审批事项：${d.matterName}` },
      { p: `勘验单位：${issue.issuer}、${d.departmentName}` },
      ...(d.surveyedLocal ? [{ p: `勘验时间：${deadlineText(d.surveyedLocal)}` }] : []),
      { h1: '一、勘验情况' },
      { p: d.findings },
      ...(d.conclusion ? [{ h1: '二、评审结论' }, { p: d.conclusion }] : []),
      {
        table: {
          caption: '联合勘验签字确认',
          widths: [120, '*', 140],
          header: ['单位', '签字人', '签字时间'],
          rows: [
            [issue.issuer, signer('bureau')?.name ?? '', signer('bureau') ? dateText(signer('bureau')!.atLocal) : ''],
            [
              d.departmentName,
              signer('department')?.name ?? '',
              signer('department') ? dateText(signer('department')!.atLocal) : '',
            ],
          ],
        },
      },
    ],
  };
}

export interface InquiryData {
  fromName: string;
  toName: string;
  subject: string;
  question: string;
  dueLocal: string;
  attachments: string[];
}

/** 函询函 (001 §12): a written question with its reply deadline and the deemed-consent rule. */
export function inquiryLetter(d: InquiryData, issue: Issue): OfficialDocument {
  return {
    ...issued(issue, 'letter'),
    title: `关于${d.subject}的函`,
    addressee: d.toName,
    body: [
      { p: d.question },
      {
        p: `请于${deadlineText(d.dueLocal)}前书面答复。根据${issue.rules}规定，逾期不答复的，视为同意，并承担相应责任。`,
      },
      { p: '特此函询。' },
    ],
    attachments: d.attachments,
  };
}

export interface InquiryReplyData extends InquiryData {
  inquiryNumber: string | null;
  answer: string | null;
  deemedConsent: boolean;
}

/**
 * The reply to a 函询: the asked party's answer, or — when it stayed silent past the deadline —
 * the asking party's record that consent is deemed given and responsibility lies with the silent side.
 */
export function inquiryReply(d: InquiryReplyData, issue: Issue): OfficialDocument {
  const ref = d.inquiryNumber ? `（${d.inquiryNumber}）` : '';
  const body: Block[] = d.deemedConsent
    ? [
        {
          p: `我单位于函询中${ref}就“${d.subject}”征求贵单位意见，答复期限为${deadlineText(d.dueLocal)}前。贵单位逾期未答复。`,
        },
        { p: `根据${issue.rules}规定，逾期不答复的视为同意。现告知贵单位：该事项视为同意，相应责任由贵单位承担。` },
        { p: '特此函告。' },
      ]
    : [
        { p: `贵单位《关于${d.subject}的函》${ref}收悉。经研究，现答复如下：` },
        { p: d.answer ?? '' },
        { p: '特此函复。' },
      ];
  return {
    ...issued(issue, 'letter'),
    title: d.deemedConsent ? `关于${d.subject}视为同意的告知函` : `关于${d.subject}的复函`,
    addressee: d.deemedConsent ? d.toName : d.fromName,
    body,
  };
}
