import { getEntry } from '../catalogue/catalogue-store.ts';
import type { OutboundMessage, StoredMessage } from '../delivery/message.ts';
import type { HubContext } from '../hub-context.ts';
import type { ApprovalDecision } from '../schema/linkage.ts';
import { boundaryOf, decisionFor, receivesCommitment } from './push-content.ts';

/**
 * A push's message as the outbox keeps it: its subject and whom it is for, not a copy of the decision
 * (core/delivery/message.ts `StoredMessage`). The payload is composed when the message is sent, from
 * the rows the push wrote in the same statement — the approval or supervision record and the catalogue
 * version stamped on it — which the database keeps as written (migration 0042).
 */
export function pushMessage(
  type: 'approval.pushed' | 'supervision.pushed',
  subject: { type: string; id: string },
  recipient: string,
  commitment?: unknown,
): Omit<StoredMessage, 'id' | 'deliveryId' | 'createdAt'> {
  return {
    type,
    subject,
    payload: {},
    compose: { for: recipient, ...(commitment == null ? {} : { commitment }) },
  };
}

/** The pushed rows a message is composed from, as the outbox read joins them (null: the row is not there). */
export interface PushedRows {
  approval: {
    decision: Record<string, unknown>;
    credit_warning: unknown;
    supersedes: string | null;
    matter_code: string;
    matter_version: number;
  } | null;
  record: { source_department: string; record: Record<string, unknown> } | null;
}

/**
 * The message as the department receives it: for a push, the payload it carried when it was copied at push
 * time — the department's own fields of the decision (002 §13 信息推送清单), the matter's name and
 * boundary (004 #13–14) from the stamped catalogue version, the credit warning and the correction it
 * carried, and the signed commitment where the department's fields include it.
 */
export async function composeMessage(
  ctx: HubContext,
  stored: StoredMessage,
  rows: PushedRows,
): Promise<OutboundMessage> {
  const { compose, ...message } = stored;
  if (!compose) return stored;
  if (message.type === 'approval.pushed') {
    const a = rows.approval;
    if (!a) throw new Error(`message ${message.id}: approval ${message.subject.id} is not in the store`);
    const matter = (await getEntry(ctx, 'matter', a.matter_code, { version: a.matter_version })).data!;
    const own = decisionFor(a.decision as unknown as ApprovalDecision, matter, compose.for);
    message.payload = {
      approvalId: message.subject.id,
      matterVersion: a.matter_version,
      matterName: matter.name,
      decision: own.decision,
      fields: own.fields,
      creditWarning: a.credit_warning,
      supersedes: a.supersedes,
      commitment: receivesCommitment(own.fields) ? (compose.commitment ?? null) : null,
      boundary: boundaryOf(matter),
    };
  } else if (message.type === 'supervision.pushed') {
    const r = rows.record;
    if (!r) throw new Error(`message ${message.id}: supervision record ${message.subject.id} is not in the store`);
    message.payload = { recordId: message.subject.id, source: r.source_department, record: r.record };
  }
  return message;
}
