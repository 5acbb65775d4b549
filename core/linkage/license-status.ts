import type { Kysely } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { type AuditEntry, recordAudit } from '../audit/audit-log.ts';
import type { Database } from '../storage/tables.ts';
import type { ApprovalRow } from './approvals.ts';

export interface LicenseStatusChange {
  status: string;
  reason: string;
  /** Until when a suspension (停产停业) lasts; cleared by any other status. */
  until?: string | null;
  /** The evidence: the bureau's decided license action, or the department's enforcement record. */
  licenseActionId?: string | null;
  supervisionRecordId?: string | null;
}

/**
 * A licence's status changes in one place: the approval row, its status history and the audit entry,
 * in the caller's transaction (002 §15, 003 §9(六)). Enforcement records and decided license actions
 * both come through here, so the history reads the same whatever caused the change. A caller that writes
 * its audit entries together, in order (the deadline recompute), passes its list as `audit`.
 */
export async function changeLicenseStatus(
  tx: Kysely<Database>,
  approval: Pick<ApprovalRow, 'id' | 'license_status' | 'source_department' | 'counterpart_key'>,
  next: LicenseStatusChange,
  actor: Actor,
  at: Date,
  audit?: AuditEntry[],
): Promise<void> {
  const until = next.status === 'suspended' ? (next.until ?? null) : null;
  await tx
    .updateTable('approvals')
    .set({ license_status: next.status, suspended_until: until })
    .where('id', '=', approval.id)
    .execute();
  await tx
    .insertInto('license_status_history')
    .values({
      approval_id: approval.id,
      status: next.status,
      at,
      actor: actor.id,
      reason: next.reason,
      license_action_id: next.licenseActionId ?? null,
      supervision_record_id: next.supervisionRecordId ?? null,
      until,
    })
    .execute();
  const entry: AuditEntry = {
    actor,
    at,
    action: 'license.status-changed',
    entityType: 'approval',
    entityId: approval.id,
    department: approval.source_department,
    subject: `approval:${approval.id}`,
    counterpartKey: approval.counterpart_key,
    before: { license_status: approval.license_status },
    after: {
      license_status: next.status,
      until,
      reason: next.reason,
      ...(next.supervisionRecordId ? { evidence: next.supervisionRecordId } : {}),
      ...(next.licenseActionId ? { licenseAction: next.licenseActionId } : {}),
    },
  };
  if (audit) audit.push(entry);
  else await recordAudit(tx, entry);
}
