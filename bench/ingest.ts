/**
 * Ingest benchmark (issue 3): approvals per second end to end — HTTP → validated → durable →
 * delivered to an in-process recipient — against bare fastify doing one INSERT per request on the
 * same PostgreSQL, then the deadline sweep's time with 10k, 100k and 1M open deliveries.
 * Run: npm run bench:ingest  (DATABASE_URL defaults to the local test database's server)
 */
import Fastify from 'fastify';
import pg from 'pg';
import { sql } from 'kysely';
import { ManualClock } from '../core/clock.ts';
import { seedDemo } from '../core/demo/seed-demo.ts';
import { Dispatcher } from '../core/delivery/dispatcher.ts';
import { registerTransport } from '../core/delivery/transports.ts';
import { buildApp } from '../core/http/app.ts';
import { hubOnStore } from '../core/hub.ts';
import { sweepDeadlines } from '../core/linkage/sweep.ts';
import { loadProfile } from '../core/policy/load-profile.ts';
import { openStore } from '../core/storage/open-store.ts';
import { approvalFixture } from '../test/support/linkage.ts';
import { loadInWorker, scratchDatabase } from './support.ts';

const TOTAL = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const WARM_UP = 300;

async function hubIngest(url: string): Promise<number> {
  const store = await openStore({ databaseUrl: url, poolSize: 20 });
  const hub = await hubOnStore(store, loadProfile('gaoqing'));
  const keys = (await seedDemo(hub.ctx))!;
  const bureau = keys.find((k) => k.department === 'bureau')!.key;
  let delivered = 0;
  registerTransport({ name: 'bench-recipient', send: async () => void delivered++ });
  await hub.ctx.db
    .insertInto('department_endpoints')
    .values({
      department_code: 'scjg',
      transport: 'bench-recipient',
      url: null,
      secret: null,
      updated_at: new Date(),
      updated_by: 'bench',
    })
    .execute();
  const dispatcher = new Dispatcher(hub.ctx);
  const app = await buildApp(hub.ctx, { dispatcher, rateLimits: false }); // measures the hub, not the limiter
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  const bodies = (n: number, from: number) =>
    Array.from({ length: n }, (_, i) =>
      JSON.stringify(approvalFixture({ licenseDocumentNumber: `B-${from + i}`, decisionDate: '2026-06-10' })),
    );
  const headers = { authorization: `Bearer ${bureau}` };
  const expected = (TOTAL + WARM_UP) * 2;
  try {
    await loadInWorker({
      port,
      path: '/api/v1/approvals',
      bodies: bodies(WARM_UP, TOTAL),
      headers,
      keyPrefix: 'bench-warm',
      concurrency: CONCURRENCY,
    });
    const start = performance.now();
    await loadInWorker({
      port,
      path: '/api/v1/approvals',
      bodies: bodies(TOTAL, 0),
      headers,
      keyPrefix: 'bench-key',
      concurrency: CONCURRENCY,
    });
    while (delivered < expected) {
      await dispatcher.drain();
      if (delivered < expected) await new Promise((r) => setTimeout(r, 5));
    }
    return (TOTAL / (performance.now() - start)) * 1000;
  } finally {
    await app.close();
    await store.close();
  }
}

async function bareInsert(url: string): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  pool.on('error', () => undefined);
  await pool.query(
    'create table bare_inserts (id bigint generated always as identity primary key, key text, body jsonb, at timestamptz)',
  );
  const app = Fastify();
  app.post('/insert', async (req) => {
    await pool.query('insert into bare_inserts (key, body, at) values ($1, $2, now())', [
      req.headers['idempotency-key'],
      JSON.stringify(req.body),
    ]);
    return { ok: true };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  const body = JSON.stringify(approvalFixture());
  await loadInWorker({
    port,
    path: '/insert',
    bodies: Array(WARM_UP).fill(body),
    headers: {},
    keyPrefix: 'bare-warm',
    concurrency: CONCURRENCY,
  });
  const ms = await loadInWorker({
    port,
    path: '/insert',
    bodies: Array(TOTAL).fill(body),
    headers: {},
    keyPrefix: 'bare',
    concurrency: CONCURRENCY,
  });
  await app.close();
  await pool.end();
  return (TOTAL / ms) * 1000;
}

/** Open deliveries far from due, plus 100 due ones; the median of 5 sweeps of 100 due ones at each size. */
async function sweepScaling(url: string): Promise<{ open: number; ms: number; swept: number }[]> {
  const store = await openStore({ databaseUrl: url, poolSize: 4 });
  const clock = new ManualClock('2026-06-10T10:00:00+08:00');
  const hub = await hubOnStore(store, loadProfile('gaoqing'), clock);
  await seedDemo(hub.ctx);
  const results: { open: number; ms: number; swept: number }[] = [];
  let open = 0;
  for (const size of [10_000, 100_000, 1_000_000]) {
    await sql`insert into deliveries (id, subject_type, subject_id, recipient, channel, claim_state, claim_days, dispute_days, claim_due_at, dispute_due_at, created_at)
      select 'open-' || g, 'approval', 'a-' || g, 'scjg', 'online', 'pending', 1, 1, timestamptz '2027-06-01' + (g % 1000) * interval '1 minute', timestamptz '2027-06-01', timestamptz '2026-06-01'
      from generate_series(${open + 1}::int, ${size}::int) g`.execute(store.db);
    open = size;
    await sql`analyze deliveries`.execute(store.db);
    const times: number[] = [];
    let swept = 0;
    for (let round = 0; round < 5; round++) {
      await sql`insert into deliveries (id, subject_type, subject_id, recipient, channel, claim_state, claim_days, dispute_days, claim_due_at, dispute_due_at, created_at)
        select 'due-' || ${size}::int || '-' || ${round}::int || '-' || g, 'approval', 'd-' || g, 'scjg', 'online', 'pending', 1, 1, timestamptz '2026-06-09', timestamptz '2026-06-09', timestamptz '2026-06-08'
        from generate_series(1, 100) g`.execute(store.db);
      const start = performance.now();
      swept = await sweepDeadlines(hub.ctx);
      times.push(performance.now() - start);
    }
    results.push({ open: size, ms: times.sort((a, b) => a - b)[2]!, swept });
  }
  await store.close();
  return results;
}

const db1 = await scratchDatabase('sg_bench_hub');
const db2 = await scratchDatabase('sg_bench_bare');
const db3 = await scratchDatabase('sg_bench_sweep');
try {
  const hub = await hubIngest(db1.url);
  const bare = await bareInsert(db2.url);
  console.log(`ingest: ${TOTAL} approvals, concurrency ${CONCURRENCY}`);
  console.log(`  hub end to end (HTTP → validated → durable → delivered): ${hub.toFixed(0)} approvals/s`);
  console.log(`  bare fastify, one INSERT per request:                    ${bare.toFixed(0)} requests/s`);
  console.log(`  ratio: ${(hub / bare).toFixed(2)}`);
  console.log('sweep (100 due deliveries among N open ones):');
  for (const r of await sweepScaling(db3.url))
    console.log(`  ${String(r.open).padStart(9)} open: ${r.ms.toFixed(1)} ms (${r.swept} auto-claimed)`);
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  await db1.drop();
  await db2.drop();
  await db3.drop();
}
