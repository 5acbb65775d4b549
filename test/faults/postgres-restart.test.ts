import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubOnStore } from '../../core/hub.ts';
import { loadProfile } from '../../core/policy/load-profile.ts';
import { openStore } from '../../core/storage/open-store.ts';
import { DedupeReceiver, seedDemoWithWebhook } from '../support/dedupe-receiver.ts';
import { assertNoContractViolations } from '../support/contract-check.ts';
import { freePort, type HubProcess, pushUntilAccepted, sleep, startHubProcess } from '../support/hub-process.ts';
import { approvalFixture } from '../support/linkage.ts';
import { backend } from '../support/test-hub.ts';
import { createThrowawayCluster, postgresBinaries, type ThrowawayCluster } from '../support/throwaway-postgres.ts';

/**
 * PostgreSQL is stopped (`pg_ctl -m fast`, which ends every connection with 57P01) while 500 pushes
 * are in flight, and started again 10 s later. The hub process must survive, answer 503 with
 * Retry-After (and /readyz "not ready") meanwhile, and recover without a restart: every push that a
 * client retried lands once, every message reaches the receiver once.
 */
const PUSHES = 500;
const OUTAGE_MS = 10_000;

describe.skipIf(backend !== 'postgres' || !postgresBinaries())('PostgreSQL restart under load', () => {
  let cluster: ThrowawayCluster;
  let hub: HubProcess;
  const contractViolations: string[] = [];
  const receiver = new DedupeReceiver();
  let bureauKey = '';

  beforeAll(async () => {
    cluster = createThrowawayCluster(await freePort());
    await receiver.start();
    const seeded = await hubOnStore(await openStore({ databaseUrl: cluster.url, poolSize: 2 }), loadProfile('gaoqing'));
    bureauKey = await seedDemoWithWebhook(seeded.ctx, receiver.url);
    await seeded.close();
    hub = await startHubProcess(
      { DATABASE_URL: cluster.url, SHENGUAN_DELIVERY_LEASE_SECONDS: '2' },
      await freePort(),
      contractViolations,
    );
  }, 120_000);

  afterAll(async () => {
    hub?.child.kill('SIGKILL');
    await receiver.stop();
    cluster?.destroy();
    assertNoContractViolations(contractViolations);
  });

  it('keeps the hub running, answers 503 meanwhile, and loses and duplicates nothing', async () => {
    const seen = { unavailable: 0, retryAfter: 0, accepted: 0 };
    const push = async (i: number): Promise<string> => {
      const id = await pushUntilAccepted(
        () => hub,
        {
          decision: approvalFixture({ licenseDocumentNumber: `高审批食经〔2026〕R${i}号`, decisionDate: '2026-06-10' }),
          bureauKey,
          idempotencyKey: `restart-${i}`,
          timeoutMs: 20_000,
          retryMs: 100,
        },
        (res, text) => {
          seen.unavailable++;
          if (res.headers.get('retry-after')) seen.retryAfter++;
          expect(JSON.parse(text).code).toBe('DATABASE_UNAVAILABLE');
        },
      );
      seen.accepted++;
      return id;
    };

    const queue = Array.from({ length: PUSHES }, (_, i) => i);
    const ids: string[] = [];
    const clients = Promise.all(
      Array.from({ length: 20 }, async () => {
        for (let i = queue.shift(); i !== undefined; i = queue.shift()) ids.push(await push(i));
      }),
    );
    while (seen.accepted < PUSHES / 5) await sleep(20);
    cluster.stop(); // with pushes in flight
    const stoppedAt = Date.now();
    await sleep(1000);
    const ready = await hub.fetch(`/readyz`);
    expect(ready.status).toBe(503);
    expect(hub.child.exitCode).toBeNull();
    await sleep(Math.max(0, OUTAGE_MS - (Date.now() - stoppedAt)));
    expect(hub.child.exitCode).toBeNull();
    cluster.start();
    await clients;

    const expected = PUSHES * 2; // scjg and, through it, the city bureau
    for (let i = 0; i < 600 && receiver.effects.size < expected; i++) await sleep(100);
    expect(hub.child.exitCode).toBeNull(); // never exited for the outage
    expect((await hub.fetch(`/readyz`)).status).toBe(200);

    const store = await openStore({ databaseUrl: cluster.url, poolSize: 2 });
    try {
      for (let i = 0; i < 100; i++) {
        const left = await store.db.selectFrom('outbox').select('id').where('state', '!=', 'delivered').execute();
        if (!left.length) break;
        await sleep(100);
      }
      const approvals = await store.db.selectFrom('approvals').select(['id', 'idempotency_key']).execute();
      expect(approvals).toHaveLength(PUSHES);
      expect(new Set(approvals.map((a) => a.id))).toEqual(new Set(ids));
      const outbox = await store.db.selectFrom('outbox').select(['id', 'state']).execute();
      expect(outbox).toHaveLength(expected);
      expect(outbox.filter((o) => o.state !== 'delivered')).toEqual([]);
      expect(receiver.effects).toEqual(new Set(outbox.map((o) => o.id)));
    } finally {
      await store.close();
    }
    expect(seen.unavailable).toBeGreaterThan(0);
    expect(seen.retryAfter).toBe(seen.unavailable);
    console.log(
      `[postgres restart] ${PUSHES} pushes in flight, ${OUTAGE_MS / 1000} s outage, ${seen.unavailable} × 503 ` +
        `(all with Retry-After), ${receiver.receipts} receipts for ${expected} messages, ` +
        'lost 0, duplicated 0, hub alive',
    );
  }, 300_000);
});
