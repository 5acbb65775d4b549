import type { Kysely } from 'kysely';
import type { Database } from '../storage/tables.ts';
import type { Actor } from './actor.ts';

export interface AuditEntry {
  actor: Actor;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  /** The department whose item this is, so departments can be shown their own history. */
  department?: string | null;
  before?: unknown;
  after?: unknown;
  /** The item the event belongs to, e.g. `approval:<id>`: the accountability timeline of one item. */
  subject?: string;
  /** USCC or ID number, so a counterpart's whole history can be listed. */
  counterpartKey?: string | null;
}

/** The audit_log row of an entry, for callers that insert it together with other rows. */
export function auditRow(e: AuditEntry) {
  return {
    at: e.at,
    actor: e.actor.id,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId,
    department_code: e.department ?? e.actor.department,
    before: e.before === undefined ? null : JSON.stringify(e.before),
    after: e.after === undefined ? null : JSON.stringify(e.after),
    subject: e.subject ?? null,
    counterpart_key: e.counterpartKey ?? null,
  };
}

/** Appends one state change; call inside the same transaction as the change itself. */
export async function recordAudit(db: Kysely<Database>, e: AuditEntry): Promise<void> {
  await recordAuditMany(db, [e]);
}

/** Appends several state changes in one statement. */
export async function recordAuditMany(db: Kysely<Database>, entries: AuditEntry[]): Promise<void> {
  if (entries.length) await db.insertInto('audit_log').values(entries.map(auditRow)).execute();
}

export interface AuditQuery {
  subject?: string;
  counterpartKey?: string;
  entityType?: string;
  entityId?: string;
  department?: string;
  limit?: number;
  /** Return entries with id below this (paging backwards through history). */
  before?: number;
}

export async function queryAudit(db: Kysely<Database>, q: AuditQuery) {
  let query = db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(Math.min(q.limit ?? 100, 1000));
  if (q.subject) query = query.where('subject', '=', q.subject);
  if (q.counterpartKey) query = query.where('counterpart_key', '=', q.counterpartKey);
  if (q.entityType) query = query.where('entity_type', '=', q.entityType);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  if (q.department) query = query.where('department_code', '=', q.department);
  if (q.before) query = query.where('id', '<', q.before);
  return query.execute();
}
