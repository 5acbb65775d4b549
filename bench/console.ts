/**
 * bench/console (issue 7): server time of the console's pages with 100k items in the store, on the
 * embedded store (PGlite) and on PostgreSQL. Each page is requested 30 times in-process (no network)
 * after warm-up; median and 95th percentile. Target: under 100 ms.
 * Run: npm run bench:console
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
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

/** 100k approvals, each delivered to one of four departments: mostly claimed, a fifth pending, some auto-claimed and disputed. */
async function fill(store: Store) {
  const decision = JSON.stringify({
    matterCode: 'SC-001',
    counterpart: { name: '高青县福源餐饮有限公司', uscc: '914403001922038216' },
    decisionDate: '2026-06-01',
    validFrom: '2026-06-01',
    validTo: '2031-05-31',
    content: '预包装食品销售',
  });
  await sql`insert into approvals (id, source_department, idempotency_key, payload_hash, matter_code, matter_version, counterpart_key, counterpart_name, license_document_number, decision, pushed_at, pushed_by)
    select 'a' || g, 'bureau', 'k' || g, 'h', 'SC-001', 1, '914403001922038216', '高青县第' || g || '号餐饮有限公司', '高审批食经〔2026〕' || g || '号', ${decision}::jsonb,
      timestamptz '2026-01-01 08:00+08' + (g * interval '150 seconds'), 'bench'
    from generate_series(1, ${ITEMS}) g`.execute(store.db);
  await sql`insert into deliveries (id, subject_type, subject_id, recipient, channel, claim_state, claim_days, dispute_days, claim_due_at, dispute_due_at, claimed_at, disputed_at, created_at)
    select 'd' || g, 'approval', 'a' || g, (array['scjg','rsj','wjj','zb-scjg'])[1 + g % 4], 'online',
      case when g % 20 < 14 then 'claimed' when g % 20 < 18 then 'pending' when g % 20 = 18 then 'auto-claimed' else 'claimed' end,
      1, 1,
      timestamptz '2026-01-02 00:00+08' + (g * interval '150 seconds'), timestamptz '2026-01-02 00:00+08' + (g * interval '150 seconds'),
      case when g % 20 < 14 or g % 20 = 19 then timestamptz '2026-01-01 10:00+08' + (g * interval '150 seconds') end,
      case when g % 20 = 19 then timestamptz '2026-01-01 11:00+08' + (g * interval '150 seconds') end,
      timestamptz '2026-01-01 08:00+08' + (g * interval '150 seconds')
    from generate_series(1, ${ITEMS}) g`.execute(store.db);
  await sql`analyze`.execute(store.db);
}

async function measure(label: string, store: Store) {
  // "Now" falls inside the generated range, so there are items pending, due soon and overdue.
  const hub = await hubOnStore(store, loadProfile('gaoqing'), new ManualClock('2026-05-01T10:00:00+08:00'));
  await seedDemo(hub.ctx);
  for (const [username, department, role] of [
    ['scjg', 'scjg', 'department-staff'],
    ['admin', 'bureau', 'bureau-admin'],
  ] as const)
    await addUser(
      hub.ctx,
      { username, displayName: username, department, role, password: 'bench-password' },
      cliActor(),
    );
  const t0 = performance.now();
  await fill(store);
  console.log(
    `${label}: ${ITEMS} approvals and deliveries written in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const app = await buildApp(hub.ctx, { rateLimits: false }); // measures the pages, not the limiter
  const results: string[] = [];
  for (const user of ['scjg', 'admin']) {
    const client = new ConsoleClient(app);
    await client.signIn(user, 'bench-password');
    const pages = [
      '/console',
      '/console?view=overdue',
      '/console?view=disputed',
      `/console/items/d${ITEMS / 2}`,
      '/console/documents',
      '/console/reports/monthly?month=2026-03',
      // Issue 15: filters, sorting, deep pages, the counterpart page.
      '/console?view=all&page=200',
      `/console?view=all&party=${encodeURIComponent('第4242号')}`,
      '/console?view=all&sort=party&dir=desc',
      '/console?view=all&matter=SC-001&state=claimed&from=2026-02-01&to=2026-02-28',
      '/console?due=near',
      '/console/counterparts?key=914403001922038216',
      `/console/counterparts?key=${encodeURIComponent('第4242号')}`,
    ];
    for (const url of pages) {
      for (let i = 0; i < 5; i++) await client.get(url);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const s = performance.now();
        const res = await client.get(url);
        times.push(performance.now() - s);
        if (res.statusCode !== 200) throw new Error(`${url} as ${user}: ${res.statusCode}`);
      }
      times.sort((a, b) => a - b);
      results.push(
        `| ${label} | ${user} | \`${url}\` | ${times[RUNS / 2]!.toFixed(1)} | ${times[Math.floor(RUNS * 0.95)]!.toFixed(1)} |`,
      );
    }
  }
  await app.close();
  await hub.close();
  return results;
}

const rows: string[] = [];
rows.push(...(await measure('PGlite', await openStore({ dataDir: 'memory://' }))));
const scratch = await scratchDatabase('bench_console');
try {
  rows.push(...(await measure('PostgreSQL', await openStore({ databaseUrl: scratch.url, poolSize: 10 }))));
} finally {
  await scratch.drop();
}
console.log(`\n| store | user | page | median ms | p95 ms |\n|---|---|---|---|---|\n${rows.join('\n')}`);
