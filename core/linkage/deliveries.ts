import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { formatShanghai } from '../calendar/china-time.ts';
import { enqueue, findEndpoint } from '../delivery/outbox.ts';
import type { OutboundMessage } from '../delivery/message.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import type { Database, DeliveriesTable } from '../storage/tables.ts';

export type DeliveryRow = Selectable<DeliveriesTable>;

/**
 * Claim states 认领状态: pending 待认领; claimed 已认领; auto-claimed 超时自动认领 (001 §7(一)1);
 * escalated 超时已上报; disputed 已提出异议; superseded 已被更正推送取代; not-required 无需认领
 * (letters, and decisions sent back for information).
 */
export type ClaimState = 'pending' | 'claimed' | 'auto-claimed' | 'escalated' | 'disputed' | 'superseded' | 'not-required';

/** How the recipient must respond: claim within a window, the push is the claim, or nothing to claim. */
export type ClaimRule = { mode: 'window'; claimDays: number; disputeDays: number } | { mode: 'push-is-claim'; disputeDays: number } | { mode: 'none' };

export interface NewDelivery {
  subjectType: string;
  subjectId: string;
  recipient: string;
  via?: string | null;
  channel: 'online' | 'letter';
  rule: ClaimRule;
  /** Responsibility passes at push (003 §6) rather than at claim. */
  responsibleAtPush: boolean;
  counterpartKey?: string | null;
  message: Omit<OutboundMessage, 'id' | 'deliveryId' | 'createdAt'>;
}

/** Working-day deadline for a delivery; a year without a schedule gives a provisional date, never a lost push. */
function due(ctx: HubContext, at: Date, days: number) {
  return ctx.calendar.current.deadline(at, days, { assumeUnknown: true });
}

/** Records one delivery with its claim window, queues it for the recipient's endpoint, and audits it. */
export async function createDelivery(ctx: HubContext, tx: Kysely<Database>, d: NewDelivery, actor: Actor, at: Date): Promise<DeliveryRow> {
  const id = randomUUID();
  const rule: ClaimRule = d.channel === 'letter' ? { mode: 'none' } : d.rule;
  const claim = rule.mode === 'window' ? due(ctx, at, rule.claimDays) : undefined;
  const dispute = rule.mode !== 'none' ? due(ctx, at, rule.disputeDays) : undefined;
  const state: ClaimState = rule.mode === 'window' ? 'pending' : rule.mode === 'push-is-claim' ? 'claimed' : 'not-required';
  const row: DeliveryRow = {
    id,
    subject_type: d.subjectType,
    subject_id: d.subjectId,
    recipient: d.recipient,
    via: d.via ?? null,
    channel: d.channel,
    claim_state: state,
    claim_days: rule.mode === 'window' ? rule.claimDays : null,
    dispute_days: rule.mode !== 'none' ? rule.disputeDays : null,
    claim_due_at: claim?.dueAt ?? null,
    dispute_due_at: dispute?.dueAt ?? null,
    deadline_provisional: Boolean(claim?.provisional || dispute?.provisional),
    claimed_at: state === 'claimed' ? at : null,
    claimed_by: state === 'claimed' ? 'system:push-is-claim' : null,
    disputed_at: null,
    disputed_by: null,
    dispute_reason: null,
    resolved_at: null,
    resolved_by: null,
    resolution: null,
    resolution_reason: null,
    responsible_from: d.responsibleAtPush || state !== 'pending' ? at : null,
    created_at: at,
  };
  await tx.insertInto('deliveries').values(row).execute();
  const subject = `${d.subjectType}:${d.subjectId}`;
  await recordAudit(tx, {
    actor,
    at,
    action: 'delivery.created',
    entityType: 'delivery',
    entityId: id,
    department: d.recipient,
    subject,
    counterpartKey: d.counterpartKey,
    after: { recipient: d.recipient, via: d.via, channel: d.channel, claimState: state, claimDueAt: row.claim_due_at, disputeDueAt: row.dispute_due_at, provisional: row.deadline_provisional },
  });
  const endpoint = d.channel === 'online' ? await findEndpoint(tx, d.via ?? d.recipient) : undefined;
  if (endpoint) await enqueue(tx, { ...d.message, id: randomUUID(), deliveryId: id, createdAt: at.toISOString() }, d.via ?? d.recipient, at);
  return row;
}

async function lockDelivery(tx: Kysely<Database>, id: string): Promise<DeliveryRow> {
  const row = await tx.selectFrom('deliveries').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new HubError('NOT_FOUND', { what: `delivery ${id} / 推送 ${id}` });
  return row;
}

/** The recipient (or the same-level department it is forwarded through) may act on it; an admin may act for anyone. */
export function assertRecipient(row: Pick<DeliveryRow, 'recipient' | 'via'>, actor: Actor): void {
  if (actor.roles.includes('admin')) return;
  if (actor.department !== row.recipient && actor.department !== row.via) throw new HubError('FORBIDDEN_DEPARTMENT');
}

async function audit(tx: Kysely<Database>, row: DeliveryRow, actor: Actor, at: Date, action: string, before: Partial<DeliveryRow>, after: Partial<DeliveryRow>) {
  await recordAudit(tx, { actor, at, action, entityType: 'delivery', entityId: row.id, department: row.recipient, subject: `${row.subject_type}:${row.subject_id}`, before, after });
}

const SCHEDULER: Actor = { id: 'system:deadline-sweep', department: null, roles: [] };

