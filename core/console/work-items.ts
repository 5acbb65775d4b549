import { sql, type Expression, type SqlBool } from 'kysely';
import type { HubContext } from '../hub-context.ts';
import { HubError } from '../errors/hub-error.ts';

/** The dashboard's lists: what to claim (soonest deadline first), overdue, open disputes, supervision items, credit warnings. */
export const VIEWS = {
  pending: '待认领',
  overdue: '超时与逾期',
  disputed: '异议',
  supervision: '监管信息',
  credit: '信用预警',
} as const;
export type View = keyof typeof VIEWS;
const PAGE_SIZE = 50;
/** Counts on the dashboard stop here: a count never costs more than reading this many index entries. */
const COUNT_CAP = 1000;

interface Cursor {
  key: string;
  id: string;
}
const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decode(s: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString()) as Cursor;
    if (typeof c.key === 'string' && typeof c.id === 'string') return c;
  } catch {
    // fall through
  }
  throw new HubError(
    'VALIDATION_FAILED',
    { count: 1 },
    { details: [{ pointer: '/query/after', zh: '分页参数无效', en: 'invalid paging cursor' }] },
  );
}

function base(ctx: HubContext, department: string | null) {
  let q = ctx.db
    .selectFrom('deliveries as d')
    .leftJoin('approvals as a', (j) => j.onRef('a.id', '=', 'd.subject_id').on('d.subject_type', '=', 'approval'))
    .leftJoin('supervision_records as s', (j) =>
      j.onRef('s.id', '=', 'd.subject_id').on('d.subject_type', '=', 'supervision-record'),
    );
  if (department) q = q.where((eb) => eb.or([eb('d.recipient', '=', department), eb('d.via', '=', department)]));
  return q;
}

type Base = ReturnType<typeof base>;

function filter(q: Base, view: View, now: Date): Base {
  switch (view) {
    case 'pending':
      return q
        .where('d.claim_state', '=', 'pending')
        .where((eb) => eb.or([eb('d.claim_due_at', '>=', now), eb('d.claim_due_at', 'is', null)]));
    case 'overdue':
      return q.where((eb) =>
        eb.or([
          eb.and([eb('d.claim_state', '=', 'pending'), eb('d.claim_due_at', '<', now)]),
          eb('d.claim_state', 'in', ['auto-claimed', 'escalated']),
        ]),
      );
    case 'disputed':
      return q.where('d.disputed_at', 'is not', null).where('d.resolution', 'is', null);
    case 'supervision':
      return q.where('d.subject_type', '=', 'supervision-record');
    case 'credit':
      return q.where('d.subject_type', '=', 'approval').where('a.credit_warning', 'is not', null);
  }
}

/** Pending items run soonest deadline first; every other list newest first. Keyset paging: a page costs the same at any depth. */
const byDeadline = (view: View) => view === 'pending';

export async function workItems(ctx: HubContext, department: string | null, view: View, after?: string) {
  const now = ctx.clock.now();
  let q = filter(base(ctx, department), view, now);
  const cursor = after ? decode(after) : undefined;
  if (byDeadline(view)) {
    // Items without a deadline sort last, under a far-future key.
    const due = sql<Date>`coalesce(d.claim_due_at, 'infinity'::timestamptz)`;
    if (cursor)
      q = q.where(
        (eb) =>
          eb.or([
            eb(due, '>', new Date(cursor.key)),
            eb.and([eb(due, '=', new Date(cursor.key)), eb('d.id', '>', cursor.id)]),
          ]) as Expression<SqlBool>,
      );
    q = q.orderBy(due).orderBy('d.id');
  } else {
    if (cursor)
      q = q.where((eb) =>
        eb.or([
          eb('d.created_at', '<', new Date(cursor.key)),
          eb.and([eb('d.created_at', '=', new Date(cursor.key)), eb('d.id', '<', cursor.id)]),
        ]),
      );
    q = q.orderBy('d.created_at', 'desc').orderBy('d.id', 'desc');
  }
  const rows = await q
    .select(LIST_COLUMNS)
    .limit(PAGE_SIZE + 1)
    .execute();
  const items = rows.slice(0, PAGE_SIZE);
  const last = items.at(-1);
  const next =
    rows.length > PAGE_SIZE && last
      ? encode({
          key: (byDeadline(view) ? (last.claim_due_at ?? new Date(8.64e15)) : last.created_at).toISOString(),
          id: last.id,
        })
      : null;
  return { items: items.map((r) => withTimeLeft(ctx, r, now)), next };
}

const LIST_COLUMNS = [
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
  'd.disputed_at',
  'd.dispute_reason',
  'd.claimed_at',
  'd.claimed_by',
  'd.resolution',
  'd.responsible_from',
  'd.created_at',
  'a.matter_code',
  'a.counterpart_name',
  'a.license_document_number',
  'a.credit_warning',
  's.kind as supervision_kind',
  's.counterpart_key as supervision_counterpart',
  's.source_department as supervision_source',
] as const;
/** The detail page also shows the subject's full record. */
const DETAIL_COLUMNS = [...LIST_COLUMNS, 'a.decision', 's.record as supervision_record'] as const;

/** Working hours left to claim, for pending items with a deadline (0 once it has passed). */
function withTimeLeft<T extends { claim_state: string; claim_due_at: Date | null }>(ctx: HubContext, r: T, now: Date) {
  const due = r.claim_due_at;
  return {
    ...r,
    workingHoursLeft:
      r.claim_state === 'pending' && due ? (due > now ? ctx.calendar.current.workingHoursBetween(now, due) : 0) : null,
  };
}

/** One item with its subject; who may see it is decided by the caller. */
export async function workItem(ctx: HubContext, id: string) {
  const row = await base(ctx, null).select(DETAIL_COLUMNS).where('d.id', '=', id).executeTakeFirst();
  if (!row) throw new HubError('NOT_FOUND', { what: `item ${id} / 事项 ${id}` });
  return withTimeLeft(ctx, row, ctx.clock.now());
}

export type WorkItemDetail = Awaited<ReturnType<typeof workItem>>;
export type WorkItem = Awaited<ReturnType<typeof workItems>>['items'][number];

/** How many items each list holds, up to COUNT_CAP each. */
export async function workCounts(ctx: HubContext, department: string | null): Promise<Record<View, number>> {
  const now = ctx.clock.now();
  const entries = await Promise.all(
    (Object.keys(VIEWS) as View[]).map(async (view) => {
      const capped = filter(base(ctx, department), view, now).select('d.id').limit(COUNT_CAP);
      const row = await ctx.db
        .selectFrom(capped.as('c'))
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return [view, Number(row.n)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<View, number>;
}
