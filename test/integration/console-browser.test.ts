import { existsSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../core/audit/actor.ts';
import { addNotificationChannel } from '../../core/notifications/channels.ts';
import { notificationJob } from '../../core/notifications/senders.ts';
import { type Demo, startDemo } from '../support/demo.ts';
import { fakeSmtp, fakeWebhooks } from '../support/fake-receivers.ts';
import { addStaff, PASSWORD, startDemoWithStaff } from '../support/console.ts';
import { approvalFixture, penaltyFixture, post } from '../support/linkage.ts';
import type { TestHub } from '../support/test-hub.ts';

const CHROMIUM = '/usr/bin/chromium';
/** Where the screenshots go, to be looked at (CONSOLE_SHOTS=/tmp/console-shots). */
const SHOTS = process.env.CONSOLE_SHOTS ?? '.tmp';
// CI installs Debian's chromium (.ci/run) and must run these; a machine without it skips them, saying so.
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI)
  throw new Error(`${CHROMIUM} is missing: .ci/run installs it (apt-get install chromium)`);
if (!haveChromium)
  console.warn('[shenguan] /usr/bin/chromium not found: browser tests skipped (apt-get install chromium)');

let browser: Browser;
let hub: TestHub;
const stateOf = async (id: string) =>
  (await hub.ctx.db.selectFrom('deliveries').select('claim_state').where('id', '=', id).executeTakeFirstOrThrow())
    .claim_state;
beforeAll(async () => {
  if (haveChromium)
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
}, 120_000);
afterAll(() => browser?.close());
afterEach(() => hub?.close());

/** A second company whose name also holds 福源. */
const BBQ = { counterpart: { ...approvalFixture().counterpart, name: '高青县福源烧烤店', uscc: '91370322MA3C4Q8N1X' } };

/** A demo hub with staff of 市场监管局 and 人社局 and the bureau's administrator; `push` answers the 市场监管局 item. */
async function demoWithStaff() {
  const demo = await startDemoWithStaff();
  hub = demo.hub;
  const push = async (o: Record<string, unknown> = {}) =>
    (
      (await demo.call('POST', '/api/v1/approvals', demo.keys.bureau!, approvalFixture(o))).body as {
        deliveries: { id: string; recipient: string }[];
      }
    ).deliveries.find((d) => d.recipient === 'scjg')!.id;
  return { demo, push };
}

/** Serves the demo's app on a free port of this machine; the console's base URL. */
async function serve(demo: Demo): Promise<string> {
  await demo.app.listen({ host: '127.0.0.1', port: 0 });
  return `http://localhost:${(demo.app.server.address() as { port: number }).port}`;
}

