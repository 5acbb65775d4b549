import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { type AuditEntry, auditRow, recordAudit, recordAuditMany } from '../audit/audit-log.ts';
import { formatShanghai } from '../calendar/china-time.ts';
import type { Deadline } from '../calendar/working-calendar.ts';
import { outboxRow } from '../delivery/outbox.ts';
import { insertTogether } from '../storage/insert-together.ts';
import { cached } from '../cache/reference-cache.ts';
import type { StoredMessage } from '../delivery/message.ts';
import { HubError } from '../errors/hub-error.ts';
import { type HubContext, within } from '../hub-context.ts';
import type { PolicyProfile } from '../policy/profile-schema.ts';
import type { Database, DeliveriesTable } from '../storage/tables.ts';
import type { CLAIM_STATES } from '../schema/states.ts';

export type DeliveryRow = Selectable<DeliveriesTable>;

/**
 * Claim states 认领状态: pending 待认领; claimed 已认领; auto-claimed 超时自动认领 (001 §7(一)1);
 * escalated 超时已上报; disputed 已提出异议; superseded 已被更正推送取代; not-required 无需认领
 * (letters, and decisions sent back for information).
 */
export type ClaimState = (typeof CLAIM_STATES)[number];

/** How the recipient must respond: claim within a window, the push is the claim, or nothing to claim. */
export type ClaimRule =
  | { mode: 'window'; claimDays: number; disputeDays: number }
  | { mode: 'push-is-claim'; disputeDays: number }
  | { mode: 'none' };

/**
 * A claim window from the policy: the departments' windows for approvals and what else they are
 * asked to take on (001 §7(一)1), the bureau's for supervision records and requests it receives (001 §7(二)1).
 */
export function windowRule(profile: PolicyProfile, side: 'approval' | 'supervision'): ClaimRule {
  const w = side === 'approval' ? profile.approvalPush : profile.supervisionPush;
  return { mode: 'window', claimDays: w.claimDays, disputeDays: w.disputeDays };
}

/** How the bureau takes a supervision record: in its window, or on delivery where 推送即认领 covers both (002 §13). */
export function supervisionRule(profile: PolicyProfile): ClaimRule {
  const s = profile.supervisionPush;
  return s.claimMode === 'push-is-claim'
    ? { mode: 'push-is-claim', disputeDays: s.disputeDays }
    : windowRule(profile, 'supervision');
}

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
  message: Omit<StoredMessage, 'id' | 'deliveryId' | 'createdAt'>;
}

/** Working-day deadline for a delivery; a year without a schedule gives a provisional date, never a lost push. */
const due = (ctx: HubContext, at: Date, days: number): Deadline => ctx.calendar.current.deadline(at, days);

/** Records one delivery with its claim window, queues it for the recipient's endpoint, and audits it. */
export async function createDelivery(
  ctx: HubContext,
  tx: Kysely<Database>,
  d: NewDelivery,
  actor: Actor,
  at: Date,
): Promise<DeliveryRow> {
  return (await createDeliveries(ctx, tx, [d], actor, at))[0]!;
}

/** The same for several recipients of one push, in one multi-table statement. */
export async function createDeliveries(
  ctx: HubContext,
  tx: Kysely<Database>,
  list: NewDelivery[],
  actor: Actor,
  at: Date,
): Promise<DeliveryRow[]> {
  ctx = within(ctx, tx); // helpers called with ctx must use the transaction too
  const plan = await planDeliveries(ctx, tx, list, actor, at);
  await insertTogether(tx, [
    { table: 'deliveries', rows: plan.rows },
    { table: 'audit_log', rows: plan.audit },
    { table: 'outbox', rows: plan.outbox },
  ]);
  return plan.rows;
}

/** What an audit entry records of a new delivery: its recipient, channel, claim state and deadlines. */
function deliveryFacts(row: DeliveryRow) {
  return {
    recipient: row.recipient,
    via: row.via,
    channel: row.channel,
    claimState: row.claim_state,
    claimDueAt: row.claim_due_at,
    disputeDueAt: row.dispute_due_at,
    provisional: row.deadline_provisional,
  };
}

/**
 * The rows a set of deliveries needs (deliveries, their audit entries, outbox messages), not yet written.
 * `inPushEntry`: the caller's own audit entry names the deliveries (`covered`, for a push's entry:
 * core/audit/push-entries.ts), so no `delivery.created` entry is made for each.
 */
