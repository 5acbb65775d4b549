import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from '../support/demo.ts';
import { addStaff, PASSWORD } from '../support/console.ts';
import { approvalFixture } from '../support/linkage.ts';
import type { TestHub } from '../support/test-hub.ts';

const CHROMIUM = '/usr/bin/chromium';
// CI installs Debian's chromium (.ci/run) and must run these; a machine without it skips them, saying so.
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI)
  throw new Error(`${CHROMIUM} is missing: .ci/run installs it (apt-get install chromium)`);
if (!haveChromium)
  console.warn('[shenguan] /usr/bin/chromium not found: browser tests skipped (apt-get install chromium)');

let browser: Browser;
let hub: TestHub;
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
});
afterAll(() => browser?.close());
afterEach(() => hub?.close());

describe.skipIf(!haveChromium)('staff console in Chromium', () => {
  // Drives a browser and issues a signed PDF (the first signature makes the demo key): generous on a loaded machine.
  it('signs in, claims an item, disputes another, downloads a PDF, and keeps another department’s item closed by link and by form', {
    timeout: 90_000,
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
    await demo.app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://localhost:${(demo.app.server.address() as { port: number }).port}`;

    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      acceptDownloads: true,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    await page.goto(`${base}/console`);
    await expect.poll(() => page.url()).toContain('/console/login');
    await page.getByLabel('用户名').fill('wangfang');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${base}/console`);
    await expect.poll(() => page.locator('main').innerText()).toContain('剩余 38 工作小时');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366); // fits an office screen
    await page.screenshot({ path: '.tmp/console-dashboard.png', fullPage: true });
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'sg_session')).toMatchObject({
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
    });

    await page.goto(`${base}/console/items/${scjgItem(first)}`);
    await page.getByRole('button', { name: '认领' }).click();
    await expect.poll(() => page.locator('.flash').innerText()).toBe('已认领。');
    await page.screenshot({ path: '.tmp/console-item.png', fullPage: true });

    await page.goto(`${base}/console/items/${scjgItem(second)}`);
    await page.getByLabel('异议理由').fill('该许可事项不属于本部门监管范围');
    await page.getByRole('button', { name: '提出异议' }).click();
    await expect.poll(() => page.locator('.flash').innerText()).toContain('异议已提交');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
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
});
