import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookUpCounterpart } from '../../core/console/counterpart-search.ts';
import { COUNT_CAP, parseListQuery, TOTAL_CAP, workCounts, workItems } from '../../core/console/work-items.ts';
import { withDemo } from '../support/demo.ts';
import { createTestHub, type TestHub } from '../support/test-hub.ts';

/**
 * The console's lists read the total and the page in one or two statements over deliveries alone
 * (core/console/list-read.ts): a shallow page after an unordered count, a deep page or a search in one
 * ordered pass. Whichever way a page is read, it must hold the rows a plain reading of each filter's
 * meaning gives: here every list is also worked out in JavaScript from all the rows, and compared page
 * by page — the first pages, both sides of the depth where the reading changes, the last page and past it.
 */
let hub: TestHub;
const NOW = '2026-06-10T10:00:00+08:00';
const N = 1200;
/** Small pages make deep pages cheap to reach: past 1,000 rows (page 143 of 7) a page takes the one-pass read. */
const LIMIT = 7;

beforeAll(async () => {
  hub = await createTestHub({ now: NOW });
  await withDemo(hub);
  const db = hub.ctx.db;
  // N approvals; every fifth name holds 福源, every eleventh has a credit warning.
  await sql`insert into approvals (id, source_department, idempotency_key, payload_hash, matter_code, matter_version,
      counterpart_key, counterpart_name, license_document_number, decision, pushed_at, pushed_by, credit_warning)
    select 'ta' || g, 'bureau', 'tk' || g, 'h', case when g % 3 = 0 then 'RS-001' else 'SC-001' end, 1,
      '9137' || lpad(g::text, 14, '0'), case when g % 5 = 0 then '福源第' || g || '号店' else '测试第' || g || '号公司' end,
      '文〔2026〕' || g || '号', '{}'::jsonb, timestamptz '2026-06-01 08:00+08', 'test',
      case when g % 11 = 0 then '{"reason":"test"}'::jsonb end
    from generate_series(1, ${N}) g`.execute(db);
  // One delivery each: to scjg, rsj, or the city bureau through scjg (a forward); a third of the forwards also
  // have scjg's own delivery of the same subject beside them. Push times tie in threes (the id breaks ties);
  // deadlines are missing, past or ahead; states and disputes vary.
  await sql`insert into deliveries (id, subject_type, subject_id, recipient, via, channel, claim_state, claim_days,
      dispute_days, claim_due_at, created_at, disputed_at, dispute_reason, resolution)
    select 'tl' || g, 'approval', 'ta' || g, (array['scjg','rsj','zb-scjg'])[1 + g % 3],
      case when g % 3 = 2 then 'scjg' end, 'online',
      (array['pending','pending','claimed','auto-claimed','escalated','claimed','pending'])[1 + g % 7], 1, 1,
      case when g % 4 = 0 then null else ${NOW}::timestamptz + ((g % 9) - 4) * interval '5 hours' end,
      timestamptz '2026-06-01 08:00+08' + (g / 3) * interval '1 minute',
      case when g % 7 = 5 then timestamptz '2026-06-05 08:00+08' end,
      case when g % 7 = 5 and g % 2 = 0 then '不属于本部门监管职责' when g % 7 = 5 then '材料不全' end,
      case when g % 7 = 5 and g % 4 = 1 then 'upheld' end
    from generate_series(1, ${N}) g`.execute(db);
  await sql`insert into deliveries (id, subject_type, subject_id, recipient, channel, claim_state, claim_due_at,
      created_at)
    select 'tm' || g, 'approval', 'ta' || g, 'scjg', 'online', 'pending', null,
      timestamptz '2026-06-02 08:00+08' + g * interval '1 second'
    from generate_series(2, ${N}, 9) g`.execute(db);
  // Supervision records delivered to scjg.
  await sql`insert into supervision_records (id, source_department, idempotency_key, payload_hash, kind,
      counterpart_key, record, pushed_at, pushed_by)
    select 'ts' || g, 'scjg', 'tsk' || g, 'h', 'penalty', '9137' || lpad(g::text, 14, '0'),
      jsonb_build_object('counterpart', jsonb_build_object('name', '福源监管第' || g || '号'),
        'documentNumber', '罚〔2026〕' || g || '号'),
      timestamptz '2026-06-03 08:00+08', 'test'
    from generate_series(1, 40) g`.execute(db);
  await sql`insert into deliveries (id, subject_type, subject_id, recipient, channel, claim_state, claim_due_at,
      created_at)
    select 'tr' || g, 'supervision-record', 'ts' || g, (array['scjg','rsj'])[1 + g % 2], 'online',
      case when g % 2 = 0 then 'pending' else 'claimed' end, ${NOW}::timestamptz + g * interval '1 hour',
      timestamptz '2026-06-03 08:00+08' + g * interval '1 second'
    from generate_series(1, 40) g`.execute(db);
  // Statistics, as a store that has been running has them: without, PGlite plans these 1,300 rows blind.
  await sql`analyze`.execute(db);
}, 120_000);
afterAll(() => hub?.close());

