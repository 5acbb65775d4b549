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
import { readFileSync } from 'node:fs';
import { recomputeProvisionalDeadlines } from '../../core/deadlines/recompute-deadlines.ts';
import { shanghaiDate } from '../../core/calendar/china-time.ts';
import { sweepDeadlines } from '../../core/linkage/sweep.ts';
import { deemConsent } from '../../core/joint/inquiries.ts';
import { bearer, withDemo } from '../support/demo.ts';
import { approvalFixture, post } from '../support/linkage.ts';
import { sql } from 'kysely';
import { putEntry } from '../../core/catalogue/catalogue-store.ts';
import { DEMO_MATTERS } from '../../core/demo/demo-jurisdiction.ts';
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
    // Sent together to one department, the two messages share one audit entry that names each; the
    // timeline shows one 'delivery.sent' event per message, as when each had its own entry.
    const sent = await hub.ctx.db
      .selectFrom('audit_log')
      .select(['entity_id', 'department_code', 'subject', 'after'])
      .where('action', '=', 'delivery.sent')
      .execute();
    const ids = received.map((m) => m.id).sort();
    expect(sent).toEqual([
      {
        entity_id: ids[0],
        department_code: 'scjg',
        subject: `approval:${pushed.body.id}`,
        after: { messages: ids.map((id) => ({ id, attempt: 1 })) },
      },
    ]);
    const timeline = (
      await app.inject({ url: `/api/v1/approvals/${pushed.body.id}/timeline`, headers: bearer(keys.bureau!) })
    ).json() as { action: string; department: string; after: unknown }[];
    expect(timeline.filter((t) => t.action === 'delivery.sent')).toEqual([
      expect.objectContaining({ department: 'scjg', after: { attempt: 1 } }),
      expect.objectContaining({ department: 'scjg', after: { attempt: 1 } }),
    ]);
  });

  it('keeps what was decided at push time: the message names the approval, composed from it when sent', async () => {
    await start();
    expect((await setEndpoint('scjg', { transport: 'test-recipient' })).statusCode).toBe(200);
    const pushed = await post(app, '/api/v1/approvals', keys.bureau!, approvalFixture({ decisionDate: '2026-06-10' }));
    const [scjg, city] = pushed.body.deliveries as { id: string; recipient: string }[];
    // The outbox names the subject and whom the content is for; it does not copy the decision.
    const stored = await hub.ctx.db.selectFrom('outbox').select(['delivery_id', 'message']).execute();
    expect(stored.find((r) => r.delivery_id === city!.id)!.message).toMatchObject({
      type: 'approval.pushed',
      subject: { type: 'approval', id: pushed.body.id },
      payload: {},
      compose: { for: 'zb-scjg' },
    });
    // The rows it is composed from stay as written: the store refuses to change or remove them.
    const refused = async (statement: ReturnType<typeof sql>) =>
      String(
        await statement.execute(hub.ctx.db).then(
          () => 'done',
          (err: unknown) => err,
        ),
      );
    expect(await refused(sql`update approvals set decision = '{}'::jsonb`)).toContain('kept as written');
    expect(await refused(sql`delete from approvals`)).toContain('kept as written');
    expect(await refused(sql`update catalogue_entries set data = '{}'::jsonb`)).toContain('kept as written');
    expect(await refused(sql`update approvals set license_status = 'valid'`)).toBe('done'); // state stays writable
    // A new catalogue version meanwhile does not change what the push carries: it names version 1.
    const food = DEMO_MATTERS[0]!;
    await putEntry(
      hub.ctx,
      'matter',
      { ...food, name: '食品经营许可（新）', boundary: { approvalEndsAt: '新', supervisionStartsAt: '新' } },
      { effectiveFrom: '2026-06-10', reason: '更名' },
      { id: 'user:admin', department: 'bureau', roles: ['admin'] },
    );
    expect(await new Dispatcher(hub.ctx).drain()).toEqual({ sent: 2, retried: 0, dead: 0 });
    const byDelivery = new Map(received.map((m) => [m.deliveryId, m]));
    const decision = approvalFixture({ decisionDate: '2026-06-10' });
    const common = {
      approvalId: pushed.body.id,
      matterVersion: 1,
      matterName: '食品经营许可',
      creditWarning: null,
      supersedes: null,
      commitment: null,
      boundary: {
        approvalEndsAt: '作出许可决定并推送审批信息',
        supervisionStartsAt: '监管部门认领审批信息（超时视为自动认领）',
      },
    };
    expect(byDelivery.get(scjg!.id)).toMatchObject({
      type: 'approval.pushed',
      subject: { type: 'approval', id: pushed.body.id },
      payload: {
        ...common,
        fields: ['事项名称', '行政相对人名称', '联系方式', '许可文号', '许可日期', '有效期'],
        decision: { matterCode: 'SC-001', decisionDate: '2026-06-10', validTo: decision.validTo },
      },
    });
    expect(byDelivery.get(scjg!.id)!.payload.decision).not.toHaveProperty('content');
    expect(byDelivery.get(city!.id)!.payload).toMatchObject(common);
    expect(byDelivery.get(scjg!.id)).not.toHaveProperty('compose');
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

describe('deadlines in a year without a schedule (全国年节及纪念日放假办法 第二条; 001 §7(一)1, §12)', () => {
  const loadExample2027 = async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/calendar/years?format=csv&source=example',
      headers: { ...bearer(keys.bureau!), 'content-type': 'text/csv' },
      payload: readFileSync(new URL('../fixtures/calendar/2027-example.csv', import.meta.url)),
    });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const delivery = (id: string) =>
    hub.ctx.db.selectFrom('deliveries').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const push = async () =>
    (
      await post(
        app,
        '/api/v1/approvals',
        keys.bureau!,
        approvalFixture({ decisionDate: shanghaiDate(hub.clock.now()) }),
      )
    ).body.deliveries[0].id as string;

  it('a push at 2026-12-31 16:00 is never auto-claimed on 元旦 2027: due 2027-01-04 on the floor, 暂定', async () => {
    await start();
    hub.clock.set('2026-12-31T16:00:00+08:00');
    const id = await push();
    expect(await delivery(id)).toMatchObject({
      claim_due_at: new Date('2027-01-04T16:00:00.000Z'),
      deadline_provisional: true,
    });
    hub.clock.set('2027-01-02T00:00:01+08:00');
    expect(await sweepDeadlines(hub.ctx)).toBe(0);
    hub.clock.set('2027-01-04T23:59:00+08:00');
    expect(await sweepDeadlines(hub.ctx)).toBe(0);
    expect((await delivery(id)).claim_state).toBe('pending');
    // The official schedule agrees: the deadline stands and is no longer provisional.
    await loadExample2027();
    expect(await delivery(id)).toMatchObject({
      claim_state: 'pending',
      claim_due_at: new Date('2027-01-04T16:00:00.000Z'),
      deadline_provisional: false,
    });
  });

  it('loading the year reverses a premature auto-claim, re-dates one the official schedule makes earlier', async () => {
    await start();
    // On the floor 2027-02-05..02-10 are off (除夕–初三 and 补假): both claims are due 2027-02-11 24:00.
    hub.clock.set('2027-02-04T10:00:00+08:00');
    const early = await push(); // official: 2-05 is a working day → due 2-05 24:00
    hub.clock.set('2027-02-10T10:00:00+08:00');
    const late = await push(); // official: 2-11 and 2-12 are off, Saturday 2-13 works → due 2-13 24:00
    hub.clock.set('2027-02-12T09:00:00+08:00');
    // The food licence goes to two departments: four deliveries, two from each push.
    expect(await sweepDeadlines(hub.ctx)).toBe(4);

    const loaded = await loadExample2027();
    expect(loaded.recomputed).toMatchObject({ deliveries: 4, reversed: 2, redated: 2 });
    expect(await delivery(late)).toMatchObject({
      claim_state: 'pending',
      claimed_at: null,
      claimed_by: null,
      responsible_from: null,
      claim_due_at: new Date('2027-02-13T16:00:00.000Z'),
      deadline_provisional: false,
    });
    expect(await delivery(early)).toMatchObject({
      claim_state: 'auto-claimed',
      claimed_at: new Date('2027-02-05T16:00:00.000Z'),
      responsible_from: new Date('2027-02-05T16:00:00.000Z'),
      claim_due_at: new Date('2027-02-05T16:00:00.000Z'),
    });
    const actions = await hub.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'actor'])
      .where('entity_id', 'in', [early, late])
      .where('actor', '=', 'system:calendar-recompute')
      .execute();
    expect(actions.map((a) => `${a.entity_id === late ? 'late' : 'early'} ${a.action}`).sort()).toEqual([
      'early delivery.auto-claim-redated',
      'late delivery.auto-claim-reversed',
    ]);
    // Recomputing again finds nothing: each change is recorded once.
    expect(await recomputeProvisionalDeadlines(hub.ctx)).toMatchObject({ deliveries: 0, reversed: 0, redated: 0 });
    hub.clock.set('2027-02-14T00:00:01+08:00');
    expect(await sweepDeadlines(hub.ctx)).toBe(2);
    expect(await delivery(late)).toMatchObject({
      claim_state: 'auto-claimed',
      claimed_at: new Date('2027-02-13T16:00:00.000Z'),
    });
  });

  it('consent deemed on a floor deadline is taken back when the official one is still ahead (001 §12)', async () => {
    await start();
    hub.clock.set('2027-02-10T10:00:00+08:00');
    const sent = await post(app, '/api/v1/inquiries', keys.bureau!, {
      from: 'bureau',
      to: 'scjg',
      subject: '布点规划',
      question: '小餐饮布点规划是否调整？',
      replyWithinDays: 1,
    });
    expect(sent.body).toMatchObject({ deadlineProvisional: true, dueAt: '2027-02-11T16:00:00.000Z' });
    hub.clock.set('2027-02-12T09:00:00+08:00');
    expect(await deemConsent(hub.ctx)).toBe(1);
    expect((await loadExample2027()).recomputed).toMatchObject({ inquiries: 1, reversed: 1 });
    const row = await hub.ctx.db.selectFrom('inquiries').selectAll().where('id', '=', sent.body.id).executeTakeFirst();
    expect(row).toMatchObject({
      state: 'open',
      due_at: new Date('2027-02-13T16:00:00.000Z'),
      deadline_provisional: false,
    });
    const reply = await post(app, `/api/v1/inquiries/${sent.body.id}/reply`, keys.scjg!, { answer: '暂不调整' });
    expect(reply.body.state).toBe('replied');
  });
});
