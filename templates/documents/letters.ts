import type { Block, OfficialDocument } from '../gbt9704.ts';
import { ACTION_ZH, dateText, deadlineText, issued, type Issue } from './issue.ts';
import { clause, documentName, sentence, youOf } from './wording.ts';

/** 行政复议法 and 行政诉讼法 periods, stated in every decision sent to a party. */
const rights = (you: string) =>
  `${you}如不服本决定，可以自收到本函之日起六十日内依法向高一级行政机关或者本级人民政府申请行政复议，也可以自收到本函之日起六个月内依法向人民法院提起行政诉讼。`;

export interface CounterpartDetails {
  name: string;
  category?: string;
  /** 统一社会信用代码 or 证件号码. */
  id: string;
  legalRepresentative?: string;
  contactPerson?: string;
  phone?: string;
  address?: string;
}

/** The lines that identify a party: name, code, 法定代表人, address and contact (001 §7(一)2). */
export function counterpartLines(c: CounterpartDetails, role: string): Block[] {
  const organisation = c.category !== 'natural-person';
  const contact = [c.contactPerson, c.phone].filter(Boolean).join('，电话');
  return [
    { p: `${role}：${c.name}` },
    { p: `${organisation ? '统一社会信用代码' : '身份证件号码'}：${c.id}` },
    ...(c.legalRepresentative ? [{ p: `${organisation ? '法定代表人' : '经营者'}：${c.legalRepresentative}` }] : []),
    ...(c.address ? [{ p: `住所（经营场所）：${c.address}` }] : []),
    ...(contact ? [{ p: `联系方式：${contact}` }] : []),
  ];
}

export interface ApprovalNotificationData {
  recipientName: string;
  matterName: string;
  counterpart: CounterpartDetails;
  licenseDocumentNumber: string;
  decisionKind: string;
  decisionDate: string;
  validFrom: string;
  validTo: string;
  content: string;
  certificate?: string;
  mode: string;
  /**
   * For a 告知承诺 matter: the applicant's signed 告知承诺书, enclosed with the letter as its 附件
   * (001 §7(一)2), and its number.
   */
  commitment?: { ref: string; document: OfficialDocument };
  /** Claim and dispute deadlines as local date-times, when the policy sets windows. */
  claimDueLocal: string | null;
  disputeDueLocal: string | null;
  /** The deadlines were computed on the statutory floor (the year's notice not loaded): the letter says so. */
  deadlineProvisional?: boolean;
  onExpiry: 'auto-claim' | 'escalate';
  cc: string[];
  /** 边界清单 (004 #14): where the bureau's responsibility for this matter ends and supervision begins. */
  boundary?: { approvalEndsAt: string; supervisionStartsAt: string };
}

const DECISION_KIND_ZH: Record<string, string> = {
  establish: '准予设立',
  renew: '准予延续',
  amend: '准予变更',
  cancel: '注销',
};
const MODE_ZH: Record<string, string> = {
  ordinary: '一般程序',
  commitment: '告知承诺',
  'integrated-license': '一业一证',
};

/** 审批信息告知函 (001 §7(一), 003 §9(一)): the decision, by letter, to a department without an online channel. */
export function approvalNotification(d: ApprovalNotificationData, issue: Issue): OfficialDocument {
  const claim: Block[] = d.claimDueLocal
    ? [
        {
          p:
            `请贵单位于${deadlineText(d.claimDueLocal)}前完成认领，将该市场主体纳入监管范围` +
            `${d.disputeDueLocal ? `；对上述审批信息有异议的，请于${deadlineText(d.disputeDueLocal)}前书面反馈我局` : ''}。` +
            `${
              d.onExpiry === 'auto-claim'
                ? '逾期未认领的，视为自动认领，由业务主管部门承担相关责任。'
                : '逾期未认领的，我局将报审管联动工作领导小组办公室协调。'
            }`,
        },
        ...(d.deadlineProvisional
          ? [
              {
                p: '上述期限为暂定：相关年度节假日安排尚未公布，按法定节假日计算；公布后以重新计算的期限为准。',
              },
            ]
          : []),
      ]
    : [{ p: '本函送达即视为认领，监管责任自送达之日起转移至贵单位。' }];
  const commitment = d.mode === 'commitment' ? d.commitment : undefined;
  return {
    ...issued(issue, 'letter'),
    title: `关于${d.counterpart.name}${d.matterName}审批信息的告知函`,
    titleKeep: [d.counterpart.name, d.matterName],
    addressee: d.recipientName,
    body: [
      {
        p:
          `我局于${dateText(d.decisionDate)}对${d.counterpart.name}${d.matterName}申请作出行政许可决定。` +
          `因贵单位尚未接入审管联动信息平台，根据${issue.rules}有关规定，现将审批信息函告如下：`,
      },
      { h1: '一、被许可人基本情况' },
      ...counterpartLines(d.counterpart, '被许可人'),
      { h1: '二、许可决定' },
      { p: `事项名称：${d.matterName}` },
      { p: `决定类型：${DECISION_KIND_ZH[d.decisionKind] ?? d.decisionKind}（${MODE_ZH[d.mode] ?? d.mode}）` },
      { p: `许可文书号：${d.licenseDocumentNumber}` },
      ...(d.certificate ? [{ p: `许可证件：${d.certificate}` }] : []),
      { p: `有效期限：${dateText(d.validFrom)}至${dateText(d.validTo)}` },
      { p: `许可内容：${sentence(d.content)}` },
      ...(commitment
        ? [
            {
              p: `本事项以告知承诺方式办理，申请人签署的告知承诺书（${commitment.ref}）作为附件随函送达，请一并纳入监管。`,
            },
          ]
        : []),
      { h1: '三、认领要求' },
      ...claim,
      ...(d.boundary
        ? [
            { h1: '四、审管边界' },
            {
              p: `依照本事项边界清单，我局审批责任止于${d.boundary.approvalEndsAt}；监管责任始于${d.boundary.supervisionStartsAt}。`,
            },
          ]
        : []),
      { p: '特此函告。' },
    ],
    // §8: the 附件说明 names the 附件 by its title, and the 附件 itself follows on its own pages.
    attachments: commitment ? [commitment.document.title] : undefined,
    enclosures: commitment ? [commitment.document] : undefined,
    cc: d.cc,
  };
}

