import { sql, type Kysely } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import type { Database } from '../storage/tables.ts';
import { backoffMs } from './backoff.ts';
import { composeMessage, type PushedRows } from '../linkage/push-messages.ts';
import type { Endpoint, OutboundMessage, StoredMessage } from './message.ts';

const DELIVERY_ACTOR: Actor = { id: 'system:delivery', department: null, roles: [] };

export async function findEndpoint(db: Kysely<Database>, department: string): Promise<Endpoint | undefined> {
  const row = await db
    .selectFrom('department_endpoints')
    .selectAll()
    .where('department_code', '=', department)
    .executeTakeFirst();
  return row && { department, transport: row.transport, url: row.url, secret: row.secret };
}

/** The outbox row of a message; written with the state change it announces (transactional outbox). */
export function outboxRow(message: StoredMessage, recipient: string, at: Date) {
  return {
    id: message.id,
    delivery_id: message.deliveryId,
    recipient,
    message: JSON.stringify(message),
    next_attempt_at: at,
    created_at: at,
  };
}

export interface LeasedMessage {
  id: string;
  recipient: string;
  attempts: number;
  message: OutboundMessage;
}

/** An outbox row with the pushed rows its message is composed from (core/linkage/push-messages.ts). */
interface OutboxRead {
  id: string;
  recipient: string;
  attempts: number;
  message: StoredMessage;
  approval: PushedRows['approval'];
  record: PushedRows['record'];
}

/**
 * What a read of outbox rows `o` adds: the approval or supervision record a push's message names, joined
 * by its subject, only for messages that are composed when sent.
 */
const PUSHED_ROWS = sql`
  case when a.id is null then null else jsonb_build_object('decision', a.decision,
    'credit_warning', a.credit_warning, 'supersedes', a.supersedes, 'matter_code', a.matter_code,
    'matter_version', a.matter_version) end as approval,
  case when s.id is null then null else jsonb_build_object('source_department', s.source_department,
    'record', s.record) end as record`;
const PUSHED_JOINS = sql`
  left join approvals a on o.message->'compose' is not null and o.message->'subject'->>'type' = 'approval'
    and a.id = o.message->'subject'->>'id'
  left join supervision_records s on o.message->'compose' is not null
    and o.message->'subject'->>'type' = 'supervision-record' and s.id = o.message->'subject'->>'id'`;

async function composed<R extends OutboxRead>(
  ctx: HubContext,
  rows: R[],
): Promise<(Omit<R, 'approval' | 'record' | 'message'> & { message: OutboundMessage })[]> {
  return Promise.all(
    rows.map(async ({ approval, record, message, ...row }) => ({
      ...row,
      message: await composeMessage(ctx, message, { approval, record }),
    })),
  );
}

/**
 * Leases due messages to this process. A message whose sender died mid-send becomes due again when
 * its lease runs out, so nothing is lost; receivers dedupe on the id, so nothing takes effect twice.
 * A push's message comes back composed from the rows it names, in the same statement.
 */
export async function leaseDue(ctx: HubContext, limit: number, leaseMs = 30_000): Promise<LeasedMessage[]> {
  const now = ctx.clock.now();
  const until = new Date(now.getTime() + leaseMs);
  const rows = await sql<OutboxRead>`
    with o as (
      update outbox set attempts = attempts + 1, next_attempt_at = ${until}, locked_until = ${until}
      where id in (
        select id from outbox where state = 'pending' and next_attempt_at <= ${now}
        order by next_attempt_at limit ${limit} for update skip locked
      )
      returning id, recipient, attempts, message
    )
    select o.id, o.recipient, o.attempts, o.message, ${PUSHED_ROWS} from o ${PUSHED_JOINS}`.execute(ctx.db);
  return composed(ctx, rows.rows);
}

/** Queued messages as they will be sent (composed), by recipient or by delivery; for tools and tests. */
export async function queuedMessages(
  ctx: HubContext,
  which: { recipient: string } | { deliveryIds: string[] },
): Promise<(LeasedMessage & { state: string })[]> {
  const where =
    'recipient' in which
      ? sql`o.recipient = ${which.recipient}`
      : sql`o.delivery_id = any(${which.deliveryIds}::text[])`;
  const rows = await sql<OutboxRead & { state: string }>`
    select o.id, o.recipient, o.attempts, o.state, o.message, ${PUSHED_ROWS}
    from outbox o ${PUSHED_JOINS} where ${where} order by o.created_at, o.id`.execute(ctx.db);
  return composed(ctx, rows.rows);
}

/**
 * Marks acknowledged messages delivered and audits them, in one statement per batch: one `delivery.sent`
 * entry per subject and receiving department — as before for a lone message; messages of one subject sent
 * together (a push's deliveries forwarded through one department) are listed in one entry's
 * `after.messages`, which timelines show one by one (core/audit/push-entries.ts).
 */
