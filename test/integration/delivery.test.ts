import { createServer } from 'node:http';
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { Dispatcher } from '../../core/delivery/dispatcher.ts';
import type { OutboundMessage } from '../../core/delivery/message.ts';
import { registerTransport } from '../../core/delivery/transports.ts';
import { loadProfile } from '../../core/policy/load-profile.ts';
import { databaseRunCoordinator } from '../../core/scheduler/scheduler.ts';
import { recomputeProvisionalDeadlines } from '../../core/linkage/deliveries.ts';
import { saveSchedule } from '../../core/calendar/calendar-store.ts';
import { cliActor } from '../../core/audit/actor.ts';
import { bearer, withDemo } from '../support/demo.ts';
import { approvalFixture, post } from '../support/linkage.ts';
import { createTestHub, type TestHub } from '../support/test-hub.ts';

let hub: TestHub;
let app: FastifyInstance;
let keys: Record<string, string>;
afterEach(() => hub?.close());

/** An in-process recipient that can be told to fail. */
const received: OutboundMessage[] = [];
let failures = 0;
registerTransport({
  name: 'test-recipient',
  async send(message) {
    if (failures > 0) {
      failures--;
      throw new Error('HTTP 503 from department system');
    }
    received.push(message);
  },
});

async function start(maxAttempts = 3) {
  const profile = loadProfile('gaoqing');
  hub = await createTestHub({
    profile: { ...profile, delivery: { maxAttempts, initialBackoffSeconds: 30, maxBackoffSeconds: 600 } },
    now: '2026-06-10T10:00:00+08:00',
  });
  keys = await withDemo(hub);
  app = await hub.app();
  received.length = 0;
  failures = 0;
}

const setEndpoint = (dept: string, body: object) =>
  app.inject({
    method: 'PUT',
    url: `/api/v1/departments/${dept}/endpoint`,
    headers: bearer(keys.bureau!), // the administrator's change takes effect at once
    payload: body,
  });

