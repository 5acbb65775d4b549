import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { bearer, withDemo } from '../support/demo.ts';
import { approvalFixture, post } from '../support/linkage.ts';
import { createTestHub, type TestHub } from '../support/test-hub.ts';

/**
 * The State Council notice as staff receive it (国务院办公厅关于2027年部分节假日安排的通知), and the warnings
 * before a year without one bites (profile calendar.nextYearWarningFrom, default 10-01).
 */
let hub: TestHub;
let app: FastifyInstance;
let keys: Record<string, string>;
afterEach(() => hub?.close());

const notice = readFileSync(new URL('../fixtures/calendar/notices/2027-example.txt', import.meta.url), 'utf8');
const sendNotice = (preview: boolean) =>
  app.inject({
    method: 'POST',
    url: `/api/v1/calendar/notices?preview=${preview}`,
    headers: { ...bearer(keys.bureau!), 'content-type': 'text/plain; charset=utf-8' },
    payload: notice,
  });

describe('calendar notice import and warnings', () => {
  it('warns from 1 October that 2027 is not loaded: /healthz and calendar status', async () => {
    hub = await createTestHub({ now: '2026-09-30T12:00:00+08:00' });
    app = await hub.app();
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    hub.clock.set('2026-10-01T00:00:00+08:00');
    const health = (await app.inject('/healthz')).json();
    expect(health.status).toBe('ok');
    expect(health.warnings).toEqual([
      expect.objectContaining({ code: 'CALENDAR_YEAR_NOT_LOADED', year: 2027, zh: expect.stringContaining('2027年') }),
    ]);
    expect((await app.inject('/api/v1/calendar/status')).json()).toMatchObject({
      today: '2026-10-01',
      warnFrom: '10-01',
      currentYearLoaded: true,
      nextYearLoaded: false,
      warnings: [expect.objectContaining({ year: 2027 })],
    });
  });

  it('previews the notice without loading it, then loads it with the text as evidence and recomputes', async () => {
    hub = await createTestHub({ now: '2026-12-31T16:00:00+08:00' });
    keys = await withDemo(hub);
    app = await hub.app();
    const pushed = await post(app, '/api/v1/approvals', keys.bureau!, approvalFixture({ decisionDate: '2026-12-31' }));
    expect(pushed.body.deliveries[0]).toMatchObject({
      claimDueAt: '2027-01-04T16:00:00.000Z',
      deadlineProvisional: true,
    });

    const preview = await sendNotice(true);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ preview: true, year: 2027 });
    expect(preview.json().text).toContain(
      '春节：放假 02-06、02-07、02-08、02-09、02-10、02-11、02-12（7天）；上班 02-13、02-20',
    );
    expect((await app.inject('/api/v1/calendar/status')).json().nextYearLoaded).toBe(false);

    const loaded = await sendNotice(false);
    expect(loaded.json()).toMatchObject({ preview: false, recomputed: { deliveries: 2 } });
    const year = await hub.ctx.db.selectFrom('calendar_years').selectAll().where('year', '=', 2027).executeTakeFirst();
    expect(year).toMatchObject({ source: expect.stringContaining('2027年部分节假日安排'), notice_text: notice });
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const after = (
      await app.inject({ url: `/api/v1/approvals/${pushed.body.id}`, headers: bearer(keys.bureau!) })
    ).json();
    expect(after.deliveries[0]).toMatchObject({ claimDueAt: '2027-01-04T16:00:00.000Z', deadlineProvisional: false });
  });

  it('refuses a notice it cannot read, with the reason, and loads nothing', async () => {
    hub = await createTestHub({ now: '2026-12-01T10:00:00+08:00' });
    keys = await withDemo(hub);
    app = await hub.app();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/calendar/notices?preview=false',
      headers: { ...bearer(keys.bureau!), 'content-type': 'text/plain' },
      payload: notice.replace('10月1日（星期五）', '10月1日（星期四）'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'CALENDAR_NOTICE_INVALID',
      details: [expect.objectContaining({ field: '国庆节' })],
    });
    expect((await app.inject('/api/v1/calendar/status')).json().nextYearLoaded).toBe(false);
  });
});
