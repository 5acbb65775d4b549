import { Type, type Static, type TOptional, type TUnsafe } from '@sinclair/typebox';
import { ENFORCEMENT_KINDS } from '../schema/linkage.ts';
import { NonEmpty, StringEnum } from '../schema/common.ts';

const WorkingDays = (description: string, minimum = 1) => Type.Integer({ minimum, maximum: 60, description });

/**
 * A jurisdiction's linkage rules. The seeds differ on these points only, so they are configuration,
 * not code branches (DOMAIN.md "Jurisdictions differ"). See docs/POLICY-PROFILES.md.
 */
export const PolicyProfile = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z][a-z0-9-]*$' }),
    name: NonEmpty('辖区名称', 100),
    source: NonEmpty('依据文件', 300),
    bureau: Type.Object(
      {
        name: NonEmpty('审批局全称', 100),
        seal: NonEmpty('行政审批专用章印文 (004 #20)', 100),
        documentPrefix: NonEmpty('发文机关代字，如 高审批函', 20),
      },
      { additionalProperties: false },
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
      },
      { additionalProperties: false },
    ),
    supervisionPush: Type.Object(
      {
        claimDays: WorkingDays('监管信息认领时限（工作日）'),
        disputeDays: WorkingDays('异议反馈时限（工作日）'),
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
        /** flag: keep a record whose USCC check character fails, marked (early pilot codes exist); reject: refuse it. */
        invalidUsccCheck: StringEnum(['flag', 'reject'] as const),
      },
      { additionalProperties: false },
    ),
    calendar: Type.Object(
      {
        /** refuse: a deadline in a year without a loaded schedule is an error; assume-weekdays: Monday–Friday, marked provisional. */
        unknownYear: StringEnum(['refuse', 'assume-weekdays'] as const),
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