/** Fills in the sign-in form the page shows and submits it. */
async function submitSignIn(page: Page, user: string, password = PASSWORD) {
  await page.getByLabel('用户名').fill(user);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Opens the console, signs in and waits for the dashboard, where sign-in lands. */
async function signInAs(page: Page, base: string, user: string) {
  await page.goto(`${base}/console`);
  await submitSignIn(page, user);
  await page.waitForURL(`${base}/console`);
}

describe.skipIf(!haveChromium)('staff console in Chromium', () => {
  it('signs in, claims an item, disputes another, downloads a PDF, ' +
    'and keeps another department’s item closed by link and by form', {
    timeout: 120_000,
  }, async () => {
    const demo = await startDemo({ now: '2026-06-10T10:00:00+08:00' });
    hub = demo.hub;
    await addStaff(hub, 'wangfang', 'scjg', 'department-staff');
    const push = async () =>
      (await demo.call('POST', '/api/v1/approvals', demo.keys.bureau!, approvalFixture({ decisionDate: '2026-06-10' })))
        .body;
    const first = await push();
    const second = await push();
    const rsjItem = (
      await demo.call(
        'POST',
        '/api/v1/approvals',
        demo.keys.bureau!,
        approvalFixture({ matterCode: 'RS-001', decisionDate: '2026-06-10' }),
      )
    ).body.deliveries[0].id;
    const scjgItem = (p: { deliveries: { id: string; recipient: string }[] }) =>
      p.deliveries.find((d) => d.recipient === 'scjg')!.id;
    const base = await serve(demo);

    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      acceptDownloads: true,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    await page.goto(`${base}/console`);
    await expect.poll(() => page.url()).toContain('/console/login');
    await submitSignIn(page, 'wangfang');
    await page.waitForURL(`${base}/console`);
    await expect.poll(() => page.locator('main').innerText()).toContain('剩余 1 个工作日 6 小时');
    // fits an office screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await page.screenshot({ path: `${SHOTS}/console-dashboard.png`, fullPage: true });
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'sg_session')).toMatchObject({
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
    });

    await page.goto(`${base}/console/items/${scjgItem(first)}`);
    await page.getByRole('button', { name: '认领', exact: true }).click();
    await page.getByRole('button', { name: '确认认领' }).click();
    await expect.poll(() => page.locator('.flash').innerText()).toBe('已认领。');
    expect(await page.locator('#claim-state').innerText()).toContain('已认领');
    expect(await stateOf(scjgItem(first))).toBe('claimed');
    await page.screenshot({ path: `${SHOTS}/console-item.png`, fullPage: true });

    await page.goto(`${base}/console/items/${scjgItem(second)}`);
    await page.getByLabel('异议理由').fill('该许可事项不属于本部门监管范围');
    await page.getByRole('button', { name: '提出异议' }).click();
    await page.getByRole('button', { name: '确认提出异议' }).click();
    await expect.poll(() => page.locator('.flash').innerText()).toContain('异议已提交');
    expect(await page.locator('#dispute-reason').innerText()).toBe('该许可事项不属于本部门监管范围');
    expect(await stateOf(scjgItem(second))).toBe('disputed');

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }), // a PDF with CJK fonts, on a busy machine
      page.getByRole('button', { name: '下载审批信息告知函' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^审批信息告知函-高审批函〔2026〕\d+号\.pdf$/);
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // Another department's item: by link …
    const byLink = await page.goto(`${base}/console/items/${rsjItem}`);
    expect(byLink!.status()).toBe(403);
    expect(await page.locator('main').innerText()).toContain('无权访问');
    // … and by a form posted with this session's valid CSRF token.
    await page.goto(`${base}/console/items/${scjgItem(first)}`);
    await page.evaluate((id) => {
      const form = document.querySelector<HTMLFormElement>('form[action$="/dispute"], form[action$="/letter"]')!;
      form.action = `/console/items/${id}/claim`;
      form.submit();
    }, rsjItem);
    await page.waitForLoadState();
    expect(await page.locator('main').innerText()).toContain('无权访问');
    const state = await demo.call('GET', `/api/v1/inbox?state=pending`, demo.keys.rsj!);
    expect(state.body.items.map((i: { id: string }) => i.id)).toContain(rsjItem);
    await context.close();
  });

  it('finds an item by counterpart and by filters, exports .xlsx, bulk-claims, shows a fined company, ' +
    'keeps a draft across an expired session, changes a password, disables an account, fits a phone', {
    timeout: 180_000,
  }, async () => {
    const { demo, push } = await demoWithStaff();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(await push());
    const bbq = await push(BBQ);
    expect((await post(demo.app, '/api/v1/supervision-records', demo.keys.scjg!, penaltyFixture())).status).toBe(201);
    const base = await serve(demo);
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    const page = await context.newPage();
    const signIn = (user: string, password?: string) => submitSignIn(page, user, password);
    await signInAs(page, base, 'wangfang');
    expect(await page.title()).toBe('待办 · 待认领 · 审管联动枢纽');

    // By counterpart: type a part of the name, submit; one row, the barbecue shop.
    await page.getByLabel('相对人（名称或代码）').fill('烧烤');
    await page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => page.locator('#total').innerText()).toBe('1');
    expect(page.url()).toContain('party=%E7%83%A7%E7%83%A4');
    expect(await page.locator(`a[href="/console/items/${bbq}"]`).count()).toBe(1);
    // By filters: matter and state, then export what is shown.
    await page.goto(`${base}/console`);
    await page.getByLabel('事项').selectOption('SC-001');
    await page.getByLabel('状态').selectOption('pending');
    await page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => page.locator('#total').innerText()).toBe('4');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('导出 Excel').click()]);
    expect(download.suggestedFilename()).toMatch(/^待办导出-2026-06-10\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.getWorksheet('待办')!;
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getColumn(2).values).toContain('高青县福源烧烤店');

    // Bulk claim: tick two, confirm, one line per item; the list shows two fewer.
    await page.locator(`input[type="checkbox"][value="${ids[0]}"]`).check();
    await page.locator(`input[type="checkbox"][value="${ids[1]}"]`).check();
    await page.getByRole('button', { name: '批量认领所选' }).click();
    await page.getByRole('button', { name: '确认认领 2 件' }).click();
    await expect.poll(() => page.locator('#bulk-ok').innerText()).toBe('2');
    expect([await stateOf(ids[0]!), await stateOf(ids[1]!), await stateOf(ids[2]!)]).toEqual([
      'claimed',
      'claimed',
      'pending',
    ]);
    await page.goto(`${base}/console`);
    expect(await page.locator('#total').innerText()).toBe('2');

    // The fined company's page: found by name, fine listed, printable.
    await page.goto(`${base}/console/counterparts`);
    await page.getByLabel('名称、统一社会信用代码或身份证号').fill('福源餐饮');
    await page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('相对人：高青县福源餐饮有限公司');
    expect(await page.locator('main').innerText()).toContain('高市监罚〔2026〕56号');
    expect(await page.locator('#record-count').innerText()).toContain('行政处罚');
    await page.screenshot({ path: `${SHOTS}/console-counterpart.png`, fullPage: true });
    await page.getByLabel('名称、统一社会信用代码或身份证号').fill('914403001922038217');
    await page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => page.locator('#verdict').innerText()).toContain('校验位错误');

    // A session that expires while typing a dispute: the text survives sign-in, on the same page.
    await page.goto(`${base}/console/items/${ids[2]}`);
    await page.getByLabel('异议理由').fill('经营范围与本部门职责不符，请核实');
    hub.clock.set('2026-06-11T00:30:00+08:00');
    await page.getByRole('button', { name: '提出异议' }).click();
    await expect.poll(() => page.locator('.error').innerText()).toContain('登录已过期，请重新登录');
    await signIn('wangfang');
    await page.waitForURL(new RegExp(`/console/items/${ids[2]}\\?draft=`));
    expect(await page.getByLabel('异议理由').inputValue()).toBe('经营范围与本部门职责不符，请核实');
    expect(await stateOf(ids[2]!)).toBe('pending');

    // Password change.
    await page.getByRole('link', { name: '修改密码' }).click();
    await page.getByLabel('当前密码').fill(PASSWORD);
    await page.getByLabel(/^新密码/).fill('short');
    await page.getByLabel('再次输入新密码').fill('short');
    await page.getByRole('button', { name: '修改密码' }).click();
    await expect.poll(() => page.locator('#err-next').innerText()).toContain('新密码至少 10 位');
    await page.getByLabel('当前密码').fill(PASSWORD);
    await page.getByLabel(/^新密码/).fill('another-password-2');
    await page.getByLabel('再次输入新密码').fill('another-password-2');
    await page.getByRole('button', { name: '修改密码' }).click();
    await expect.poll(() => page.locator('.flash').innerText()).toContain('密码已修改');
    await page.getByRole('button', { name: '退出' }).click();
    await signIn('wangfang', 'another-password-2');
    await page.waitForURL(`${base}/console`);

    // Phone: 390 × 844, no horizontal overflow on the dashboard; the menu is there without a tap.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.addCookies(await context.cookies());
    const p = await phone.newPage();
    await p.goto(`${base}/console?view=all`);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await p.getByRole('link', { name: '相对人查询' }).isVisible()).toBe(true);
    expect(await p.getByRole('button', { name: '退出' }).isVisible()).toBe(true);
    await p.screenshot({ path: `${SHOTS}/console-phone-dashboard.png`, fullPage: true });
    await p.goto(`${base}/console/counterparts?key=${encodeURIComponent('福源餐饮')}`);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await p.screenshot({ path: `${SHOTS}/console-phone-counterpart.png`, fullPage: true });
    await phone.close();
    await page.screenshot({ path: `${SHOTS}/console-dashboard-filters.png`, fullPage: true });
    await page.goto(`${base}/console/counterparts?key=${encodeURIComponent('福源餐饮')}`);
    await page.screenshot({ path: `${SHOTS}/console-counterpart.png`, fullPage: true });

    // The administrator disables an account: it cannot sign in any more.
    await page.getByRole('button', { name: '退出' }).click();
    await signIn('zhangming');
    await page.waitForURL(`${base}/console`);
    await page.getByRole('link', { name: '账号' }).click();
    await page.locator('tr[data-user="chengang"]').getByRole('button', { name: '停用' }).click();
    await page.getByRole('button', { name: '确认停用' }).click();
    await expect.poll(() => page.locator('tr[data-user="chengang"] .account-state').innerText()).toContain('已停用');
    const disabled = await hub.ctx.db
      .selectFrom('users')
      .select('disabled')
      .where('username', '=', 'chengang')
      .executeTakeFirstOrThrow();
    expect(disabled.disabled).toBe(true);
    await page.getByRole('button', { name: '退出' }).click();
    await signIn('chengang');
    await expect.poll(() => page.locator('.error').innerText()).toContain('用户名或密码');
    await context.close();
  });

  it('tells a department’s staff of a new item and, 4 office hours before its deadline, ' +
    'by e-mail, robot and in the console, before it passes', {
    timeout: 180_000,
  }, async () => {
    const demo = await startDemo({ now: '2026-06-10T10:00:00+08:00' }); // a Wednesday, in office hours
    hub = demo.hub;
    const smtp = await fakeSmtp();
    const hooks = await fakeWebhooks();
    await addStaff(hub, 'wangfang', 'scjg', 'department-staff');
    await hub.ctx.db
      .updateTable('users')
      .set({ email: 'wangfang@scjg.example.cn' })
      .where('username', '=', 'wangfang')
      .execute();
    await addNotificationChannel(
      hub.ctx,
      {
        department: 'scjg',
        channel: 'dingtalk',
        target: `${hooks.base}/dingtalk/send?access_token=t`,
        secret: 'SECsecret',
      },
      cliActor(),
    );
    // The job the scheduler runs every minute, with the settings a deployment gives it.
    const job = notificationJob(hub.ctx, {
      smtpUrl: `${smtp.url}?ignoreTLS=true`,
      smtpFrom: 'hub@example.cn',
      notifyBeforeOfficeHours: 4,
      publicUrl: 'https://hub.example.cn',
    });
    try {
      const pushed = (
        await demo.call('POST', '/api/v1/approvals', demo.keys.bureau!, approvalFixture({ decisionDate: '2026-06-10' }))
      ).body as { deliveries: { id: string; recipient: string }[] };
      const item = pushed.deliveries.find((d) => d.recipient === 'scjg')!.id;
      const due = (
        await hub.ctx.db
          .selectFrom('deliveries')
          .select('claim_due_at')
          .where('id', '=', item)
          .executeTakeFirstOrThrow()
      ).claim_due_at!;
      expect(due.toISOString()).toBe('2026-06-11T16:00:00.000Z'); // 6月11日24时
      await job.run();
      expect(smtp.mails).toHaveLength(1); // the new item

      // Thursday 13:30: four office hours (13:30–17:30) before 24:00. The job announces it as near.
      hub.clock.set('2026-06-11T13:30:00+08:00');
      await job.run();
      expect(hub.clock.now().getTime()).toBeLessThan(due.getTime());
      expect(smtp.mails).toHaveLength(2);
      expect(smtp.mails[1]!.to).toEqual(['wangfang@scjg.example.cn']);
      const robot = hooks.posts.map((p) => (p.body.text as { content: string }).content);
      expect(robot).toHaveLength(2);
      expect(robot[1]).toContain('临近认领期限');
      expect(robot[1]).toContain(`https://hub.example.cn/console/items/${item}`);
      const sent = await hub.ctx.db
        .selectFrom('notifications')
        .select(['channel', 'kind', 'state', 'sent_at'])
        .where('kind', '=', 'near')
        .execute();
      expect(sent.map((n) => n.channel).sort()).toEqual(['app', 'dingtalk', 'email']);
      expect(sent.every((n) => n.state === 'sent' && n.sent_at! < due)).toBe(true);

      // The liaison, told by mail, signs in: 通知 in the menu lists the notice; it leads to the item, which is claimed.
      const base = await serve(demo);
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await signInAs(page, base, 'wangfang');

      await page.getByRole('link', { name: '通知', exact: true }).click();
      await expect.poll(() => page.locator('main').innerText()).toContain('【临近认领期限】');
      expect(await page.title()).toContain('通知');
      await page.screenshot({ path: `${SHOTS}/console-notices.png`, fullPage: true });
      await page.locator(`main a[href*="/console/items/${item}"]`).first().click();
      await page.waitForURL(new RegExp(`/console/items/${item}`));
      await page.getByRole('button', { name: '认领', exact: true }).click();
      await page.getByRole('button', { name: '确认认领' }).click();
      await expect.poll(() => stateOf(item)).toBe('claimed');
      await context.close();
    } finally {
      await smtp.close();
      await hooks.close();
    }
  });

  it('every page fits an office screen and a 390 × 844 phone, each with its own title; 帮助 is one click from the menu', {
    timeout: 180_000,
  }, async () => {
    const demo = await startDemo({ now: '2026-06-10T10:00:00+08:00' });
    hub = demo.hub;
    await addStaff(hub, 'zhangming', 'bureau', 'bureau-admin');
    const pushed = (
      await demo.call('POST', '/api/v1/approvals', demo.keys.bureau!, approvalFixture({ decisionDate: '2026-06-10' }))
    ).body as { deliveries: { id: string }[] };
    expect((await post(demo.app, '/api/v1/supervision-records', demo.keys.scjg!, penaltyFixture())).status).toBe(201);
    const base = await serve(demo);
    const pages = [
      '/console',
      '/console?view=all&sort=party',
      `/console/items/${pushed.deliveries[0]!.id}`,
      '/console/notices',
      `/console/counterparts?key=${encodeURIComponent('福源餐饮')}`,
      '/console/catalogue',
      '/console/documents',
      '/console/reports/monthly',
      '/console/deliveries',
      '/console/adapters',
      '/console/accounts',
      '/console/notices/channels',
      '/console/audit',
      '/console/password',
      '/console/help',
    ];
    for (const [width, height, label] of [
      [1366, 768, 'desktop'],
      [390, 844, 'phone'],
    ] as const) {
      const context = await browser.newContext({
        viewport: { width, height },
        isMobile: width < 500,
        hasTouch: width < 500,
      });
      const page = await context.newPage();
      await signInAs(page, base, 'zhangming');
      // Help: one click from the menu, on a phone too.
      await page.getByRole('link', { name: '帮助' }).click();
      await expect.poll(() => page.locator('h1').innerText()).toBe('使用帮助');
      expect(await page.locator('main').innerText()).toContain('11月24日24时');
      expect(await page.locator('main').innerText()).toContain('遇到问题找谁');
      expect(await page.locator('main').innerText()).toContain('测试zhangming');
      const titles = new Set<string>();
      for (const url of pages) {
        const res = await page.goto(`${base}${url}`);
        expect(res!.status(), url).toBe(200);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          `${url} at ${width}`,
        ).toBeLessThanOrEqual(width);
        titles.add(await page.title());
        const name = url.replace(/^\/console\/?/, '').replace(/[^a-z0-9]+/gi, '-') || 'dashboard';
        await page.screenshot({ path: `${SHOTS}/${label}-${name.slice(0, 40)}.png`, fullPage: true });
      }
      expect(titles.size).toBeGreaterThanOrEqual(pages.length - 1); // the two list views share 待办 · 列表
      await context.close();
    }
  });

  it('does each daily task of the issue in at most three clicks after sign-in, ' +
    'on an office screen and on a 390 × 844 phone', {
    timeout: 300_000,
  }, async () => {
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ] as const) {
      const { demo, push } = await demoWithStaff();
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push(await push());
      await push(BBQ);
      expect((await post(demo.app, '/api/v1/supervision-records', demo.keys.scjg!, penaltyFixture())).status).toBe(201);
      const base = await serve(demo);
      const context = await browser.newContext({
        viewport: { width, height },
        isMobile: width < 500,
        hasTouch: width < 500,
        acceptDownloads: true,
      });
      const page = await context.newPage();
      const signIn = (user: string) => signInAs(page, base, user);
      // Every click (a link, a button, a tick, a choice in a list) counts; typing does not. What is
      // clicked must be on screen as the page opens: nothing is behind a menu button.
      let clicks = 0;
      const tap = async (l: Locator) => {
        await l.waitFor({ state: 'visible', timeout: 10_000 });
        clicks++;
        await l.click();
      };
      const pick = async (l: Locator, value: string) => {
        clicks++;
        await l.selectOption(value);
      };
      const task = async (name: string, run: () => Promise<void>) => {
        await page.goto(`${base}/console`); // where sign-in lands
        clicks = 0;
        await run();
        expect(clicks, `${name} at ${width} px`).toBeLessThanOrEqual(3);
      };
      const link = (name: string) => page.locator('header nav').getByRole('link', { name, exact: true });
      const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });
      const delivery = (id: string) =>
        hub.ctx.db
          .selectFrom('deliveries')
          .select(['claim_state', 'disputed_at'])
          .where('id', '=', id)
          .executeTakeFirstOrThrow();

      await signIn('wangfang');
      await task('认领一条', async () => {
        await tap(page.locator(`a[href="/console/items/${ids[0]}"]`));
        await tap(button('认领'));
        await tap(button('确认认领'));
        await expect.poll(async () => (await delivery(ids[0]!)).claim_state).toBe('claimed');
      });
      await task('提出异议', async () => {
        await tap(page.locator(`a[href="/console/items/${ids[1]}"]`));
        await page.getByLabel('异议理由').fill('经营范围与本部门职责不符，请核实');
        await tap(button('提出异议'));
        await tap(button('确认提出异议'));
        await expect.poll(async () => (await delivery(ids[1]!)).disputed_at).not.toBeNull();
      });
      await task('勾选一条认领', async () => {
        await tap(page.locator(`input[type="checkbox"][value="${ids[2]}"]`));
        await tap(button('批量认领所选'));
        await tap(button('确认认领 1 件'));
        await expect.poll(async () => (await delivery(ids[2]!)).claim_state).toBe('claimed');
      });
      await task('按相对人找', async () => {
        await page.getByLabel('相对人（名称或代码）').fill('烧烤');
        await tap(button('查询'));
        await expect.poll(() => page.locator('#total').innerText()).toBe('1');
      });
      await task('按条件找并导出 Excel', async () => {
        await pick(page.getByLabel('状态'), 'pending');
        await tap(button('查询'));
        await page.waitForURL(/state=pending/);
        const total = Number(await page.locator('#total').innerText());
        expect(total).toBeGreaterThan(0);
        const [download] = await Promise.all([page.waitForEvent('download'), tap(page.getByText('导出 Excel'))]);
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile((await download.path())!);
        expect(book.getWorksheet('待办')!.rowCount).toBe(total + 1);
      });
      await task('认领本页全部', async () => {
        await tap(button(/^认领本页全部待认领/));
        await tap(button(/^确认认领 \d+ 件$/));
        await expect.poll(() => page.locator('#bulk-ok').innerText()).not.toBe('0');
        for (const id of [ids[3]!, ids[4]!]) expect((await delivery(id)).claim_state).toBe('claimed');
      });
      await task('查一家企业', async () => {
        await tap(link('相对人查询'));
        await page.getByLabel('名称、统一社会信用代码或身份证号').fill('福源餐饮');
        await tap(button('查询'));
        await expect.poll(() => page.locator('h1').innerText()).toBe('相对人：高青县福源餐饮有限公司');
        expect(await page.locator('main').innerText()).toContain('高市监罚〔2026〕56号');
      });
      await task('看通知', async () => {
        await tap(link('通知'));
        await expect.poll(() => page.locator('h1').innerText()).toBe('通知');
      });
      await task('帮助', async () => {
        await tap(link('帮助'));
        await expect.poll(() => page.locator('h1').innerText()).toBe('使用帮助');
      });
      await task('修改密码', async () => {
        await tap(link('修改密码'));
        await page.getByLabel('当前密码').fill(PASSWORD);
        await page.getByLabel(/^新密码/).fill('another-password-2');
        await page.getByLabel('再次输入新密码').fill('another-password-2');
        await tap(button('修改密码'));
        await expect.poll(() => page.locator('.flash').innerText()).toContain('密码已修改');
      });
      expect(await page.getByRole('button', { name: '退出' }).isVisible()).toBe(true);
      await page.getByRole('button', { name: '退出' }).click();

      await signIn('zhangming');
      await task('停用账号', async () => {
        await tap(link('账号'));
        await tap(page.locator('tr[data-user="chengang"]').getByRole('button', { name: '停用' }));
        await tap(button('确认停用'));
        await expect
          .poll(
            async () =>
              (
                await hub.ctx.db
                  .selectFrom('users')
                  .select('disabled')
                  .where('username', '=', 'chengang')
                  .executeTakeFirstOrThrow()
              ).disabled,
          )
          .toBe(true);
      });
      await task('查操作日志', async () => {
        await tap(link('操作日志'));
        await page.getByLabel('对象（编号、用户名或代码）').fill('chengang');
        await tap(button('查询'));
        await expect.poll(() => page.locator('main tbody').innerText()).toContain('chengang');
      });
      await task('出具月度通报', async () => {
        await tap(link('月度通报'));
        await tap(button('出具本月通报 PDF'));
        await tap(button(/^确认出具/));
        await expect
          .poll(
            async () =>
              (await hub.ctx.db.selectFrom('documents').select('id').where('kind', '=', 'monthly-report').execute())
                .length,
          )
          .toBe(1);
      });
      await context.close();
      if (width > 500) await hub.close(); // the phone's hub is closed by afterEach
    }
  });
});
