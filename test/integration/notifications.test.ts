import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { cliActor } from '../../core/audit/actor.ts';
import { addNotificationChannel } from '../../core/notifications/channels.ts';
import { runNotifications } from '../../core/notifications/notifier.ts';
import { sendersFromConfig } from '../../core/notifications/senders.ts';
import { startDemo } from '../support/demo.ts';
import { addStaff, ConsoleClient } from '../support/console.ts';
import { fakeSmtp, fakeWebhooks } from '../support/fake-receivers.ts';
import { approvalFixture } from '../support/linkage.ts';
import type { TestHub } from '../support/test-hub.ts';

let hub: TestHub;
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
  await hub?.close();
});

async function setUp(now: string) {
  const demo = await startDemo({ now });
  hub = demo.hub;
  const smtp = await fakeSmtp();
  const hooks = await fakeWebhooks();
  closers.push(smtp.close, hooks.close);
  await addStaff(hub, 'wangfang', 'scjg', 'department-staff', 'wangfang@scjg.example.cn');
  for (const [channel, secret] of [
    ['dingtalk', 'SECdingtalk-secret'],
    ['feishu', 'feishu-secret'],
    ['wecom', undefined],
  ] as const)
    await addNotificationChannel(
      hub.ctx,
      { department: 'scjg', channel, target: `${hooks.base}/${channel}/send?access_token=t`, secret },
      cliActor(),
    );
  const senders = sendersFromConfig({ smtpUrl: `${smtp.url}?ignoreTLS=true`, smtpFrom: 'hub@example.cn' });
  const run = () => runNotifications(hub.ctx, senders, { nearOfficeHours: 4, publicUrl: 'https://hub.example.cn' });
  const push = async () =>
    (
      await demo.call(
        'POST',
        '/api/v1/approvals',
        demo.keys.bureau!,
        approvalFixture({ decisionDate: now.slice(0, 10) }),
      )
    ).body.deliveries.find((d: { recipient: string }) => d.recipient === 'scjg').id as string;
  return { demo, smtp, hooks, run, push };
}

