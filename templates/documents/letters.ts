import type { OfficialDocument } from '../gbt9704.ts';
import { ACTION_ZH, dateText, deadlineText, issued, type Issue } from './issue.ts';

const RIGHTS = '如不服本决定，可以自收到本函之日起六十日内依法申请行政复议，或者六个月内依法向人民法院提起行政诉讼。';

export interface ApprovalNotificationData {
  recipientName: string;
  matterName: string;
  counterpartName: string;
  counterpartId: string;
  licenseDocumentNumber: string;
  decisionKind: string;
  decisionDate: string;
  validFrom: string;
  validTo: string;
  content: string;
  certificate?: string;
  mode: string;
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

const DECISION_KIND_ZH: Record<string, string> = { establish: '设立', renew: '延续', amend: '变更', cancel: '注销' };
const MODE_ZH: Record<string, string> = {
  ordinary: '一般程序',
  commitment: '告知承诺',
  'integrated-license': '一业一证',
};

/** 审批信息告知函 (003 §9(一)): the decision, by letter, to a department without an online channel. */
export function approvalNotification(d: ApprovalNotificationData, issue: Issue): OfficialDocument {
  const deadlines = d.claimDueLocal
    ? [
        {
          p: `请贵单位于${deadlineText(d.claimDueLocal)}前完成认领，纳入监管范围${d.disputeDueLocal ? `；对上述审批信息有异议的，请于${deadlineText(d.disputeDueLocal)}前书面反馈` : ''}。`,
        },
        ...(d.deadlineProvisional
          ? [
              {
                p: '上述期限为暂定：相关年度节假日安排尚未公布，按法定节假日计算；公布后以重新计算的期限为准。',
              },
            ]
          : []),
        {
          p:
            d.onExpiry === 'auto-claim'
              ? '逾期未认领的，视为自动认领，由业务主管部门承担相关责任。'
              : '逾期未认领的，我局将报县审管联动工作领导小组办公室协调。',
        },
      ]
    : [{ p: '本函送达即视为认领，监管责任自送达之日起转移。' }];
  return {
    ...issued(issue, 'letter'),
    title: `关于${d.counterpartName}${d.matterName}审批信息的告知函`,
    addressee: d.recipientName,
    body: [
      {
        p: `根据${issue.rules}规定，我局于${dateText(d.decisionDate)}作出以下行政许可决定。因贵单位尚未接入审管联动信息平台，现以函件形式告知如下：`,
      },
      { h1: '一、审批信息' },
      { p: `事项名称：${d.matterName}` },
      { p: `被许可人：${d.counterpartName}（${d.counterpartId}）` },
      { p: `许可决定：${DECISION_KIND_ZH[d.decisionKind] ?? d.decisionKind}（${MODE_ZH[d.mode] ?? d.mode}）` },
      { p: `许可文书号：${d.licenseDocumentNumber}` },
      ...(d.certificate ? [{ p: `许可证件：${d.certificate}` }] : []),
      { p: `有效期：${dateText(d.validFrom)}至${dateText(d.validTo)}` },
      { p: `许可内容：${d.content}` },
      { h1: '二、认领要求' },
      ...deadlines,
      ...(d.boundary
        ? [
            { h1: '三、审管边界' },
            {
              p: `依照本事项边界清单，我局审批责任止于${d.boundary.approvalEndsAt}；监管责任始于${d.boundary.supervisionStartsAt}。`,
            },
          ]
        : []),
      { p: '特此函告。' },
    ],
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

/** 函告 (001 §7(二)3, 003 §9(六)): a department asks the bureau to amend, withdraw, revoke or cancel a license. */
export function licenseActionRequest(d: LicenseActionRequestData, issue: Issue): OfficialDocument {
  const act = ACTION_ZH[d.action] ?? d.action;
  return {
    ...issued(issue, 'letter'),
    title: `关于提请${act}${d.counterpartName}${d.matterName}行政许可的函`,
    addressee: d.bureauName,
    body: [
      {
        p: `${d.counterpartName}持有的行政许可（许可文书号：${d.licenseDocumentNumber}）经我单位依法查处，${d.reason}`,
      },
      { h1: '一、处罚依据与结果' },
      ...(d.penaltyDocumentNumber ? [{ p: `行政处罚决定书文号：${d.penaltyDocumentNumber}` }] : []),
      { p: `处罚依据：${d.penaltyBasis}` },
      { p: `处罚结果：${d.penaltyResult}` },
      { h1: '二、提请事项' },
      { p: `根据${issue.rules}规定，现函告贵局，提请依法${act}上述行政许可，并将处理结果反馈我单位。` },
      { p: '特此函告。' },
    ],
    attachments: d.evidence,
  };
}

export interface ApplicantLetterData {
  counterpartName: string;
  action: string;
  licenseDocumentNumber: string;
  reason: string;
}

/** The bureau's letter to the original applicant after a license action (003 §9(六)). */
export function applicantLetter(d: ApplicantLetterData, issue: Issue): OfficialDocument {
  const act = ACTION_ZH[d.action] ?? d.action;
  return {
    ...issued(issue, 'letter'),
    title: `关于${act}行政许可的告知函`,
    addressee: d.counterpartName,
    body: [
      { p: `你单位（人）持有的行政许可（许可文书号：${d.licenseDocumentNumber}），经审查，${d.reason}` },
      {
        p: `根据《中华人民共和国行政许可法》和${issue.rules}有关规定，我局决定对该行政许可予以${act}，自本函送达之日起生效。`,
      },
      { p: RIGHTS },
      { p: '特此函告。' },
    ],
  };
}

export interface RevocationAnswerData {
  requesterName: string;
  licenseDocumentNumber: string;
  outcome: string;
  answer: string;
}

/** The written answer to an interested party who asked for a license to be revoked (002 §15). */
export function revocationAnswer(d: RevocationAnswerData, issue: Issue): OfficialDocument {
  return {
    ...issued(issue, 'letter'),
    title: '关于撤销行政许可申请的答复函',
    addressee: d.requesterName,
    body: [
      {
        p: `你（单位）提出的撤销行政许可（许可文书号：${d.licenseDocumentNumber}）的申请收悉。经我局会同业务主管部门联合调查核实，现答复如下：`,
      },
      { p: d.answer },
      { p: d.outcome === 'revoke' ? '我局已依法撤销该行政许可。' : '经调查，不符合撤销情形，不予撤销。' },
      { p: '特此函复。' },
    ],
  };
}
