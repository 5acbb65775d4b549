/**
 * File-drop benchmark (issues 5, 17): GB18030 CSV files of the 卫生健康局 export through the
 * wjj-filedrop adapter into the hub on PostgreSQL (decoded and parsed as a stream, mapped, validated,
 * pushed to the bureau with its delivery and audit entry, a receipt line per row), interleaved in
 * pairs (bench/pairs.ts) with two baselines over the same bytes:
 *  - parse: decode + parse + map (with canonical validation) alone, nothing written;
 *  - copy:  the same, then the rows a push writes (record, delivery, the push's audit entry) sent with COPY.
 * With BENCH_COMPARE_WITH=<another checkout of the hub> (node_modules linked), the same files also go
 * through that tree's file drop on its own database, interleaved with this one: "× the old code".
 * Each file drop also reports its CPU per row: this process (process.cpuUsage; only one side runs at a
 * time) and the PostgreSQL backends of its database (/proc/<pid>/stat).
 * Then, with BENCH_MEMORY_ROWS (e.g. 1000000), one large file for peak RSS and heap growth.
 * Run: npm run bench:filedrop  (BENCH_ROWS per run, BENCH_PAIRS; 0 for the memory run alone; BENCH_PROFILE=<dir>
 * writes a CPU profile of each of this tree's file drops there)
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openAdapter } from '../core/adapters/dry-run.ts';
import { readCsv } from '../core/adapters/sources/csv-source.ts';
import { FileDropInbox } from '../core/adapters/transports/file-drop.ts';
import { seedDemo } from '../core/demo/seed-demo.ts';
import { hubOnStore } from '../core/hub.ts';
import { payloadHash } from '../core/linkage/idempotency.ts';
import { loadProfile } from '../core/policy/load-profile.ts';
import { openStore } from '../core/storage/open-store.ts';
import { formatSpread, postgresCpu, printPairs, runPairs, spread, startProfile } from './pairs.ts';
import { PG_URL, scratchDatabase } from './support.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 5_000);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);
const MEMORY_ROWS = Number(process.env.BENCH_MEMORY_ROWS ?? 0);
const COMPARE_WITH = process.env.BENCH_COMPARE_WITH;
const PROFILE_DIR = process.env.BENCH_PROFILE;
const adapterDir = new URL('../adapters/wjj-filedrop', import.meta.url).pathname;
const { adapter, mapping } = openAdapter(adapterDir);
const root = mkdtempSync(join(tmpdir(), 'sg-bench-drop-'));
let fileNo = 0;

/** A fresh file of `rows` rows (every row a new decision number, so nothing is a duplicate of an earlier run). */
async function writeBatch(rows: number): Promise<string> {
  const text = iconv.decode(readFileSync(join(adapterDir, 'fixtures/penalties.gb18030.csv')), 'gb18030');
  const [header, row] = parse(text, { relax_column_count: true }) as string[][];
  const file = join(root, `staged-${fileNo++}.csv`);
  const out = createWriteStream(file);
  out.write(iconv.encode(stringify([header!]), 'gb18030'));
  const docNo = header!.indexOf('行政处罚决定书文号');
  for (let i = 0; i < rows; i++) {
    const r = [...row!];
    r[docNo] = `高卫医罚〔2026〕F${fileNo}-${i}号`;
    if (!out.write(iconv.encode(stringify([r]), 'gb18030'))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return file;
}

const db = await scratchDatabase('sg_bench_drop');
const copyDb = await scratchDatabase('sg_bench_copy');
const store = await openStore({ databaseUrl: db.url, poolSize: 20 });
const copyStore = await openStore({ databaseUrl: copyDb.url, poolSize: 1 });
const copyPool = new pg.Pool({ connectionString: copyDb.url, max: 1 });
const admin = new pg.Pool({ connectionString: PG_URL, max: 1 });
/** CPU per row of each file drop measured, by side. */
const cpuPerRow = new Map<string, { node: number[]; pg: number[] }>();
try {
  const hub = await hubOnStore(store, loadProfile('gaoqing'));
  await seedDemo(hub.ctx);
  await seedDemo((await hubOnStore(copyStore, loadProfile('gaoqing'))).ctx);
  await copyStore.close();
  const inbox = new FileDropInbox(hub.ctx, adapter, mapping, { root: join(root, 'exchange') });

  const dropInto =
    (inbox: FileDropInbox, side: string, database: string) =>
    async (rows = ROWS) => {
      const staged = await writeBatch(rows);
      const name = `batch-${fileNo}.csv`;
      renameSync(staged, join(inbox.dirs.inbox, name));
      writeFileSync(join(inbox.dirs.inbox, `${name}.done`), '');
      const profiler = PROFILE_DIR && side === 'hub' ? await startProfile() : undefined;
      const cpu = process.cpuUsage();
      const pgCpu = await postgresCpu(admin, database);
      const start = performance.now();
      const [result] = await inbox.scan();
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpu);
      const pgMs = await pgCpu();
      await profiler?.(`${PROFILE_DIR}/filedrop-${fileNo}.cpuprofile`);
      if (result?.summary?.accepted !== rows) throw new Error(`file drop: ${JSON.stringify(result)}`);
      const c = cpuPerRow.get(side) ?? { node: [], pg: [] };
      cpuPerRow.set(side, c);
      c.node.push((used.user + used.system) / 1000 / rows);
      c.pg.push(pgMs / rows);
      return (rows / ms) * 1000;
    };
  const databaseOf = (url: string) => new URL(url).pathname.slice(1);
  const hubRun = dropInto(inbox, 'hub', databaseOf(db.url));
  const parseRun = async () => {
    const file = await writeBatch(ROWS);
    const start = performance.now();
    let ok = 0;
    for await (const r of readCsv(file, 'gb18030')) if (mapping.map(r).ok) ok++;
    if (ok !== ROWS) throw new Error(`only ${ok} rows mapped`);
    return (ROWS / (performance.now() - start)) * 1000;
  };
  // The rows a push writes for each record: the record, its delivery to the bureau, and the push's audit entry
  // (which names the delivery; before, the delivery had an entry of its own and the floor wrote two).
  const copyRun = async () => {
    const file = await writeBatch(ROWS);
    const start = performance.now();
    const records: string[] = [];
    const deliveries: string[] = [];
    const audit: string[] = [];
    const at = new Date().toISOString();
    const tsv = (cells: (string | null)[]) =>
      `${cells
        .map((c) => (c === null ? '\\N' : c.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n')))
        .join('\t')}\n`;
    for await (const r of readCsv(file, 'gb18030')) {
      const m = mapping.map(r);
      if (!m.ok) throw new Error('unmapped row');
      const id = randomUUID();
      const hash = payloadHash(m.value);
      const json = JSON.stringify(m.value);
      records.push(
        tsv([
          id,
          'wjj',
          `wjj-filedrop:${hash}`,
          hash,
          String(m.value.kind),
          null,
          json,
          null,
          'active',
          at,
          'adapter:wjj-filedrop',
        ]),
      );
      const d = randomUUID();
      deliveries.push(tsv([d, 'supervision-record', id, 'bureau', 'online', 'pending', '5', '5', at, at, at]));
      audit.push(
        tsv([
          at,
          'adapter:wjj-filedrop',
          'supervision.pushed',
          'supervision-record',
          id,
          'wjj',
          null,
          json,
          `supervision-record:${id}`,
        ]),
      );
    }
    const client = await copyPool.connect();
    try {
      await client.query('begin');
      for (const [sqlText, lines] of [
        [
          'copy supervision_records (id, source_department, idempotency_key, payload_hash, kind, counterpart_key, ' +
            'record, effective_until, state, pushed_at, pushed_by) from stdin',
          records,
        ],
        [
          'copy deliveries (id, subject_type, subject_id, recipient, channel, claim_state, claim_days, dispute_days, ' +
            'claim_due_at, dispute_due_at, created_at) from stdin',
          deliveries,
        ],
        [
          'copy audit_log (at, actor, action, entity_type, entity_id, department_code, before, after, subject) ' +
            'from stdin',
          audit,
        ],
      ] as const)
        await pipeline(Readable.from(lines), client.query(copyFrom(sqlText)));
      await client.query('commit');
    } finally {
      client.release();
    }
    return (ROWS / (performance.now() - start)) * 1000;
  };

  console.log(`file drop: ${ROWS} GB18030 rows per file, wjj-filedrop on PostgreSQL`);
  const names = { hub: 'hub file drop             ', unit: 'rows/s' };
  if (PAIRS > 0) {
    printPairs('vs decode + parse + map alone', await runPairs(PAIRS, { baseline: parseRun, hub: () => hubRun() }), {
      ...names,
      baseline: 'decode + parse + map      ',
    });
    printPairs(
      'vs the same, then COPY of the rows a push writes',
      await runPairs(PAIRS, { baseline: copyRun, hub: () => hubRun() }, { warmUp: false }),
      {
        ...names,
        baseline: 'decode + parse + map + COPY',
      },
    );
  }

  if (COMPARE_WITH && PAIRS > 0) {
    // Another tree's modules are other instances: its own group writer, caches and store.
    const other = async <T>(path: string): Promise<T> => (await import(join(COMPARE_WITH, path))) as T;
    const o = {
      ...(await other<typeof import('../core/storage/open-store.ts')>('core/storage/open-store.ts')),
      ...(await other<typeof import('../core/hub.ts')>('core/hub.ts')),
      ...(await other<typeof import('../core/demo/seed-demo.ts')>('core/demo/seed-demo.ts')),
      ...(await other<typeof import('../core/policy/load-profile.ts')>('core/policy/load-profile.ts')),
      ...(await other<typeof import('../core/adapters/dry-run.ts')>('core/adapters/dry-run.ts')),
      ...(await other<typeof import('../core/adapters/transports/file-drop.ts')>(
        'core/adapters/transports/file-drop.ts',
      )),
    };
    const oldDb = await scratchDatabase('sg_bench_drop_old');
    const oldStore = await o.openStore({ databaseUrl: oldDb.url, poolSize: 20 });
    try {
      const oldHub = await o.hubOnStore(oldStore, o.loadProfile('gaoqing'));
      await o.seedDemo(oldHub.ctx);
      const loaded = o.openAdapter(join(COMPARE_WITH, 'adapters/wjj-filedrop'));
      const oldInbox = new o.FileDropInbox(oldHub.ctx, loaded.adapter, loaded.mapping, { root: join(root, 'old') });
      printPairs(
        `vs the file drop of ${COMPARE_WITH}`,
        await runPairs(PAIRS, {
          baseline: () => dropInto(oldInbox as never, 'old', databaseOf(oldDb.url))(),
          hub: () => hubRun(),
        }),
        {
          ...names,
          baseline: 'old file drop             ',
        },
      );
    } finally {
      await oldStore.close();
      await oldDb.drop();
    }
  }

  for (const [side, c] of cpuPerRow)
    console.log(
      `CPU per row, ${side} file drop (every measured run, warm-ups included): ` +
        `Node ${formatSpread(spread(c.node), 3)} ms, PostgreSQL ${formatSpread(spread(c.pg), 3)} ms, ` +
        `total ${formatSpread(spread(c.node.map((n, i) => n + c.pg[i]!)), 3)} ms`,
    );

  if (MEMORY_ROWS) {
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let peakRss = 0;
    let peakHeap = 0;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed - heapBefore);
    }, 100);
    const start = performance.now();
    const perSecond = await hubRun(MEMORY_ROWS);
    clearInterval(sampler);
    console.log(
      `one file of ${MEMORY_ROWS} rows: ${perSecond.toFixed(0)} rows/s ` +
        `(${((performance.now() - start) / 1000).toFixed(1)} s), peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB, ` +
        `heap growth ≤ ${(peakHeap / 2 ** 20).toFixed(0)} MiB`,
    );
  }
} finally {
  await admin.end();
  await copyPool.end();
  await store.close();
  await db.drop();
  await copyDb.drop();
}
