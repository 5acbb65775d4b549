import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { Dispatcher } from '../../core/delivery/dispatcher.ts';
import { findEndpoint } from '../../core/delivery/outbox.ts';
import { bearer, withDemo } from '../support/demo.ts';
import { approvalFixture, post } from '../support/linkage.ts';
import { backend, createTestHub, type TestHub } from '../support/test-hub.ts';

let hub: TestHub;
let app: FastifyInstance;
let keys: Record<string, string>;
afterEach(() => hub?.close());

async function start(egressAllowList: string[] = []) {
  hub = await createTestHub({ now: '2026-06-10T10:00:00+08:00', security: { egressAllowList } });
  keys = await withDemo(hub);
  app = await hub.app();
}

const put = (dept: string, key: string, payload: object) =>
  app.inject({ method: 'PUT', url: `/api/v1/departments/${dept}/endpoint`, headers: bearer(key), payload });

/** A receiver on loopback that counts what reaches it. */
async function receiver() {
  const got: string[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      got.push(String(req.headers['idempotency-key']));
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { got, port: (server.address() as AddressInfo).port, close: () => server.close() };
}

describe(`department endpoints on ${backend}`, () => {
  it('takes a department’s change only when the administrator approves it; both steps audited', async () => {
    await start();
    const proposed = await put('scjg', keys.scjg!, { transport: 'webhook', url: 'https://scjg.example.gov.cn/hook' });
    expect(proposed.statusCode).toBe(202);
    expect(proposed.json()).toMatchObject({ state: 'proposed', department: 'scjg' });
    expect(await findEndpoint(hub.ctx.db, 'scjg')).toBeUndefined();
    const id = proposed.json().proposalId as string;

    const own = await app.inject({ method: 'GET', url: '/api/v1/endpoint-proposals', headers: bearer(keys.scjg!) });
    expect(own.json().map((p: { id: string }) => p.id)).toEqual([id]);
    const byDept = await app.inject({
      method: 'POST',
      url: `/api/v1/endpoint-proposals/${id}/approve`,
      headers: bearer(keys.scjg!),
    });
    expect(byDept.statusCode, byDept.body).toBe(403);

    const approved = await app.inject({
      method: 'POST',
      url: `/api/v1/endpoint-proposals/${id}/approve`,
      headers: bearer(keys.bureau!),
      payload: { reason: '已电话核实' },
    });
    expect(approved.statusCode).toBe(200);
    expect(await findEndpoint(hub.ctx.db, 'scjg')).toMatchObject({ url: 'https://scjg.example.gov.cn/hook' });
    const again = await app.inject({
      method: 'POST',
      url: `/api/v1/endpoint-proposals/${id}/reject`,
      headers: bearer(keys.bureau!),
    });
    expect(again.json()).toMatchObject({ code: 'ENDPOINT_PROPOSAL_CLOSED' });

    const second = await put('scjg', keys.scjg!, { transport: 'webhook', url: 'https://elsewhere.example.com/x' });
    await app.inject({
      method: 'POST',
      url: `/api/v1/endpoint-proposals/${second.json().proposalId}/reject`,
      headers: bearer(keys.bureau!),
    });
    expect(await findEndpoint(hub.ctx.db, 'scjg')).toMatchObject({ url: 'https://scjg.example.gov.cn/hook' });

    const trail = await hub.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor'])
      .where('action', 'like', 'endpoint.%')
      .orderBy('id')
      .execute();
    expect(trail.map((t) => t.action)).toEqual([
      'endpoint.proposed',
      'endpoint.approved',
      'endpoint.proposed',
      'endpoint.rejected',
    ]);
  });

  it('confines file-drop folders to the department’s exchange folder, for department and admin alike', async () => {
    await start();
    const root = join(hub.ctx.security.dataDir, 'exchange', 'wjj');
    for (const url of ['/etc/cron.d', '../scjg/outbox', `${root}/../../pglite`, `${root}-evil/outbox`]) {
      for (const key of [keys.wjj!, keys.bureau!]) {
        const res = await put('wjj', key, { transport: 'file-drop', url });
        expect(res.statusCode, url).toBe(400);
        expect(res.json()).toMatchObject({ code: 'ENDPOINT_PATH_REFUSED' });
        expect(res.json().message.en).toContain(root);
      }
    }
    // a symbolic link inside the folder cannot lead out of it
    mkdirSync(root, { recursive: true });
    symlinkSync(mkdtempSync(join(tmpdir(), 'sg-outside-')), join(root, 'link'));
    expect((await put('wjj', keys.bureau!, { transport: 'file-drop', url: 'link/outbox' })).statusCode).toBe(400);

    const ok = await put('wjj', keys.bureau!, { transport: 'file-drop', url: 'outbox' });
    expect(ok.json()).toMatchObject({ state: 'active', url: join(root, 'outbox') });
    expect((await put('wjj', keys.bureau!, { transport: 'file-drop' })).json().url).toBe(join(root, 'outbox'));
  });

  it('refuses a file-drop folder edited outside the hub when it comes to write', async () => {
    await start();
    const outside = join(mkdtempSync(join(tmpdir(), 'sg-outside-')), 'drop');
    await hub.ctx.db
      .insertInto('department_endpoints')
      .values({
        department_code: 'scjg',
        transport: 'file-drop',
        url: outside,
        secret: null,
        updated_at: new Date(),
        updated_by: 'x',
      })
      .execute();
    await post(app, '/api/v1/approvals', keys.bureau!, approvalFixture({ decisionDate: '2026-06-10' }));
    const sent = await new Dispatcher(hub.ctx).drain();
    expect(sent.sent).toBe(0);
    expect(existsSync(outside)).toBe(false);
    const errors = await hub.ctx.db.selectFrom('outbox').select('last_error').where('recipient', '=', 'scjg').execute();
    expect(errors[0]!.last_error).toMatch(/must lie under/);
  });

  const internal = [
    '127.0.0.1',
    '127.8.9.10',
    '10.0.0.5',
    '172.16.3.4',
    '172.31.255.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '[::1]',
    '[fe80::1]',
    '[fc00::1]',
    '[::ffff:127.0.0.1]',
    '[::ffff:10.0.0.1]',
    // the same addresses written so a naive string check misses them (the URL parser normalises them)
    '2130706433',
    '0x7f000001',
    '127.1',
    '017700000001',
    '[::]',
    '[::ffff:7f00:1]',
    '[64:ff9b::a00:1]',
    '224.0.0.1',
    '255.255.255.255',
    '198.18.0.1',
  ];

  it('refuses webhooks to loopback, link-local, private and reserved addresses unless allow-listed', async () => {
    await start();
    for (const host of internal) {
      const res = await put('scjg', keys.bureau!, { transport: 'webhook', url: `https://${host}/hook` });
      expect(res.statusCode, host).toBe(400);
      expect(res.json(), host).toMatchObject({ code: 'ENDPOINT_URL_REFUSED' });
    }
    for (const url of [
      'http://scjg.example.gov.cn/hook',
      'ftp://scjg.example.gov.cn/',
      'not a url',
      'https://u:p@a.cn/',
    ]) {
      expect((await put('scjg', keys.bureau!, { transport: 'xml-http', url })).statusCode, url).toBe(400);
    }
    expect((await put('scjg', keys.scjg!, { transport: 'webhook', url: 'https://10.1.2.3/' })).statusCode).toBe(400);
  });

  it('accepts allow-listed internal hosts and ranges, and plain http to them', async () => {
    await start(['10.1.0.0/16', 'intranet.zb.gov.cn']);
    for (const url of ['http://10.1.2.3/hook', 'https://10.1.200.9/', 'http://intranet.zb.gov.cn:8080/x']) {
      expect((await put('scjg', keys.bureau!, { transport: 'webhook', url })).statusCode, url).toBe(200);
    }
    expect((await put('scjg', keys.bureau!, { transport: 'webhook', url: 'https://10.2.0.1/' })).statusCode).toBe(400);
  });

  it('checks the resolved address when sending: a name resolving to loopback is refused', async () => {
    await start();
    const r = await receiver();
    try {
      // accepted when set (a name, https) — but localhost resolves to 127.0.0.1
      const set = await put('scjg', keys.bureau!, { transport: 'webhook', url: `https://localhost:${r.port}/hook` });
      expect(set.statusCode).toBe(200);
      await post(app, '/api/v1/approvals', keys.bureau!, approvalFixture({ decisionDate: '2026-06-10' }));
      expect((await new Dispatcher(hub.ctx).drain()).sent).toBe(0);
      const [row] = await hub.ctx.db
        .selectFrom('outbox')
        .select('last_error')
        .where('recipient', '=', 'scjg')
        .execute();
      expect(row!.last_error).toMatch(/127\.0\.0\.1.*not allowed/);
      expect(r.got).toEqual([]);
    } finally {
      r.close();
    }
  });

  it('sends to a name resolving to loopback once that name is allow-listed', async () => {
    await start(['localhost']);
    const r = await receiver();
    try {
      await put('scjg', keys.bureau!, { transport: 'webhook', url: `http://localhost:${r.port}/hook` });
      await post(app, '/api/v1/approvals', keys.bureau!, approvalFixture({ decisionDate: '2026-06-10' }));
      expect((await new Dispatcher(hub.ctx).drain()).sent).toBe(2);
      expect(r.got).toHaveLength(2);
    } finally {
      r.close();
    }
  });
});
