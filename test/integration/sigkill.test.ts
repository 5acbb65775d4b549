import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/audit/actor.ts';
import { seedDemo } from '../../core/demo/seed-demo.ts';
import { hubOnStore } from '../../core/hub.ts';
import { loadProfile } from '../../core/policy/load-profile.ts';
import { openStore, type Store } from '../../core/storage/open-store.ts';
import { approvalFixture } from '../support/linkage.ts';
import { backend } from '../support/test-hub.ts';

/**
 * The hub is killed with SIGKILL again and again while a client pushes several hundred approvals
 * and the hub delivers them to a department webhook. Afterwards every approval exists exactly once
 * and every message took effect exactly once at the receiver (which dedupes on Idempotency-Key).
 */
const BIN = fileURLToPath(new URL('../../bin/shenguan.mjs', import.meta.url));
const APPROVALS = 300;
const KILLS = 6;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(backend !== 'postgres')('hub killed with SIGKILL while pushing and delivering (PostgreSQL)', () => {
  const database = `sg_kill_${Date.now().toString(36)}`;
  const base = process.env.SHENGUAN_TEST_PG_URL!;
  const url = base.replace(/\/[^/]*$/, `/${database}`);
  let admin: Store;
  let store: Store;
  let receiver: Server;
  let bureauKey = '';
  const effects = new Set<string>();
  let receipts = 0;
  let child: ChildProcess | undefined;
  let port = 0;

  beforeAll(async () => {
    admin = await openStore({ databaseUrl: base, poolSize: 1 });
    await sql.raw(`create database ${database}`).execute(admin.db);
    store = await openStore({ databaseUrl: url, poolSize: 2 });
    const hub = await hubOnStore(store, loadProfile('gaoqing'));
    const keys = (await seedDemo(hub.ctx))!;
    bureauKey = keys.find((k) => k.department === 'bureau')!.key;
    receiver = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        receipts++;
        effects.add(String(req.headers['idempotency-key'])); // the receiver's own dedupe
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/inbox`;
    await hub.ctx.db
      .insertInto('department_endpoints')
      .values({
        department_code: 'scjg',
        transport: 'webhook',
        url: hook,
        secret: null,
        updated_at: new Date(),
        updated_by: SYSTEM_ACTOR.id,
      })
      .execute();
    port = 20000 + Math.floor(Math.random() * 20000);
  }, 60_000);

  afterAll(async () => {
    child?.kill('SIGKILL');
    receiver?.close();
    await store?.close();
    await sql.raw(`drop database if exists ${database} with (force)`).execute(admin.db);
    await admin?.close();
  });

  async function startHub(): Promise<void> {
    child = spawn(process.execPath, [BIN, 'serve'], {
      env: {
        ...process.env,
        DATABASE_URL: url,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'error',
        SHENGUAN_DELIVERY_LEASE_SECONDS: '2',
      },
      stdio: 'ignore',
    });
    for (let i = 0; i < 200; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    throw new Error('hub did not become ready');
  }

  async function pushUntilAccepted(i: number): Promise<string> {
    const body = JSON.stringify(
      approvalFixture({ licenseDocumentNumber: `高审批食经〔2026〕K${i}号`, decisionDate: '2026-06-10' }),
    );
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/v1/approvals`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${bureauKey}`,
            'idempotency-key': `sigkill-${i}`,
            'content-type': 'application/json',
          },
          body,
          signal: AbortSignal.timeout(5000),
        });
        if (res.ok) return ((await res.json()) as { id: string }).id;
        if (res.status < 500) throw new Error(`push ${i} refused: ${res.status} ${await res.text()}`);
      } catch (err) {
        if (err instanceof Error && err.message.startsWith('push')) throw err;
      }
      await sleep(50); // the hub is down or restarting: retry with the same key
    }
  }

  it('loses nothing and duplicates nothing', async () => {
    await startHub();
    let kills = 0;
    let done = false;
    const killer = (async () => {
      while (!done && kills < KILLS) {
        await sleep(300 + Math.random() * 700);
        if (done) break;
        child!.kill('SIGKILL');
        kills++;
        await new Promise((r) => child!.once('exit', r));
        await startHub();
      }
    })();
    const ids: string[] = [];
    const queue = Array.from({ length: APPROVALS }, (_, i) => i);
    // Pushes are paced by the kills, so the kills fall among them however fast the hub is.
    const share = APPROVALS / (KILLS + 1);
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
          while (kills < KILLS && i >= (kills + 1) * share) await sleep(20);
          ids.push(await pushUntilAccepted(i));
        }
      }),
    );
    done = true;
    await killer;
    expect(kills).toBeGreaterThanOrEqual(3);

    // every message reaches the receiver once the last hub drains the outbox (leases of killed processes expire)
    const expected = APPROVALS * 2; // SC-001 goes to scjg and, through scjg, to the city bureau
    for (let i = 0; i < 600 && effects.size < expected; i++) await sleep(100);

    const approvals = await store.db.selectFrom('approvals').select(['id', 'idempotency_key']).execute();
    expect(approvals).toHaveLength(APPROVALS);
    expect(new Set(approvals.map((a) => a.idempotency_key)).size).toBe(APPROVALS);
    expect(new Set(ids)).toEqual(new Set(approvals.map((a) => a.id)));
    const outbox = await store.db.selectFrom('outbox').select(['id', 'state']).execute();
    expect(outbox).toHaveLength(expected);
    expect(effects).toEqual(new Set(outbox.map((o) => o.id)));
    for (
      let i = 0;
      i < 50 && (await store.db.selectFrom('outbox').select('id').where('state', '!=', 'delivered').execute()).length;
      i++
    )
      await sleep(100);
    expect((await store.db.selectFrom('outbox').select('id').where('state', '!=', 'delivered').execute()).length).toBe(
      0,
    );
    console.log(
      `[sigkill] ${kills} kills, ${APPROVALS} approvals, ${expected} messages, ${receipts} receipts (${receipts - expected} redeliveries deduplicated)`,
    );
  }, 180_000);
});
