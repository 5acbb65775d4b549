/**
 * Ingest benchmark (issues 3, 17): approvals per second end to end — HTTP → validated → durable →
 * delivered to an in-process recipient — against two baselines on the same PostgreSQL, interleaved
 * (hub, bare, floor; the order rotates each round) with the load generator in a separate process:
 *  - bare: fastify doing one INSERT of the request body per request;
 *  - floor: fastify writing the same rows a push ends up with (the approval, its deliveries, outbox
 *    messages and audit entries, copied from a real push) in one multi-row statement per request.
 * Beside throughput it reports CPU per approval: the bench process (process.cpuUsage; the load
 * generator is elsewhere) and the PostgreSQL backends serving the hub's database (/proc/<pid>/stat).
 * Then the deadline sweep's time with 10k, 100k and 1M open deliveries.
 * Run: npm run bench:ingest  (BENCH_REQUESTS per run, BENCH_PAIRS, BENCH_CONCURRENCY, BENCH_SWEEP=0 to skip;
 * BENCH_PROFILE=<dir> writes a CPU profile of each measured hub run there — the hub's own time, not the
 * baselines' or the start-up's)
 */
import { randomUUID } from 'node:crypto';
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
import { formatSpread, postgresCpu, spread, startProfile } from './pairs.ts';
import { chainPendingAudit } from '../core/audit/audit-chain.ts';
import { loadGenerator, PG_URL, scratchDatabase } from './support.ts';

const TOTAL = Number(process.env.BENCH_REQUESTS ?? 1000);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const PROFILE_DIR = process.env.BENCH_PROFILE;

type Side = () => Promise<{ perSecond: number; nodeMs?: number; pgMs?: number; chainMs?: number }>;

const load = loadGenerator();
let round = 0;
const bodies = (prefix: string) =>
  Array.from({ length: TOTAL }, (_, i) =>
    JSON.stringify(approvalFixture({ licenseDocumentNumber: `${prefix}-${round}-${i}`, decisionDate: '2026-06-10' })),
  );

