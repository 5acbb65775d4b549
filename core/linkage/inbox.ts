import type { HubContext } from '../hub-context.ts';
import { HubError } from '../errors/hub-error.ts';

export interface InboxQuery {
  department: string;
  state?: string;
  subjectType?: string;
  /** Only items whose claim deadline is at or before this instant. */
  dueBefore?: Date;
  limit?: number;
  /** Opaque cursor from the previous page. */
  after?: string;
}

function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) {
    throw new HubError(
      'VALIDATION_FAILED',
      { count: 1 },
      { details: [{ pointer: '/querystring/after', zh: '分页游标无效', en: 'invalid paging cursor' }] },
    );
  }
  return { createdAt, id };
}

/**
 * A delivery joined with the approval or supervision record it carries. The department inbox (API) and
 * the console's work items both list from here, so an item reads the same in either.
 */
export function deliveriesWithSubjects(ctx: HubContext) {
  return ctx.db
    .selectFrom('deliveries as d')
    .leftJoin('approvals as a', (j) => j.onRef('a.id', '=', 'd.subject_id').on('d.subject_type', '=', 'approval'))
    .leftJoin('supervision_records as s', (j) =>
      j.onRef('s.id', '=', 'd.subject_id').on('d.subject_type', '=', 'supervision-record'),
    );
}

/** What an item shows of its delivery and subject. */
export const ITEM_COLUMNS = [
  'd.id',
  'd.subject_type',
  'd.subject_id',
  'd.recipient',
  'd.via',
  'd.channel',
  'd.claim_state',
  'd.claim_due_at',
  'd.dispute_due_at',
  'd.deadline_provisional',
  'd.claimed_at',
  'd.claimed_by',
  'd.dispute_reason',
  'd.resolution',
  'd.responsible_from',
  'd.created_at',
  'a.matter_code',
  'a.counterpart_name',
  'a.license_document_number',
  'a.credit_warning',
  's.kind as supervision_kind',
  's.counterpart_key as supervision_counterpart',
] as const;

/**
 * A department's inbox: what was pushed to it (or through it), newest first, paged by keyset so a
 * page costs the same however long the history. Each item carries a summary of its subject.
 */
export async function inbox(ctx: HubContext, q: InboxQuery) {
  const limit = Math.min(q.limit ?? 50, 500);
  let query = deliveriesWithSubjects(ctx)
    .select(ITEM_COLUMNS)
    .where((eb) => eb.or([eb('d.recipient', '=', q.department), eb('d.via', '=', q.department)]))
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(limit + 1);
  if (q.state) query = query.where('d.claim_state', '=', q.state);
  if (q.subjectType) query = query.where('d.subject_type', '=', q.subjectType);
  if (q.dueBefore) query = query.where('d.claim_due_at', '<=', q.dueBefore);
  if (q.after) {
    const c = decodeCursor(q.after);
    query = query.where((eb) =>
      eb.or([
        eb('d.created_at', '<', c.createdAt),
        eb.and([eb('d.created_at', '=', c.createdAt), eb('d.id', '<', c.id)]),
      ]),
    );
  }
  const rows = await query.execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page, next: rows.length > limit && last ? encodeCursor(last.created_at, last.id) : null };
}
