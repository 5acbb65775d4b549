import { sql, type RawBuilder } from 'kysely';
import type { HubContext } from '../hub-context.ts';
import type { Part } from './list-parts.ts';

/** An order an index of deliveries gives: by push time, or by deadline over pending items. */
export interface IndexOrder {
  sort: 'created' | 'due';
  dir: 'asc' | 'desc';
}
/** An order only a sort of the rows gives (it needs the subject, or is over rows no deadline index holds). */
export interface MemoryOrder {
  sort: 'state' | 'matter' | 'party' | 'due';
  dir: 'asc' | 'desc';
}

const INDEX_KEY = { created: 'created_at', due: 'claim_due_at' } as const;
/** Over `m` (the counted rows) left-joined to their subjects `a` and `s`. */
const MEMORY_KEY = {
  state: sql`m.claim_state`,
  due: sql`m.claim_due_at`,
  matter: sql`coalesce(a.matter_code, s.kind)`,
  party: sql`coalesce(a.counterpart_name, s.counterpart_key)`,
} satisfies Record<MemoryOrder['sort'], RawBuilder<unknown>>;

export interface CountedPage {
  /** Rows counted: at most `cap + 1`, so more than `cap` means "cap+". */
  n: number;
  /** The page shown: the one asked for, or the last counted one. */
  page: number;
  /** The page's deliveries, in order. */
  ids: string[];
  /** Whether the ids are in the memory order (the list was short enough to sort), or the index order. */
  sorted: boolean;
}

export interface PageRequest {
  index: IndexOrder;
  memory?: MemoryOrder;
  cap: number;
  sortCap: number;
  limit: number;
  page: number;
  /** The list is narrowed by a search, a semi-join that costs the same for a count as for a page. */
  search: boolean;
}

/**
 * Up to here into a list, a page is read by offset after an unordered count (which the planner answers
 * the cheapest way, and stops at the cap); past it, or under a search, both come from one ordered pass.
 */
const SHALLOW_ROWS = 1000;

/**
 * The total of a list (up to `cap`, then "cap+") and the ids of one page of it, read over deliveries alone
 * (list-parts.ts); the caller reads the page's rows by key.
 */
export function countAndPage(ctx: HubContext, parts: Part[], o: PageRequest): Promise<CountedPage> {
  return o.search || (o.page - 1) * o.limit + o.limit > SHALLOW_ROWS
    ? onePass(ctx, parts, o)
    : countThenPage(ctx, parts, o);
}

/** What a part gives: the id, the index key, and what a memory order needs. */
const columnsFor = (o: PageRequest) =>
  [
    ...new Set([
      'd.id',
      `d.${INDEX_KEY[o.index.sort]}`,
      ...(o.memory ? ['d.subject_type', 'd.subject_id', 'd.claim_state', 'd.claim_due_at'] : []),
    ]),
  ] as unknown as readonly ['d.id'];

/** Each part in the index order, so its own index answers it, stopping at `rows`. */
const orderedParts = (parts: Part[], o: PageRequest, rows: number) =>
  sql.join(
    parts.map(
      (p) =>
        sql`(${p
          .select(columnsFor(o))
          .orderBy(sql.ref(`d.${INDEX_KEY[o.index.sort]}`), o.index.dir)
          .orderBy('d.id', o.index.dir)
          .limit(rows)})`,
    ),
    sql` union all `,
  );

/** The rows `m` sorted by a memory order, numbered `r`. */
const memorySorted = (m: MemoryOrder) => sql`
  select m.id, row_number() over (order by ${MEMORY_KEY[m.sort]} ${sql.raw(m.dir)}, m.id ${sql.raw(m.dir)}) as r
  from m
  left join approvals a on m.subject_type = 'approval' and a.id = m.subject_id
  left join supervision_records s on m.subject_type = 'supervision-record' and s.id = m.subject_id`;

const lastPage = (n: number, o: PageRequest) => Math.max(1, Math.ceil(Math.min(n, o.cap) / o.limit));

