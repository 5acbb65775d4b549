import { sql, type Expression } from 'kysely';
import type { HubContext } from '../hub-context.ts';
import { HubError } from '../errors/hub-error.ts';
import { deliveriesWithSubjects, ITEM_COLUMNS } from '../linkage/inbox.ts';
import { addOfficeHours, officeHoursBetween } from './office-hours.ts';

/** The dashboard's lists: what to claim (soonest deadline first), overdue, open disputes, supervision items, credit warnings. */
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
/** "Near its deadline": pending and due within this many office hours. */
const NEAR_OFFICE_HOURS = 4;

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
 * `recipient = …` alone, which the partial indexes answer; only a forwarder pays for the OR.
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

function base(ctx: HubContext, department: string | null, forwarder = true) {
  let q = deliveriesWithSubjects(ctx);
  if (department && !forwarder) q = q.where('d.recipient', '=', department);
  else if (department)
    q = q.where((eb) =>
      eb.or([
        eb('d.recipient', '=', department),
        // An item this department forwards is shown once, under its own delivery of the same subject, with
        // its route; only a forward with no own delivery beside it is a row of its own (004 #6).
        eb.and([
          eb('d.via', '=', department),
          eb.not(
            eb.exists(
              eb
                .selectFrom('deliveries as own')
                .select('own.id')
                .whereRef('own.subject_id', '=', 'd.subject_id')
                .whereRef('own.subject_type', '=', 'd.subject_type')
                .where('own.recipient', '=', department),
            ),
          ),
        ]),
      ]),
    );
  return q;
}

type Base = ReturnType<typeof base>;

/**
 * 待认领 in two parts, each a range of `deliveries_pending (recipient, claim_due_at, id)`: items still
 * within their deadline, and items without one. In PostgreSQL's order an item without a deadline comes
 * after every deadline ascending and before them descending (NULLS LAST / FIRST), which is where the
 * list shows it; read as one OR, the index would walk every overdue pending item to skip it.
 */
type PendingPart = 'dated' | 'undated';

function viewFilter(q: Base, view: View, now: Date, part?: PendingPart): Base {
  switch (view) {
    case 'pending': {
      const pending = q.where('d.claim_state', '=', 'pending');
      if (part === 'dated') return pending.where('d.claim_due_at', '>=', now);
      if (part === 'undated') return pending.where('d.claim_due_at', 'is', null);
      return pending.where((eb) => eb.or([eb('d.claim_due_at', '>=', now), eb('d.claim_due_at', 'is', null)]));
    }
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
    case 'all':
      return q;
  }
}

/** A view as the parts it is read in, in the order of `dir` by deadline (one part except for 待认领). */
function viewParts(q: Base, view: View, now: Date, dir: 'asc' | 'desc'): Base[] {
  if (view !== 'pending') return [viewFilter(q, view, now)];
  const parts = [viewFilter(q, view, now, 'dated'), viewFilter(q, view, now, 'undated')];
  return dir === 'asc' ? parts : parts.reverse();
}

const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The index terms of a contains-search (migration 0034): the term's two-character grams, or the character
 * itself for a one-character term. A row can match only if its grams hold all of these; LIKE then checks.
 */
function searchGrams(term: string): string[] {
  const chars = Array.from(term);
  if (chars.length < 2) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  // A long term needs only a few grams to narrow the index; LIKE checks the rest.
  const all = [...grams];
  return all.length <= 6 ? all : [0, 1, 2, 3, 4, 5].map((k) => all[Math.round((k * (all.length - 1)) / 5)]!);
}

/** Index expressions of migration 0034: written exactly as there, so the planner uses the indexes. */
const APPROVAL_TEXT = sql`console_grams(coalesce(counterpart_name, '') || ' ' || coalesce(license_document_number, ''))`;
const RECORD_TEXT = sql`console_grams(coalesce(record->'counterpart'->>'name', '') || ' ' || coalesce(record->>'documentNumber', ''))`;
const RECORD_NAME = sql`record->'counterpart'->>'name'`;
const RECORD_NUMBER = sql`record->>'documentNumber'`;
const grams = (term: string) => sql`${searchGrams(term)}::text[]`;

/** A 统一社会信用代码 or 身份证号: 15–20 letters and digits (as the counterpart search reads it). */
const CODE = /^[0-9A-Za-z]{15,20}$/;
/** A matter code of the catalogue, e.g. SC-001. */
const MATTER = /^[A-Za-z]{2,4}-\d{2,4}$/;
/** An item's own number (the deliveries' UUIDs). */
const ITEM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const subjectsWithKey = (ctx: HubContext, key: string) =>
  ctx.db
    .selectFrom('approvals')
    .select([sql<string>`'approval'`.as('t'), 'id'])
    .where('counterpart_key', '=', key)
    .unionAll(
      ctx.db
        .selectFrom('supervision_records')
        .select([sql<string>`'supervision-record'`.as('t'), 'id'])
        .where('counterpart_key', '=', key),
    );

