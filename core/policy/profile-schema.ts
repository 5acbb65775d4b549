import { Type, type Static, type TOptional, type TUnsafe } from '@sinclair/typebox';
import { ENFORCEMENT_KINDS } from '../schema/linkage.ts';
import { NonEmpty, StringEnum } from '../schema/common.ts';

/**
 * 001 §7(一)2 items a jurisdiction may mark optional: the counterpart's contact, the integrated licence's
 * face (一业一证), the signed commitment (告知承诺). Number, dates and validity are always required.
 */
const PUSH_CONTENT_ITEMS = ['contact', 'licenseFace', 'signedCommitment'] as const;

const WorkingDays = (description: string, minimum = 1) => Type.Integer({ minimum, maximum: 60, description });

/**
 * A jurisdiction's linkage rules. The seeds differ on these points only, so they are configuration,
 * not code branches (docs/DOMAIN.md "Jurisdictions differ"). See docs/POLICY-PROFILES.md.
 */
export const PolicyProfile = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z][a-z0-9-]*$' }),
    name: NonEmpty('辖区名称', 100),
    source: NonEmpty('依据文件', 300),
    /** Title of the linkage rules, cited in documents as 《title》（source） (GB/T 9704 §7.3.3 citation order). */
    regulation: Type.Optional(NonEmpty('依据文件标题，如 高青县行政审批与监管协调联动实施办法', 200)),
    bureau: Type.Object(
      {
        name: NonEmpty('审批局全称', 100),
        seal: NonEmpty('行政审批专用章印文 (004 #20)', 100),
        documentPrefix: NonEmpty('函件发文字号代字，如 高审批函', 20),
        /**
         * 代字 of the bureau's other registers (§7.2.4): each document type is numbered in its own
         * register. Unset ones are derived from documentPrefix (高审批函 → 高审批发/通/委/报).
         */
        registers: Type.Optional(
          Type.Object(
            {
              file: Type.Optional(NonEmpty('文件格式（通报）代字，如 高审批发', 20)),
              notice: Type.Optional(NonEmpty('通知单代字，如 高审批通', 20)),
              entrustment: Type.Optional(NonEmpty('委托书代字，如 高审批委', 20)),
              report: Type.Optional(NonEmpty('报告代字，如 高审批报', 20)),
            },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
    /** 发文机关代字 of departments by code, e.g. scjg: 高市监 → 高市监函〔2026〕1号; unset: the full name. */
    departmentAbbreviations: Type.Optional(
      Type.Record(Type.String({ pattern: '^[a-z0-9-]+$' }), NonEmpty('部门发文机关代字，如 高市监', 20)),
    ),
    approvalPush: Type.Object(
      {
        /** window: the department claims within claimDays; push-is-claim: claimed on delivery (002 §13). */
        claimMode: StringEnum(['window', 'push-is-claim'] as const),
        claimDays: WorkingDays('认领时限（工作日）'),
        disputeDays: WorkingDays('异议反馈时限（工作日）'),
        /** auto-claim: 超时未接收视为自动认领 (001 §7(一)1); escalate: report to the reform office instead. */
        onClaimExpiry: StringEnum(['auto-claim', 'escalate'] as const),
        /** push: responsibility passes at push (003 §6); claim: at claim or auto-claim (001). */
        responsibilityPassesAt: StringEnum(['push', 'claim'] as const),
        /** A department without an online channel is sent a notification letter (003 §9(一)). */
        letterFallback: Type.Boolean(),
        /** Pushes to higher-level departments go through the same-level department (004 #6). */
        forwardThroughSameLevel: Type.Boolean(),
        /**
         * 001 §7(一)1 即时推送: working hours allowed from the decision to the push; a later push is recorded
         * late and counted against the bureau in the monthly figures.
         */
        pushWindowHours: Type.Integer({ minimum: 0, maximum: 24 * 30, description: '推送时限（工作小时）' }),
        /** Items of the 001 §7(一)2 content this jurisdiction does not require (all are required by default). */
        optionalContent: Type.Array(StringEnum(PUSH_CONTENT_ITEMS), { default: [], uniqueItems: true }),
      },
      { additionalProperties: false },
    ),
    supervisionPush: Type.Object(
      {
        /** 002 §13: 审批和监管信息“推送即认领” — supervision records too are claimed on delivery. */
        claimMode: StringEnum(['window', 'push-is-claim'] as const),
        claimDays: WorkingDays('监管信息认领时限（工作日）'),
        disputeDays: WorkingDays('异议反馈时限（工作日）'),
        /**
         * 001 §7(二)1 监管信息即时推送, 002 §15 及时书面推送: working hours allowed from the department's decision
         * to the push; a later push is recorded late and counted against the sending department.
         */
        pushWindowHours: Type.Integer({ minimum: 0, maximum: 24 * 30, description: '监管信息推送时限（工作小时）' }),
      },
      { additionalProperties: false },
    ),
    disputes: Type.Object(
      {
        /** Working days the sender has to answer a dispute before it goes to the reform office (003 §7). */
        answerDays: WorkingDays('异议答复时限（工作日）'),
        /** Who answers for the licence while it is disputed: the receiving department or the bureau. */
        responsibleWhileDisputed: StringEnum(['department', 'bureau'] as const),
      },
      { additionalProperties: false },
    ),
    commitment: Type.Object(
      {
        postVerificationDays: WorkingDays('后置核验时限（工作日），001 §8 为 10'),
        rectificationDays: WorkingDays('限期整改时限（工作日）'),
      },
      { additionalProperties: false },
    ),
    inquiry: Type.Object(
      { defaultReplyDays: WorkingDays('函询默认答复期限（工作日）') },
      { additionalProperties: false },
    ),
    liaison: Type.Object(
      { changeNoticeDays: WorkingDays('联络员变更提前报备（工作日），003 §8 为 5', 0) },
      { additionalProperties: false },
    ),
    jointWork: Type.Object(
      { surveyNoticeDays: WorkingDays('联合踏勘、听证提前对接（工作日），001 §10–11 为 1', 0) },
      { additionalProperties: false },
    ),
    credit: Type.Object(
      {
        /** Which pushed records change a counterpart's access when it next applies (001 §7(二)1: 限制准入 / 严格准入). */
        effects: Type.Object(
          Object.fromEntries(
            ENFORCEMENT_KINDS.map((k) => [k, Type.Optional(StringEnum(['strict', 'restricted'] as const))]),
          ) as {
            [K in (typeof ENFORCEMENT_KINDS)[number]]: TOptional<TUnsafe<'strict' | 'restricted'>>;
          },
          { additionalProperties: false },
        ),
      },
      { additionalProperties: false },
    ),
    identifiers: Type.Object(
      {
        /**
         * flag: keep a record whose USCC check character fails, marked (early pilot codes exist); reject: refuse
         * it.
         */
        invalidUsccCheck: StringEnum(['flag', 'reject'] as const),
      },
      { additionalProperties: false },
    ),
    calendar: Type.Object(
      {
        /**
         * From this day of the year (MM-DD) the hub warns — console banner, /healthz, `shenguan calendar status` —
         * that next year's State Council schedule is not loaded (deadlines into it use the statutory floor, 暂定).
         */
        nextYearWarningFrom: Type.String({ pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' }),
      },
      { additionalProperties: false },
    ),
    /** Office hours of a working day, e.g. 08:30-12:00 and 13:30-17:30: the console counts time left in them. */
    officeHours: Type.Optional(
      Type.Array(Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-4]):[0-5]\\d$' }), {
        minItems: 1,
        maxItems: 4,
        description: '办公时间，如 08:30-12:00',
      }),
    ),
    delivery: Type.Object(
      {
        maxAttempts: Type.Integer({ minimum: 1, maximum: 100 }),
        initialBackoffSeconds: Type.Integer({ minimum: 1, maximum: 3600 }),
        maxBackoffSeconds: Type.Integer({ minimum: 1, maximum: 86400 }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, title: 'PolicyProfile 辖区策略' },
);
export type PolicyProfile = Static<typeof PolicyProfile>;
