import { type ExpressionBuilder, sql } from 'kysely';
import type { HubContext } from '../hub-context.ts';
import type { Database } from '../storage/tables.ts';
import { addOfficeHours } from './office-hours.ts';
import {
  APPROVAL_TEXT,
  grams,
  likePattern,
  looksLikeCode,
  RECORD_NAME,
  RECORD_NUMBER,
  RECORD_TEXT,
} from './text-search.ts';
import type { ListQuery, View } from './work-items.ts';

/**
 * A list as the disjoint parts it is read in, each over `deliveries` alone. No part joins the subject:
 * a filter on it (matter, credit warning, a name) is a semi-join, so the planner keeps the index-only and
 * partial-index paths a left join took away (a card count walked 50,000 disputes through the wrong
 * index with the join, and answered from `deliveries_open_disputes` without it). The subject's columns are
 * read only for the rows a page shows (work-items.ts).
 */
export const deliveriesOnly = (ctx: HubContext) => ctx.db.selectFrom('deliveries as d');
export type Part = ReturnType<typeof deliveriesOnly>;

/**
 * Whether the row's subject has a delivery of its own to `department`, or — with null — to the department
 * that forwards the row (d.via): a forwarded copy beside such a delivery is shown and announced with it, once.
 */
export function ownDeliveryBeside(
  eb: ExpressionBuilder<Database & { d: Database['deliveries'] }, 'd'>,
  department: string | null,
) {
  const own = eb
    .selectFrom('deliveries as own')
    .select('own.id')
    .whereRef('own.subject_id', '=', 'd.subject_id')
    .whereRef('own.subject_type', '=', 'd.subject_type');
  return eb.exists(
    department === null ? own.whereRef('own.recipient', '=', 'd.via') : own.where('own.recipient', '=', department),
  );
}

/**
 * Whose items: everything, a department's own, and — for a department that forwards (004 #6) — what it
 * forwards with no own delivery of the same subject beside it (shown once, on the own row, otherwise).
 * Two parts rather than one OR, so each is a range of its own index (`deliveries_inbox`, `deliveries_via`);
 * they are disjoint: a forward whose recipient is the department is itself an own delivery.
 */
export function scopes(department: string | null, forwarder: boolean): ((q: Part) => Part)[] {
  if (!department) return [(q) => q];
  const own = (q: Part) => q.where('d.recipient', '=', department);
  if (!forwarder) return [own];
  const forwardedOnly = (q: Part) =>
    q.where('d.via', '=', department).where((eb) => eb.not(ownDeliveryBeside(eb, department)));
  return [own, forwardedOnly];
}

/** The subject is an approval matching `where` (a semi-join on its primary key). */
const approvalWhere = (q: Part, where: ReturnType<typeof sql<boolean>>) =>
  q
    .where('d.subject_type', '=', 'approval')
    .where(({ exists, selectFrom }) =>
      exists(selectFrom('approvals as a').select('a.id').whereRef('a.id', '=', 'd.subject_id').where(where)),
    );

/**
 * A view as its parts. 待认领 is two ranges of `deliveries_pending (recipient, claim_due_at, id)`: items
 * still within their deadline, and items without one; read as one OR, the index would walk every overdue
 * pending item to skip it. In PostgreSQL's order an item without a deadline comes after every deadline
 * ascending and before them descending (NULLS LAST / FIRST), which is where the list shows it.
 */
export function viewParts(q: Part, view: View, now: Date): Part[] {
  switch (view) {
    case 'pending': {
      const pending = q.where('d.claim_state', '=', 'pending');
      return [pending.where('d.claim_due_at', '>=', now), pending.where('d.claim_due_at', 'is', null)];
    }
    case 'overdue':
      // Two parts too: pending past the deadline (a range of `deliveries_pending`), and auto-claimed or
      // escalated (`deliveries_late`, in push order).
      return [
        q.where('d.claim_state', '=', 'pending').where('d.claim_due_at', '<', now),
        q.where('d.claim_state', 'in', ['auto-claimed', 'escalated']),
      ];
    case 'disputed':
      return [q.where('d.disputed_at', 'is not', null).where('d.resolution', 'is', null)];
    case 'supervision':
      return [q.where('d.subject_type', '=', 'supervision-record')];
    case 'credit':
      return [approvalWhere(q, sql<boolean>`a.credit_warning is not null`)];
    case 'all':
      return [q];
  }
}

/** A matter code of the catalogue, e.g. SC-001. */
const MATTER = /^[A-Za-z]{2,4}-\d{2,4}$/;
/** An item's own number (the deliveries' UUIDs). */
const ITEM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A keyword that is a matter code or an item number: a plain predicate, not a search for subjects. */
const plainKeyword = (term: string) => MATTER.test(term) || ITEM_ID.test(term);

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
function bySearch(ctx: HubContext, r: Part, term: string, mode: 'party' | 'keyword'): Part {
  if (mode === 'keyword' && plainKeyword(term)) {
    if (MATTER.test(term)) return approvalWhere(r, sql<boolean>`a.matter_code = ${term.toUpperCase()}`);
    return r.where('d.id', '=', term.toLowerCase());
  }
  const subjects = looksLikeCode(term) ? subjectsWithKey(ctx, term.toUpperCase()) : subjectsWithText(ctx, term, mode);
  return r.where((eb) => eb(eb.refTuple('d.subject_type', 'd.subject_id'), 'in', subjects as never));
}

/**
 * Whether the list is narrowed through the subjects a search finds (a name, a code, words): a semi-join whose
 * matches cost the same to count as to page, so the list reads both in one pass (list-read.ts). A matter
 * code or an item number is a plain predicate.
 */
export const searchesSubjects = (l: ListQuery) => !!l.party || (!!l.q && !plainKeyword(l.q));

/** "Near its deadline": pending and due within this many office hours. */
const NEAR_OFFICE_HOURS = 4;

/** The list's filters other than its view and scope. */
function narrow(ctx: HubContext, r: Part, l: ListQuery, now: Date): Part {
  if (l.department) r = r.where('d.recipient', '=', l.department);
  if (l.matter) r = approvalWhere(r, sql<boolean>`a.matter_code = ${l.matter}`);
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

/** Every part of a list: each scope × each part of its view, with the filters. Disjoint, so their counts add up. */
export function listParts(
  ctx: HubContext,
  department: string | null,
  forwarder: boolean,
  l: ListQuery,
  now: Date,
): Part[] {
  return scopes(department, forwarder).flatMap((scope) =>
    viewParts(narrow(ctx, scope(deliveriesOnly(ctx)), l, now), l.view, now),
  );
}
