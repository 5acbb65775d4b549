/**
 * Cost of the audit hash chain per push (issue 12): the same pushes (through the group writer, 32 at a
 * time) with the chain trigger on and switched off, alternating rounds on a scratch PostgreSQL database.
 * Run: node --import tsx bench/audit-chain.ts   (BENCH_PUSHES, default 2000 per round)
 */
import { sql } from 'kysely';
import { seedDemo } from '../core/demo/seed-demo.ts';
import { hubOnStore } from '../core/hub.ts';
import { pushApproval } from '../core/linkage/approvals.ts';
import { loadProfile } from '../core/policy/load-profile.ts';
import { openStore } from '../core/storage/open-store.ts';
import { verifyAuditChain } from '../core/audit/audit-chain.ts';
import { approvalFixture } from '../test/support/linkage.ts';
import { scratchDatabase } from './support.ts';

const PUSHES = Number(process.env.BENCH_PUSHES ?? 2000);
const CONCURRENCY = 32;
const scratch = await scratchDatabase('bench_chain');
const store = await openStore({ databaseUrl: scratch.url, poolSize: 20 });
const hub = await hubOnStore(store, loadProfile('gaoqing'));
await seedDemo(hub.ctx);
const actor = { id: 'bench', department: 'bureau', roles: ['admin', 'system'] as const };
let n = 0;

async function round(): Promise<number> {
  const started = performance.now();
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
  return (performance.now() - started) / PUSHES;
}

const auditRows = async () =>
  Number((await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(hub.ctx.db)).rows[0]!.n);
const results: Record<'chained' | 'unchained', number[]> = { chained: [], unchained: [] };
const before = await auditRows();
await round(); // warm-up
const perPush = ((await auditRows()) - before) / PUSHES;
for (let r = 0; r < 3; r++) {
  results.chained.push(await round());
  await sql`alter table audit_log disable trigger audit_log_chain`.execute(hub.ctx.db);
  results.unchained.push(await round());
  await sql`alter table audit_log enable trigger audit_log_chain`.execute(hub.ctx.db);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`audit entries per push: ${perPush}`);
console.log(
  `ms per push, chained:   ${results.chained.map((x) => x.toFixed(3)).join(' ')} (median ${median(results.chained).toFixed(3)})`,
);
console.log(
  `ms per push, unchained: ${results.unchained.map((x) => x.toFixed(3)).join(' ')} (median ${median(results.unchained).toFixed(3)})`,
);
// the unchained rounds' rows are reported as written outside the chain, as they should be
console.log('verify:', JSON.stringify((await verifyAuditChain(hub.ctx.db)).firstBreak?.kind ?? 'ok'));
const t = performance.now();
await verifyAuditChain(hub.ctx.db);
console.log(`verify of ${await auditRows()} entries: ${(performance.now() - t).toFixed(0)} ms`);
await store.close();
await scratch.drop();