export async function markDelivered(ctx: HubContext, messages: LeasedMessage[]): Promise<void> {
  if (!messages.length) return;
  const at = ctx.clock.now();
  await sql`
    with done as (
      update outbox set state = 'delivered', delivered_at = ${at}, locked_until = null, last_error = null
      where id = any(${messages.map((m) => m.id)}::text[]) and state = 'pending'
      returning id, recipient, (message->'subject'->>'type') || ':' || (message->'subject'->>'id') as subject, attempts
    )
    insert into audit_log (at, actor, action, entity_type, entity_id, department_code, subject, after)
    select ${at}, ${DELIVERY_ACTOR.id}, 'delivery.sent', 'outbox', min(id), recipient, subject,
      case when count(*) = 1 then jsonb_build_object('attempt', min(attempts))
        else jsonb_build_object('messages', jsonb_agg(jsonb_build_object('id', id, 'attempt', attempts) order by id))
      end
    from done group by subject, recipient order by min(id)`.execute(ctx.db);
}

/**
 * Schedules the next attempt, or dead-letters after the policy's attempts (at once when `permanent`: retrying
 * cannot help).
 */
export async function markFailed(
  ctx: HubContext,
  m: LeasedMessage,
  error: string,
  opts?: { permanent?: boolean },
): Promise<'retry' | 'dead'> {
  const at = ctx.clock.now();
  const { maxAttempts, initialBackoffSeconds, maxBackoffSeconds } = ctx.profile.delivery;
  const dead = opts?.permanent === true || m.attempts >= maxAttempts;
  await ctx.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('outbox')
      .set({
        state: dead ? 'dead' : 'pending',
        next_attempt_at: new Date(
          at.getTime() + (dead ? 0 : backoffMs(m.attempts, initialBackoffSeconds, maxBackoffSeconds)),
        ),
        locked_until: null,
        last_error: error.slice(0, 1000),
      })
      .where('id', '=', m.id)
      .where('state', '=', 'pending')
      .execute();
    await recordAudit(tx, {
      actor: DELIVERY_ACTOR,
      at,
      action: dead ? 'delivery.dead-lettered' : 'delivery.attempt-failed',
      entityType: 'outbox',
      entityId: m.id,
      department: m.recipient,
      subject: `${m.message.subject.type}:${m.message.subject.id}`,
      after: { attempt: m.attempts, error: error.slice(0, 500) },
    });
  });
  return dead ? 'dead' : 'retry';
}

/** Puts dead-lettered (or, by id, any undelivered) messages back in the queue, attempts reset. */
export async function replay(
  ctx: HubContext,
  selector: { id?: string; recipient?: string; allDead?: boolean },
  actor: Actor,
): Promise<string[]> {
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    let q = tx.selectFrom('outbox').select(['id', 'recipient', 'state', 'attempts']).where('state', '!=', 'delivered');
    if (selector.id) q = q.where('id', '=', selector.id);
    else if (selector.allDead || selector.recipient) q = q.where('state', '=', 'dead');
    else
      throw new HubError(
        'VALIDATION_FAILED',
        { count: 1 },
        { details: [{ zh: '须指定消息编号或 --all-dead', en: 'name a message id or use all-dead' }] },
      );
    if (selector.recipient) q = q.where('recipient', '=', selector.recipient);
    const rows = await q.forUpdate().execute();
    if (selector.id && !rows.length)
      throw new HubError('NOT_FOUND', { what: `undelivered message ${selector.id} / 未投递消息 ${selector.id}` });
    for (const r of rows) {
      await tx
        .updateTable('outbox')
        .set({ state: 'pending', attempts: 0, next_attempt_at: at, locked_until: null })
        .where('id', '=', r.id)
        .execute();
      await recordAudit(tx, {
        actor,
        at,
        action: 'delivery.replayed',
        entityType: 'outbox',
        entityId: r.id,
        department: r.recipient,
        before: { state: r.state, attempts: r.attempts },
      });
    }
    return rows.map((r) => r.id);
  });
}

/**
 * Messages by state and recipient; `failing`: everything not delivered that has failed at least once (retrying or
 * dead).
 */
export async function listOutbox(
  db: Kysely<Database>,
  q: { state?: string; recipient?: string; limit?: number; failing?: boolean },
) {
  let query = db
    .selectFrom('outbox')
    .select([
      'id',
      'delivery_id',
      'recipient',
      'state',
      'attempts',
      'next_attempt_at',
      'last_error',
      'delivered_at',
      'created_at',
    ])
    .orderBy('created_at', 'desc')
    .limit(Math.min(q.limit ?? 100, 1000));
  if (q.state) query = query.where('state', '=', q.state);
  if (q.recipient) query = query.where('recipient', '=', q.recipient);
  if (q.failing) query = query.where('state', '!=', 'delivered').where('attempts', '>', 0);
  return query.execute();
}