/**
 * Subjects (type and id) whose names — and, for a keyword, document numbers and dispute reasons — contain
 * the term. Each branch reads its grams index (migration 0034); the list joins the union back to its
 * deliveries by subject, a semi-join the planner runs from the matches, instead of testing every delivery
 * against an OR over three tables.
 */
function subjectsWithText(ctx: HubContext, term: string, mode: 'party' | 'keyword') {
  const like = likePattern(term);
  const q = ctx.db
    .selectFrom('approvals')
    .select([sql<string>`'approval'`.as('t'), 'id'])
    .where(sql<boolean>`${APPROVAL_TEXT} @> ${grams(term)}`)
    .where((eb) =>
      mode === 'party'
        ? eb('counterpart_name', 'like', like)
        : eb.or([eb('counterpart_name', 'like', like), eb('license_document_number', 'like', like)]),
    )
    .unionAll(
      ctx.db
        .selectFrom('supervision_records')
        .select([sql<string>`'supervision-record'`.as('t'), 'id'])
        .where(sql<boolean>`${RECORD_TEXT} @> ${grams(term)}`)
        .where((eb) =>
          mode === 'party'
            ? eb(RECORD_NAME, 'like', like)
            : eb.or([eb(RECORD_NAME, 'like', like), eb(RECORD_NUMBER, 'like', like)]),
        ),
    );
  if (mode === 'party') return q;
  // Words of a dispute reason find the item's subject.
  return q.unionAll(
    ctx.db
      .selectFrom('deliveries')
      .select(['subject_type as t', 'subject_id as id'])
      .where('dispute_reason', 'is not', null)
      .where(sql<boolean>`console_grams(dispute_reason) @> ${grams(term)}`)
      .where('dispute_reason', 'like', like),
  );
}

/**
 * A counterpart or keyword as the narrowest predicate its shape allows: a code is looked up by key, a
 * matter code or an item number by equality, anything else by its grams.
 */
function bySearch(ctx: HubContext, r: Base, term: string, mode: 'party' | 'keyword'): Base {
  if (mode === 'keyword' && MATTER.test(term)) return r.where('a.matter_code', '=', term.toUpperCase());
  if (mode === 'keyword' && ITEM_ID.test(term)) return r.where('d.id', '=', term.toLowerCase());
  const subjects = CODE.test(term) ? subjectsWithKey(ctx, term.toUpperCase()) : subjectsWithText(ctx, term, mode);
  return r.where((eb) => eb(eb.refTuple('d.subject_type', 'd.subject_id'), 'in', subjects as never));
}

/** The list's filters other than its view. */
function narrow(ctx: HubContext, r: Base, l: ListQuery, now: Date): Base {
  if (l.department) r = r.where('d.recipient', '=', l.department);
  if (l.matter) r = r.where('a.matter_code', '=', l.matter);
  if (l.state) r = r.where('d.claim_state', '=', l.state);
  // Dates are Asia/Shanghai days, both ends included.
  if (l.from) r = r.where('d.created_at', '>=', new Date(`${l.from}T00:00:00+08:00`));
  if (l.to) r = r.where('d.created_at', '<', new Date(new Date(`${l.to}T00:00:00+08:00`).getTime() + 86_400_000));
  if (l.party) r = bySearch(ctx, r, l.party, 'party');
  if (l.q) r = bySearch(ctx, r, l.q, 'keyword');
  if (l.due === 'overdue') r = r.where('d.claim_state', '=', 'pending').where('d.claim_due_at', '<', now);
  if (l.due === 'near')
    r = r
      .where('d.claim_state', '=', 'pending')
      .where('d.claim_due_at', '>=', now)
      .where('d.claim_due_at', '<=', addOfficeHours(ctx, now, NEAR_OFFICE_HOURS));
  return r;
}

/** Orders the list by its sort; items without a deadline come last by `due` ascending, first descending. */
const SORT_COLUMN = {
  due: sql`d.claim_due_at`,
  created: sql`d.created_at`,
  state: sql`d.claim_state`,
  matter: sql`coalesce(a.matter_code, s.kind)`,
  party: sql`coalesce(a.counterpart_name, s.counterpart_key)`,
} satisfies Record<Sort, unknown>;
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

