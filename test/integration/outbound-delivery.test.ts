import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type LoadedAdapter, readSource } from '../../core/adapters/dry-run.ts';
import { outboundShaper } from '../../core/adapters/outbound-shape.ts';
import type { SourceRecord } from '../../core/adapters/mapping.ts';
import { loadAdapters } from '../../core/adapters/registry.ts';
import { jsonRecords } from '../../core/adapters/sources/json-source.ts';
import { exchangeMessageRecords } from '../../core/adapters/sources/xml-source.ts';
import { Dispatcher } from '../../core/delivery/dispatcher.ts';
import { queuedMessages } from '../../core/delivery/outbox.ts';
import type { OutboundMessage } from '../../core/delivery/message.ts';
import { editedAdapter, workedAdapter } from '../support/adapters.ts';
import { bearer, startDemo } from '../support/demo.ts';
import { approvalFixture } from '../support/linkage.ts';
import type { TestHub } from '../support/test-hub.ts';

let hub: TestHub | undefined;
const servers: { close(): void }[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) s.close();
  await hub?.close();
  hub = undefined;
});

/** A department system's HTTP endpoint on this machine: records each body and its headers, answers 200. */
async function fakeReceiver() {
  const received: { body: string; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ body, headers: req.headers });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/exchange`, received };
}

type EndpointAt = { transport: string; url: string } | ((dataDir: string) => { transport: string; url: string });

/** The demo jurisdiction with the department's endpoint set (a folder endpoint is named from the data folder). */
async function demoWith(department: string, endpoint: EndpointAt) {
  const demo = await startDemo({ now: '2026-06-10T10:00:00+08:00' });
  hub = demo.hub;
  const res = await demo.app.inject({
    method: 'PUT',
    url: `/api/v1/departments/${department}/endpoint`,
    headers: bearer(demo.keys.bureau!),
    payload: typeof endpoint === 'function' ? endpoint(demo.hub.ctx.security.dataDir) : endpoint,
  });
  expect(res.statusCode).toBe(200);
  return demo;
}

const wjjOutbox = (dataDir: string) => ({ transport: 'file-drop', url: join(dataDir, 'exchange', 'wjj', 'outbox') });

/** The department's record, read back by its adapter's mapping, is the decision the hub pushed. */
function expectReadBack(adapter: LoadedAdapter, record: SourceRecord, message: OutboundMessage) {
  const back = adapter.mapping.outboundFor('approval')!.map(record, { partial: true });
  expect(back).toMatchObject({ ok: true });
  expect(back.ok && back.value).toEqual(message.payload.decision);
}

/** The message the hub queued for a department: what its legacy shape must carry. */
async function queued(department: string): Promise<OutboundMessage[]> {
  return (await queuedMessages(hub!.ctx, { recipient: department })).map((r) => r.message);
}

/**
 * The demo with the department's endpoint set, one approval pushed by the bureau and delivered, shaped by the
 * named worked adapter's outbound side where it has one: that adapter and the message the hub queued.
 */
async function deliveredThrough(
  department: string,
  endpoint: EndpointAt,
  adapterName: string,
  approval: Record<string, unknown>,
) {
  const demo = await demoWith(department, endpoint);
  const adapters = loadAdapters([workedAdapter(adapterName)]);
  await demo.call('POST', '/api/v1/approvals', demo.keys.bureau!, approvalFixture(approval));
  const shape = outboundShaper(adapters);
  expect(await new Dispatcher(demo.hub.ctx, { shape }).drain()).toMatchObject({ sent: 1, dead: 0 });
  const [message] = await queued(department);
  return { demo, adapter: adapters[0]!, message: message! };
}

describe('delivery in the department’s own shape (the adapter’s outbound side)', () => {
  it('posts a push to 市场监管 as an XK_ ExchangeMessage, read back by its mapping to the same fields', async () => {
    const receiver = await fakeReceiver();
    const { adapter, message } = await deliveredThrough(
      'scjg',
      { transport: 'xml-http', url: receiver.url },
      'scjg-xml',
      { matterCode: 'SC-003', decisionDate: '2026-06-10', validTo: 'long-term' },
    );
    const { header, records } = exchangeMessageRecords(receiver.received[0]!.body);
    expect(header).toMatchObject({ Receiver: 'scjg', FlowId: 'approval.pushed', ItemId: message.id });
    expect(records).toHaveLength(1);
    const fields = records[0]!.fields;
    // Its own elements and value lists: 长期 as the standard's date, the category as its label, no JSON copy.
    expect(fields).toMatchObject({ MATTER_CODE: 'SC-003', XK_XDR_LB: '法人及非法人组织', XK_YXQZI: '2099/12/31' });
    expect(fields.PAYLOAD_JSON).toBeUndefined();
    expectReadBack(adapter, records[0]!, message);
  }, 120_000);

  it('posts a push to 人社 as JSON in its own names and codes, read back by its mapping to the same fields', async () => {
    const receiver = await fakeReceiver();
    const { adapter, message } = await deliveredThrough(
      'rsj',
      { transport: 'webhook', url: receiver.url },
      'rsj-rest',
      { matterCode: 'RS-003', decisionDate: '2026-06-10', validTo: '2031-06-09' },
    );
    const { body, headers } = receiver.received[0]!;
    expect(headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'idempotency-key': message.id,
      'x-shenguan-message-type': 'approval.pushed',
    });
    const records = [...jsonRecords(JSON.parse(body))];
    expect(records[0]!.fields).toMatchObject({ itemCode: 'RS-003', 'unit.type': '1', approveDate: '20260610' });
    expectReadBack(adapter, records[0]!, message);
  }, 120_000);

  it('drops a push to 卫健 as a GB18030 CSV row in its outbox, read back by its mapping to the same fields', async () => {
    const { demo, adapter, message } = await deliveredThrough('wjj', wjjOutbox, 'wjj-filedrop', {
      matterCode: 'WJ-004',
      decisionDate: '2026-06-10',
    });
    const folder = wjjOutbox(demo.hub.ctx.security.dataDir).url;
    expect(readdirSync(folder)).toEqual([`${message.id}.csv`]);
    const bytes = readFileSync(join(folder, `${message.id}.csv`));
    // GB18030, not UTF-8: the department's system reads its own encoding.
    expect(bytes.toString('utf8')).not.toContain('行政相对人名称');
    const records = [];
    for await (const r of readSource(adapter.adapter, join(folder, `${message.id}.csv`))) records.push(r);
    expect(records).toHaveLength(1);
    expect(records[0]!.fields).toMatchObject({ 事项编码: 'WJ-004', 行政相对人类别: '法人及非法人组织' });
    expectReadBack(adapter, records[0]!, message);
  }, 120_000);

  it('records a push its adapter cannot write as a dead delivery naming the field; delivers the others', async () => {
    const demo = await demoWith('wjj', wjjOutbox);
    const folder = wjjOutbox(demo.hub.ctx.security.dataDir).url;
    // The department's category table lacks 个体工商户.
    const copy = editedAdapter('wjj-filedrop', 'mapping.yaml', (yaml) =>
      yaml.replace(
        '        codes: { 法人及非法人组织: organisation, 自然人: natural-person, 个体工商户: individual-business }\n' +
          '      /counterpart/uscc',
        '        codes: { 法人及非法人组织: organisation, 自然人: natural-person }\n      /counterpart/uscc',
      ),
    );
    const shape = outboundShaper(loadAdapters([copy]));
    const good = approvalFixture({ matterCode: 'WJ-004', decisionDate: '2026-06-10' });
    const bad = approvalFixture({
      matterCode: 'WJ-004',
      decisionDate: '2026-06-10',
      counterpart: { ...good.counterpart, name: '高青县李记小吃店', category: 'individual-business' },
    });
    await demo.call('POST', '/api/v1/approvals', demo.keys.bureau!, bad);
    await demo.call('POST', '/api/v1/approvals', demo.keys.bureau!, good);
    expect(await new Dispatcher(demo.hub.ctx, { shape }).drain()).toEqual({ sent: 1, retried: 0, dead: 1 });
    const rows = await demo.hub.ctx.db
      .selectFrom('outbox')
      .select(['id', 'state', 'attempts', 'last_error'])
      .where('recipient', '=', 'wjj')
      .orderBy('state')
      .execute();
    expect(rows.map((r) => r.state)).toEqual(['dead', 'delivered']);
    const dead = rows[0]!;
    expect(dead.attempts).toBe(1);
    expect(dead.last_error).toContain('OUTBOUND_MAPPING_FAILED');
    expect(dead.last_error).toContain('[行政相对人类别]');
    expect(dead.last_error).toContain('在本部门代码表中没有代码');
    expect(dead.last_error).toContain("'individual-business' has no code in the department's code table");
    expect(readdirSync(folder)).toEqual([`${rows[1]!.id}.csv`]);
    const audit = await demo.hub.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor'])
      .where('entity_id', '=', dead.id)
      .execute();
    expect(audit).toContainEqual({ action: 'delivery.dead-lettered', actor: 'system:delivery' });
  }, 120_000);

  it('sends the canonical message to a department whose adapter has no outbound side for it', async () => {
    const receiver = await fakeReceiver();
    // rsj-rest maps approvals, but for rsj: scjg's pushes go out as before.
    await deliveredThrough('scjg', { transport: 'xml-http', url: receiver.url }, 'rsj-rest', {
      matterCode: 'SC-003',
      decisionDate: '2026-06-10',
    });
    expect(exchangeMessageRecords(receiver.received[0]!.body).records[0]!.fields.PAYLOAD_JSON).toBeDefined();
  }, 120_000);
});
