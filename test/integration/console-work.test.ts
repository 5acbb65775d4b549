import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { parseListQuery, SORT_CAP, workCounts, workItems } from '../../core/console/work-items.ts';
import { monthlyReportData } from '../../core/documents/monthly-report-data.ts';
import type { Demo } from '../support/demo.ts';
import { ConsoleClient, PASSWORD, startDemoWithStaff } from '../support/console.ts';
import { approvalFixture, penaltyFixture, post } from '../support/linkage.ts';
import type { TestHub } from '../support/test-hub.ts';

let hub: TestHub;
let demo: Demo;
afterEach(() => hub?.close());

async function start(now?: string) {
  demo = await startDemoWithStaff(now);
  hub = demo.hub;
}
const push = async (overrides: Record<string, unknown> = {}) =>
  (await demo.call('POST', '/api/v1/approvals', demo.keys.bureau!, approvalFixture(overrides))).body as {
    id: string;
    deliveries: { id: string; recipient: string }[];
  };
const scjgItem = (p: Awaited<ReturnType<typeof push>>) => p.deliveries.find((d) => d.recipient === 'scjg')!.id;
const stateOf = async (id: string) =>
  (await hub.ctx.db.selectFrom('deliveries').select('claim_state').where('id', '=', id).executeTakeFirstOrThrow())
    .claim_state;
const signedIn = async (user: string) => {
  const c = new ConsoleClient(demo.app);
  await c.signIn(user);
  return c;
};
const text = (body: string) => body.replace(/<[^>]+>/g, '');

describe('console: counterpart search never says 正常 for what it did not find', () => {
  it('finds by name (fuzzy, with candidates) and by code; refuses a wrong check character; says 未找到', async () => {
    await start();
    await push();
    await push({
      counterpart: { ...approvalFixture().counterpart, name: '高青县福源烧烤店', uscc: '91370322MA3C4Q8N1X' },
    });
    const fine = await post(demo.app, '/api/v1/supervision-records', demo.keys.scjg!, penaltyFixture());
    expect(fine.status).toBe(201);
    const c = await signedIn('wangfang');

    // A name is searched as a name, never read as a code: two companies contain 福源.
    const both = await c.get(`/console/counterparts?key=${encodeURIComponent('福源')}`);
    expect(text(both.body)).toContain('名称包含“福源”的相对人有 2 个');
    expect(both.body).not.toContain('正常');
    // The full name finds the one company, with its fine listed although a fine does not change access.
    const one = await c.get(`/console/counterparts?key=${encodeURIComponent('福源餐饮')}`);
    expect(one.body).toContain('<h1>相对人：高青县福源餐饮有限公司</h1>');
    expect(one.body).toContain('<title>相对人 · 高青县福源餐饮有限公司 · 审管联动枢纽</title>');
    expect(text(one.body)).toContain('有效监管记录 1 条（行政处罚）');
    expect(one.body).toContain('高市监罚〔2026〕56号');
    expect(one.body).toContain('警告，罚款人民币伍万元整');
    expect(one.body).toContain('食品经营许可');

    const unknownName = await c.get(`/console/counterparts?key=${encodeURIComponent('不存在的公司')}`);
    expect(text(unknownName.body)).toContain('未找到：本系统没有名称包含“不存在的公司”的相对人');
    expect(unknownName.body).not.toContain('正常');

    // 914403001922038216 with its last character changed: the check fails.
    const badCheck = await c.get('/console/counterparts?key=914403001922038217');
    expect(text(badCheck.body)).toContain('校验位错误');
    expect(badCheck.body).not.toContain('正常');
    // A valid code the hub never saw.
    const unseen = await c.get('/console/counterparts?key=91370322MA3C4Q8N2F');
    expect(text(unseen.body)).toMatch(/未找到|校验位错误/);
    expect(unseen.body).not.toContain('正常');
    const valid = await c.get('/console/counterparts?key=91350100M000100Y43');
    expect(text(valid.body)).toContain('未找到：本系统没有代码“91350100M000100Y43”');
    expect(valid.body).not.toContain('正常');
  });
});

