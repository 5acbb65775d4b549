import { type Static, Type } from '@sinclair/typebox';
import type { ApprovalRow } from '../linkage/approvals.ts';
import type { DeliveryRow } from '../linkage/deliveries.ts';
import type { SupervisionRow } from '../linkage/supervision.ts';
import { InstantOut, StringEnum } from '../schema/common.ts';
import { ApprovalDecision, SUBJECT_TYPES, SupervisionRecord } from '../schema/linkage.ts';
import { CLAIM_STATES } from '../schema/states.ts';
import { ErrorDetailSchema } from './error-handler.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const When = Type.Union([InstantOut, Type.Null()]);

/** A delivery as the API shows it. */
export const DeliveryView = Type.Object(
  {
    id: Type.String(),
    subjectType: StringEnum(SUBJECT_TYPES),
    subjectId: Type.String(),
    recipient: Type.String(),
    via: Nullable(Type.String()),
    channel: Type.String({ description: 'online 在线推送 / letter 函件告知' }),
    claimState: StringEnum(CLAIM_STATES, {
      description:
        'pending 待认领 / claimed 已认领 / auto-claimed 超时自动认领 / escalated / disputed 异议 / superseded / not-required',
    }),
    claimDueAt: When,
    disputeDueAt: When,
    deadlineProvisional: Type.Boolean({ description: '期限按周一至周五推定（该年节假日安排未导入）' }),
    claimedAt: When,
    claimedBy: Nullable(Type.String()),
    disputeReason: Nullable(Type.String()),
    resolution: Nullable(Type.String()),
    responsibleFrom: When,
    createdAt: InstantOut,
  },
  { $id: 'Delivery', title: 'Delivery 推送' },
);

type DeliveryFields = Pick<
  DeliveryRow,
  | 'id'
  | 'subject_type'
  | 'subject_id'
  | 'recipient'
  | 'via'
  | 'channel'
  | 'claim_state'
  | 'claim_due_at'
  | 'dispute_due_at'
  | 'deadline_provisional'
  | 'claimed_at'
  | 'claimed_by'
  | 'dispute_reason'
  | 'resolution'
  | 'responsible_from'
  | 'created_at'
>;

export function deliveryView(d: DeliveryFields) {
  return {
    id: d.id,
    subjectType: d.subject_type as (typeof SUBJECT_TYPES)[number],
    subjectId: d.subject_id,
    recipient: d.recipient,
    via: d.via,
    channel: d.channel,
    claimState: d.claim_state as (typeof CLAIM_STATES)[number],
    claimDueAt: d.claim_due_at,
    disputeDueAt: d.dispute_due_at,
    deadlineProvisional: d.deadline_provisional,
    claimedAt: d.claimed_at,
    claimedBy: d.claimed_by,
    disputeReason: d.dispute_reason,
    resolution: d.resolution,
    responsibleFrom: d.responsible_from,
    createdAt: d.created_at,
  };
}

/** A counterpart's credit status and the active records behind it (`core/linkage/credit.ts`). */
export const CreditReportView = Type.Object(
  {
    counterpartKey: Type.String(),
    status: StringEnum(['normal', 'strict', 'restricted'] as const, {
      description: 'normal 正常 / strict 严格准入 / restricted 限制准入',
    }),
    reasons: Type.Array(
      Type.Object({
        recordId: Type.String(),
        kind: Type.String(),
        department: Type.String(),
        documentNumber: Type.Union([Type.String(), Type.Null()]),
        decisionDate: Type.String(),
        until: Type.Union([Type.String(), Type.Null()]),
        effect: StringEnum(['strict', 'restricted'] as const),
      }),
    ),
  },
  { title: 'CreditReport 信用状态' },
);

/** An inbox item: the delivery and what a department needs to decide whether to claim it. */
export const InboxItemView = Type.Composite([
  Type.Omit(DeliveryView, []),
  Type.Object({
    summary: Type.Object({
      matterCode: Type.Union([Type.String(), Type.Null()]),
      counterpartName: Type.Union([Type.String(), Type.Null()]),
      licenseDocumentNumber: Type.Union([Type.String(), Type.Null()]),
      creditWarning: Type.Union([CreditReportView, Type.Null()]),
      supervisionKind: Type.Union([Type.String(), Type.Null()]),
    }),
  }),
]);

export const ApprovalView = Type.Object(
  {
    id: Type.String(),
    matterCode: Type.String(),
    matterVersion: Type.Integer({ description: '作出决定时有效的目录版本' }),
    counterpartKey: Type.String(),
    licenseDocumentNumber: Type.String(),
    state: Type.String({ description: 'active / superseded' }),
    licenseStatus: Type.String({ description: 'valid / amended / withdrawn / revoked / cancelled' }),
    flags: Type.Array(ErrorDetailSchema, { description: '已保留但被标记的问题，如统一社会信用代码校验位不符' }),
    creditWarning: Type.Union([CreditReportView, Type.Null()], {
      description: '相对人处于严格准入或限制准入时的提示；正常时为 null',
    }),
    supersedes: Nullable(Type.String()),
    pushedAt: InstantOut,
    pushedBy: Type.String(),
    decision: ApprovalDecision,
    deliveries: Type.Array(Type.Ref('Delivery')),
  },
  { title: 'Approval 审批信息' },
);

export function approvalView(a: ApprovalRow, deliveries: DeliveryRow[]) {
  return {
    id: a.id,
    matterCode: a.matter_code,
    matterVersion: a.matter_version,
    counterpartKey: a.counterpart_key,
    licenseDocumentNumber: a.license_document_number,
    state: a.state,
    licenseStatus: a.license_status,
    // stored by the flow after validation, in these shapes (core/linkage/approvals.ts)
    flags: a.flags as Static<typeof ErrorDetailSchema>[],
    creditWarning: a.credit_warning as Static<typeof CreditReportView> | null,
    supersedes: a.supersedes,
    pushedAt: a.pushed_at,
    pushedBy: a.pushed_by,
    decision: a.decision as Static<typeof ApprovalDecision>,
    deliveries: deliveries.map(deliveryView),
  };
}

export const SupervisionView = Type.Object(
  {
    id: Type.String(),
    kind: Type.String(),
    source: Type.String(),
    counterpartKey: Nullable(Type.String()),
    state: Type.String({ description: 'active / withdrawn' }),
    effectiveUntil: Nullable(Type.String()),
    pushedAt: InstantOut,
    record: SupervisionRecord,
    deliveries: Type.Array(Type.Ref('Delivery')),
  },
  { title: 'SupervisionRecordView 监管信息' },
);

export function supervisionView(r: SupervisionRow, deliveries: DeliveryRow[]) {
  return {
    id: r.id,
    kind: r.kind,
    source: r.source_department,
    counterpartKey: r.counterpart_key,
    state: r.state,
    effectiveUntil: r.effective_until,
    pushedAt: r.pushed_at,
    record: r.record as Static<typeof SupervisionRecord>,
    deliveries: deliveries.map(deliveryView),
  };
}

/** What an adapter's records came to, one outcome a record in line order (inbound API, 双公示 import). */
export const IngestSummaryView = Type.Object({
  records: Type.Integer(),
  accepted: Type.Integer(),
  duplicate: Type.Integer(),
  rejected: Type.Integer(),
  outcomes: Type.Array(
    Type.Object({
      line: Type.Optional(Type.Integer()),
      status: Type.String(),
      id: Type.Optional(Type.String()),
      errors: Type.Optional(Type.Array(ErrorDetailSchema)),
      warnings: Type.Optional(Type.Array(ErrorDetailSchema)),
    }),
  ),
});