const subjects = (mails: { data: string }[]) =>
  mails.map((m) => {
    const raw = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(m.data)?.[1] ?? '';
    // RFC 2047 encoded words, as nodemailer writes a Chinese subject.
    return raw
      .replace(/\r\n[ \t]/g, '')
      .replace(/=\?UTF-8\?B\?([^?]+)\?=/gi, (_, b64) => Buffer.from(b64, 'base64').toString('utf8'))
      .replace(/=\?UTF-8\?Q\?([^?]+)\?=/gi, (_, q: string) =>
        Buffer.from(
          q.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h) => String.fromCharCode(Number.parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
      )
      .replace(/\s+/g, '');
  });

describe('notifications of new and near-deadline items', () => {
  it('tells the department in-app, by e-mail and by its signed group robots, once each, before the deadline', {
    timeout: 120_000,
  }, async () => {
    const { smtp, hooks, run, push, demo } = await setUp('2026-06-10T10:00:00+08:00'); // Wednesday, office hours
    const item = await push();
    expect(await run()).toMatchObject({ planned: 5, sent: 4, failed: 0 }); // app + e-mail + 3 robots
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.to).toEqual(['wangfang@scjg.example.cn']);
    expect(subjects(smtp.mails)[0]).toContain('【新推送待认领】高青县福源餐饮有限公司食品经营许可');
    expect(hooks.posts.map((p) => p.url.split('/')[1])).toEqual(['dingtalk', 'feishu', 'wecom']);
    // 钉钉: timestamp and sign in the URL, HMAC-SHA256 of "timestamp\nsecret" keyed with the secret.
    const ding = new URL(`http://x${hooks.posts[0]!.url}`);
    const ts = ding.searchParams.get('timestamp')!;
    expect(ts).toBe(String(Date.parse('2026-06-10T10:00:00+08:00')));
    expect(ding.searchParams.get('sign')).toBe(
      createHmac('sha256', 'SECdingtalk-secret').update(`${ts}\nSECdingtalk-secret`).digest('base64'),
    );
    expect((hooks.posts[0]!.body.text as { content: string }).content).toContain('认领期限：6月11日24时');
    expect((hooks.posts[0]!.body.text as { content: string }).content).toContain(
      `https://hub.example.cn/console/items/${item}`,
    );
    // 飞书: timestamp (seconds) and sign in the body, HMAC keyed with "timestamp\nsecret" over nothing.
    const feishu = hooks.posts[1]!.body as { timestamp: string; sign: string; msg_type: string };
    expect(feishu.msg_type).toBe('text');
    expect(feishu.sign).toBe(createHmac('sha256', `${feishu.timestamp}\nfeishu-secret`).update('').digest('base64'));

    // Nothing new: nothing sent twice.
    expect(await run()).toMatchObject({ planned: 0, sent: 0 });
    expect(smtp.mails).toHaveLength(1);

    // Thursday 13:30: 4 office hours before 24:00 (13:30–17:30). Announced as near, before the deadline.
    hub.clock.set('2026-06-11T13:30:00+08:00');
    expect(await run()).toMatchObject({ planned: 5, sent: 4 });
    expect(subjects(smtp.mails)[1]).toContain('【临近认领期限】');
    expect(hooks.posts).toHaveLength(6);
    const rows = await hub.ctx.db.selectFrom('notifications').selectAll().orderBy('id').execute();
    expect(rows.every((r) => r.state === 'sent' && r.sent_at! < r.due_at!)).toBe(true);
    expect(rows.filter((r) => r.channel === 'app').map((r) => r.kind)).toEqual(['new', 'near']);

    // The in-app notices page lists both, unread until opened.
    const c = new ConsoleClient(demo.app);
    await c.signIn('wangfang');
    const notices = await c.get('/console/notices');
    expect(notices.body).toContain('未读 <b id="unread">2</b> 条');
    expect(notices.body).toContain('【临近认领期限】高青县福源餐饮有限公司');
    expect((await c.get('/console/notices')).body).toContain('未读 <b id="unread">0</b> 条');
  });

  it('keeps e-mail and robots quiet out of hours, sends at opening, drops what was claimed meanwhile', async () => {
    const { smtp, hooks, run, push, demo } = await setUp('2026-06-10T19:00:00+08:00');
    const first = await push();
    await push();
    expect(await run()).toMatchObject({ planned: 10, sent: 0 });
    expect(smtp.mails).toHaveLength(0);
    expect(hooks.posts).toHaveLength(0);
    // The in-app notice is there at once.
    expect(
      await hub.ctx.db
        .selectFrom('notifications')
        .select('id')
        .where('channel', '=', 'app')
        .where('state', '=', 'sent')
        .execute(),
    ).toHaveLength(2);
    // One is claimed overnight (through the API, by the department's system).
    expect((await demo.call('POST', `/api/v1/deliveries/${first}/claim`, demo.keys.scjg!)).status).toBe(200);
    hub.clock.set('2026-06-11T08:29:00+08:00');
    expect(await run()).toMatchObject({ sent: 0 });
    hub.clock.set('2026-06-11T08:30:00+08:00');
    expect(await run()).toMatchObject({ sent: 4 });
    expect(smtp.mails).toHaveLength(1);
    expect(hooks.posts).toHaveLength(3);
  });

  it('records a robot that refuses, and tries again on the next run', async () => {
    const { run, push } = await setUp('2026-06-10T10:00:00+08:00');
    await hub.ctx.db
      .updateTable('notification_channels')
      .set({ target: 'http://127.0.0.1:9/unreachable' })
      .where('channel', '=', 'wecom')
      .execute();
    await push();
    expect(await run()).toMatchObject({ sent: 3, failed: 1 });
    const failed = await hub.ctx.db
      .selectFrom('notifications')
      .selectAll()
      .where('channel', '=', 'wecom')
      .executeTakeFirstOrThrow();
    expect(failed).toMatchObject({ state: 'queued', attempts: 1 });
    expect(failed.error).toBeTruthy();
    expect(await run()).toMatchObject({ sent: 0, failed: 1 });
  });
});
