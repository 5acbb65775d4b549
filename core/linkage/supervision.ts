import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { type AuditEntry, auditRow, recordAudit } from '../audit/audit-log.ts';
import { shanghaiDate } from '../calendar/china-time.ts';
import { type ErrorDetail, HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import { checkCounterpartIdentity } from '../identifiers/counterpart-identity.ts';
import { bureauCode } from '../departments/department-store.ts';
import { ENFORCEMENT_KINDS, SupervisionRecord } from '../schema/linkage.ts';
import { assertValid } from '../schema/validator.ts';
import type { SupervisionRecordsTable } from '../storage/tables.ts';
import { counterpartKey } from './credit.ts';
import { groupWriter } from '../storage/group-writer.ts';
import { insertTogether, type RowsFor } from '../storage/insert-together.ts';
import { type NewDelivery, planDeliveries, supervisionRule, type DeliveryRow } from './deliveries.ts';
import { payloadHash } from './idempotency.ts';
import { pushMessage } from './push-messages.ts';
import { pushDelay } from './push-timing.ts';
import {
  applyEnforcement,
  assertEnforcementNamesLicense,
  type LicenseEffect,
  mayChangeLicense,
  undoEnforcement,
} from './enforcement.ts';

export type SupervisionRow = Selectable<SupervisionRecordsTable>;

async function replayOf(ctx: HubContext, source: string, key: string, hash: string) {
  const record = await ctx.db
    .selectFrom('supervision_records')
    .selectAll()
    .where('source_department', '=', source)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  if (!record) return undefined;
  if (record.payload_hash !== hash) throw new HubError('IDEMPOTENCY_KEY_REUSED', { key });
  const deliveries = await ctx.db
    .selectFrom('deliveries')
    .selectAll()
    .where('subject_type', '=', 'supervision-record')
    .where('subject_id', '=', record.id)
    .execute();
  return { record, deliveries, replayed: true };
}

/**
 * 监管信息推送 (001 §7(二), 002 §15, 003 §9(三)(七)): a department's penalty, order, listing or notice
 * reaches the bureau's inbox with the bureau's own claim window; enforcement records about a
 * counterpart feed its credit status.
 */
export async function pushSupervisionRecord(
  ctx: HubContext,
  input: unknown,
  idempotencyKey: string,
  actor: Actor,
): Promise<{
  record: SupervisionRow;
  deliveries: DeliveryRow[];
  replayed: boolean;
  licenseEffect?: LicenseEffect | null;
  /** The counterpart identity flags recorded with the push (not given for a replay). */
  flags?: ErrorDetail[];
}> {
  const record = assertValid(SupervisionRecord, input);
  if (!actor.department) throw new HubError('FORBIDDEN_ROLE', { role: 'department / 监管部门' });
  const enforcement = (ENFORCEMENT_KINDS as readonly string[]).includes(record.kind);
  if (enforcement && !record.counterpart) {
    throw new HubError(
      'VALIDATION_FAILED',
      { count: 1 },
      {
        details: [
          {
            pointer: '/counterpart',
            zh: '执法类监管信息须写明行政相对人',
            en: 'enforcement records must name the counterpart',
          },
        ],
      },
    );
  }
  assertEnforcementNamesLicense(record);
  const source = actor.department;
  const hash = payloadHash(record);
  const at = ctx.clock.now();
  const flags = record.counterpart ? checkCounterpartIdentity(record.counterpart, ctx.profile, shanghaiDate(at)) : [];
  const key = record.counterpart ? counterpartKey(record.counterpart) : null;
  const until = record.validUntil && record.validUntil !== 'long-term' ? record.validUntil : null;
  const bureau = await bureauCode(ctx.db);
  // 001 §7(二)1 即时推送, 002 §15 及时书面推送: measured from the department's decision, as approvals are.
  const delay = pushDelay(ctx, record, at, ctx.profile.supervisionPush.pushWindowHours);
  const row: SupervisionRow = {
    id: randomUUID(),
    source_department: source,
    idempotency_key: idempotencyKey,
    payload_hash: hash,
    kind: record.kind,
    counterpart_key: key,
    record: record as unknown as Record<string, unknown>,
    effective_until: until,
    state: 'active',
    withdrawn_at: null,
    withdrawn_by: null,
    withdraw_reason: null,
    pushed_at: at,
    pushed_by: actor.id,
    push_delay_hours: delay.hours,
    pushed_late: delay.late,
    push_window_hours: ctx.profile.supervisionPush.pushWindowHours,
    push_delay_provisional: delay.provisional,
  };
  const delivery: NewDelivery = {
    subjectType: 'supervision-record',
    subjectId: row.id,
    recipient: bureau,
    channel: 'online',
    rule: supervisionRule(ctx.profile),
    responsibleAtPush: false,
    counterpartKey: key,
    message: pushMessage('supervision.pushed', { type: 'supervision-record', id: row.id }, bureau),
  };
  // Planned first: the push's one audit entry names its delivery (core/audit/push-entries.ts).
  const plan = await planDeliveries(ctx, ctx.db, [delivery], actor, at, { inPushEntry: true });
  const pushed: AuditEntry = {
    actor,
    at,
    action: 'supervision.pushed',
    entityType: 'supervision-record',
    entityId: row.id,
    department: source,
    subject: `supervision-record:${row.id}`,
    counterpartKey: key,
    after: {
      kind: record.kind,
      documentNumber: record.documentNumber,
      flags,
      pushDelayHours: delay.hours,
      pushedLate: delay.late,
      deliveries: plan.covered,
    },
  };
  const stored = { ...row, record: JSON.stringify(record) };
  const writes: RowsFor[] = [
    { table: 'supervision_records', rows: [stored] },
    { table: 'deliveries', rows: plan.rows },
    { table: 'audit_log', rows: [auditRow(pushed)] },
    { table: 'outbox', rows: plan.outbox },
  ];
  try {
    if (mayChangeLicense(record, key)) {
      // 001 §7(二)2–3, 002 §15: 吊销 revokes the license it names, 停产停业 suspends it for its period —
      // read and changed in the same transaction as the record.
      return await ctx.db.transaction().execute(async (tx) => {
        await insertTogether(tx, writes);
        const licenseEffect = await applyEnforcement({ ...ctx, db: tx }, tx, record, row.id, key, source, actor, at);
        return { record: row, deliveries: plan.rows, replayed: false, licenseEffect, flags };
      });
    }
    // Everything else is the approval push's path: no lookup first (a retry fails on the unique key
    // and is answered below), one statement merged with concurrent pushes by the group writer.
    await groupWriter(ctx.db).write(writes);
    return { record: row, deliveries: plan.rows, replayed: false, licenseEffect: null, flags };
  } catch (err) {
    // A retry of a push that already went through (or the loser of two concurrent pushes with one
    // key) answers with the first result; the same key with other content is refused there.
    const earlier = await replayOf(ctx, source, idempotencyKey, hash);
    if (earlier) return earlier;
    throw err;
  }
}

/** A department withdraws its record (e.g. removed from the abnormal list); its credit effect lifts. */
export async function withdrawSupervisionRecord(
  ctx: HubContext,
  id: string,
  reason: string,
  actor: Actor,
): Promise<SupervisionRow> {
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('supervision_records')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new HubError('NOT_FOUND', { what: `supervision record ${id} / 监管信息 ${id}` });
    if (!actor.roles.includes('admin') && actor.department !== row.source_department)
      throw new HubError('FORBIDDEN_DEPARTMENT');
    if (row.state === 'withdrawn') return row;
    const next = { state: 'withdrawn', withdrawn_at: at, withdrawn_by: actor.id, withdraw_reason: reason };
    await tx.updateTable('supervision_records').set(next).where('id', '=', id).execute();
    await recordAudit(tx, {
      actor,
      at,
      action: 'supervision.withdrawn',
      entityType: 'supervision-record',
      entityId: id,
      department: row.source_department,
      subject: `supervision-record:${id}`,
      counterpartKey: row.counterpart_key,
      before: { state: row.state },
      after: next,
    });
    await undoEnforcement({ ...ctx, db: tx }, tx, id, reason, actor, at);
    return { ...row, ...next };
  });
}
