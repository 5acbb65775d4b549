import { sql } from 'kysely';
import type { HubContext } from '../hub-context.ts';
import { HubError } from '../errors/hub-error.ts';
import { deliveriesWithSubjects, ITEM_COLUMNS } from '../linkage/inbox.ts';
import { deliveriesOnly, listParts, scopes, searchesSubjects, viewParts } from './list-parts.ts';
import { boundedCount, countAndPage, type IndexOrder, type MemoryOrder } from './list-read.ts';
import { officeHoursBetween } from './office-hours.ts';

/**
 * The dashboard's lists: what to claim (soonest deadline first), overdue, open disputes, supervision items,
 * credit warnings.
 */
export const VIEWS = {
  pending: '待认领',
  overdue: '超时与逾期',
  disputed: '异议',
  supervision: '监管信息',
  credit: '信用预警',
  all: '全部',
} as const;
export type View = keyof typeof VIEWS;
export const PAGE_SIZE = 50;
/** Exports stop here: a bigger list is narrowed with the filters first. */
export const EXPORT_CAP = 10_000;
/** Cards above the list stop counting here: a card never costs more than reading this many index entries. */
export const COUNT_CAP = 1000;

export const SORTS = {
  due: '认领期限',
  created: '推送时间',
  state: '状态',
  matter: '事项',
  party: '相对人',
} as const;
export type Sort = keyof typeof SORTS;

/** Everything a list can be narrowed and ordered by; each field is a query parameter of the page's URL. */
export interface ListQuery {
  view: View;
  department?: string;
  matter?: string;
  state?: string;
  from?: string;
  to?: string;
  party?: string;
  q?: string;
  due?: 'overdue' | 'near';
  sort: Sort;
  dir: 'asc' | 'desc';
  page: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const text = (v: unknown, max = 60) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined);

/** Reads a list's query from the URL, dropping what is malformed rather than failing the page. */
export function parseListQuery(raw: Record<string, unknown>): ListQuery {
  const view = text(raw.view) as View | undefined;
  const sort = text(raw.sort) as Sort | undefined;
  const v: View = view && view in VIEWS ? view : 'pending';
  const s: Sort = sort && sort in SORTS ? sort : v === 'pending' ? 'due' : 'created';
  const dir = raw.dir === 'asc' || raw.dir === 'desc' ? raw.dir : s === 'due' ? 'asc' : 'desc';
  const date = (x: unknown) => (typeof x === 'string' && DATE.test(x) && !Number.isNaN(Date.parse(x)) ? x : undefined);
  const page = Math.min(100_000, Math.max(1, Number.parseInt(String(raw.page ?? '1'), 10) || 1));
  return {
    view: v,
    department: text(raw.department, 40),
    matter: text(raw.matter, 40),
    state: text(raw.state, 20),
    from: date(raw.from),
    to: date(raw.to),
    party: text(raw.party),
    q: text(raw.q),
    due: raw.due === 'overdue' || raw.due === 'near' ? raw.due : undefined,
    sort: s,
    dir,
    page,
  };
}

