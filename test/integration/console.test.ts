import { afterEach, describe, expect, it } from 'vitest';
import { getEntry, putEntry } from '../../core/catalogue/catalogue-store.ts';
import { cliActor } from '../../core/audit/actor.ts';
import type { Demo } from '../support/demo.ts';
import { addStaff, ConsoleClient, PASSWORD, startDemoWithStaff } from '../support/console.ts';
import { approvalFixture, pushApprovalAs } from '../support/linkage.ts';
import type { TestHub } from '../support/test-hub.ts';

let hub: TestHub;
let keys: Record<string, string>;
let call: Demo['call'];
let app: Demo['app'];
afterEach(() => hub?.close());

async function start(now?: string) {
  ({ hub, keys, call, app } = await startDemoWithStaff(now));
  await addStaff(hub, 'zhaoqiang', 'reform', 'reform-office');
}

const stateOf = async (id: string) =>
  (await hub.ctx.db.selectFrom('deliveries').select('claim_state').where('id', '=', id).executeTakeFirstOrThrow())
    .claim_state;

const audit = (action: string) =>
  hub.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();

describe('staff console: accounts and sign-in', () => {
  it('signs in with an argon2id-hashed password into a secure, HttpOnly, SameSite session, audited', async () => {
    await start();
    const row = await hub.ctx.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'wangfang')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const client = new ConsoleClient(app);
    expect((await client.get('/console')).headers.location).toBe('/console/login?next=%2Fconsole');
    const signedIn = await client.signIn('wangfang');
    expect(signedIn.statusCode).toBe(302);
    const cookie = String(signedIn.headers['set-cookie']);
    expect(cookie).toMatch(/sg_session=[\w-]{43}; Max-Age=43200; Path=\/console; HttpOnly; Secure; SameSite=Strict/);
    const page = await client.get('/console');
    expect(page.body).toContain('高青县市场监督管理局 · 测试wangfang（监管部门工作人员）');
    expect(await audit('user.signed-in')).toEqual([
      expect.objectContaining({ actor: 'user:wangfang', entity_id: 'wangfang' }),
    ]);
    await client.post('/console/logout');
    expect((await client.get('/console')).statusCode).toBe(302);
    expect(await audit('user.signed-out')).toHaveLength(1);
  });

  it('slows the source after 3 wrong passwords instead of locking the account (sign-in-throttle.ts)', async () => {
    await start();
    const client = new ConsoleClient(app);
    for (let i = 0; i < 3; i++) expect((await client.signIn('wangfang', 'wrong-password')).statusCode).toBe(401);
    const slowed = await client.signIn('wangfang', PASSWORD);
    expect(slowed.statusCode).toBe(429);
    expect(slowed.body).toContain('请于 2026-06-10 10:00:01 后再试');
    expect(await audit('user.sign-in-throttled')).toHaveLength(1);
    hub.clock.set('2026-06-10T10:00:02+08:00');
    expect((await client.signIn('wangfang', PASSWORD)).statusCode).toBe(302);
    expect((await client.signIn('nobody', PASSWORD)).statusCode).toBe(401);
    expect((await audit('user.sign-in-failed')).map((a) => a.entity_id)).toEqual([
      ...Array(3).fill('wangfang'),
      'nobody',
    ]);
  });

  it('refuses every form without the page’s CSRF token', async () => {
    await start();
    const pushed = await pushApprovalAs(call, keys.bureau!, { decisionDate: '2026-06-10' });
    const client = new ConsoleClient(app);
    await client.get('/console/login');
    expect(
      (await client.post('/console/login', { username: 'wangfang', password: PASSWORD }, { csrf: null })).statusCode,
    ).toBe(403);
    await client.signIn('wangfang');
    const id = pushed.body.deliveries.find((d: { recipient: string }) => d.recipient === 'scjg').id;
    const forged = await client.post(`/console/items/${id}/claim`, {}, { csrf: 'forged-token' });
    expect(forged.statusCode).toBe(403);
    expect(forged.body).toContain('CSRF_INVALID');
    expect(
      (await call('GET', `/api/v1/approvals/${pushed.body.id}`, keys.scjg!)).body.deliveries.find(
        (d: { recipient: string }) => d.recipient === 'scjg',
      ).claimState,
    ).toBe('pending');
  });
});