describe('console: lists that find things', () => {
  it('filters by counterpart, matter, state and date, sorts, pages with totals, all in the URL; exports the view', {
    timeout: 90_000,
  }, async () => {
    await start();
    for (let i = 0; i < 55; i++) await push();
    const other = await push({
      counterpart: { ...approvalFixture().counterpart, name: '高青县福源烧烤店', uscc: '91370322MA3C4Q8N1X' },
    });
    const c = await signedIn('wangfang');
    const first = await c.get('/console');
    expect(first.body).toContain('共 <b id="total">56</b> 条，第 1–50 条');
    expect(first.body).toContain('href="/console?page=2"');
    const second = await c.get('/console?page=2');
    expect(second.body).toContain('第 51–56 条');
    expect((second.body.match(/href="\/console\/items\//g) ?? []).length).toBe(6);

    const byName = await c.get(`/console?party=${encodeURIComponent('烧烤')}`);
    expect(byName.body).toContain('共 <b id="total">1</b> 条');
    expect(byName.body).toContain(`/console/items/${scjgItem(other)}`);
    const byCode = await c.get('/console?party=91370322ma3c4q8n1x');
    expect(byCode.body).toContain('共 <b id="total">1</b> 条');
    // The keyword box: one character, a few, a matter code, an item's number (each its own index path).
    const keyword = async (q: string) =>
      /id="total">(\d+)/.exec((await c.get(`/console?view=all&q=${encodeURIComponent(q)}`)).body)?.[1];
    expect(await keyword('烤')).toBe('1');
    expect(await keyword('福源烧烤')).toBe('1');
    expect(await keyword('福源')).toBe('56');
    expect(await keyword('sc-001')).toBe('56');
    expect(await keyword(scjgItem(other))).toBe('1');
    expect(await keyword('福源火锅')).toBe('0');
    expect((await c.get('/console?view=all&state=claimed')).body).toContain('共 <b id="total">0</b> 条');
    expect((await c.get('/console?view=all&matter=RS-001')).body).toContain('共 <b id="total">0</b> 条');
    expect((await c.get('/console?view=all&from=2026-06-11')).body).toContain('共 <b id="total">0</b> 条');
    expect((await c.get('/console?view=all&from=2026-06-10&to=2026-06-10')).body).toContain(
      '共 <b id="total">56</b> 条',
    );
    const sorted = await c.get('/console?sort=party&dir=desc');
    expect(sorted.body.indexOf('高青县福源餐饮有限公司')).toBeGreaterThan(sorted.body.indexOf('高青县福源烧烤店'));

    const xlsx = await c.get(`/console/export.xlsx?party=${encodeURIComponent('福源')}`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('待办')!;
    expect(sheet.rowCount).toBe(57); // header and every page of the view, not only the first 50
    expect(sheet.getRow(1).values).toContain('相对人');
    expect(String(sheet.getRow(2).getCell(4).value)).toBe('食品经营许可');
    const csv = await c.get('/console/export.csv?party=91370322MA3C4Q8N1X');
    expect(csv.body.startsWith('\ufeff类别,相对人')).toBe(true);
    expect(csv.body.trim().split('\n')).toHaveLength(2);
    expect(csv.body).toContain('高青县福源烧烤店');
  });

  it('near-deadline and overdue filters count office hours', async () => {
    await start('2026-06-11T14:00:00+08:00'); // Thursday: due at 24:00 of 6/12 → 3.5 + 7.5 office hours
    const item = scjgItem(await push({ decisionDate: '2026-06-11' }));
    const c = await signedIn('wangfang');
    expect((await c.get('/console?due=near')).body).toContain('共 <b id="total">0</b> 条');
    hub.clock.set('2026-06-12T14:00:00+08:00'); // 3.5 office hours left
    const near = await (await signedIn('wangfang')).get('/console?due=near');
    expect(near.body).toContain('共 <b id="total">1</b> 条');
    expect(near.body).toContain('剩余 3.5 工作小时');
    expect(near.body).toContain('6月12日24时');
    expect(await stateOf(item)).toBe('pending');
  });
});

describe('console: lists at scale read only what they show', () => {
  it(
    '待认领 lists items within their deadline, then those without one (first when descending), ' +
      'never an overdue one, page by page across both',
    async () => {
      await start();
      const [dated, undated, overdue] = [scjgItem(await push()), scjgItem(await push()), scjgItem(await push())];
      await hub.ctx.db.updateTable('deliveries').set({ claim_due_at: null }).where('id', '=', undated).execute();
      await hub.ctx.db
        .updateTable('deliveries')
        .set({ claim_due_at: new Date('2026-06-09T16:00:00Z') })
        .where('id', '=', overdue)
        .execute();
      const ids = async (q: Record<string, string>, limit?: number) =>
        (await workItems(hub.ctx, 'scjg', parseListQuery(q), limit)).items.map((i) => i.id);
      expect(await ids({})).toEqual([dated, undated]);
      expect(await ids({ dir: 'desc' })).toEqual([undated, dated]);
      // One a page: the second page is the first item of the second part.
      expect([...(await ids({}, 1)), ...(await ids({ page: '2' }, 1))]).toEqual([dated, undated]);
      expect([...(await ids({ dir: 'desc' }, 1)), ...(await ids({ dir: 'desc', page: '2' }, 1))]).toEqual([
        undated,
        dated,
      ]);
      expect((await workItems(hub.ctx, 'scjg', parseListQuery({ page: '2' }), 1)).total).toBe(2);
      // Sorted otherwise, the same two items.
      expect((await ids({ sort: 'created', dir: 'asc' })).sort()).toEqual([dated, undated].sort());
      expect((await workCounts(hub.ctx, 'scjg')).pending).toBe(2);
      expect((await workCounts(hub.ctx, 'scjg')).overdue).toBe(1);
      expect(await ids({ view: 'all', state: 'pending', sort: 'due', dir: 'desc' })).toEqual([undated, dated, overdue]);
    },
  );

  it(`sorts by name only up to ${SORT_CAP} rows and says so past that, keeping the order an index gives`, async () => {
    await start();
    await push();
    await sql`insert into deliveries (id, subject_type, subject_id, recipient, channel, claim_state, claim_days,
        dispute_days, created_at)
      select 'bulk' || g, 'approval', (select id from approvals limit 1), 'scjg', 'online', 'claimed', 1, 1,
        timestamptz '2026-06-01 08:00+08' + g * interval '1 minute'
      from generate_series(1, ${SORT_CAP}) g`.execute(hub.ctx.db);
    const list = await workItems(hub.ctx, 'scjg', parseListQuery({ view: 'all', sort: 'party' }));
    expect(list.total).toBe(SORT_CAP + 1);
    expect(list.sortedBy).toEqual({ sort: 'created', dir: 'desc' });
    const page = await (await signedIn('wangfang')).get('/console?view=all&sort=party');
    expect(text(page.body)).toContain(`符合条件的事项超过 ${SORT_CAP} 条，无法按“相对人”排序，已按“推送时间”排列`);
    // Narrowed below the cap, the same sort is applied.
    const narrowed = await workItems(
      hub.ctx,
      'scjg',
      parseListQuery({ view: 'all', sort: 'party', from: '2026-06-02' }),
    );
    expect(narrowed.total).toBeLessThanOrEqual(SORT_CAP);
    expect(narrowed.sortedBy.sort).toBe('party');
  });

  it(
    'the monthly report averages claim times in working time across days, weekends and holidays, ' +
      'as the calendar counts them',
    async () => {
      await start('2026-06-18T16:00:00+08:00'); // a Thursday
      const slow = scjgItem(await push({ decisionDate: '2026-06-18' }));
      hub.clock.set('2026-06-22T10:00:00+08:00'); // the Monday after, past the weekend (and 端午 if the calendar has it)
      const quick = scjgItem(await push({ decisionDate: '2026-06-22' }));
      expect((await demo.call('POST', `/api/v1/deliveries/${slow}/claim`, demo.keys.scjg!)).status).toBe(200);
      hub.clock.set('2026-06-22T14:30:00+08:00');
      expect((await demo.call('POST', `/api/v1/deliveries/${quick}/claim`, demo.keys.scjg!)).status).toBe(200);
      const calendar = hub.ctx.calendar.current;
      const hours =
        calendar.workingHoursBetween(new Date('2026-06-18T08:00:00Z'), new Date('2026-06-22T02:00:00Z')) +
        calendar.workingHoursBetween(new Date('2026-06-22T02:00:00Z'), new Date('2026-06-22T06:30:00Z'));
      expect(hours).toBeLessThan(4 * 24 + 4.5); // the weekend does not count
      hub.clock.set('2026-07-02T10:00:00+08:00');
      const report = await monthlyReportData(hub.ctx, '2026-06');
      expect(report.approvals.find((a) => a.department === 'scjg')!.avgClaimWorkingHours).toBe(
        Math.round((hours / 2) * 10) / 10,
      );
    },
  );
});

describe('console: working safely', () => {
  it(
    'bulk claim confirms first, then reports each item; ' + 'another department’s item is refused, the rest claimed',
    async () => {
      await start();
      const a = scjgItem(await push());
      const b = scjgItem(await push());
      const foreign = (await push({ matterCode: 'RS-001' })).deliveries[0]!.id;
      const c = await signedIn('wangfang');
      await c.get('/console');
      const ask = await c.post('/console/items/claim', { id: [a, b, foreign] });
      expect(ask.body).toContain('确认认领 3 件');
      expect(await stateOf(a)).toBe('pending');
      const done = await c.post('/console/items/claim', { id: [a, b, foreign], confirm: '1' });
      expect(done.body).toContain('已认领 <b id="bulk-ok">2</b> 件，未认领 <b id="bulk-failed">1</b> 件');
      expect(done.body).toMatch(new RegExp(`data-id="${foreign}".*未认领：`, 's'));
      expect([await stateOf(a), await stateOf(b), await stateOf(foreign)]).toEqual(['claimed', 'claimed', 'pending']);
    },
  );

  it('a dispute without a reason is marked at the field, in Chinese, with the typed text kept', async () => {
    await start();
    const id = scjgItem(await push());
    const c = await signedIn('wangfang');
    await c.get(`/console/items/${id}`);
    const empty = await c.post(`/console/items/${id}/dispute`, { reason: '   ' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('aria-invalid="true" aria-describedby="err-reason">   </textarea>');
    expect(empty.body).toContain('<span class="field-error" id="err-reason" role="alert">请填写异议理由。</span>');
    const short = await c.post(`/console/items/${id}/dispute`, { reason: '不对' });
    expect(short.body).toContain('>不对</textarea>');
    expect(short.body).toContain('异议理由至少 5 个字');
    const ask = await c.post(`/console/items/${id}/dispute`, { reason: '该许可不属于本部门监管范围' });
    expect(ask.body).toContain('<blockquote id="confirm-reason">该许可不属于本部门监管范围</blockquote>');
    expect(await stateOf(id)).toBe('pending');
  });

  it('a session that expires mid-form keeps the draft, says so, and returns to the page after sign-in', async () => {
    await start();
    const id = scjgItem(await push());
    const c = await signedIn('wangfang');
    await c.get(`/console/items/${id}`);
    hub.clock.set('2026-06-11T00:30:00+08:00'); // 12 h sessions: expired
    const expired = await c.post(`/console/items/${id}/dispute`, { reason: '经营范围与本部门职责不符，请核实' });
    expect(expired.statusCode).toBe(401);
    expect(expired.body).toContain('登录已过期，请重新登录');
    expect(expired.body).toContain(`name="next" value="/console/items/${id}"`);
    const draft = /name="draft" value="([\w-]+)"/.exec(expired.body)![1]!;
    const back = await c.post('/console/login', {
      username: 'wangfang',
      password: PASSWORD,
      next: `/console/items/${id}`,
      draft,
    });
    expect(back.headers.location).toBe(`/console/items/${id}?draft=${draft}`);
    const page = await c.get(back.headers.location as string);
    expect(page.body).toContain('>经营范围与本部门职责不符，请核实</textarea>');
    expect(page.body).toContain('已恢复登录过期前填写的内容');
    expect(await stateOf(id)).toBe('pending'); // kept, not submitted
    // Read once: the draft is gone afterwards.
    expect((await c.get(`/console/items/${id}?draft=${draft}`)).body).not.toContain('经营范围与本部门职责不符');
  });

  it('the monthly report shows the number it will get before it is issued', async () => {
    await start('2026-07-02T10:00:00+08:00');
    const c = await signedIn('zhangming');
    await c.get('/console/reports/monthly?month=2026-06');
    const ask = await c.post('/console/reports/monthly/issue?month=2026-06');
    expect(ask.body).toContain('<b id="next-number">高审批发〔2026〕1号</b>');
    expect(await hub.ctx.db.selectFrom('documents').select('id').execute()).toHaveLength(0);
    await c.post('/console/reports/monthly/issue?month=2026-06', { confirm: '1' });
    const issued = await hub.ctx.db.selectFrom('documents').select('number').executeTakeFirstOrThrow();
    expect(issued.number).toBe('高审批发〔2026〕1号');
  });
});

describe('console: words', () => {
  it('names people, department systems and matters instead of codes', async () => {
    await start();
    const id = scjgItem(await push());
    const c = await signedIn('wangfang');
    await c.get(`/console/items/${id}`);
    await c.post(`/console/items/${id}/claim`, { confirm: '1' });
    const page = await c.get(`/console/items/${id}`);
    expect(page.body).toContain('测试wangfang（高青县市场监督管理局）');
    expect(page.body).toContain('高青县行政审批服务局业务系统');
    expect(page.body).not.toMatch(/key:[0-9a-f]/);
    expect(page.body).not.toContain('organisation');
    expect(page.body).toContain('<title>办理 · 高青县福源餐饮有限公司 · 审管联动枢纽</title>');
  });
});

describe('console: accounts', () => {
  it(
    'changes one’s own password under the policy; ' +
      'the administrator disables an account and sees it in the audit log',
    async () => {
      await start();
      const c = await signedIn('wangfang');
      await c.get('/console/password');
      const wrong = await c.post('/console/password', {
        current: 'nope',
        next: 'a-new-password-1',
        repeat: 'a-new-password-1',
      });
      expect(wrong.body).toContain('当前密码不正确。');
      const short = await c.post('/console/password', { current: PASSWORD, next: 'short', repeat: 'short' });
      expect(short.body).toContain('新密码至少 10 位，现为 5 位。');
      const same = await c.post('/console/password', { current: PASSWORD, next: PASSWORD, repeat: PASSWORD });
      expect(same.body).toContain('新密码不能与最近 5 次用过的密码相同。');
      const ok = await c.post('/console/password', {
        current: PASSWORD,
        next: 'a-new-password-1',
        repeat: 'a-new-password-1',
      });
      expect(ok.headers.location).toBe('/console/password?done=1');
      expect((await new ConsoleClient(demo.app).signIn('wangfang')).statusCode).toBe(401);
      expect((await new ConsoleClient(demo.app).signIn('wangfang', 'a-new-password-1')).statusCode).toBe(302);

      const admin = await signedIn('zhangming');
      await admin.get('/console/accounts');
      expect((await admin.post('/console/accounts/chengang/disable')).body).toContain('确认停用');
      const other = await signedIn('chengang');
      expect((await other.get('/console')).statusCode).toBe(200);
      await admin.post('/console/accounts/chengang/disable', { confirm: '1' });
      expect((await other.get('/console')).statusCode).toBe(302); // its session ended at once
      expect((await new ConsoleClient(demo.app).signIn('chengang')).statusCode).toBe(401);
      const accounts = await admin.get('/console/accounts');
      expect(accounts.body).toMatch(/data-user="chengang">.*已停用/s);

      const created = await admin.post('/console/accounts', {
        username: 'liuyang',
        displayName: '刘洋',
        department: 'rsj',
        role: 'department-staff',
      });
      const temp = /id="temp-password">(\w+)</.exec(created.body)![1]!;
      expect((await new ConsoleClient(demo.app).signIn('liuyang', temp)).statusCode).toBe(302);
      const badName = await admin.post('/console/accounts', {
        username: 'X',
        displayName: '',
        department: 'rsj',
        role: 'department-staff',
      });
      expect(badName.statusCode).toBe(422);
      expect(badName.body).toContain('value="X"');
      expect(badName.body).toContain('请填写姓名。');

      const log = await admin.get('/console/audit?subject=chengang');
      expect(text(log.body)).toContain('停用账号');
      expect(log.body).toContain('测试zhangming（高青县行政审批服务局）');
    },
  );
});
