import type { Block, OfficialDocument } from '../gbt9704.ts';
import { dateText, deadlineText, issued, type Issue } from './issue.ts';
import type { CounterpartDetails } from './letters.ts';
import { documentName, sentence } from './wording.ts';

/** Templates take plain data only: names such as 现场核查 arrive already in Chinese from the caller. */
export interface SpecialReviewData {
  to: string;
  applicationRef: string;
  matterName: string;
  /** 特别审查程序 in Chinese, e.g. 现场核查 (003 §11). */
  procedureName: string;
  applicant?: CounterpartDetails;
  site?: string;
  scheduledForLocal: string | null;
  conclusionDueLocal: string | null;
  materials: string[];
  liaison: string | null;
}

function reviewFacts(d: SpecialReviewData): Block[] {
  return [
    { p: `受理编号：${d.applicationRef}` },
    { p: `审批事项：${d.matterName}` },
    ...(d.applicant ? [{ p: `申请人：${d.applicant.name}` }] : []),
    ...(d.site ? [{ p: `地点：${d.site}` }] : []),
    { p: `特别审查程序：${d.procedureName}` },
    ...(d.scheduledForLocal ? [{ p: `${d.procedureName}时间：${deadlineText(d.scheduledForLocal)}` }] : []),
    ...(d.conclusionDueLocal ? [{ p: `结论反馈期限：${deadlineText(d.conclusionDueLocal)}前` }] : []),
    ...(d.liaison ? [{ p: `我局联络人：${d.liaison}` }] : []),
  ];
}

function materialsTable(materials: string[]): Block[] {
  return materials.length
    ? [
        {
          table: {
            caption: '随附材料清单',
            widths: [40, '*', 60],
            header: ['序号', '材料名称', '份数'],
            rows: materials.map((m, i) => [i + 1, documentName(m), 1]),
          },
        },
      ]
    : [];
}

/**
 * 特别审查程序联办通知单 (003 §9(二)): the bureau and a department handle the procedure together.
 * The 回执 at its foot is what the department signs and returns to confirm who will attend.
 */
export function jointHandlingNotice(d: SpecialReviewData, issue: Issue): OfficialDocument {
  return {
    ...issued(issue, 'form'),
    title: '特别审查程序联办通知单',
    addressee: d.to,
    body: [
      {
        p: `根据${issue.rules}有关规定，下列审批事项需履行${d.procedureName}程序。请贵单位指派人员与我局联合办理，并在期限内将审查结论书面反馈我局。`,
      },
      ...reviewFacts(d),
      ...materialsTable(d.materials),
      { p: '请于收到本通知单之日起1个工作日内填写下方回执并反馈我局。' },
    ],
    tearOff: {
      title: '回执',
      body: [
        { p: `我单位已收到${issue.number ?? ''}特别审查程序联办通知单，将指派以下人员参加联合办理。` },
        { signLines: ['参加人员：', '联系电话：', '单位（盖章）：', '日期：'] },
      ],
    },
  };
}

export interface EntrustmentData extends SpecialReviewData {
  /** How long the entrustment lasts: until the conclusion is due. */
  periodFromLocal: string;
}

/**
 * 委托书 (003 §9(二)): the bureau entrusts the procedure to a department or a qualified third party,
 * stating what is entrusted, for how long, and what the entrusted party must do.
 */
export function entrustment(d: EntrustmentData, issue: Issue): OfficialDocument {
  const until = d.conclusionDueLocal ? `至${deadlineText(d.conclusionDueLocal)}止` : '至出具审查结论之日止';
  return {
    ...issued(issue, 'form'),
    title: '委托书',
    addressee: d.to,
    body: [
      {
        p: `根据${issue.rules}有关规定，我局委托贵单位对下列审批事项开展${d.procedureName}，并出具书面审查结论。`,
      },
      ...reviewFacts(d),
      { h1: '一、委托事项和范围' },
      {
        p: `对上述申请开展${d.procedureName}，审查申请材料所述事项与实际情况是否一致、是否符合法定条件和标准，出具书面审查结论。委托范围不包括作出行政许可决定。`,
      },
      { h1: '二、委托期限' },
      { p: `自${dateText(d.periodFromLocal)}起${until}。` },
      { h1: '三、受托方义务' },
      { p: '（一）依法依规、客观公正开展工作，对审查结论的真实性、合法性负责；' },
      { p: '（二）不得将受托事项再委托他人，不得向申请人收取费用；' },
      { p: '（三）对工作中知悉的商业秘密和个人信息予以保密；' },
      { p: '（四）在委托期限内将审查结论和相关记录书面提交我局。' },
      ...materialsTable(d.materials),
      { p: '特此委托。' },
    ],
  };
}