interface Row {
  id: string;
  subject_type: string;
  subject_id: string;
  recipient: string;
  via: string | null;
  claim_state: string;
  claim_due_at: Date | null;
  created_at: Date;
  disputed_at: Date | null;
  resolution: string | null;
  dispute_reason: string | null;
  matter_code: string | null;
  counterpart_name: string | null;
  license_document_number: string | null;
  credit_warning: unknown;
  kind: string | null;
  s_key: string | null;
  s_name: string | null;
  s_number: string | null;
}

async function allRows(): Promise<Row[]> {
  const { rows } = await sql<Row>`select d.id, d.subject_type, d.subject_id, d.recipient, d.via, d.claim_state,
      d.claim_due_at, d.created_at, d.disputed_at, d.resolution, d.dispute_reason, a.matter_code, a.counterpart_name,
      a.license_document_number, a.credit_warning, s.kind, s.counterpart_key as s_key,
      s.record->'counterpart'->>'name' as s_name, s.record->>'documentNumber' as s_number
    from deliveries d
    left join approvals a on d.subject_type = 'approval' and a.id = d.subject_id
    left join supervision_records s on d.subject_type = 'supervision-record' and s.id = d.subject_id`.execute(
    hub.ctx.db,
  );
  return rows;
}

/** Each filter as ARCHITECTURE.md states it, over all rows. */
function expected(rows: Row[], department: string | null, raw: Record<string, string>) {
  const l = parseListQuery(raw);
  const now = hub.clock.now().getTime();
  const t = (d: Date | null) => (d ? new Date(d).getTime() : null);
  const contains = (s: string | null | undefined, term: string) => !!s && s.includes(term);
  const disputedSubjects = (term: string) =>
    new Set(rows.filter((r) => contains(r.dispute_reason, term)).map((r) => `${r.subject_type}/${r.subject_id}`));
  const keywordSubjects = l.q ? disputedSubjects(l.q) : new Set<string>();
  const inView = (r: Row) => {
    const due = t(r.claim_due_at);
    switch (l.view) {
      case 'pending':
        return r.claim_state === 'pending' && (due === null || due >= now);
      case 'overdue':
        return (
          (r.claim_state === 'pending' && due !== null && due < now) ||
          ['auto-claimed', 'escalated'].includes(r.claim_state)
        );
      case 'disputed':
        return r.disputed_at !== null && r.resolution === null;
      case 'supervision':
        return r.subject_type === 'supervision-record';
      case 'credit':
        return r.subject_type === 'approval' && r.credit_warning !== null;
      default:
        return true;
    }
  };
  const inScope = (r: Row) =>
    !department ||
    r.recipient === department ||
    (r.via === department &&
      !rows.some(
        (o) => o.subject_id === r.subject_id && o.subject_type === r.subject_type && o.recipient === department,
      ));
  const matches = (r: Row) =>
    inScope(r) &&
    inView(r) &&
    (!l.matter || r.matter_code === l.matter) &&
    (!l.state || r.claim_state === l.state) &&
    (!l.party || contains(r.counterpart_name, l.party) || contains(r.s_name, l.party)) &&
    (!l.q ||
      [r.counterpart_name, r.license_document_number, r.s_name, r.s_number].some((s) => contains(s, l.q!)) ||
      keywordSubjects.has(`${r.subject_type}/${r.subject_id}`)) &&
    (l.due !== 'overdue' || (r.claim_state === 'pending' && r.claim_due_at !== null && t(r.claim_due_at)! < now));
  const key = (r: Row): string | number | null =>
    ({
      due: t(r.claim_due_at),
      created: t(r.created_at),
      state: r.claim_state,
      matter: r.matter_code ?? r.kind,
      party: r.counterpart_name ?? r.s_key,
    })[l.sort];
  const sign = l.dir === 'asc' ? 1 : -1;
  // PostgreSQL's order: NULLS LAST ascending, NULLS FIRST descending; the id breaks ties in the same direction.
  const cmp = (a: Row, b: Row) => {
    const [x, y] = [key(a), key(b)];
    if (x !== y) {
      if (x === null) return 1 * sign;
      if (y === null) return -1 * sign;
      return (x < y ? -1 : 1) * sign;
    }
    return (a.id < b.id ? -1 : 1) * sign;
  };
  return rows.filter(matches).sort(cmp);
}