describe('delivery engine', () => {
  it('delivers each push once to the department endpoint, with the message id as idempotency key', async () => {
    await start();
    expect((await setEndpoint('scjg', { transport: 'test-recipient' })).statusCode).toBe(200);
    const pushed = await post(app, '/api/v1/approvals', keys.bureau!, approvalFixture({ decisionDate: '2026-06-10' }));
    const dispatcher = new Dispatcher(hub.ctx);
    // scjg receives its own delivery and the city bureau's, which is forwarded through it
    expect(await dispatcher.drain()).toEqual({ sent: 2, retried: 0, dead: 0 });
    expect(received.map((m) => [m.type, m.subject.id])).toEqual([
      ['approval.pushed', pushed.body.id],
      ['approval.pushed', pushed.body.id],
    ]);
    expect(new Set(received.map((m) => m.id)).size).toBe(2);
    expect(await dispatcher.drain()).toEqual({ sent: 0, retried: 0, dead: 0 });
  });

  it('retries with exponential backoff, dead-letters after the policy’s attempts, and replays on request', async () => {
    await start(3);
    await setEndpoint('rsj', { transport: 'test-recipient' });
    await post(
      app,
      '/api/v1/approvals',
      keys.bureau!,
      approvalFixture({ matterCode: 'RS-001', decisionDate: '2026-06-10' }),
    );
    const dispatcher = new Dispatcher(hub.ctx);
    failures = 100;
    expect(await dispatcher.drain()).toEqual({ sent: 0, retried: 1, dead: 0 });
    const [row] = await hub.ctx.db.selectFrom('outbox').selectAll().execute();
    const delay = row!.next_attempt_at.getTime() - hub.clock.now().getTime();
    expect(delay).toBeGreaterThanOrEqual(15_000); // attempt 1: 30 s step, equal jitter → 15–30 s
    expect(delay).toBeLessThanOrEqual(30_000);
    expect(await dispatcher.drain()).toEqual({ sent: 0, retried: 0, dead: 0 }); // not due yet
    hub.clock.advance(31_000);
    expect(await dispatcher.drain()).toEqual({ sent: 0, retried: 1, dead: 0 });
    hub.clock.advance(61_000);
    expect(await dispatcher.drain()).toEqual({ sent: 0, retried: 0, dead: 1 });

    const dead = (await app.inject({ url: '/api/v1/outbox?state=dead', headers: bearer(keys.bureau!) })).json();
    expect(dead).toEqual([
      expect.objectContaining({ recipient: 'rsj', attempts: 3, lastError: 'HTTP 503 from department system' }),
    ]);
    failures = 0;
    const replayed = await app.inject({
      method: 'POST',
      url: '/api/v1/outbox/replay',
      headers: bearer(keys.bureau!),
      payload: { allDead: true },
    });
    expect(replayed.json().replayed).toEqual([dead[0].id]);
    expect(await dispatcher.drain()).toEqual({ sent: 1, retried: 0, dead: 0 });
    const actions = (
      await hub.ctx.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_type', '=', 'outbox')
        .orderBy('id')
        .execute()
    ).map((r) => r.action);
    expect(actions).toEqual([
      'delivery.attempt-failed',
      'delivery.attempt-failed',
      'delivery.dead-lettered',
      'delivery.replayed',
      'delivery.sent',
    ]);
  });

  it('signs webhooks with HMAC-SHA256 over timestamp and body', async () => {
    await start();
    const seen: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ headers: req.headers, body });
        res.writeHead(seen.length === 1 ? 500 : 200).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const secret = 'a-long-shared-secret-0123456789';
    await setEndpoint('rsj', { transport: 'webhook', url, secret });
    await post(
      app,
      '/api/v1/approvals',
      keys.bureau!,
      approvalFixture({ matterCode: 'RS-001', decisionDate: '2026-06-10' }),
    );
    const dispatcher = new Dispatcher(hub.ctx);
    expect(await dispatcher.drain()).toMatchObject({ retried: 1 });
    hub.clock.advance(60_000);
    expect(await dispatcher.drain()).toMatchObject({ sent: 1 });
    server.close();
    const [first, second] = seen;
    expect(first!.headers['idempotency-key']).toBe(second!.headers['idempotency-key']);
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(second!.headers['x-shenguan-signature']))!;
    expect(v1).toBe(createHmac('sha256', secret).update(`${t}.${second!.body}`).digest('hex'));
    expect(JSON.parse(second!.body)).toMatchObject({
      type: 'approval.pushed',
      payload: { matterName: '人力资源服务许可' },
    });
  });
});

describe('scheduler coordination', () => {
  it('lets exactly one hub process run a job for a given fire time', async () => {
    await start();
    const a = databaseRunCoordinator(hub.ctx, 'instance-a');
    const b = databaseRunCoordinator(hub.ctx, 'instance-b');
    const key = 'deadline-sweep:2026-06-10T02:01:00.000Z';
    const results = await Promise.all([a.shouldRun(key, 0), b.shouldRun(key, 0), a.shouldRun(key, 0)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await b.shouldRun('deadline-sweep:2026-06-10T02:02:00.000Z', 0)).toBe(true);
  });
});

describe('deadlines in a year without a schedule', () => {
  it('never refuses a push: the deadline is provisional until the year is loaded, then recomputed', async () => {
    await start();
    hub.clock.set('2026-12-31T10:00:00+08:00');
    const pushed = await post(app, '/api/v1/approvals', keys.bureau!, approvalFixture({ decisionDate: '2026-12-31' }));
    expect(pushed.body.deliveries[0]).toMatchObject({
      claimDueAt: '2027-01-01T16:00:00.000Z',
      deadlineProvisional: true,
    });
    await saveSchedule(
      hub.ctx.db,
      { year: 2027, source: 'test', days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }] },
      cliActor(),
      hub.clock.now(),
    );
    await hub.ctx.calendar.refresh();
    expect(await recomputeProvisionalDeadlines(hub.ctx)).toBe(2);
    const after = (
      await app.inject({ url: `/api/v1/approvals/${pushed.body.id}`, headers: bearer(keys.bureau!) })
    ).json();
    expect(after.deliveries[0]).toMatchObject({ claimDueAt: '2027-01-04T16:00:00.000Z', deadlineProvisional: false });
  });
});