/** The URL of a list view; `change` overrides fields (page goes back to 1 unless given). */
export function listUrl(q: ListQuery, change: Partial<ListQuery> = {}, path = '/console'): string {
  const merged = { ...q, page: 1, ...change };
  // Defaults stay out of the URL, so a bookmarked view reads as what was chosen.
  const defaults = parseListQuery({ view: merged.view, sort: merged.sort });
  const defaultSort = parseListQuery({ view: merged.view }).sort;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) {
    if (v === undefined || v === '' || (k === 'page' && v === 1)) continue;
    if (k === 'view' && v === 'pending') continue;
    if (k === 'sort' && v === defaultSort) continue;
    if (k === 'dir' && v === defaults.dir) continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/**
 * Whether a department forwards anything (004 #6). Most do not, and for them the list reads
 * `recipient = …` alone, which the partial indexes answer; only a forwarder reads a second part.
 */
async function forwardsAnything(ctx: HubContext, department: string | null): Promise<boolean> {
  if (!department) return false;
  return !!(await ctx.db
    .selectFrom('deliveries')
    .select('id')
    .where('via', '=', department)
    .limit(1)
    .executeTakeFirst());
}

/** Orders no index of deliveries gives: the matching rows are sorted, so only a list up to SORT_CAP is. */
const SORTED_IN_MEMORY: ReadonlySet<Sort> = new Set(['state', 'matter', 'party']);

/**
 * A list counts its rows up to here and then reads "10000+"; its pages go that far. Counting a million
 * rows to print one number would cost more than the page; past this, staff narrow the list with a filter.
 */
export const TOTAL_CAP = 10_000;
/**
 * A list is sorted by state, matter or name (or by deadline beyond pending items) only up to this many
 * rows: sorting 10,000 joined rows took 100–140 ms at 100k items (bench/RESULTS.md); past it the list
 * keeps the order an index gives and says so.
 */
export const SORT_CAP = 2_000;

/**
 * Whether the list holds pending items only: then `deliveries_pending` and `deliveries_due` give the deadline
 * order.
 */
const pendingOnly = (l: ListQuery) => l.view === 'pending' || l.state === 'pending' || l.due !== undefined;

/**
 * One page of a list and its total (exact up to TOTAL_CAP). Numbered pages: staff jump to page 3 and back;
 * a page past the cap is the last one within it. A list longer than SORT_CAP keeps the order an index
 * gives (`sortedBy` says which), since sorting it by state, matter or name would read all of it.
 * The total and the page come from one statement (list-read.ts); the page's rows are then read by key.
 */
export async function workItems(ctx: HubContext, department: string | null, l: ListQuery, limit = PAGE_SIZE) {
  const now = ctx.clock.now();
  const forwarder = await forwardsAnything(ctx, department);
  const cap = Math.max(TOTAL_CAP, limit);
  const inMemory = SORTED_IN_MEMORY.has(l.sort) || (l.sort === 'due' && !pendingOnly(l));
  // Past SORT_CAP, a list asked for an order no index gives is in the view's own index order.
  const index: IndexOrder = !inMemory
    ? { sort: l.sort as IndexOrder['sort'], dir: l.dir }
    : l.view === 'pending'
      ? { sort: 'due', dir: 'asc' }
      : { sort: 'created', dir: 'desc' };
  const counted = await countAndPage(ctx, listParts(ctx, department, forwarder, l, now), {
    index,
    memory: inMemory ? { sort: l.sort as MemoryOrder['sort'], dir: l.dir } : undefined,
    cap,
    sortCap: Math.max(SORT_CAP, limit),
    limit,
    page: l.page,
    search: searchesSubjects(l),
  });
  const rows = counted.ids.length
    ? await deliveriesWithSubjects(ctx)
        .select(LIST_COLUMNS)
        .where(sql<boolean>`d.id = any(${counted.ids}::text[])`)
        .execute()
    : [];
  const at = new Map(counted.ids.map((id, i) => [id, i]));
  rows.sort((a, b) => at.get(a.id)! - at.get(b.id)!);
  const items = rows.map((r) => withTimeLeft(ctx, r, now));
  const forwards = department && forwarder ? await forwardedWith(ctx, department, items) : new Map();
  return {
    items: items.map((i) => ({ ...i, forwards: (forwards.get(i.subject_id) ?? []) as ForwardedCopy[] })),
    total: Math.min(counted.n, cap),
    /** More rows match than were counted. */
    more: counted.n > cap,
    page: counted.page,
    sortedBy: counted.sorted ? { sort: l.sort, dir: l.dir } : index,
  };
}

export interface ForwardedCopy {
  id: string;
  recipient: string;
  claim_state: string;
}

/** The deliveries this department forwards for the subjects on the page: shown on the own item's row as its route. */
async function forwardedWith(ctx: HubContext, department: string, items: { subject_id: string; recipient: string }[]) {
  const own = items.filter((i) => i.recipient === department).map((i) => i.subject_id);
  const map = new Map<string, ForwardedCopy[]>();
  if (!own.length) return map;
  const rows = await ctx.db
    .selectFrom('deliveries')
    .select(['id', 'subject_id', 'recipient', 'claim_state'])
    .where('via', '=', department)
    .where('subject_id', 'in', own)
    .execute();
  for (const r of rows) map.set(r.subject_id, [...(map.get(r.subject_id) ?? []), r]);
  return map;
}

const LIST_COLUMNS = [
  ...ITEM_COLUMNS,
  'd.disputed_at',
  'a.counterpart_key',
  's.source_department as supervision_source',
] as const;
/** The detail page also shows the subject's full record. */
const DETAIL_COLUMNS = [...LIST_COLUMNS, 'a.decision', 's.record as supervision_record'] as const;

/** Office hours left to claim, for pending items with a deadline (0 once it has passed). */
function withTimeLeft<T extends { claim_state: string; claim_due_at: Date | null }>(ctx: HubContext, r: T, now: Date) {
  const due = r.claim_due_at;
  return {
    ...r,
    workingHoursLeft: r.claim_state === 'pending' && due ? (due > now ? officeHoursBetween(ctx, now, due) : 0) : null,
  };
}

/** One item with its subject; who may see it is decided by the caller. */
export async function workItem(ctx: HubContext, id: string) {
  const row = await deliveriesWithSubjects(ctx).select(DETAIL_COLUMNS).where('d.id', '=', id).executeTakeFirst();
  if (!row) throw new HubError('NOT_FOUND', { what: `item ${id} / 事项 ${id}` });
  return withTimeLeft(ctx, row, ctx.clock.now());
}

export type WorkItemDetail = Awaited<ReturnType<typeof workItem>>;
export type WorkItem = Awaited<ReturnType<typeof workItems>>['items'][number];

/**
 * How many items each quick view holds (the cards above the list), each up to COUNT_CAP (shown as
 * "1000+"; the list below gives the exact total). One statement of bounded counts over deliveries alone,
 * part by part, so each reads the partial index of its view.
 */
export async function workCounts(ctx: HubContext, department: string | null): Promise<Record<View, number>> {
  const now = ctx.clock.now();
  const forwarder = await forwardsAnything(ctx, department);
  const views = (Object.keys(VIEWS) as View[]).filter((v) => v !== 'all');
  const counted = (view: View) =>
    boundedCount(
      scopes(department, forwarder).flatMap((scope) => viewParts(scope(deliveriesOnly(ctx)), view, now)),
      COUNT_CAP,
    );
  const { rows } = await sql<Record<View, number | string>>`select ${sql.join(
    views.map((v) => sql`least(${counted(v)}, ${COUNT_CAP})::int as ${sql.ref(v)}`),
  )}`.execute(ctx.db);
  return Object.fromEntries(views.map((v) => [v, Number(rows[0]![v])])) as Record<View, number>;
}
