/**
 * A separate hub process writing audit entries as fast as it can while running its own sequencer (the
 * audit chain test runs two at once, so both write and link concurrently).
 */
import { SYSTEM_ACTOR } from '../../core/audit/actor.ts';
import { chainPendingAudit } from '../../core/audit/audit-chain.ts';
import { recordAuditMany } from '../../core/audit/audit-log.ts';
import { openStore } from '../../core/storage/open-store.ts';

const [url, schema, name, count] = process.argv.slice(2) as [string, string, string, string];
const store = await openStore({ databaseUrl: url, schema, poolSize: 4 });
const n = Number(count);
const writes: Promise<unknown>[] = [];
for (let i = 0; i < n; i++) {
  // single entries and batches of three, four at a time, like concurrent pushes
  const entries = Array.from({ length: i % 2 ? 3 : 1 }, (_, j) => ({
    actor: SYSTEM_ACTOR,
    at: new Date(),
    action: 'test.concurrent',
    entityType: 'writer',
    entityId: `${name}-${i}-${j}`,
    after: { writer: name, i, j },
  }));
  writes.push(recordAuditMany(store.db, entries));
  // the background job's call: skips when the other process is linking
  if (i % 5 === 0) writes.push(chainPendingAudit(store.db, false));
  if (writes.length >= 4) await Promise.all(writes.splice(0));
}
await Promise.all(writes);
await chainPendingAudit(store.db);
await store.close();
