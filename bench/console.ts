/**
 * bench/console (issues 7, 15, 17): server time of the console's pages with 100k (or BENCH_ITEMS, e.g.
 * 1,000,000) items in the store, on the embedded store (PGlite) and on PostgreSQL. Each page is requested
 * BENCH_RUNS times in each of BENCH_ROUNDS rounds, in-process (no network), after warm-up; the table gives
 * the median of all requests, the 95th percentile, and the spread of the rounds' medians. Target: < 100 ms.
 * Run: npm run bench:console   (BENCH_ITEMS=1000000 BENCH_STORES=postgres for one store at 1M)
 * BENCH_DATABASE_URL measures a PostgreSQL database instead of a scratch one (filled first when empty, and
 * kept, so EXPLAIN ANALYZE can be run on it afterwards); BENCH_PGLITE_DIR does the same for PGlite.
 * BENCH_PAGES=<regex> measures only the pages it matches; BENCH_PROFILE=1 prints, for one request of each
 * page, the time of each SQL statement it ran (where a page's time goes).
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { addUser } from '../core/accounts/users.ts';
import { cliActor } from '../core/audit/actor.ts';
import { seedDemo } from '../core/demo/seed-demo.ts';
import { buildApp } from '../core/http/app.ts';
import { hubOnStore } from '../core/hub.ts';
import { ManualClock } from '../core/clock.ts';
import { loadProfile } from '../core/policy/load-profile.ts';
import { openStore, type Store } from '../core/storage/open-store.ts';
import { ConsoleClient } from '../test/support/console.ts';
import { scratchDatabase } from './support.ts';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const STORES = (process.env.BENCH_STORES ?? 'pglite,postgres').split(',');
const ONLY = process.env.BENCH_PAGES ? new RegExp(process.env.BENCH_PAGES) : null;
const PROFILE = process.env.BENCH_PROFILE === '1';
/** Rows per INSERT … SELECT generate_series: each statement stays well inside the statement timeout. */
const CHUNK = 20_000;
/** The items spread over the same ~173 days whatever their number, so a month holds ITEMS / 6 of them. */
const SPACING_S = (15 * 1_000_000) / ITEMS;

/**
 * ITEMS approvals of 100,000 companies (the one with code 914403001922038216 among them), each delivered to one of
 * four departments: mostly claimed, a fifth pending, some auto-claimed and disputed.
 */
async function fill(store: Store) {
  const decision = JSON.stringify({
    matterCode: 'SC-001',
    counterpart: { name: '高青县福源餐饮有限公司', uscc: '914403001922038216' },
    decisionDate: '2026-06-01',
    validFrom: '2026-06-01',
    validTo: '2031-05-31',
    content: '预包装食品销售',
  });
  const step = sql`${SPACING_S} * interval '1 second'`;
  for (let lo = 1; lo <= ITEMS; lo += CHUNK) {
    const hi = Math.min(ITEMS, lo + CHUNK - 1);
    await sql`insert into approvals (id, source_department, idempotency_key, payload_hash, matter_code, matter_version,
        counterpart_key, counterpart_name, license_document_number, decision, pushed_at, pushed_by)
      select 'a' || g, 'bureau', 'k' || g, 'h', 'SC-001', 1,
        case when g % 100000 = 0 then '914403001922038216' else '9137' || lpad((g % 100000)::text, 14, '0') end,
        '高青县第' || (g % 100000) || '号餐饮有限公司', '高审批食经〔2026〕' || g || '号', ${decision}::jsonb,
        timestamptz '2026-01-01 08:00+08' + g * ${step}, 'bench'
      from generate_series(${lo}::int, ${hi}::int) g`.execute(store.db);
    await sql`insert into deliveries (id, subject_type, subject_id, recipient, channel, claim_state, claim_days,
        dispute_days, claim_due_at, dispute_due_at, claimed_at, disputed_at, dispute_reason, created_at)
      select 'd' || g, 'approval', 'a' || g, (array['scjg','rsj','wjj','zb-scjg'])[1 + g % 4], 'online',
        case when g % 20 < 14 then 'claimed' when g % 20 < 18 then 'pending' when g % 20 = 18 then 'auto-claimed'
          else 'claimed' end,
        1, 1,
        timestamptz '2026-01-02 00:00+08' + g * ${step}, timestamptz '2026-01-02 00:00+08' + g * ${step},
        case when g % 20 < 14 or g % 20 = 19 then timestamptz '2026-01-01 10:00+08' + g * ${step} end,
        case when g % 20 = 19 then timestamptz '2026-01-01 11:00+08' + g * ${step} end,
        case when g % 20 = 19 then '许可事项不属于本部门监管职责（第' || g || '号）' end,
        timestamptz '2026-01-01 08:00+08' + g * ${step}
      from generate_series(${lo}::int, ${hi}::int) g`.execute(store.db);
  }
  // PostgreSQL's autovacuum would vacuum a table that grew this much within minutes; doing it here measures
  // the store as it runs (index-only scans see the visibility map) instead of whichever moment autovacuum
  // happens to reach it during the measurement. PGlite has no autovacuum: it only gets the statistics.
  await sql.raw(store.backend === 'postgres' ? 'vacuum analyze' : 'analyze').execute(store.db);
}