export interface LicenseActionRequestData {
  bureauName: string;
  departmentName: string;
  action: string;
  counterpartName: string;
  licenseDocumentNumber: string;
  matterName: string;
  reason: string;
  penaltyDocumentNumber?: string;
  penaltyBasis: string;
  penaltyResult: string;
  evidence: string[];
}

/** "食品经营许可" already names a license; other matters are called 行政许可 after their name. */
const licenceName = (matter: string) => (matter.endsWith('许可') ? matter : `${matter}行政许可`);

/** 函告 (001 §7(二)3, 003 §9(六)): a department asks the bureau to amend, withdraw, revoke or cancel a license. */
export function licenseActionRequest(d: LicenseActionRequestData, issue: Issue): OfficialDocument {
  const act = ACTION_ZH[d.action] ?? d.action;
  return {
    ...issued(issue, 'letter'),
    title: `关于提请${act}${d.counterpartName}${licenceName(d.matterName)}的函`,
    titleKeep: [d.counterpartName, d.matterName],
    addressee: d.bureauName,
    body: [
      {
        p:
          `${d.counterpartName}持有的${licenceName(d.matterName)}（许可文书号：${d.licenseDocumentNumber}），` +
          `经我单位依法调查，${sentence(clause(d.reason))}`,
      },
      { h1: '一、处罚依据与结果' },
      ...(d.penaltyDocumentNumber ? [{ p: `行政处罚决定书文号：${d.penaltyDocumentNumber}` }] : []),
      { p: `处罚依据：${sentence(d.penaltyBasis)}` },
      { p: `处罚结果：${sentence(d.penaltyResult)}` },
      { h1: '二、提请事项' },
      {
        p: `根据${issue.rules}有关规定，提请贵局依法${act}上述行政许可，并将办理结果函复我单位。`,
      },
      { p: '特此函告。' },
    ],
    attachments: d.evidence.map(documentName),
  };
}

export interface ApplicantLetterData {
  counterpartName: string;
  counterpartCategory?: string;
  matterName: string;
  action: string;
  licenseDocumentNumber: string;
  /** The department's finding that prompted the action, when a department asked for it. */
  requestReason?: string;
  requestedBy?: string;
  reason: string;
}

/** The bureau's letter to the original applicant after a license action (003 §9(六)). */
export function applicantLetter(d: ApplicantLetterData, issue: Issue): OfficialDocument {
  const act = ACTION_ZH[d.action] ?? d.action;
  const you = youOf(d.counterpartCategory);
  const reason = clause(d.reason);
  const own = reason && !/^依法/.test(reason) ? reason : '';
  const finding = d.requestReason
    ? `经${d.requestedBy ?? '业务主管部门'}调查，${clause(d.requestReason)}。经我局审查核实，情况属实${own ? `，${own}` : ''}。`
    : `经我局审查核实，${own || `该行政许可存在依法应当予以${act}的情形`}。`;
  return {
    ...issued(issue, 'letter'),
    title: `关于${act}${d.counterpartName}${licenceName(d.matterName)}的告知函`,
    titleKeep: [d.counterpartName, d.matterName],
    addressee: d.counterpartName,
    body: [
      {
        p:
          `${you}持有的${licenceName(d.matterName)}（许可文书号：${d.licenseDocumentNumber}），${finding}` +
          `根据《中华人民共和国行政许可法》和${issue.rules}有关规定，我局决定对该行政许可予以${act}，自本函送达之日起生效。`,
      },
      { p: rights(you) },
      { p: '特此函告。' },
    ],
  };
}

export interface RevocationAnswerData {
  requesterName: string;
  requesterCategory?: string;
  licenseDocumentNumber: string;
  requestedOn: string;
  outcome: string;
  answer: string;
}

/** The written answer to an interested party who asked for a license to be revoked (002 §15). */
export function revocationAnswer(d: RevocationAnswerData, issue: Issue): OfficialDocument {
  const you = youOf(d.requesterCategory);
  return {
    ...issued(issue, 'letter'),
    title: '关于撤销行政许可申请的答复函',
    addressee: d.requesterName,
    body: [
      {
        p: `${you}于${dateText(d.requestedOn)}提出的撤销行政许可（许可文书号：${d.licenseDocumentNumber}）申请收悉。经我局会同业务主管部门联合调查核实，现答复如下：`,
      },
      { p: sentence(d.answer) },
      {
        p:
          d.outcome === 'revoke'
            ? '我局已依法撤销该行政许可。'
            : '该行政许可不属于依法应当撤销的情形，我局决定不予撤销。',
      },
      { p: '特此函复。' },
    ],
  };
}
