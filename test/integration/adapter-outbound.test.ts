import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exchangeMessageRecords } from '../../core/adapters/sources/xml-source.ts';
import { Dispatcher } from '../../core/delivery/dispatcher.ts';
import { startDemo, bearer } from '../support/demo.ts';
import { approvalFixture } from '../support/linkage.ts';
import type { TestHub } from '../support/test-hub.ts';

let hub: TestHub | undefined;
afterEach(() => hub?.close());

describe('outbound transports for adapter departments', () => {
  it('writes pushes atomically into a file-drop department’s outbox folder', async () => {
    const demo = await startDemo({ now: '2026-06-10T10:00:00+08:00' });
    hub = demo.hub;
    const folder = join(demo.hub.ctx.security.dataDir, 'exchange', 'wjj', 'outbox');
    expect(
      (
        await demo.app.inject({
          method: 'PUT',
          url: '/api/v1/departments/wjj/endpoint',
          headers: bearer(demo.keys.bureau!),
          payload: { transport: 'file-drop', url: folder },
        })
      ).statusCode,
    ).toBe(200);
    const pushed = await demo.call(
      'POST',
      '/api/v1/approvals',
      demo.keys.bureau!,
      approvalFixture({ matterCode: 'WJ-001', decisionDate: '2026-06-10' }),
    );
    expect(await new Dispatcher(demo.hub.ctx).drain()).toMatchObject({ sent: 1 });
    const files = readdirSync(folder);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f-]{36}\.json$/);
    expect(JSON.parse(readFileSync(join(folder, files[0]!), 'utf8'))).toMatchObject({
      type: 'approval.pushed',
      subject: { id: pushed.body.id },
    });
    expect(existsSync(join(folder, `.${files[0]}.tmp`))).toBe(false);
  });

  it('posts an ExchangeMessage carrying the 双公示 XK_ items to an XML-over-HTTP department', async () => {
    const demo = await startDemo({ now: '2026-06-10T10:00:00+08:00' });
    hub = demo.hub;
    const bodies: string[] = [];
    const server = createServer((req, res) => {
      let b = '';
      req.on('data', (c) => (b += c));
      req.on('end', () => {
        bodies.push(b);
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/exchange`;
    await demo.app.inject({
      method: 'PUT',
      url: '/api/v1/departments/scjg/endpoint',
      headers: bearer(demo.keys.bureau!),
      payload: { transport: 'xml-http', url },
    });
    await demo.call(
      'POST',
      '/api/v1/approvals',
      demo.keys.bureau!,
      approvalFixture({
        matterCode: 'SC-003',
        decisionDate: '2026-06-10',
        licenseDocumentNumber: '高审批药〔2026〕9号',
      }),
    );
    expect(await new Dispatcher(demo.hub.ctx).drain()).toMatchObject({ sent: 1 });
    server.close();
    const { header, records } = exchangeMessageRecords(bodies[0]!);
    expect(header).toMatchObject({ Receiver: 'scjg', FlowId: 'approval.pushed' });
    expect(records[0]!.fields).toMatchObject({
      XK_WSH: '高审批药〔2026〕9号',
      XK_XDR_MC: '高青县福源餐饮有限公司',
      MATTER_CODE: 'SC-003',
    });
    // The demo's 信息推送清单 for SC-003 gives scjg six fields; the licence mode is not one of them (002 §13).
    expect(records[0]!.fields.XK_XKLB).toBeUndefined();
  });
});
