import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../core/delivery/dispatcher.ts';
import { DedupeReceiver, pointScjgAt } from '../support/dedupe-receiver.ts';
import { startDemo } from '../support/demo.ts';
import { approvalFixture } from '../support/linkage.ts';
import type { TestHub } from '../support/test-hub.ts';

/**
 * A department's receiver is down, then so slow that the hub gives up waiting (after the message
 * did take effect there), then back. Every message ends delivered, each took effect once at the
 * receiver's dedupe, none is stuck or dead, and the slow phase really caused redeliveries.
 */
describe('receiver down, then slow, then back', () => {
  let hub: TestHub;
  let mode: 'slow' | 'ok' = 'ok';
  const held: ServerResponse[] = [];
  // In the slow phase a message takes effect but is answered only after the hub has given up.
  const receiver = new DedupeReceiver((res) => mode === 'slow' && held.push(res) > 0);

  beforeAll(async () => {
    const demo = await startDemo({ now: '2026-06-10T09:00:00+08:00' });
    hub = demo.hub;
    await pointScjgAt(hub.ctx, (await receiver.start()).url);
    for (let i = 0; i < 10; i++) {
      const res = await demo.call(
        'POST',
        '/api/v1/approvals',
        demo.keys.bureau!,
        approvalFixture({ licenseDocumentNumber: `高审批食经〔2026〕D${i}号`, decisionDate: '2026-06-10' }),
      );
      expect(res.status).toBe(201);
    }
  });

  afterAll(async () => {
    for (const res of held) res.destroy();
    await receiver.stop();
    delete process.env.SHENGUAN_DELIVERY_TIMEOUT_MS;
    await hub?.close();
  });

  const outbox = () => hub.ctx.db.selectFrom('outbox').select(['id', 'state', 'attempts', 'last_error']).execute();
  const later = (minutes: number) => hub.clock.advance(minutes * 60_000);

  it('delivers every message once to the receiver, none stuck', async () => {
    const dispatcher = new Dispatcher(hub.ctx, { leaseMs: 60_000 });
    const messages = (await outbox()).length;
    expect(messages).toBeGreaterThanOrEqual(10);

    // down: connection refused
    await receiver.stop();
    expect(await dispatcher.drain()).toMatchObject({ sent: 0, retried: messages });
    expect((await outbox()).every((m) => m.state === 'pending' && m.attempts === 1 && m.last_error)).toBe(true);

    // slow: the receiver takes the message but answers after the hub's timeout
    process.env.SHENGUAN_DELIVERY_TIMEOUT_MS = '300';
    mode = 'slow';
    await receiver.start();
    later(60);
    expect(await dispatcher.drain()).toMatchObject({ sent: 0, retried: messages });
    expect(receiver.effects.size).toBe(messages); // they did take effect there
    for (const res of held.splice(0)) res.writeHead(200).end('too late');

    // back, with the usual patience (the embedded store blocks the event loop while it works)
    delete process.env.SHENGUAN_DELIVERY_TIMEOUT_MS;
    mode = 'ok';
    later(120);
    expect(await dispatcher.drain()).toMatchObject({ sent: messages, dead: 0 });
    const rows = await outbox();
    expect(rows.filter((m) => m.state !== 'delivered')).toEqual([]);
    expect(receiver.effects).toEqual(new Set(rows.map((m) => m.id)));
    expect(receiver.receipts).toBe(2 * messages); // each redelivered once after the timeout, deduplicated there
  });
});