const QUERIES: Record<string, string>[] = [
  {},
  { dir: 'desc' },
  { sort: 'created' },
  { view: 'all' },
  { view: 'all', sort: 'created', dir: 'asc' },
  { view: 'all', sort: 'due', dir: 'desc' },
  { view: 'all', state: 'pending', sort: 'due', dir: 'desc' },
  { view: 'all', sort: 'party' },
  { view: 'all', sort: 'matter', dir: 'desc' },
  { view: 'all', sort: 'state' },
  { view: 'overdue' },
  { view: 'disputed' },
  { view: 'supervision' },
  { view: 'credit' },
  { view: 'all', q: '职责' },
  { view: 'all', q: '职责', sort: 'party' },
  { view: 'all', party: '福源' },
  { view: 'all', party: '福源', sort: 'created', dir: 'asc' },
  { view: 'all', matter: 'SC-001', state: 'claimed' },
  { view: 'all', due: 'overdue' },
];

describe('console lists: every page read matches the filters worked out row by row', () => {
  for (const department of ['scjg', 'rsj', null])
    it(`for ${department ?? 'the bureau'}: totals, pages (shallow, deep, last, past the last) and order`, async () => {
      const rows = await allRows();
      for (const raw of QUERIES) {
        const want = expected(rows, department, raw);
        const last = Math.max(1, Math.ceil(want.length / LIMIT));
        const pages = [
          ...new Set([1, 2, 3, Math.ceil(last / 2), 142, 143, 144, 145, last - 1, last, last + 1, 100_000]),
        ];
        for (const page of pages.filter((p) => p >= 1)) {
          const got = await workItems(hub.ctx, department, parseListQuery({ ...raw, page: String(page) }), LIMIT);
          const shown = Math.min(page, last);
          const label = `${department} ${JSON.stringify(raw)} page ${page}`;
          expect({ label, total: got.total, more: got.more, page: got.page }).toEqual({
            label,
            total: want.length,
            more: false,
            page: shown,
          });
          expect(got.sortedBy, label).toEqual({ sort: parseListQuery(raw).sort, dir: parseListQuery(raw).dir });
          expect(
            got.items.map((i) => i.id),
            label,
          ).toEqual(want.slice((shown - 1) * LIMIT, shown * LIMIT).map((r) => r.id));
        }
      }
    }, 300_000);

  it('the cards count each view as its list does, up to the cap', async () => {
    const rows = await allRows();
    for (const department of ['scjg', 'rsj', null]) {
      const counts = await workCounts(hub.ctx, department);
      for (const view of ['pending', 'overdue', 'disputed', 'supervision', 'credit'] as const)
        expect({ department, view, n: counts[view] }).toEqual({
          department,
          view,
          n: Math.min(COUNT_CAP, expected(rows, department, { view }).length),
        });
    }
  });

  it(
    'a name search lists each company once with its approvals counted by code, ' + 'and says when there are more',
    async () => {
      await sql`insert into approvals (id, source_department, idempotency_key, payload_hash, matter_code,
        matter_version, counterpart_key, counterpart_name, license_document_number, decision, pushed_at, pushed_by)
      select 'tu' || g, 'bureau', 'tuk' || g, 'h', 'SC-001', 1, case when g <= 3 then 'K1' else 'K2' end,
        case when g <= 3 then '唯一测试甲公司' else '唯一测试乙公司' end, '文' || g, '{}'::jsonb, now(), 'test'
      from generate_series(1, 5) g`.execute(hub.ctx.db);
      await sql`insert into supervision_records (id, source_department, idempotency_key, payload_hash, kind,
        counterpart_key, record, pushed_at, pushed_by)
      values ('tv1', 'scjg', 'tvk1', 'h', 'penalty', 'K3', '{"counterpart":{"name":"唯一测试丙公司"}}',
        now(), 'test')`.execute(hub.ctx.db);
      const found = await lookUpCounterpart(hub.ctx, '唯一测试');
      expect(found.kind === 'candidates' && { more: found.more, candidates: found.candidates }).toEqual({
        more: false,
        candidates: [
          { key: 'K1', name: '唯一测试甲公司', approvals: 3 },
          { key: 'K2', name: '唯一测试乙公司', approvals: 2 },
          { key: 'K3', name: '唯一测试丙公司', approvals: 0 },
        ].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
      });
      // 福源 is in 240 approvals' names and 40 records' names: 20 candidates are listed, and the page says there are
      // more.
      const many = await lookUpCounterpart(hub.ctx, '福源');
      expect(many.kind === 'candidates' && [many.candidates.length, many.more]).toEqual([20, true]);
    },
  );

  it(
    `counts up to ${TOTAL_CAP} then says more, across both parts of 待认领, ` +
      'and clamps a deeper page to the last counted one',
    async () => {
      // wjj: 6,000 pending items within their deadline and 4,001 without one — 10,001 in all.
      await sql`insert into deliveries (id, subject_type, subject_id, recipient, channel, claim_state, claim_due_at,
        created_at)
      select 'cap' || lpad(g::text, 6, '0'), 'approval', 'ta1', 'wjj', 'online', 'pending',
        case when g <= 6000 then ${NOW}::timestamptz + (g % 997) * interval '1 minute' end,
        timestamptz '2026-06-01 08:00+08'
      from generate_series(1, 10001) g`.execute(hub.ctx.db);
      const want = expected(await allRows(), 'wjj', {});
      expect(want).toHaveLength(TOTAL_CAP + 1);
      for (const [page, shown] of [
        [1, 1],
        [2, 2],
        [120, 120],
        [200, 200],
        [5000, 200],
      ]) {
        const got = await workItems(hub.ctx, 'wjj', parseListQuery({ page: String(page) }));
        expect({ page, total: got.total, more: got.more, shown: got.page }).toEqual({
          page,
          total: TOTAL_CAP,
          more: true,
          shown,
        });
        expect(got.items.map((i) => i.id)).toEqual(want.slice((shown! - 1) * 50, shown! * 50).map((r) => r.id));
      }
      expect((await workCounts(hub.ctx, 'wjj')).pending).toBe(COUNT_CAP);
    },
  );
});
