/**
 * Cost of the audit hash chain (issue 12), interleaved A/B/C rounds on one scratch PostgreSQL database:
 *   off        — no chain (the queueing trigger switched off);
 *   sequencer  — the design in use: inserts queue their ids, the sequencer links them after commit
 *                (running every second during the round, like the `audit-chain` job, and once more at
 *                the end — that final linking is inside the timed round);
 *   head-lock  — the prior design, re-created here: a row trigger that takes the chain head
 *                `FOR UPDATE` and links each entry inside the writer's transaction.
 * Part 1: pushes through the group writer, 32 at a time (ms per push). Part 2: transactions that write
 * one audit entry and then do 5 ms of other work before committing, 16 at a time — what the head lock
 * held up. Part 3: 5,000 entries in one statement, and for the sequencer one pass linking them (µs an
 * entry, all timed): the chain's own cost with the least noise from the rest of the push.
 * Run: node --import tsx bench/audit-chain.ts   (BENCH_PUSHES per round, default 1000; BENCH_ROUNDS, 5)
 */
import { sql } from 'kysely';
import { SYSTEM_ACTOR } from '../core/audit/actor.ts';
import { chainPendingAudit, verifyAuditChain } from '../core/audit/audit-chain.ts';
import { recordAudit } from '../core/audit/audit-log.ts';
import { seedDemo } from '../core/demo/seed-demo.ts';
import { hubOnStore } from '../core/hub.ts';
import { pushApproval } from '../core/linkage/approvals.ts';
import { loadProfile } from '../core/policy/load-profile.ts';
import { openStore } from '../core/storage/open-store.ts';
import { approvalFixture } from '../test/support/linkage.ts';
import { scratchDatabase } from './support.ts';