/** At the deadline: 视为自动认领 with the department responsible (001 §7(一)1), or escalation, per policy. */
export async function expireClaim(ctx: HubContext, tx: Kysely<Database>, row: DeliveryRow, at: Date): Promise<DeliveryRow> {
  const escalate = row.subject_type === 'approval' && ctx.profile.approvalPush.onClaimExpiry === 'escalate';
  const next = escalate
    ? { claim_state: 'escalated' }
    : { claim_state: 'auto-claimed', claimed_at: row.claim_due_at, claimed_by: SCHEDULER.id, responsible_from: row.responsible_from ?? row.claim_due_at };
  await tx.updateTable('deliveries').set(next).where('id', '=', row.id).execute();
  await audit(tx, row, SCHEDULER, at, escalate ? 'delivery.escalated' : 'delivery.auto-claimed', { claim_state: row.claim_state }, { ...next, claim_due_at: row.claim_due_at });
  return { ...row, ...next } as DeliveryRow;
}

/** 认领. Claiming what you already claimed is a no-op; a claim after the deadline finds it auto-claimed. */
export async function claimDelivery(ctx: HubContext, id: string, actor: Actor): Promise<DeliveryRow> {
  const at = ctx.clock.now();
  const result = await ctx.db.transaction().execute(async (tx) => {
    const row = await lockDelivery(tx, id);
    assertRecipient(row, actor);
    if (row.claim_state === 'claimed') return row;
    if (row.claim_state === 'pending' && row.claim_due_at && at > row.claim_due_at) return expireClaim(ctx, tx, row, at);
    if (row.claim_state !== 'pending') throw new HubError('CLAIM_NOT_ALLOWED', { state: row.claim_state, action: 'claimed / 认领' });
    const next = { claim_state: 'claimed', claimed_at: at, claimed_by: actor.id, responsible_from: row.responsible_from ?? at };
    await tx.updateTable('deliveries').set(next).where('id', '=', id).execute();
    await audit(tx, row, actor, at, 'delivery.claimed', { claim_state: row.claim_state }, next);
    return { ...row, ...next };
  });
  if (result.claim_state !== 'claimed') throw new HubError('CLAIM_NOT_ALLOWED', { state: result.claim_state, action: 'claimed / 认领' });
  return result;
}

/** 异议反馈 within the dispute window; the item goes back to its sender and stops any auto-claim. */
export async function disputeDelivery(ctx: HubContext, id: string, reason: string, actor: Actor): Promise<DeliveryRow> {
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const row = await lockDelivery(tx, id);
    assertRecipient(row, actor);
    if (!['pending', 'claimed'].includes(row.claim_state)) throw new HubError('CLAIM_NOT_ALLOWED', { state: row.claim_state, action: 'disputed / 提出异议' });
    if (!row.dispute_due_at || at > row.dispute_due_at) {
      throw new HubError('DISPUTE_WINDOW_CLOSED', { due: row.dispute_due_at ? formatShanghai(row.dispute_due_at) : '-' });
    }
    const next = { claim_state: 'disputed', disputed_at: at, disputed_by: actor.id, dispute_reason: reason };
    await tx.updateTable('deliveries').set(next).where('id', '=', id).execute();
    await audit(tx, row, actor, at, 'delivery.disputed', { claim_state: row.claim_state }, next);
    return { ...row, ...next };
  });
}

/**
 * The sender upholds its item after a dispute: the recipient gets a fresh claim window from now.
 * (A correction is a new push that supersedes the old one: see approvals.correctApproval.)
 */
export async function upholdAfterDispute(ctx: HubContext, id: string, reason: string, actor: Actor): Promise<DeliveryRow> {
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const row = await lockDelivery(tx, id);
    if (row.claim_state !== 'disputed') throw new HubError('CLAIM_NOT_ALLOWED', { state: row.claim_state, action: 'upheld / 维持' });
    const days = row.claim_days ?? ctx.profile.approvalPush.claimDays;
    const d = due(ctx, at, days);
    const next = {
      claim_state: row.claim_days ? 'pending' : 'claimed',
      claim_due_at: row.claim_days ? d.dueAt : row.claim_due_at,
      deadline_provisional: d.provisional,
      resolved_at: at,
      resolved_by: actor.id,
      resolution: 'upheld',
      resolution_reason: reason,
    };
    await tx.updateTable('deliveries').set(next).where('id', '=', id).execute();
    await audit(tx, row, actor, at, 'delivery.dispute-upheld', { claim_state: row.claim_state }, next);
    return { ...row, ...next };
  });
}

/** Recomputes provisional deadlines once the missing year's schedule is loaded. */
export async function recomputeProvisionalDeadlines(ctx: HubContext): Promise<number> {
  const rows = await ctx.db.selectFrom('deliveries').selectAll().where('deadline_provisional', '=', true).where('claim_state', 'in', ['pending', 'claimed', 'disputed']).execute();
  let n = 0;
  for (const r of rows) {
    // An upheld dispute restarted the claim window at its resolution.
    const claim = r.claim_days ? due(ctx, r.resolved_at ?? r.created_at, r.claim_days) : undefined;
    const dispute = r.dispute_days ? due(ctx, r.created_at, r.dispute_days) : undefined;
    await ctx.db
      .updateTable('deliveries')
      .set({ claim_due_at: claim?.dueAt ?? r.claim_due_at, dispute_due_at: dispute?.dueAt ?? r.dispute_due_at, deadline_provisional: Boolean(claim?.provisional || dispute?.provisional) })
      .where('id', '=', r.id)
      .execute();
    n++;
  }
  return n;
}