async function hubSide(
  url: string,
  admin: pg.Pool,
): Promise<{ side: Side; template: () => Promise<Template>; close(): Promise<void> }> {
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
  const database = new URL(url).pathname.slice(1);
  const side: Side = async () => {
    const posted = bodies('B');
    const keyPrefix = `hub-${round++}`;
    delivered = 0;
    const expected = TOTAL * 2; // SC-001 goes to the county market-regulation bureau and through it to the city's
    const profiler = PROFILE_DIR && round > 1 ? await startProfile() : undefined;
    const cpu = process.cpuUsage();
    const pgCpu = await postgresCpu(admin, database);
    const start = performance.now();
    await load.run({
      port,
      path: '/api/v1/approvals',
      bodies: posted,
      headers: { authorization: `Bearer ${bureau}` },
      keyPrefix,
      concurrency: CONCURRENCY,
    });
    while (delivered < expected) {
      await dispatcher.drain();
      if (delivered < expected) await new Promise((r) => setTimeout(r, 5));
    }
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const pgMs = await pgCpu();
    await profiler?.(`${PROFILE_DIR}/hub-${keyPrefix}.cpuprofile`);
    // The audit-chain job links these entries within a second on a server; here it runs after the timed
    // part, its PostgreSQL time counted apart (the sequencer's work grows with the audit rows a push writes).
    const chainCpu = await postgresCpu(admin, database);
    await chainPendingAudit(store.db);
    const chainMs = await chainCpu();
    return {
      perSecond: (TOTAL / ms) * 1000,
      nodeMs: (used.user + used.system) / 1000 / TOTAL,
      pgMs: pgMs / TOTAL,
      chainMs: chainMs / TOTAL,
    };
  };
  // The rows one delivered push left behind, as the floor's template.
  const template = async (): Promise<Template> => {
    const approval = await store.db
      .selectFrom('approvals')
      .select('id')
      .orderBy('pushed_at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const rowsOf = async (table: string, where: string) =>
      (
        await sql
          .raw<{ r: Record<string, unknown> }>(`select to_jsonb(t) as r from ${table} t where ${where}`)
          .execute(store.db)
      ).rows.map((x) => x.r);
    const id = approval.id;
    const deliveries = await rowsOf('deliveries', `subject_type = 'approval' and subject_id = '${id}'`);
    return {
      approvalId: id,
      approvals: await rowsOf('approvals', `id = '${id}'`),
      deliveries,
      outbox: await rowsOf('outbox', `delivery_id in (${deliveries.map((d) => `'${d.id}'`).join(',')})`),
      audit_log: (await rowsOf('audit_log', `subject = 'approval:${id}'`)).map(
        ({ id: _, chain_seq: _s, prev_hash: _p, hash: _h, ...rest }) => rest,
      ),
    };
  };
  return {
    side,
    template,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

interface Template {
  approvalId: string;
  approvals: Record<string, unknown>[];
  deliveries: Record<string, unknown>[];
  outbox: Record<string, unknown>[];
  audit_log: Record<string, unknown>[];
}

async function serverSide(
  handler: (body: unknown, key: string) => Promise<void>,
): Promise<{ side: Side; close(): Promise<void> }> {
  const app = Fastify();
  app.post('/insert', async (req) => {
    await handler(req.body, String(req.headers['idempotency-key']));
    return { ok: true };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  return {
    side: async () => {
      const ms = await load.run({
        port,
        path: '/insert',
        bodies: bodies('F'),
        headers: {},
        keyPrefix: `base-${round++}`,
        concurrency: CONCURRENCY,
      });
      return { perSecond: (TOTAL / ms) * 1000 };
    },
    close: () => app.close(),
  };
}

async function bareSide(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  pool.on('error', () => undefined);
  await pool.query(
    'create table bare_inserts ' +
      '(id bigint generated always as identity primary key, key text, body jsonb, at timestamptz)',
  );
  const s = await serverSide(async (body, key) => {
    await pool.query('insert into bare_inserts (key, body, at) values ($1, $2, now())', [key, JSON.stringify(body)]);
  });
  return {
    side: s.side,
    close: async () => {
      await s.close();
      await pool.end();
    },
  };
}

/** The honest floor: the rows a delivered push leaves, written by one fixed statement per request. */
async function floorSide(url: string, t: Template) {
  const store = await openStore({ databaseUrl: url, poolSize: 1 });
  await seedDemo((await hubOnStore(store, loadProfile('gaoqing'))).ctx);
  await store.close();
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  pool.on('error', () => undefined);
  const auditColumns = Object.keys(t.audit_log[0]!).join(', ');
  const text = `with a as (insert into approvals select * from jsonb_populate_recordset(null::approvals, $1::jsonb)),
    d as (insert into deliveries select * from jsonb_populate_recordset(null::deliveries, $2::jsonb)),
    o as (insert into outbox select * from jsonb_populate_recordset(null::outbox, $3::jsonb)),
    l as (insert into audit_log (${auditColumns})
      select ${auditColumns} from jsonb_populate_recordset(null::audit_log, $4::jsonb))
    select 1`;
  const templateText = JSON.stringify([t.approvals, t.deliveries, t.outbox, t.audit_log]);
  const ids = [t.approvalId, ...t.deliveries.map((d) => d.id as string), ...t.outbox.map((o) => o.id as string)];
  const s = await serverSide(async (body, key) => {
    // New ids throughout (as a push makes them), the request's decision, key and licence number.
    let json = templateText;
    for (const id of ids) json = json.replaceAll(id, randomUUID());
    const [approvals, deliveries, outbox, audit] = JSON.parse(json) as Record<string, unknown>[][];
    const decision = body as { licenseDocumentNumber: string };
    Object.assign(approvals![0]!, {
      decision,
      idempotency_key: key,
      license_document_number: decision.licenseDocumentNumber,
    });
    await pool.query({
      name: 'floor',
      text,
      values: [approvals, deliveries, outbox, audit].map((x) => JSON.stringify(x)),
    });
  });
  return {
    side: s.side,
    close: async () => {
      await s.close();
      await pool.end();
    },
  };
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
    await sql`insert into deliveries (id, subject_type, subject_id, recipient, channel, claim_state, claim_days,
        dispute_days, claim_due_at, dispute_due_at, created_at)
      select 'open-' || g, 'approval', 'a-' || g, 'scjg', 'online', 'pending', 1, 1,
        timestamptz '2027-06-01' + (g % 1000) * interval '1 minute', timestamptz '2027-06-01', timestamptz '2026-06-01'
      from generate_series(${open + 1}::int, ${size}::int) g`.execute(store.db);
    open = size;
    await sql`analyze deliveries`.execute(store.db);
    const times: number[] = [];
    let swept = 0;
    for (let round = 0; round < 5; round++) {
      await sql`insert into deliveries (id, subject_type, subject_id, recipient, channel, claim_state, claim_days,
          dispute_days, claim_due_at, dispute_due_at, created_at)
        select 'due-' || ${size}::int || '-' || ${round}::int || '-' || g, 'approval', 'd-' || g, 'scjg', 'online',
          'pending', 1, 1, timestamptz '2026-06-09', timestamptz '2026-06-09', timestamptz '2026-06-08'
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
const db3 = await scratchDatabase('sg_bench_floor');
const db4 = await scratchDatabase('sg_bench_sweep');
const admin = new pg.Pool({ connectionString: PG_URL, max: 1 });
try {
  const hub = await hubSide(db1.url, admin);
  await hub.side(); // warm-up, and a push to copy the floor's rows from
  const bare = await bareSide(db2.url);
  const floor = await floorSide(db3.url, await hub.template());
  await bare.side();
  await floor.side();
  const sides: [string, Side][] = [
    ['hub', hub.side],
    ['bare', bare.side],
    ['floor', floor.side],
  ];
  const runs: Record<string, Awaited<ReturnType<Side>>[]> = {
    hub: [],
    bare: [],
    floor: [],
  };
  console.log(
    `ingest: ${TOTAL} approvals per run, concurrency ${CONCURRENCY}, ${PAIRS} rounds (hub, bare, floor; order rotates)`,
  );
  for (let r = 0; r < PAIRS; r++) {
    for (let k = 0; k < sides.length; k++) {
      const [name, side] = sides[(r + k) % sides.length]!;
      runs[name]!.push(await side());
    }
    const h = runs.hub!.at(-1)!;
    console.log(
      `  round ${r + 1}: hub ${h.perSecond.toFixed(0)}/s ` +
        `(Node ${h.nodeMs!.toFixed(2)} ms + PostgreSQL ${h.pgMs!.toFixed(2)} ms CPU per approval), ` +
        `bare ${runs.bare!.at(-1)!.perSecond.toFixed(0)}/s, floor ${runs.floor!.at(-1)!.perSecond.toFixed(0)}/s`,
    );
  }
  const rate = (name: string) => runs[name]!.map((x) => x.perSecond);
  const ratio = (name: string) => rate('hub').map((h, i) => h / rate(name)[i]!);
  console.log('min / median / max:');
  console.log(
    `  hub end to end (HTTP → validated → durable → delivered): ${formatSpread(spread(rate('hub')))} approvals/s`,
  );
  console.log(
    `  bare fastify, one INSERT per request:                    ${formatSpread(spread(rate('bare')))} requests/s`,
  );
  console.log(
    `  floor: the push's rows in one statement per request:     ${formatSpread(spread(rate('floor')))} requests/s`,
  );
  console.log(`  ratio hub ÷ bare:  ${formatSpread(spread(ratio('bare')), 2)}`);
  console.log(`  ratio hub ÷ floor: ${formatSpread(spread(ratio('floor')), 2)}`);
  const node = runs.hub!.map((x) => x.nodeMs!);
  const pgMs = runs.hub!.map((x) => x.pgMs!);
  const chain = runs.hub!.map((x) => x.chainMs!);
  console.log(
    `  CPU per approval: Node ${formatSpread(spread(node), 2)} ms, ` +
      `PostgreSQL backends ${formatSpread(spread(pgMs), 2)} ms, ` +
      `total ${formatSpread(spread(node.map((n, i) => n + pgMs[i]!)), 2)} ms`,
  );
  console.log(
    `  audit chain (the sequencer linking a run's entries, after it): ` +
      `PostgreSQL ${formatSpread(spread(chain), 3)} ms per approval`,
  );
  await hub.close();
  await bare.close();
  await floor.close();
  if (process.env.BENCH_SWEEP !== '0') {
    console.log('sweep (100 due deliveries among N open ones):');
    for (const r of await sweepScaling(db4.url))
      console.log(`  ${String(r.open).padStart(9)} open: ${r.ms.toFixed(1)} ms (${r.swept} auto-claimed)`);
  }
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  load.close();
  await admin.end();
  await db1.drop();
  await db2.drop();
  await db3.drop();
  await db4.drop();
}