describe('staff console: work', () => {
  it(
    'shows a department its items with working time left, claims, disputes, downloads the letter, ' +
      'and keeps other departments out',
    async () => {
      await start();
      const first = await pushApprovalAs(call, keys.bureau!, { decisionDate: '2026-06-10' });
      const second = await pushApprovalAs(call, keys.bureau!, { decisionDate: '2026-06-10' });
      const toScjg = (p: typeof first) =>
        p.body.deliveries.find((d: { recipient: string }) => d.recipient === 'scjg').id as string;
      const client = new ConsoleClient(app);
      await client.signIn('wangfang');
      const dashboard = await client.get('/console');
      expect(dashboard.body).toContain('高青县福源餐饮有限公司');
      expect(dashboard.body).toContain('6月11日24时'); // 1 working day: the period ends at 24:00 of 6/11
      // Office hours (08:30–12:00, 13:30–17:30): 2 + 4 h today, a 7.5 h day tomorrow.
      expect(dashboard.body).toContain('剩余 1 个工作日 6 小时');
      expect(dashboard.body).not.toContain('接收部门'); // a department sees only its own items

      const asked = await client.post(`/console/items/${toScjg(first)}/claim`);
      expect(asked.body).toContain('认领后即由本部门承担该事项的监管责任');
      expect(await stateOf(toScjg(first))).toBe('pending'); // nothing happens before the confirmation
      const claimed = await client.post(`/console/items/${toScjg(first)}/claim`, { confirm: '1' });
      expect(await stateOf(toScjg(first))).toBe('claimed');
      expect(claimed.headers.location).toBe(`/console/items/${toScjg(first)}?done=claimed`);
      const detail = await client.get(claimed.headers.location as string);
      expect(detail.body).toContain('已认领。');
      expect(detail.body).toContain('认领</td>'); // in the timeline
      // The push's one audit entry shows as the push and a 投递 line for each delivery it made.
      const events = [...detail.body.matchAll(/data-label="事件">([^<]+)<\/td>/g)].map((m) => m[1]);
      expect(events).toEqual(['推送审批信息', '投递', '投递', '认领']);
      const disputed = await client.post(`/console/items/${toScjg(second)}/dispute`, {
        reason: '许可事项不属于本部门监管',
        confirm: '1',
      });
      expect(await stateOf(toScjg(second))).toBe('disputed');
      expect(disputed.statusCode).toBe(302);
      expect((await client.get('/console?view=disputed')).body).toContain('异议处理中');

      const letter = await client.post(`/console/items/${toScjg(first)}/letter`);
      const pdf = await client.get(letter.headers.location as string);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect((await client.get('/console/documents')).body).toContain('高审批函〔2026〕1号');

      const other = new ConsoleClient(app);
      await other.signIn('chengang');
      expect((await other.get(`/console/items/${toScjg(second)}`)).statusCode).toBe(403);
      expect((await other.post(`/console/items/${toScjg(second)}/claim`)).statusCode).toBe(403);
      expect(
        (
          await other.get(
            `/console/documents/${/documents\/([\w-]+)\/pdf/.exec(letter.headers.location as string)![1]}/pdf`,
          )
        ).statusCode,
      ).toBe(403);
      expect((await other.get('/console/deliveries')).statusCode).toBe(403);
    },
  );

  it(
    'gives the bureau every department’s items, the delivery monitor with replay, ' +
      'adapters, report, counterpart and catalogue pages',
    async () => {
      await start();
      const endpoint = await app.inject({
        method: 'PUT',
        url: '/api/v1/departments/scjg/endpoint',
        headers: { authorization: `Bearer ${keys.bureau}` },
        payload: { transport: 'webhook', url: 'http://127.0.0.1:9/hook' },
      });
      expect(endpoint.statusCode).toBe(200);
      const pushed = await pushApprovalAs(call, keys.bureau!, { decisionDate: '2026-06-10' });
      await hub.ctx.db
        .updateTable('outbox')
        .set({ state: 'dead', attempts: 12, last_error: 'HTTP 503 from department system' })
        .execute();
      const admin = new ConsoleClient(app);
      await admin.signIn('zhangming');
      const dashboard = await admin.get('/console');
      expect(dashboard.body).toContain('接收部门');
      expect(dashboard.body).toContain('淄博市市场监督管理局');
      const monitor = await admin.get('/console/deliveries');
      expect(monitor.body).toContain('HTTP 503 from department system');
      const id = /deliveries\/([\w-]+)\/replay/.exec(monitor.body)![1]!;
      expect((await admin.post(`/console/deliveries/${id}/replay`)).body).toContain('确认重新投递');
      expect(
        (await hub.ctx.db.selectFrom('outbox').select('state').where('id', '=', id).executeTakeFirstOrThrow()).state,
      ).toBe('dead');
      expect((await admin.post(`/console/deliveries/${id}/replay`, { confirm: '1' })).headers.location).toBe(
        '/console/deliveries?done=replayed',
      );
      expect(
        (await hub.ctx.db.selectFrom('outbox').select('state').where('id', '=', id).executeTakeFirstOrThrow()).state,
      ).toBe('pending');
      expect((await admin.get('/console/adapters')).statusCode).toBe(200);
      const report = await admin.get('/console/reports/monthly?month=2026-06');
      expect(report.body).toContain('月度通报 2026-06');
      expect(report.body).toContain('各部门接收审批信息条数');
      expect(report.body).toMatch(/class="bar" style="width:\d+%"/);
      // The pushed approval's own counterpart, by code: found, with its approval.
      const credit = await admin.get(`/console/counterparts?key=${approvalFixture().counterpart.uscc}`);
      expect(credit.body).toContain('<b id="verdict" class="status ok">正常</b>');
      expect(credit.body).toMatch(/高审批食经〔2026〕\d+号/);
      expect((await admin.get('/console/catalogue')).body).toContain('食品经营许可');
      const current = await getEntry(hub.ctx, 'matter', 'SC-001');
      await putEntry(
        hub.ctx,
        'matter',
        { ...current.data, fees: '按规定收取工本费' },
        { effectiveFrom: '2026-06-10', reason: '收费标准调整' },
        cliActor(),
      );
      const versions = (await admin.get('/console/catalogue/SC-001')).body;
      expect(versions).toContain('第 2 版 · 2026-06-10 起');
      expect(versions).toMatch(/<td>\/fees<\/td><td>修改<\/td><td>不收费<\/td><td>按规定收取工本费<\/td>/);
      const reform = new ConsoleClient(app);
      await reform.signIn('zhaoqiang');
      const oversight = await reform.get(`/console/items/${pushed.body.deliveries[0].id}`);
      expect(oversight.statusCode).toBe(200);
      expect(oversight.body).not.toContain('/claim"'); // the reform office reads, it does not act
    },
  );
});