export interface SurveyReportData {
  applicationRef: string;
  matterName: string;
  applicant?: CounterpartDetails;
  site?: string;
  departmentName: string;
  surveyedLocal: string | null;
  findings: string;
  conclusion: string | null;
  signatures: { party: 'bureau' | 'department'; name: string; atLocal: string }[];
}

/** 现场勘验评审报告 (001 §11): applicant, site, participants, findings and 评审结论, signed by both sides. */
export function surveyReport(d: SurveyReportData, issue: Issue): OfficialDocument {
  const signer = (party: 'bureau' | 'department') => d.signatures.find((s) => s.party === party);
  const participants = d.signatures.map(
    (s) => `${s.name}（${s.party === 'bureau' ? issue.issuer : d.departmentName}）`,
  );
  return {
    ...issued(issue, 'form'),
    title: '现场勘验评审报告',
    body: [
      { h1: '一、基本情况' },
      { p: `受理编号：${d.applicationRef}` },
      { p: `审批事项：${d.matterName}` },
      ...(d.applicant ? [{ p: `申请人：${d.applicant.name}` }] : []),
      ...(d.site ? [{ p: `勘验地点：${d.site}` }] : []),
      ...(d.surveyedLocal ? [{ p: `勘验时间：${deadlineText(d.surveyedLocal)}` }] : []),
      { p: `勘验单位：${issue.issuer}、${d.departmentName}` },
      { p: `参加人员：${participants.length ? participants.join('、') : '（待签字确认）'}` },
      { h1: '二、勘验情况' },
      { p: sentence(d.findings) },
      { h1: '三、评审结论' },
      { p: d.conclusion ? sentence(d.conclusion) : '审查结论待业务主管部门出具后另行补充。' },
      {
        table: {
          caption: '联合勘验签字确认',
          widths: [150, '*', 110],
          header: ['单位', '签字人', '签字日期'],
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
      { p: '本报告一式两份，审批局和业务主管部门各执一份。' },
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
      { p: `为做好审管联动工作，现就${d.subject}有关事项函询贵单位：` },
      { p: sentence(d.question) },
      {
        p: `请于${deadlineText(d.dueLocal)}前书面答复我单位。根据${issue.rules}有关规定，逾期不答复的，视为同意，并承担相应责任。`,
      },
      { p: '特此函询。' },
    ],
    attachments: d.attachments.map(documentName),
  };
}

export interface InquiryReplyData extends InquiryData {
  inquiryNumber: string | null;
  inquiryDate: string;
  answer: string | null;
  deemedConsent: boolean;
}

/**
 * The reply to a 函询: the asked party's answer, or — when it stayed silent past the deadline —
 * the asking party's record that consent is deemed given and responsibility lies with the silent side.
 */
export function inquiryReply(d: InquiryReplyData, issue: Issue): OfficialDocument {
  const cited = `《关于${d.subject}的函》${d.inquiryNumber ? `（${d.inquiryNumber}）` : ''}`;
  const body: Block[] = d.deemedConsent
    ? [
        {
          p:
            `我单位于${dateText(d.inquiryDate)}以${cited}就${d.subject}征求贵单位意见，` +
            `答复期限为${deadlineText(d.dueLocal)}前。截至期限届满，贵单位未予答复。`,
        },
        {
          p: `根据${issue.rules}有关规定，逾期不答复的视为同意。现函告贵单位：该事项视为同意，相应责任由贵单位承担。`,
        },
        { p: '特此函告。' },
      ]
    : [{ p: `贵单位${cited}收悉。经研究，现答复如下：` }, { p: sentence(d.answer ?? '') }, { p: '特此函复。' }];
  return {
    ...issued(issue, 'letter'),
    title: d.deemedConsent ? `关于${d.subject}视为同意的告知函` : `关于${d.subject}的复函`,
    addressee: d.deemedConsent ? d.toName : d.fromName,
    body,
  };
}
