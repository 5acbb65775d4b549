/**
 * File-drop benchmark (issue 5): a 100k-row GB18030 CSV of the 卫生健康局 export through the
 * wjj-filedrop adapter into the hub (mapped, validated, pushed, receipt written), on PostgreSQL.
 * Prints rows per second and the peak RSS / heap growth. Run: npm run bench:filedrop
 */
import { copyFileSync, createWriteStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { openAdapter } from '../core/adapters/dry-run.ts';
import { FileDropInbox } from '../core/adapters/transports/file-drop.ts';
import { seedDemo } from '../core/demo/seed-demo.ts';
import { hubOnStore } from '../core/hub.ts';
import { loadProfile } from '../core/policy/load-profile.ts';
import { openStore } from '../core/storage/open-store.ts';
import { scratchDatabase } from './support.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const adapterDir = new URL('../adapters/wjj-filedrop', import.meta.url).pathname;

async function writeBatch(file: string): Promise<void> {
  const text = iconv.decode(readFileSync(join(adapterDir, 'fixtures/penalties.gb18030.csv')), 'gb18030');
  const [header, row] = parse(text, { relax_column_count: true }) as string[][];
  const out = createWriteStream(file);
  out.write(iconv.encode(stringify([header!]), 'gb18030'));
  const docNo = header!.indexOf('行政处罚决定书文号');
  for (let i = 0; i < ROWS; i++) {
    const r = [...row!];
    r[docNo] = `高卫医罚〔2026〕B${i}号`;
    if (!out.write(iconv.encode(stringify([r]), 'gb18030'))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const db = await scratchDatabase('sg_bench_drop');
const store = await openStore({ databaseUrl: db.url, poolSize: 20 });
try {
  const hub = await hubOnStore(store, loadProfile('gaoqing'));
  await seedDemo(hub.ctx);
  const root = mkdtempSync(join(tmpdir(), 'sg-bench-drop-'));
  const { adapter, mapping } = openAdapter(adapterDir);
  const inbox = new FileDropInbox(hub.ctx, adapter, mapping, { root });
  const staged = join(root, 'staged.csv');
  await writeBatch(staged);
  copyFileSync(staged, join(root, 'inbox', 'batch.csv'));
  writeFileSync(join(root, 'inbox', 'batch.csv.done'), '');
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
  const [result] = await inbox.scan();
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  console.log(
    `file drop: ${ROWS} GB18030 rows through wjj-filedrop → ${result?.status}, ${JSON.stringify(result?.summary)}`,
  );
  console.log(
    `  ${(ROWS / seconds).toFixed(0)} rows/s (${seconds.toFixed(1)} s), peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB, heap growth ≤ ${(peakHeap / 2 ** 20).toFixed(0)} MiB`,
  );
} finally {
  await store.close();
  await db.drop();
}
