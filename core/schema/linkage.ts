import { Type, type Static } from '@sinclair/typebox';
import {
  Attachment,
  Code,
  IsoDate,
  IsoDateTime,
  NonEmpty,
  OrgRef,
  StringEnum,
  ValidityEnd,
  WanYuan,
} from './common.ts';
import { LICENSE_CATEGORIES } from './catalogue.ts';
import { Counterpart } from './party.ts';

/** 设立 / 延续 / 变更 / 注销 (003 §4). */
const DECISION_KINDS = ['establish', 'renew', 'amend', 'cancel'] as const;
/** 普通 / 告知承诺 / 一业一证. */
const APPROVAL_MODES = ['ordinary', 'commitment', 'one-license'] as const;

/** 审批信息: the approval decision the bureau pushes (001 §7(一)2), one-to-one with 双公示 行政许可 items. */
export const ApprovalDecision = Type.Object(
  {
    matterCode: Code,
    counterpart: Counterpart,
    licenseDocumentName: Type.Optional(NonEmpty('行政许可决定文书名称 XK_XKWS', 200)),
    licenseDocumentNumber: NonEmpty('行政许可决定文书号 XK_WSH', 100),
    licenseCategory: StringEnum(LICENSE_CATEGORIES, { description: '许可类别 XK_XKLB' }),
    certificateName: Type.Optional(NonEmpty('许可证书名称 XK_XKZS', 200)),
    certificateNumber: Type.Optional(NonEmpty('许可编号 XK_XKBH', 100)),
    content: NonEmpty('许可内容 XK_NR', 4000),
    decisionDate: IsoDate,
    decidedAt: Type.Optional(
      Type.String({ format: 'date-time', description: '作出决定的时刻；用于计量推送是否即时 (001 §7(一)1)' }),
    ),
    validFrom: IsoDate,
    validTo: ValidityEnd,
    issuingAuthority: OrgRef,
    status: StringEnum(['valid', 'invalid'] as const, { description: '当前状态 XK_ZT：有效 / 无效', default: 'valid' }),
    decisionKind: StringEnum(DECISION_KINDS, { description: '设立 / 延续 / 变更 / 注销' }),
    mode: StringEnum(APPROVAL_MODES, { description: '普通 / 告知承诺 / 一业一证' }),
    integratedLicense: Type.Optional(
      Type.Object(
        {
          licenseName: NonEmpty('综合许可证名称', 200),
          licenseNumber: NonEmpty('综合许可证编号', 100),
          matters: Type.Array(
            Type.Object({ code: Code, name: NonEmpty('事项名称', 200) }, { additionalProperties: false }),
            { minItems: 1, maxItems: 100 },
          ),
        },
        { additionalProperties: false, description: '一业一证 / 一证化 综合许可证照面信息 (001 §7(一)2)' },
      ),
    ),
    commitmentRef: Type.Optional(NonEmpty('告知承诺书编号', 100)),
    applicationRef: Type.Optional(NonEmpty('受理编号：关联此申请的特别审查程序结论', 100)),
    /** A licence number names one licence: reusing another counterpart's number must say it replaces that licence. */
    supersedesLicense: Type.Optional(
      Type.Object(
        {
          counterpartCode: NonEmpty('被取代许可的相对人代码（统一社会信用代码或证件号码）', 50),
          reason: NonEmpty('取代理由', 1000),
        },
        { additionalProperties: false, description: '明确取代同一文书号下其他相对人的有效许可' },
      ),
    ),
    /** 重要审批事项 (001 §5(8), 004 #7): the joint meeting that discussed it, or a recorded exemption. */
    jointMeetingRef: Type.Optional(NonEmpty('联席会议编号', 100)),
    majorExemption: Type.Optional(
      Type.Object(
        { reason: NonEmpty('免于会商的理由', 2000), approvedBy: NonEmpty('批准人', 100) },
        { additionalProperties: false, description: '重要审批事项免于联席会议的记录' },
      ),
    ),
    dataSource: Type.Optional(OrgRef),
    remarks: Type.Optional(Type.String({ maxLength: 2000, description: '备注 BZ' })),
  },
  { additionalProperties: false, title: 'ApprovalDecision 审批信息' },
);
export type ApprovalDecision = Static<typeof ApprovalDecision>;

/** 监管信息 kinds (001 §7(二)2, 002 §15, 003 §9(三)(七)). */
export const SUPERVISION_KINDS = [
  'penalty', // 行政处罚
  'suspension-order', // 责令停产停业
  'license-revocation', // 吊销许可证件
  'abnormal-operation', // 经营异常名录
  'dishonest-list', // 失信名单
  'training', // 业务培训
  'regulation-change', // 法律法规、政策调整
  'standard-change', // 技术标准、管理规范调整
  'quota-control', // 总量控制
  'planning-restriction', // 规划限制
] as const;
export const ENFORCEMENT_KINDS = [
  'penalty',
  'suspension-order',
  'license-revocation',
  'abnormal-operation',
  'dishonest-list',
] as const;

/** 处罚类别 CF_CFLB: 行政处罚法 (2021) art. 9; `confiscation` is the pre-2021 combined item, kept for stored records. */
const PENALTY_CATEGORIES = [
  'warning', // 警告
  'circulated-criticism', // 通报批评
  'fine', // 罚款
  'confiscation-of-gains', // 没收违法所得
  'confiscation-of-property', // 没收非法财物
  'confiscation', // 没收违法所得、没收非法财物 (before 2021; new records name each)
  'license-suspension', // 暂扣许可证件
  'qualification-downgrade', // 降低资质等级
  'license-revocation', // 吊销许可证件
  'business-restriction', // 限制开展生产经营活动
  'production-suspension', // 责令停产停业
  'closure', // 责令关闭
  'employment-restriction', // 限制从业
  'detention', // 行政拘留
  'other', // 其他
] as const;

