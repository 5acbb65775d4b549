/**
 * Exchange benchmark (issue 16): rows per second into the hub through the 前置库 transport (MariaDB and
 * PostgreSQL staging tables) and SFTP pull, beside the local file drop they are compared with. Each
 * round runs every transport once on a fresh batch of the same size, in a rotated order, so load from
 * other work on the machine falls on all of them alike; the report gives the median rows/s and the
 * median of each round's ratio to the file drop. The hub's store is a scratch database on the local
 * PostgreSQL; MariaDB and sshd are throwaway servers of the benchmark's own (test/support).
 * Run: npm run bench:exchange  (BENCH_ROWS per batch, default 3000; BENCH_ROUNDS, default 3)
 */
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { openAdapter } from '../core/adapters/dry-run.ts';
import { FileDropInbox } from '../core/adapters/transports/file-drop.ts';
import { FrontDbIntake } from '../core/adapters/transports/front-db.ts';
import { SftpInbox } from '../core/adapters/transports/sftp.ts';
import { seedDemo } from '../core/demo/seed-demo.ts';
import { hubOnStore } from '../core/hub.ts';
import { loadProfile } from '../core/policy/load-profile.ts';
import { openStore } from '../core/storage/open-store.ts';
import { startMariaDb } from '../test/support/throwaway-mariadb.ts';
import { startSshd } from '../test/support/throwaway-sshd.ts';
import { PG_URL, scratchDatabase } from './support.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 3000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const fileAdapter = openAdapter(new URL('../adapters/wjj-filedrop', import.meta.url).pathname);
const tableAdapter = openAdapter(new URL('../adapters/wjj-frontdb', import.meta.url).pathname);