export async function planDeliveries(
  ctx: HubContext,
  db: Kysely<Database>,
  list: NewDelivery[],
  actor: Actor,
  at: Date,
  opts: { inPushEntry?: boolean } = {},
) {
  const rows = list.map((d) => deliveryRow(ctx, d, at));
  const audit = opts.inPushEntry
    ? []
    : rows.map((row, i) =>
        auditRow({
          ...deliveryAudit(row, actor, at, 'delivery.created', { after: deliveryFacts(row) }),
          counterpartKey: list[i]!.counterpartKey,
        }),
      );
  // Pushed to the department's endpoint if it has one (through the same-level department for a higher one).
  const online = rows
    .map((row, i) => ({ row, d: list[i]!, to: row.via ?? row.recipient }))
    .filter((x) => x.row.channel === 'online');
  const endpoints = await departmentsWithEndpoints(db);
  const outbox = online
    .filter((x) => endpoints.has(x.to))
    .map(({ row, d, to }) =>
      outboxRow({ ...d.message, id: randomUUID(), deliveryId: row.id, createdAt: at.toISOString() }, to, at),
    );
  const covered = opts.inPushEntry ? rows.map((row) => ({ id: row.id, ...deliveryFacts(row) })) : [];
  return { rows, audit, outbox, covered };
}

function deliveryRow(ctx: HubContext, d: NewDelivery, at: Date): DeliveryRow {
  const rule: ClaimRule = d.channel === 'letter' ? { mode: 'none' } : d.rule;
  const claim = rule.mode === 'window' ? due(ctx, at, rule.claimDays) : undefined;
  const dispute = rule.mode !== 'none' ? due(ctx, at, rule.disputeDays) : undefined;
  const state: ClaimState =
    rule.mode === 'window' ? 'pending' : rule.mode === 'push-is-claim' ? 'claimed' : 'not-required';
  return {
    id: randomUUID(),
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
    answer_due_at: null,
    answer_days: null,
    escalated_at: null,
    escalated_to: null,
  };
}