/** 监管信息: what a department pushes to the bureau; enforcement kinds map one-to-one onto 双公示 行政处罚 items. */
export const SupervisionRecord = Type.Object(
  {
    kind: StringEnum(SUPERVISION_KINDS),
    counterpart: Type.Optional(Counterpart),
    documentNumber: Type.Optional(NonEmpty('行政处罚决定书文号 CF_WSH', 100)),
    violationType: Type.Optional(NonEmpty('违法行为类型 CF_WFXW', 500)),
    facts: Type.Optional(NonEmpty('违法事实 CF_SY', 4000)),
    basis: Type.Optional(NonEmpty('处罚依据 CF_YJ', 2000)),
    penaltyCategories: Type.Optional(
      Type.Array(StringEnum(PENALTY_CATEGORIES), { minItems: 1, maxItems: 20, description: '处罚类别 CF_CFLB' }),
    ),
    content: NonEmpty('处罚内容 CF_NR / 通知内容', 4000),
    fineWanYuan: Type.Optional(WanYuan),
    confiscatedWanYuan: Type.Optional(WanYuan),
    suspendedLicense: Type.Optional(NonEmpty('暂扣或吊销证照名称及编号 CF_NR_ZKDX', 500)),
    decisionDate: IsoDate,
    validUntil: Type.Optional(ValidityEnd),
    publicUntil: Type.Optional(IsoDate),
    authority: OrgRef,
    dataSource: Type.Optional(OrgRef),
    relatedLicenseNumber: Type.Optional(NonEmpty('关联许可文书号', 100)),
    title: Type.Optional(NonEmpty('通知标题', 200)),
    attachments: Type.Optional(Type.Array(Attachment, { maxItems: 100 })),
    remarks: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false, title: 'SupervisionRecord 监管信息' },
);
export type SupervisionRecord = Static<typeof SupervisionRecord>;

/** 变更 / 撤回 / 撤销 / 注销 (001 §7(二)3); 不予延期 / 换证 (002 §15). */
const LICENSE_ACTIONS = ['amend', 'withdraw', 'revoke', 'cancel', 'refuse-renewal', 'replace'] as const;

/** A department's formal letter (函告) asking the bureau to act on a license (001 §7(二)3, 003 §9(六)). */
export const LicenseActionRequest = Type.Object(
  {
    licenseDocumentNumber: NonEmpty('许可文书号', 100),
    counterpartCode: NonEmpty('许可持有人代码（统一社会信用代码或证件号码），须与文书号一致', 50),
    action: StringEnum(LICENSE_ACTIONS),
    reason: NonEmpty('理由', 4000),
    penaltyBasis: Type.Object(
      {
        documentNumber: Type.Optional(NonEmpty('处罚决定书文号', 100)),
        basis: NonEmpty('处罚依据', 2000),
        result: NonEmpty('处罚结果', 2000),
      },
      { additionalProperties: false },
    ),
    evidence: Type.Array(Attachment, { default: [], maxItems: 100 }),
  },
  { additionalProperties: false, title: 'LicenseActionRequest 函告' },
);
export type LicenseActionRequest = Static<typeof LicenseActionRequest>;

/** 告知承诺: what the applicant was told (001 §8, 004 #16) and what they signed. */
export const Commitment = Type.Object(
  {
    matterCode: Code,
    counterpart: Counterpart,
    notice: Type.Object(
      {
        matterName: NonEmpty('事项名称', 200),
        legalBasis: Type.Array(NonEmpty('设定依据', 1000), { minItems: 1, maxItems: 100 }),
        conditions: Type.Array(NonEmpty('条件和标准', 2000), { minItems: 1, maxItems: 200 }),
        /** 001 §8: the 告知承诺书 lists the application materials. */
        materials: Type.Optional(Type.Array(NonEmpty('申请材料', 300), { maxItems: 100 })),
        proofObligations: Type.Array(NonEmpty('证明义务', 2000), { default: [], maxItems: 200 }),
        commitmentMethod: NonEmpty('承诺方式', 500),
        supervisionMethod: NonEmpty('监管方式', 1000),
        liability: NonEmpty('虚假承诺的法律责任', 2000),
        published: Type.Boolean({ description: '承诺书是否公开' }),
        rightToVerify: NonEmpty('核查权利说明', 1000),
      },
      { additionalProperties: false },
    ),
    signedDocumentRef: NonEmpty('签署的承诺书编号', 100),
    signedAt: IsoDateTime,
    verificationMode: StringEnum(['no-onsite-check', 'post-verification'] as const),
  },
  { additionalProperties: false, title: 'Commitment 告知承诺' },
);
export type Commitment = Static<typeof Commitment>;

/** 函询 (001 §12). */
export const Inquiry = Type.Object(
  {
    from: Code,
    to: Code,
    subject: NonEmpty('事由', 200),
    question: NonEmpty('函询内容', 8000),
    replyWithinDays: Type.Integer({ minimum: 1, maximum: 60, description: '答复期限（工作日）' }),
    attachments: Type.Optional(Type.Array(Attachment, { maxItems: 100 })),
  },
  { additionalProperties: false, title: 'Inquiry 函询' },
);
export type Inquiry = Static<typeof Inquiry>;

/** What a delivery carries to its recipient. */
export const SUBJECT_TYPES = [
  'approval',
  'supervision-record',
  'license-action',
  'license-decision',
  'revocation-request',
  'inquiry',
  'special-review',
  'commitment-check',
  'dispute-escalation',
  'catalogue-change',
] as const;
