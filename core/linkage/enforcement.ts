import type { Kysely } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { shanghaiDate } from '../calendar/china-time.ts';
import { HubError } from '../errors/hub-error.ts';
import { changeLicenseStatus } from './license-status.ts';
import type { HubContext } from '../hub-context.ts';
import type { SupervisionRecord } from '../schema/linkage.ts';
import type { Database } from '../storage/tables.ts';
import { lockById } from '../storage/lock-row.ts';
import { activeLicensesNumbered, type ApprovalRow } from './approvals.ts';
import { SWEEPER } from './deliveries.ts';
import { notifyStatusChange } from './license-actions.ts';

export interface LicenseEffect {
  approvalId: string;
  status: 'revoked' | 'suspended';
  until: string | null;
}

/** What an enforcement record does to the license it names: 吊销 revokes it, 责令停产停业 suspends it. */
function effectOf(record: SupervisionRecord): { status: 'revoked' | 'suspended'; until: string | null } | null {
  const categories = record.penaltyCategories ?? [];
  if (record.kind === 'license-revocation' || categories.includes('license-revocation'))
    return { status: 'revoked', until: null };
  if (record.kind === 'suspension-order' || categories.includes('production-suspension'))
    return {
      status: 'suspended',
      until: record.validUntil && record.validUntil !== 'long-term' ? record.validUntil : null,
    };
  return null;
}

/** Whether pushing this record may change a license's status (and so must read it in the push's transaction). */
export function mayChangeLicense(record: SupervisionRecord, counterpartKey: string | null): boolean {
  return Boolean(effectOf(record) && record.relatedLicenseNumber && counterpartKey);
}

/** 吊销许可证件 names the license it revokes (001 §7(二)2): without its number the bureau could not act on it. */
export function assertEnforcementNamesLicense(record: SupervisionRecord): void {
  if (record.kind === 'license-revocation' && !record.relatedLicenseNumber) {
    throw new HubError(
      'VALIDATION_FAILED',
      { count: 1 },
      {
        details: [
          {
            pointer: '/relatedLicenseNumber',
            zh: '吊销许可证件的监管信息须写明被吊销许可的文书号',
            en: 'a license-revocation record must name the revoked license (relatedLicenseNumber)',
          },
        ],
      },
    );
  }
}

async function setStatus(
  ctx: HubContext,
  tx: Kysely<Database>,
  approval: Pick<
    ApprovalRow,
    'id' | 'license_status' | 'source_department' | 'counterpart_key' | 'license_document_number'
  >,
  next: { status: string; until: string | null; reason: string; supervisionRecordId: string | null },
  actor: Actor,
  at: Date,
  notifyExcept: string[],
): Promise<void> {
  await changeLicenseStatus(tx, approval, next, actor, at);
  // 002 §15: every department supervising the license learns its new status.
  await notifyStatusChange(
    ctx,
    tx,
    approval,
    next.status,
    {
      until: next.until,
      reason: next.reason,
      evidence: next.supervisionRecordId ? { supervisionRecordId: next.supervisionRecordId } : null,
    },
    actor,
    at,
    notifyExcept,
  );
}

/**
 * Enforcement changes the license (001 §7(二)2–3, 002 §15): a pushed 吊销 record revokes the license it
 * names, with the record as evidence; a 责令停产停业 order suspends it until the order's end (`validUntil`),
 * or until withdrawn. The license is found by number and holder; a number held only by another counterpart
 * refuses the record, and a license the hub never saw (issued before it) leaves the record as it is.
 */
export async function applyEnforcement(
  ctx: HubContext,
  tx: Kysely<Database>,
  record: SupervisionRecord,
  recordId: string,
  counterpartKey: string | null,
  source: string,
  actor: Actor,
  at: Date,
): Promise<LicenseEffect | null> {
  const effect = effectOf(record);
  if (!effect || !record.relatedLicenseNumber || !counterpartKey) return null;
  const held = await activeLicensesNumbered(tx, record.relatedLicenseNumber);
  if (!held.length) return null;
  const approval = held.find((a) => a.counterpart_key === counterpartKey);
  if (!approval)
    throw new HubError('LICENSE_COUNTERPART_MISMATCH', {
      number: record.relatedLicenseNumber,
      counterpart: counterpartKey,
    });
  if (approval.license_status === 'revoked' || approval.license_status === effect.status) return null;
  if (!['valid', 'amended', 'replaced', 'suspended'].includes(approval.license_status)) return null;
  await setStatus(
    ctx,
    tx,
    approval,
    {
      status: effect.status,
      until: effect.until,
      reason: `${record.documentNumber ?? ''}${effect.status === 'revoked' ? '吊销许可证件' : '责令停产停业'}`,
      supervisionRecordId: recordId,
    },
    actor,
    at,
    [source],
  );
  return { approvalId: approval.id, ...effect };
}

/** A withdrawn enforcement record gives the license back the status it took away, if nothing changed it since. */
export async function undoEnforcement(
  ctx: HubContext,
  tx: Kysely<Database>,
  recordId: string,
  reason: string,
  actor: Actor,
  at: Date,
): Promise<void> {
  const set = await tx
    .selectFrom('license_status_history')
    .select(['approval_id'])
    .where('supervision_record_id', '=', recordId)
    .executeTakeFirst();
  if (!set) return;
  const latest = await tx
    .selectFrom('license_status_history')
    .selectAll()
    .where('approval_id', '=', set.approval_id)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  if (latest.supervision_record_id !== recordId) return;
  const approval = await lockById(tx, 'approvals', set.approval_id);
  await setStatus(
    ctx,
    tx,
    approval,
    { status: 'valid', until: null, reason: `监管信息撤回：${reason}`, supervisionRecordId: null },
    actor,
    at,
    [],
  );
}

/** A suspension whose period ended: the license is valid again from the day after (run with the deadline sweep). */
export async function liftEndedSuspensions(ctx: HubContext): Promise<number> {
  const at = ctx.clock.now();
  const today = shanghaiDate(at);
  return ctx.db.transaction().execute(async (tx) => {
    const ended = await tx
      .selectFrom('approvals')
      .selectAll()
      .where('license_status', '=', 'suspended')
      .where('suspended_until', '<', today)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const approval of ended) {
      await setStatus(
        { ...ctx, db: tx },
        tx,
        approval,
        {
          status: 'valid',
          until: null,
          reason: `停产停业期限于 ${approval.suspended_until} 届满`,
          supervisionRecordId: null,
        },
        SWEEPER,
        at,
        [],
      );
    }
    return ended.length;
  });
}