/**
 * The statements one request runs, with their times (BENCH_PROFILE): every Kysely executor shares this prototype.
 */
const statements: { sql: string; ms: number }[] = [];
function profileStatements(store: Store) {
  const proto = Object.getPrototypeOf(store.db.getExecutor()) as {
    executeQuery(this: unknown, q: { sql: string }, id: unknown): Promise<unknown>;
  };
  const run = proto.executeQuery;
  proto.executeQuery = async function (this: unknown, q, id) {
    const s = performance.now();
    try {
      return await run.call(this, q, id);
    } finally {
      statements.push({ sql: q.sql.replace(/\s+/g, ' ').slice(0, 140), ms: performance.now() - s });
    }
  };
}

async function measure(label: string, store: Store, filled = false) {
  // "Now" falls inside the generated range, so there are items pending, due soon and overdue.
  const hub = await hubOnStore(store, loadProfile('gaoqing'), new ManualClock('2026-05-01T10:00:00+08:00'));
  filled ||= !!(await hub.ctx.db.selectFrom('approvals').select('id').where('id', '=', 'a1').executeTakeFirst());
  if (!filled) await seedDemo(hub.ctx);
  for (const [username, department, role] of [
    ['scjg', 'scjg', 'department-staff'],
    ['admin', 'bureau', 'bureau-admin'],
  ] as const)
    if (!(await hub.ctx.db.selectFrom('users').select('username').where('username', '=', username).executeTakeFirst()))
      await addUser(
        hub.ctx,
        { username, displayName: username, department, role, password: 'bench-password' },
        cliActor(),
      );
  if (!filled) {
    const t0 = performance.now();
    await fill(store);
    console.log(
      `${label}: ${ITEMS} approvals and deliveries written in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  const app = await buildApp(hub.ctx, { rateLimits: false }); // measures the pages, not the limiter
  const pages = (
    [
      '/console',
      '/console?view=overdue',
      '/console?view=disputed',
      '/console?view=credit',
      `/console/items/d${ITEMS / 2}`,
      '/console/documents',
      '/console/reports/monthly?month=2026-03',
      // Issue 15: filters, sorting, deep pages, searches, the counterpart page.
      '/console?view=all',
      '/console?view=all&page=2',
      '/console?view=all&page=200',
      '/console?view=all&page=5000',
      '/console?view=all&sort=created&dir=asc',
      '/console?view=all&sort=due&dir=desc',
      '/console?view=all&sort=state',
      '/console?view=all&sort=party&dir=desc',
      '/console?view=all&sort=matter',
      `/console?view=all&party=${encodeURIComponent('第4242号')}`,
      `/console?view=all&party=${encodeURIComponent('福源')}`,
      '/console?view=all&party=914403001922038216',
      `/console?view=all&q=${encodeURIComponent('〔2026〕777号')}`,
      `/console?view=all&q=${encodeURIComponent('监管职责')}&sort=party`,
      '/console?view=all&q=SC-001',
      `/console?view=all&q=${encodeURIComponent('福源')}`,
      '/console?view=all&matter=SC-001&state=claimed&from=2026-02-01&to=2026-02-28',
      '/console?view=all&state=pending&sort=due&dir=desc',
      '/console?view=all&department=rsj&state=auto-claimed',
      '/console?due=near',
      '/console?view=all&due=overdue',
      '/console/counterparts?key=914403001922038216',
      `/console/counterparts?key=${encodeURIComponent('第4242号')}`,
      `/console/counterparts?key=${encodeURIComponent('福源')}`,
      '/console/notices',
      '/console/audit',
    ] as string[]
  ).filter((url) => !ONLY || ONLY.test(url));
  const clients = new Map<string, ConsoleClient>();
  for (const user of ['scjg', 'admin']) {
    const client = new ConsoleClient(app);
    await client.signIn(user, 'bench-password');
    clients.set(user, client);
  }
  const times = new Map<string, number[][]>();
  for (let round = 0; round < ROUNDS; round++)
    for (const [user, client] of clients)
      for (const url of pages) {
        if (url === '/console/audit' && user !== 'admin') continue;
        for (let i = 0; i < 3; i++) await client.get(url);
        const sample: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const s = performance.now();
          const res = await client.get(url);
          sample.push(performance.now() - s);
          if (res.statusCode !== 200) throw new Error(`${url} as ${user}: ${res.statusCode}`);
        }
        const key = `${user} ${url}`;
        times.set(key, [...(times.get(key) ?? []), sample]);
      }
  if (PROFILE) {
    profileStatements(store);
    for (const [user, client] of clients)
      for (const url of pages) {
        if (url === '/console/audit' && user !== 'admin') continue;
        statements.length = 0;
        const s = performance.now();
        await client.get(url);
        const total = performance.now() - s;
        const sqlMs = statements.reduce((a, x) => a + x.ms, 0);
        console.log(
          `${label} ${user} ${url}: ${total.toFixed(1)} ms, ${statements.length} statements ${sqlMs.toFixed(1)} ms`,
        );
        for (const x of [...statements].sort((a, b) => b.ms - a.ms).slice(0, 4))
          console.log(`    ${x.ms.toFixed(1).padStart(7)} ms  ${x.sql}`);
      }
  }
  await app.close();
  await hub.close();
  const pct = (xs: number[], p: number) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
  return [...times].map(([key, rounds]) => {
    const [user, url] = key.split(' ');
    const all = rounds.flat();
    const medians = rounds.map((r) => pct(r, 0.5));
    const p95 = pct(all, 0.95);
    return (
      `| ${label} | ${user} | \`${url}\` | ${pct(all, 0.5).toFixed(1)} | ${p95.toFixed(1)} | ` +
      `${Math.min(...medians).toFixed(1)}–${Math.max(...medians).toFixed(1)} |${p95 >= 100 ? ' **≥ 100** |' : ' |'}`
    );
  });
}

const rows: string[] = [];
if (STORES.includes('pglite'))
  rows.push(...(await measure('PGlite', await openStore({ dataDir: process.env.BENCH_PGLITE_DIR ?? 'memory://' }))));
if (STORES.includes('postgres')) {
  if (process.env.BENCH_DATABASE_URL)
    rows.push(...(await measure('PostgreSQL', await openStore({ databaseUrl: process.env.BENCH_DATABASE_URL }))));
  else {
    const scratch = await scratchDatabase('bench_console');
    try {
      rows.push(...(await measure('PostgreSQL', await openStore({ databaseUrl: scratch.url, poolSize: 10 }))));
    } finally {
      await scratch.drop();
    }
  }
}
console.log(
  `\n${ITEMS} items, ${ROUNDS} rounds of ${RUNS} requests per page\n` +
    '| store | user | page | median ms | p95 ms | round medians | |\n|---|---|---|---|---|---|---|\n' +
    `${rows.join('\n')}`,
);