async function countUpTo(ctx: HubContext, q: Base, cap: number): Promise<number> {
  const counted = await ctx.db
    .selectFrom(
      q
        .select(sql`1`.as('x'))
        .limit(cap + 1)
        .as('c'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(counted.n);
}

/** Whether the list holds pending items only: then `deliveries_pending` and `deliveries_due` give the deadline order. */
const pendingOnly = (l: ListQuery) => l.view === 'pending' || l.state === 'pending' || l.due !== undefined;

/**
 * One page of a list and its total (exact up to TOTAL_CAP). Numbered pages: staff jump to page 3 and back;
 * a page past the cap is the last one within it. A list longer than SORT_CAP keeps the order an index
 * gives (`sortedBy` says which), since sorting it by state, matter or name would read all of it.
 */
export async function workItems(ctx: HubContext, department: string | null, l: ListQuery, limit = PAGE_SIZE) {
  const now = ctx.clock.now();
  const forwarder = await forwardsAnything(ctx, department);
  const scoped = narrow(ctx, base(ctx, department, forwarder), l, now);
  const cap = Math.max(TOTAL_CAP, limit);
  const inMemory = SORTED_IN_MEMORY.has(l.sort) || (l.sort === 'due' && !pendingOnly(l));
  // Parts in deadline order: counted one by one, and read one after the other when sorted by deadline.
  const parts = viewParts(scoped, l.view, now, l.sort === 'due' ? l.dir : 'asc');
  const counts: number[] = [];
  for (const part of parts) counts.push(await countUpTo(ctx, part, cap - counts.reduce((a, n) => a + n, 0)));
  const total = counts.reduce((a, n) => a + n, 0);
  const capped = total > cap;
  const sortCap = Math.max(SORT_CAP, limit);
  const sort: Sort = inMemory && total > sortCap ? (l.view === 'pending' ? 'due' : 'created') : l.sort;
  const dir = sort === l.sort ? l.dir : sort === 'due' ? 'asc' : 'desc';
  const lastPage = Math.max(1, Math.ceil(Math.min(total, cap) / limit));
  const page = Math.min(l.page, lastPage);
  const read = (q: Base, offset: number, n: number) =>
    q
      .select(LIST_COLUMNS)
      .orderBy(SORT_COLUMN[sort] as Expression<unknown>, dir)
      .orderBy('d.id', dir)
      .limit(n)
      .offset(offset)
      .execute();
  let rows: Awaited<ReturnType<typeof read>> = [];
  if (sort === 'due' && parts.length > 1) {
    // One part after the other (dir was applied to their order): skip whole parts before the page.
    let skip = (page - 1) * limit;
    for (const [i, part] of parts.entries()) {
      if (rows.length >= limit) break;
      if (skip >= counts[i]!) {
        skip -= counts[i]!;
        continue;
      }
      rows = rows.concat(await read(part, skip, limit - rows.length));
      skip = 0;
    }
  } else rows = await read(viewFilter(scoped, l.view, now), (page - 1) * limit, limit);
  const items = rows.map((r) => withTimeLeft(ctx, r, now));
  const forwards = department && forwarder ? await forwardedWith(ctx, department, items) : new Map();
  return {
    items: items.map((i) => ({ ...i, forwards: (forwards.get(i.subject_id) ?? []) as ForwardedCopy[] })),
    total: Math.min(total, cap),
    /** More rows match than were counted. */
    more: capped,
    page,
    sortedBy: { sort, dir },
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
  const row = await base(ctx, null).select(DETAIL_COLUMNS).where('d.id', '=', id).executeTakeFirst();
  if (!row) throw new HubError('NOT_FOUND', { what: `item ${id} / 事项 ${id}` });
  return withTimeLeft(ctx, row, ctx.clock.now());
}

export type WorkItemDetail = Awaited<ReturnType<typeof workItem>>;
export type WorkItem = Awaited<ReturnType<typeof workItems>>['items'][number];

/** How many items each quick view holds (the cards above the list). */
export async function workCounts(ctx: HubContext, department: string | null): Promise<Record<View, number>> {
  const now = ctx.clock.now();
  const forwarder = await forwardsAnything(ctx, department);
  const entries = await Promise.all(
    (Object.keys(VIEWS) as View[])
      .filter((v) => v !== 'all')
      .map(async (view) => {
        // A card counts up to COUNT_CAP (shown as "1000+"); the list below it gives the exact total.
        let n = 0;
        for (const part of viewParts(base(ctx, department, forwarder), view, now, 'asc'))
          if (n < COUNT_CAP) n += await countUpTo(ctx, part, COUNT_CAP - 1 - n);
        return [view, n] as const;
      }),
  );
  return Object.fromEntries(entries) as Record<View, number>;
}