/** The parts' rows counted unordered, each part stopping at `limit`: the planner answers each the cheapest way. */
export const boundedCount = (parts: Part[], limit: number) =>
  sql.join(
    parts.map((p) => sql`(select count(*) from (${p.select(sql`1`.as('x')).limit(limit)}) c)`),
    sql` + `,
  );

/** A shallow page: the parts counted unordered (each stops at cap + 1), then the page read by offset. */
async function countThenPage(ctx: HubContext, parts: Part[], o: PageRequest): Promise<CountedPage> {
  const n = Number(
    (await sql<{ n: string }>`select ${boundedCount(parts, o.cap + 1)} as n`.execute(ctx.db)).rows[0]!.n,
  );
  const page = Math.min(o.page, lastPage(n, o));
  if (!n) return { n, page, ids: [], sorted: !!o.memory };
  const lo = (page - 1) * o.limit;
  const key = sql.ref(`u.${INDEX_KEY[o.index.sort]}`);
  const dir = sql.raw(o.index.dir);
  const sorted = !!o.memory && n <= o.sortCap;
  const { rows } = sorted
    ? await sql<{ id: string }>`with m as (${sql.join(
        parts.map((p) => sql`(${p.select(columnsFor(o))})`),
        sql` union all `,
      )}) select x.id from (${memorySorted(o.memory!)}) x order by x.r offset ${lo} limit ${o.limit}`.execute(ctx.db)
    : await sql<{ id: string }>`select u.id from (${orderedParts(parts, o, lo + o.limit)}) u
        order by ${key} ${dir}, u.id ${dir} offset ${lo} limit ${o.limit}`.execute(ctx.db);
  return { n, page, ids: rows.map((r) => r.id), sorted };
}

/**
 * A deep page, or a search: the count and the page in ONE statement. Each part is read in the index order
 * up to `cap + 1` rows, numbered, and the page is the numbered rows it covers — so a keyword's matches
 * are found once for the total and the page (its 5,000 matches were joined back twice), and a deep page
 * costs what its count costs instead of an offset read that joined every skipped row to its subject.
 * With a memory order the same rows are also sorted by it when there are at most `sortCap` of them (then
 * they are the whole list); past that the page keeps the index order and `sorted` says so.
 */
async function onePass(ctx: HubContext, parts: Part[], o: PageRequest): Promise<CountedPage> {
  const key = sql.ref(`u.${INDEX_KEY[o.index.sort]}`);
  const dir = sql.raw(o.index.dir);
  const memory = o.memory
    ? sql`, case when w.n <= ${o.sortCap} then (
        select coalesce(array_agg(x.id order by x.r), '{}') from (${memorySorted(o.memory)}) x
        where x.r > w.lo and x.r <= w.lo + ${o.limit}) end as sorted`
    : sql``;
  const { rows } = await sql<{ n: number; lo: number; ids: string[]; sorted?: string[] | null }>`
    with m as materialized (
      select u.*, row_number() over (order by ${key} ${dir}, u.id ${dir}) as rn
      from (${orderedParts(parts, o, o.cap + 1)}) u
      order by ${key} ${dir}, u.id ${dir}
      limit ${o.cap + 1}
    ),
    c as (select count(*)::int as n from m),
    w as (
      select n,
        (least(${o.page}::int, greatest(1, ceil(least(n, ${o.cap})::numeric / ${o.limit})::int)) - 1) * ${o.limit} as lo
      from c
    )
    select w.n, w.lo,
      (select coalesce(array_agg(m.id order by m.rn), '{}') from m
        where m.rn > w.lo and m.rn <= w.lo + ${o.limit}) as ids
      ${memory}
    from w`.execute(ctx.db);
  const r = rows[0]!;
  const sorted = Array.isArray(r.sorted);
  return { n: Number(r.n), page: Number(r.lo) / o.limit + 1, ids: sorted ? r.sorted! : r.ids, sorted };
}