/** Departments that have a push endpoint (cached with the other reference data). */
function departmentsWithEndpoints(db: Kysely<Database>): Promise<Set<string>> {
  return cached(
    db,
    'endpoints',
    async () =>
      new Set(
        (await db.selectFrom('department_endpoints').select('department_code').execute()).map((r) => r.department_code),
      ),
  );
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

/** The audit entry of a step on a delivery: in its recipient's history and on its subject's timeline. */
export function deliveryAudit(
  d: Pick<DeliveryRow, 'id' | 'recipient' | 'subject_type' | 'subject_id'>,
  actor: Actor,
  at: Date,
  action: string,
  change: Pick<AuditEntry, 'before' | 'after'>,
): AuditEntry {
  return {
    actor,
    at,
    action,
    entityType: 'delivery',
    entityId: d.id,
    department: d.recipient,
    subject: `${d.subject_type}:${d.subject_id}`,
    ...change,
  };
}

async function audit(
  tx: Kysely<Database>,
  row: DeliveryRow,
  actor: Actor,
  at: Date,
  action: string,
  before: Partial<DeliveryRow>,
  after: Partial<DeliveryRow>,
) {
  await recordAudit(tx, deliveryAudit(row, actor, at, action, { before, after }));
}

/** Who acts when a deadline passes unanswered (auto-claim, escalation, a suspension's end). */
export const SWEEPER: Actor = { id: 'system:deadline-sweep', department: null, roles: [] };

type Expiring = Pick<DeliveryRow, 'id' | 'subject_type' | 'subject_id' | 'recipient' | 'claim_due_at'>;

/**
 * At the deadline: 视为自动认领 with the department responsible from the deadline (001 §7(一)1), or
 * escalation where the policy says so. Used by the sweep for a batch and by a late claim for one row.
 */
export async function expireClaims(ctx: HubContext, tx: Kysely<Database>, due: Expiring[], at: Date): Promise<void> {
  ctx = within(ctx, tx); // helpers called with ctx must use the transaction too
  const escalateApprovals = ctx.profile.approvalPush.onClaimExpiry === 'escalate';
  const escalated = new Set(due.filter((d) => escalateApprovals && d.subject_type === 'approval').map((d) => d.id));
  const autoClaimed = due.filter((d) => !escalated.has(d.id)).map((d) => d.id);
  if (autoClaimed.length) {
    await tx
      .updateTable('deliveries')
      .set({
        claim_state: 'auto-claimed',
        claimed_at: sql`claim_due_at`,
        claimed_by: SWEEPER.id,
        responsible_from: sql`coalesce(responsible_from, claim_due_at)`,
      })
      .where('id', 'in', autoClaimed)
      .execute();
  }
  if (escalated.size)
    await tx
      .updateTable('deliveries')
      .set({ claim_state: 'escalated' })
      .where('id', 'in', [...escalated])
      .execute();
  await recordAuditMany(
    tx,
    due.map((d) =>
      deliveryAudit(d, SWEEPER, at, escalated.has(d.id) ? 'delivery.escalated' : 'delivery.auto-claimed', {
        before: { claim_state: 'pending' },
        after: { claim_state: escalated.has(d.id) ? 'escalated' : 'auto-claimed', claim_due_at: d.claim_due_at },
      }),
    ),
  );
}

/** 认领. Claiming what you already claimed is a no-op; a claim after the deadline finds it auto-claimed. */
export async function claimDelivery(ctx: HubContext, id: string, actor: Actor): Promise<DeliveryRow> {
  const at = ctx.clock.now();
  const result = await ctx.db.transaction().execute(async (tx) => {
    const row = await lockDelivery(tx, id);
    assertRecipient(row, actor);
    if (row.claim_state === 'claimed') return row;
    if (row.claim_state === 'pending' && row.claim_due_at && at > row.claim_due_at) {
      await expireClaims(ctx, tx, [row], at);
      return lockDelivery(tx, id);
    }
    if (row.claim_state !== 'pending')
      throw new HubError('CLAIM_NOT_ALLOWED', { state: row.claim_state, action: 'claimed / 认领' });
    const next = {
      claim_state: 'claimed',
      claimed_at: at,
      claimed_by: actor.id,
      responsible_from: row.responsible_from ?? at,
    };
    await tx.updateTable('deliveries').set(next).where('id', '=', id).execute();
    await audit(tx, row, actor, at, 'delivery.claimed', { claim_state: row.claim_state }, next);
    return { ...row, ...next };
  });
  if (result.claim_state !== 'claimed')
    throw new HubError('CLAIM_NOT_ALLOWED', { state: result.claim_state, action: 'claimed / 认领' });
  return result;
}

/** 异议反馈 within the dispute window; the item goes back to its sender and stops any auto-claim. */
export async function disputeDelivery(ctx: HubContext, id: string, reason: string, actor: Actor): Promise<DeliveryRow> {
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const row = await lockDelivery(tx, id);
    assertRecipient(row, actor);
    if (!['pending', 'claimed'].includes(row.claim_state))
      throw new HubError('CLAIM_NOT_ALLOWED', { state: row.claim_state, action: 'disputed / 提出异议' });
    if (!row.dispute_due_at || at > row.dispute_due_at) {
      throw new HubError('DISPUTE_WINDOW_CLOSED', {
        due: row.dispute_due_at ? formatShanghai(row.dispute_due_at) : '-',
      });
    }
    // 003 §7, 004 #31: the sender's answer falls due; unanswered, the sweep reports it to the reform office.
    const answerDays = ctx.profile.disputes.answerDays;
    const answer = due(ctx, at, answerDays);
    const next = {
      claim_state: 'disputed',
      disputed_at: at,
      disputed_by: actor.id,
      dispute_reason: reason,
      answer_due_at: answer.dueAt,
      // Kept so a recompute on a loaded year uses the period in force when the dispute was raised.
      answer_days: answerDays,
      deadline_provisional: row.deadline_provisional || answer.provisional,
      // The profile says who answers for the licence meanwhile: with the bureau, the department's lapses.
      responsible_from: ctx.profile.disputes.responsibleWhileDisputed === 'bureau' ? null : row.responsible_from,
    };
    await tx.updateTable('deliveries').set(next).where('id', '=', id).execute();
    await audit(tx, row, actor, at, 'delivery.disputed', { claim_state: row.claim_state }, next);
    return { ...row, ...next };
  });
}

/**
 * The sender upholds its item after a dispute: the recipient gets a fresh claim window from now.
 * (A correction is a new push that supersedes the old one: see approvals.correctApproval.)
 */
export async function upholdAfterDispute(
  ctx: HubContext,
  id: string,
  reason: string,
  actor: Actor,
): Promise<DeliveryRow> {
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const row = await lockDelivery(tx, id);
    if (row.claim_state !== 'disputed')
      throw new HubError('CLAIM_NOT_ALLOWED', { state: row.claim_state, action: 'upheld / 维持' });
    const days = row.claim_days ?? ctx.profile.approvalPush.claimDays;
    const d = due(ctx, at, days);
    const next = {
      claim_state: row.claim_days ? 'pending' : 'claimed',
      claim_due_at: row.claim_days ? d.dueAt : row.claim_due_at,
      deadline_provisional: d.provisional,
      // Claimed on delivery (push-is-claim): responsibility resumes with the answer.
      responsible_from: row.responsible_from ?? (row.claim_days ? null : at),
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