const PUSHES = Number(process.env.BENCH_PUSHES ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = 32;
const TRANSACTIONS = 320;
const scratch = await scratchDatabase('bench_chain');
const store = await openStore({ databaseUrl: scratch.url, poolSize: 20 });
const hub = await hubOnStore(store, loadProfile('gaoqing'));
const db = hub.ctx.db;
await seedDemo(hub.ctx);
const actor = { id: 'bench', department: 'bureau', roles: ['admin', 'system'] as const };

// The prior design, for comparison only: linked inside the writer's transaction under the head's lock.
await sql`
  create function bench_link_in_transaction() returns trigger language plpgsql as $$
  declare head record; h text;
  begin
    select seq, hash into head from audit_chain_head where one for update;
    h := encode(sha256(convert_to(head.hash || '|' || audit_entry_canonical(new), 'UTF8')), 'hex');
    insert into audit_chain (seq, entry_id, prev_hash, hash) values (head.seq + 1, new.id, head.hash, h);
    update audit_chain_head set seq = head.seq + 1, hash = h where one;
    return new;
  end $$`.execute(db);
await sql`create trigger bench_link_in_transaction before insert on audit_log
  for each row execute function bench_link_in_transaction()`.execute(db);

type Mode = 'off' | 'sequencer' | 'head-lock';
const MODES: Mode[] = ['off', 'sequencer', 'head-lock'];

async function setMode(mode: Mode) {
  await chainPendingAudit(db);
  const queue = mode === 'sequencer' ? 'enable' : 'disable';
  const link = mode === 'head-lock' ? 'enable' : 'disable';
  await sql.raw(`alter table audit_log ${queue} trigger audit_log_queue`).execute(db);
  await sql.raw(`alter table audit_log ${link} trigger bench_link_in_transaction`).execute(db);
}

/** Runs the work with the sequencer ticking every second (sequencer mode), then links what is left. */
async function timed(mode: Mode, work: () => Promise<void>, per: number): Promise<number> {
  const started = performance.now();
  const ticker = mode === 'sequencer' ? setInterval(() => void chainPendingAudit(db, false), 1000) : undefined;
  try {
    await work();
  } finally {
    clearInterval(ticker);
  }
  if (mode === 'sequencer') await chainPendingAudit(db);
  return (performance.now() - started) / per;
}

let n = 0;
const pushes = async () => {
  for (let i = 0; i < PUSHES; i += CONCURRENCY)
    await Promise.all(
      Array.from({ length: CONCURRENCY }, () =>
        pushApproval(
          hub.ctx,
          approvalFixture({ licenseDocumentNumber: `C-${n}`, decisionDate: '2026-06-10' }),
          `chain-${n++}`,
          { ...actor, roles: [...actor.roles] },
        ),
      ),
    );
};
const longTransactions = async () => {
  for (let i = 0; i < TRANSACTIONS; i += 16)
    await Promise.all(
      Array.from({ length: 16 }, () =>
        db.transaction().execute(async (tx) => {
          await recordAudit(tx, {
            actor: SYSTEM_ACTOR,
            at: new Date(),
            action: 'bench.work',
            entityType: 'bench',
            entityId: String(n++),
          });
          await sql`select pg_sleep(0.005)`.execute(tx);
        }),
      ),
    );
};

/** Part 3: 5,000 entries in one statement, then (sequencer) linked in one pass; µs per entry, all of it timed. */
const BULK = 5000;
const bulk = async () => {
  await sql`insert into audit_log (at, actor, action, entity_type, entity_id, department_code, after, subject)
    select now(), 'key:bureau', 'approval.pushed', 'approval', 'B-' || g, 'scjg',
           jsonb_build_object('matterCode', 'SC-001', 'n', g), 'approval:B-' || g
    from generate_series(1, ${BULK}) g`.execute(db);
};

const auditRows = async () =>
  Number((await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(db)).rows[0]!.n);
const before = await auditRows();
await setMode('sequencer');
await timed('sequencer', pushes, PUSHES); // warm-up
const perPush = ((await auditRows()) - before) / PUSHES;

const results = {
  pushes: new Map<Mode, number[]>(),
  transactions: new Map<Mode, number[]>(),
  bulk: new Map<Mode, number[]>(),
};
for (const m of MODES) for (const map of Object.values(results)) map.set(m, []);
for (let r = 0; r < ROUNDS; r++) {
  // rotate the order each round, so no mode always runs first or last
  for (const mode of [...MODES.slice(r % 3), ...MODES.slice(0, r % 3)]) {
    await setMode(mode);
    results.pushes.get(mode)!.push(await timed(mode, pushes, PUSHES));
    results.transactions.get(mode)!.push(await timed(mode, longTransactions, TRANSACTIONS));
    // no background ticker here: the insert and one sequencer pass over exactly these entries
    const started = performance.now();
    await bulk();
    if (mode === 'sequencer') await chainPendingAudit(db);
    results.bulk.get(mode)!.push(((performance.now() - started) * 1000) / BULK);
  }
}
await setMode('sequencer');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const line = (mode: Mode, xs: number[]) =>
  `  ${mode.padEnd(10)} min ${Math.min(...xs).toFixed(3)}  median ${median(xs).toFixed(3)}  ` +
  `max ${Math.max(...xs).toFixed(3)}   [${xs.map((x) => x.toFixed(2)).join(' ')}]`;
console.log(`audit entries per push: ${perPush}; ${ROUNDS} rounds of each mode, interleaved`);
for (const [title, map] of [
  [`ms per push (${PUSHES} pushes a round, ${CONCURRENCY} at a time)`, results.pushes],
  [
    `ms per transaction (${TRANSACTIONS} a round, 16 at a time, 5 ms of work after the audit write)`,
    results.transactions,
  ],
  [`µs per entry, ${BULK} entries in one statement (sequencer: and linked)`, results.bulk],
] as const) {
  console.log(title);
  for (const m of MODES) console.log(line(m, map.get(m)!));
  const off = map.get('off')!;
  for (const m of ['sequencer', 'head-lock'] as const)
    console.log(
      `  ${m} / off per round: ${map
        .get(m)!
        .map((x, i) => (x / off[i]!).toFixed(2))
        .join(' ')}  (median of medians ${(median(map.get(m)!) / median(off)).toFixed(2)})`,
    );
}
// The rounds with the chain off are reported as written outside the chain, as they should be.
const t = performance.now();
const report = await verifyAuditChain(db);
console.log(
  `verify: ${report.firstBreak?.kind ?? 'ok'}; ` +
    `walked ${report.entries} linked entries in ${(performance.now() - t).toFixed(0)} ms`,
);
await store.close();
await scratch.drop();