let batchNo = 0;
/** A GB18030 CSV of the 卫生健康局 export with ROWS distinct penalties (every row is accepted). */
async function writeCsv(file: string): Promise<void> {
  const text = iconv.decode(readFileSync(join(fileAdapter.adapter.dir, 'fixtures/penalties.gb18030.csv')), 'gb18030');
  const [header, row] = parse(text, { relax_column_count: true }) as string[][];
  const out = createWriteStream(file);
  out.write(iconv.encode(stringify([header!]), 'gb18030'));
  const docNo = header!.indexOf('行政处罚决定书文号');
  const batch = ++batchNo;
  for (let i = 0; i < ROWS; i++) {
    const r = [...row!];
    r[docNo] = `高卫医罚〔2026〕F${batch}-${i}号`;
    if (!out.write(iconv.encode(stringify([r]), 'gb18030'))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const COLUMNS = ['CF_XDR_MC', 'CF_XDR_LB', 'CF_XDR_SHXYM', 'CF_FR', 'CF_WSH', 'CF_CFLB', 'CF_NR', 'CF_FKJE', 'CF_JDRQ'];
const MORE = ['CF_CFJG', 'CF_CFJGDM'];
function tableRows(): unknown[][] {
  const batch = ++batchNo;
  return Array.from({ length: ROWS }, (_, i) => [
    '高青县康乐诊所',
    '1',
    '914403001922038216',
    '刘明',
    `高卫医罚〔2026〕T${batch}-${i}号`,
    '1,2',
    '警告并罚款人民币五千元',
    '0.5',
    '2026-06-01',
    '高青县卫生健康局',
    '11370322MB2850602D',
  ]);
}
const DDL = (serial: string) =>
  `create table XZCF_JH (ID ${serial} primary key, CF_XDR_MC varchar(200), CF_XDR_LB varchar(4),
   CF_XDR_SHXYM varchar(18), CF_FR varchar(100), CF_WSH varchar(128), CF_CFLB varchar(32), CF_NR varchar(2000),
   CF_FKJE decimal(18,6), CF_JDRQ date, CF_CFJG varchar(200), CF_CFJGDM varchar(18),
   SJZT varchar(2) not null default '0', HZXX varchar(4000), CLSJ varchar(40))`;
const insertText = (q: (n: string) => string, n: number, ph: (i: number) => string) =>
  `insert into ${q('XZCF_JH')} (${[...COLUMNS, ...MORE].map(q).join(', ')}) values ${Array.from(
    { length: n },
    (_, r) => `(${[...COLUMNS, ...MORE].map((_, c) => ph(r * 11 + c)).join(', ')})`,
  ).join(', ')}`;

const db = await scratchDatabase('sg_bench_exchange');
const store = await openStore({ databaseUrl: db.url, poolSize: 20 });
const maria = await startMariaDb();
const sshd = await startSshd();
const pgSchema = `bench_fdb_${Date.now().toString(36)}`;
const pgAdmin = new pg.Client({ connectionString: PG_URL });
try {
  const hub = await hubOnStore(store, loadProfile('gaoqing'));
  await seedDemo(hub.ctx);

  // 前置库 tables: one on MariaDB, one in a schema of the local PostgreSQL (upper-case names kept quoted).
  const mariaConn = await mysql.createConnection({ uri: maria.url });
  await mariaConn.query(DDL('int auto_increment'));
  await pgAdmin.connect();
  await pgAdmin.query(`create schema ${pgSchema}`);
  await pgAdmin.query(`set search_path to ${pgSchema}`);
  await pgAdmin.query(DDL('serial').replace(/\b([A-Z][A-Z0-9_]+)\b/g, '"$1"'));
  const pgUrl = `${PG_URL}?options=-c%20search_path%3D${pgSchema}`;
  // The exchange's own share of a batch: from its start until it is claimed, and from ingested until answered.
  const own: Record<string, number[]> = { '前置库 MariaDB': [], '前置库 PostgreSQL': [] };
  const stages = (name: string) => {
    let mark = 0;
    let sum = 0;
    return {
      start: () => {
        mark = performance.now();
      },
      onStage: (stage: 'claimed' | 'ingested') => {
        if (stage === 'claimed') sum += performance.now() - mark;
        else mark = performance.now();
      },
      end: () => {
        sum += performance.now() - mark;
      },
      take: () => {
        own[name]!.push(sum);
        sum = 0;
      },
    };
  };
  const mariaStages = stages('前置库 MariaDB');
  const pgStages = stages('前置库 PostgreSQL');
  const mariaIntake = new FrontDbIntake(hub.ctx, tableAdapter.adapter, tableAdapter.mapping, {
    url: maria.url,
    onStage: mariaStages.onStage,
  });
  const pgIntake = new FrontDbIntake(hub.ctx, tableAdapter.adapter, tableAdapter.mapping, {
    url: pgUrl,
    onStage: pgStages.onStage,
  });
  /** Polls until the table is empty, timing the exchange's own stages of each batch. */
  const drain = async (intake: FrontDbIntake, st: ReturnType<typeof stages>) => {
    let taken = 0;
    for (;;) {
      st.start();
      const batch = await intake.poll();
      st.end();
      if (batch.rows === 0) break;
      taken += batch.summary.accepted;
    }
    st.take();
    return taken;
  };
  const fill = async (
    run: (text: string, params: unknown[]) => Promise<unknown>,
    q: (n: string) => string,
    ph: (i: number) => string,
  ) => {
    const rows = tableRows();
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await run(insertText(q, chunk.length, ph), chunk.flat());
    }
  };

  const dropRoot = mkdtempSync(join(tmpdir(), 'sg-bench-xdrop-'));
  const fileDrop = new FileDropInbox(hub.ctx, fileAdapter.adapter, fileAdapter.mapping, { root: dropRoot });
  const remote = mkdtempSync(join(sshd.root, 'wjj-'));
  mkdirSync(join(remote, 'inbox'));
  const sftp = new SftpInbox(hub.ctx, fileAdapter.adapter, fileAdapter.mapping, {
    url: `${sshd.url.replace(sshd.root, '')}${remote}`,
    privateKey: sshd.privateKey,
    hostKey: sshd.hostKey,
    local: mkdtempSync(join(tmpdir(), 'sg-bench-xsftp-')),
  });

  /** Each transport: prepare a batch (not timed), then take it (timed); returns the rows taken. */
  const transports: Record<string, { prepare(): Promise<void>; take(): Promise<number> }> = {
    'file drop (local)': {
      prepare: async () => {
        await writeCsv(join(dropRoot, 'inbox', `b${batchNo + 1}.csv`));
        writeFileSync(join(dropRoot, 'inbox', `b${batchNo}.csv.done`), '');
      },
      take: async () => (await fileDrop.scan()).reduce((n, r) => n + (r.summary?.accepted ?? 0), 0),
    },
    'SFTP pull': {
      prepare: async () => {
        await writeCsv(join(remote, 'inbox', `b${batchNo + 1}.csv`));
        writeFileSync(join(remote, 'inbox', `b${batchNo}.csv.done`), '');
      },
      take: async () => (await sftp.scan()).reduce((n, r) => n + (r.summary?.accepted ?? 0), 0),
    },
    '前置库 MariaDB': {
      prepare: () =>
        fill(
          (t, p) => mariaConn.query(t, p),
          (n) => `\`${n}\``,
          () => '?',
        ),
      take: () => drain(mariaIntake, mariaStages),
    },
    '前置库 PostgreSQL': {
      prepare: () =>
        fill(
          (t, p) => pgAdmin.query(t, p),
          (n) => `"${n}"`,
          (i) => `$${i + 1}`,
        ),
      take: () => drain(pgIntake, pgStages),
    },
  };
  const names = Object.keys(transports);
  const rates: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const ratios: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]!);
    const thisRound: Record<string, number> = {};
    for (const name of order) {
      const t = transports[name]!;
      await t.prepare();
      const start = performance.now();
      const taken = await t.take();
      const seconds = (performance.now() - start) / 1000;
      if (taken !== ROWS) throw new Error(`${name}: ${taken} rows taken of ${ROWS}`);
      thisRound[name] = ROWS / seconds;
      rates[name]!.push(ROWS / seconds);
    }
    for (const name of names) ratios[name]!.push(thisRound[name]! / thisRound['file drop (local)']!);
    console.log(`round ${round + 1}: ${order.map((n) => `${n} ${thisRound[n]!.toFixed(0)}`).join(', ')} rows/s`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`\n${ROWS} rows per batch, ${ROUNDS} interleaved rounds; medians:`);
  for (const name of names)
    console.log(
      `  ${name.padEnd(18)} ${median(rates[name]!).toFixed(0).padStart(6)} rows/s  ` +
        `×${median(ratios[name]!).toFixed(2)} of the file drop`,
    );
  for (const [name, ms] of Object.entries(own))
    console.log(
      `  ${name}: claiming and answering the rows alone (no linkage flow) ` +
        `${(ROWS / (median(ms) / 1000)).toFixed(0)} rows/s`,
    );
  await mariaIntake.close();
  await pgIntake.close();
  await mariaConn.end();
} finally {
  await pgAdmin.query(`drop schema if exists ${pgSchema} cascade`).catch(() => undefined);
  await pgAdmin.end().catch(() => undefined);
  await sshd.stop();
  await maria.stop();
  await store.close();
  await db.drop();
}
