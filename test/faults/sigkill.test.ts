import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubOnStore } from '../../core/hub.ts';
import { loadProfile } from '../../core/policy/load-profile.ts';
import { openStore, type Store } from '../../core/storage/open-store.ts';
import { DedupeReceiver, seedDemoWithWebhook } from '../support/dedupe-receiver.ts';
import { assertNoContractViolations } from '../support/contract-check.ts';
import { freePort, type HubProcess, pushUntilAccepted, sleep, startHubProcess } from '../support/hub-process.ts';
import { approvalFixture } from '../support/linkage.ts';
import { backend } from '../support/test-hub.ts';

/**
 * The hub is killed with SIGKILL again and again — at random moments, and once on purpose after the
 * receiver has taken a message but before the hub hears back — while clients push several hundred
 * approvals and the hub delivers them to a department webhook. Afterwards every approval exists
 * exactly once, every message took effect exactly once at the receiver (which dedupes on
 * Idempotency-Key), and at least one message really was delivered twice. On both stores: the
 * embedded one must reopen after every kill.
 */
const APPROVALS = 300;
const progress = (line: string) => process.env.SHENGUAN_FAULT_PROGRESS && console.error(`[sigkill] ${line}`);
const RANDOM_KILLS = 4;

describe(`hub killed with SIGKILL while pushing and delivering (${backend})`, () => {
  const database = `sg_kill_${Date.now().toString(36)}`;
  const base = process.env.SHENGUAN_TEST_PG_URL!;
  const dataDir = mkdtempSync(join(tmpdir(), 'sg-kill-'));
  const env: Record<string, string> =
    backend === 'postgres'
      ? { DATABASE_URL: base.replace(/\/[^/]*$/, `/${database}`), SHENGUAN_DELIVERY_LEASE_SECONDS: '2' }
      : { SHENGUAN_DATA_DIR: dataDir, DATABASE_URL: '', SHENGUAN_DELIVERY_LEASE_SECONDS: '2' };
  let admin: Store | undefined;
  let bureauKey = '';
  let hub: HubProcess | undefined;
  const contractViolations: string[] = [];
  let killOnNextReceipt = false;
  // The message takes effect at the receiver; the hub dies before it hears back, so it must send it again.
  const receiver = new DedupeReceiver(() => {
    if (killOnNextReceipt && hub) {
      killOnNextReceipt = false;
      hub.child.kill('SIGKILL');
    }
    return false;
  });
  let port = 0;

  const openTestStore = () =>
    backend === 'postgres'
      ? openStore({ databaseUrl: env.DATABASE_URL!, poolSize: 2 })
      : openStore({ dataDir: join(dataDir, 'pglite') });

  beforeAll(async () => {
    if (backend === 'postgres') {
      admin = await openStore({ databaseUrl: base, poolSize: 1 });
      await sql.raw(`create database ${database}`).execute(admin.db);
    }
    await receiver.start();
    const store = await openTestStore();
    const seeded = await hubOnStore(store, loadProfile('gaoqing'));
    bureauKey = await seedDemoWithWebhook(seeded.ctx, receiver.url);
    await seeded.close(); // the embedded store belongs to one process at a time
    port = await freePort();
  }, 120_000);

  afterAll(async () => {
    hub?.child.kill('SIGKILL');
    await receiver.stop();
    if (admin) {
      await sql.raw(`drop database if exists ${database} with (force)`).execute(admin.db);
      await admin.close();
    }
    rmSync(dataDir, { recursive: true, force: true });
    assertNoContractViolations(contractViolations);
  });

  const restart = async () => {
    await hub?.exited;
    hub = await startHubProcess(env, port, contractViolations);
  };

  const push = (i: number, seen: { unavailable: number }) =>
    pushUntilAccepted(
      () => hub!,
      {
        decision: approvalFixture({ licenseDocumentNumber: `高审批食经〔2026〕K${i}号`, decisionDate: '2026-06-10' }),
        bureauKey,
        idempotencyKey: `sigkill-${i}`,
        timeoutMs: 10_000,
        retryMs: 50,
      },
      () => seen.unavailable++,
    );

  async function undelivered(): Promise<number> {
    try {
      const res = await hub!.fetch(`/api/v1/outbox?state=pending&limit=1000`, {
        headers: { authorization: `Bearer ${bureauKey}` },
      });
      return res.ok ? ((await res.json()) as unknown[]).length : Number.POSITIVE_INFINITY;
    } catch {
      return Number.POSITIVE_INFINITY;
    }
  }

  it('loses nothing and duplicates nothing, and really redelivers', async () => {
    await restart();
    const ids: string[] = [];
    let kills = 0;
    let done = false;
    const killer = (async () => {
      while (!done && kills < RANDOM_KILLS + 1) {
        await sleep(400 + Math.random() * 800);
        if (done) break;
        if (kills === 1)
          killOnNextReceipt = true; // the second kill waits for a delivery in flight
        else hub!.child.kill('SIGKILL');
        await hub!.exited;
        kills++;
        progress(`kill ${kills}: ${ids.length} pushes accepted, ${receiver.receipts} receipts`);
        await restart();
      }
    })();
    const seen = { unavailable: 0 };
    const queue = Array.from({ length: APPROVALS }, (_, i) => i);
    // Pushes are paced by the kills, so the kills fall among them however fast the hub is.
    const share = APPROVALS / (RANDOM_KILLS + 2);
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
          // (A kill waiting for a delivery lets pushes go on, so that a delivery comes.)
          while (kills < RANDOM_KILLS + 1 && i >= (kills + 1 + Number(killOnNextReceipt)) * share) await sleep(20);
          ids.push(await push(i, seen));
        }
      }),
    );
    done = true;
    await killer;

    // SC-001 goes to scjg and, through scjg, to the city bureau: two messages per approval, both to the webhook.
    const expected = APPROVALS * 2;
    progress(`all pushed; ${receiver.receipts} receipts`);
    for (let i = 0; i < 1200 && (receiver.effects.size < expected || (await undelivered()) > 0); i++) await sleep(100);
    // SIGTERM ends the process within 10 s and leaves the store consistent for the next opener.
    const stoppedAt = Date.now();
    hub!.child.kill('SIGTERM');
    await hub!.exited;
    const stopSeconds = (Date.now() - stoppedAt) / 1000;
    expect(stopSeconds).toBeLessThan(10);

    const store = await openTestStore();
    try {
      const approvals = await store.db.selectFrom('approvals').select(['id', 'idempotency_key']).execute();
      expect(approvals).toHaveLength(APPROVALS);
      expect(new Set(approvals.map((a) => a.idempotency_key)).size).toBe(APPROVALS);
      expect(new Set(ids)).toEqual(new Set(approvals.map((a) => a.id)));
      const outbox = await store.db.selectFrom('outbox').select(['id', 'state']).execute();
      expect(outbox).toHaveLength(expected);
      expect(receiver.effects).toEqual(new Set(outbox.map((o) => o.id)));
      expect(outbox.filter((o) => o.state !== 'delivered')).toEqual([]);
    } finally {
      await store.close();
    }
    const redeliveries = receiver.redeliveries;
    expect(kills).toBe(RANDOM_KILLS + 1);
    expect(redeliveries).toBeGreaterThanOrEqual(1);
    console.log(
      `[sigkill ${backend}] ${APPROVALS} pushes, ${kills} kills, ${expected} messages, ${receiver.receipts} receipts ` +
        `(${redeliveries} redeliveries deduplicated), ${seen.unavailable} × 503, lost 0, duplicated 0, ` +
        `SIGTERM exit in ${stopSeconds.toFixed(1)} s`,
    );
  }, 600_000);
});
