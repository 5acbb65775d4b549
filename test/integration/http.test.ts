import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { bearer, startDemo } from '../support/demo.ts';
import type { TestHub } from '../support/test-hub.ts';

let hub: TestHub;
let app: FastifyInstance;
let keys: Record<string, string>;

// A fresh hub with the demo county for every test, so each runs alone and in any order.
beforeEach(async () => ({ hub, app, keys } = await startDemo({ now: '2026-12-28T10:00:00+08:00' })));
afterEach(() => hub?.close());

describe('health', () => {
  it('is alive and ready with the database reachable', async () => {
    expect((await app.inject('/healthz')).json()).toMatchObject({ status: 'ok' }); // warnings: calendar-notice.test.ts
    expect((await app.inject('/readyz')).json()).toEqual({ status: 'ready', profile: 'gaoqing' });
  });
});

describe('department credentials', () => {
  it('refuses a request without a key, or with an unknown one', async () => {
    const none = await app.inject('/api/v1/departments');
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: { zh: '缺少有效的接口密钥' } });
    const forged = await app.inject({
      url: '/api/v1/departments',
      headers: bearer(`sgk_${'0'.repeat(12)}_${'A'.repeat(43)}`),
    });
    expect(forged.statusCode).toBe(401);
  });

  it("gives another department's key 403 on a department's items, by URL or in the audit log", async () => {
    const own = await app.inject({ url: '/api/v1/departments/rsj/liaisons', headers: bearer(keys.rsj!) });
    expect(own.statusCode).toBe(200);
    const other = await app.inject({ url: '/api/v1/departments/scjg/liaisons', headers: bearer(keys.rsj!) });
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'FORBIDDEN_DEPARTMENT', message: { zh: '无权访问其他部门的数据' } });
    const post = await app.inject({
      method: 'POST',
      url: '/api/v1/departments/scjg/liaisons',
      headers: bearer(keys.rsj!),
      payload: { name: '李四', phone: '0533-1234567', role: 'primary', effectiveFrom: '2026-12-28' },
    });
    expect(post.statusCode).toBe(403);
    const audit = await app.inject({ url: '/api/v1/audit?department=scjg', headers: bearer(keys.rsj!) });
    expect(audit.statusCode).toBe(403);
  });

  it('lets the admin key act for any department and keeps department keys off admin routes', async () => {
    expect(
      (await app.inject({ url: '/api/v1/departments/scjg/liaisons', headers: bearer(keys.bureau!) })).statusCode,
    ).toBe(200);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/departments/rsj/keys',
      headers: bearer(keys.rsj!),
      payload: { label: 'x', roles: ['admin'] },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN_ROLE');
  });

  it('rotates a key: the new one works, the old one is refused, and both steps are audited', async () => {
    const issued = await app.inject({
      method: 'POST',
      url: '/api/v1/departments/wjj/keys',
      headers: bearer(keys.bureau!),
      payload: { label: '卫健系统', roles: ['system'] },
    });
    expect(issued.statusCode).toBe(201);
    const first = issued.json() as { id: string; key: string };
    const listed = await app.inject({ url: '/api/v1/departments/wjj/keys', headers: bearer(first.key) });
    expect(listed.json().map((k: { id: string }) => k.id)).toContain(first.id);
    expect(JSON.stringify(listed.json())).not.toContain(first.key.slice(17));
    expect(listed.json().find((k: { id: string }) => k.id === first.id).lastUsedAt).toBe(hub.clock.now().toISOString());

    const rotated = (
      await app.inject({ method: 'POST', url: `/api/v1/keys/${first.id}/rotate`, headers: bearer(keys.bureau!) })
    ).json() as { id: string; key: string };
    expect((await app.inject({ url: '/api/v1/departments/wjj/liaisons', headers: bearer(first.key) })).statusCode).toBe(
      401,
    );
    expect(
      (await app.inject({ url: '/api/v1/departments/wjj/liaisons', headers: bearer(rotated.key) })).statusCode,
    ).toBe(200);

    const del = await app.inject({
      method: 'DELETE',
      url: `/api/v1/keys/${rotated.id}`,
      headers: bearer(keys.bureau!),
    });
    expect(del.statusCode).toBe(204);
    expect(
      (await app.inject({ url: '/api/v1/departments/wjj/liaisons', headers: bearer(rotated.key) })).statusCode,
    ).toBe(401);

    const audit = (
      await app.inject({ url: '/api/v1/audit?entityType=api-key', headers: bearer(keys.bureau!) })
    ).json() as { action: string; entityId: string }[];
    expect(
      audit
        .filter((a) => [first.id, rotated.id].includes(a.entityId))
        .map((a) => a.action)
        .sort(),
    ).toEqual(['api-key.issued', 'api-key.issued', 'api-key.revoked', 'api-key.revoked']);
  });

  it('shows a department key only its own audit entries', async () => {
    for (const dept of ['scjg', 'rsj']) {
      const filed = await app.inject({
        method: 'POST',
        url: `/api/v1/departments/${dept}/liaisons`,
        headers: bearer(keys[dept]!),
        payload: { name: '李四', phone: '0533-1234567', role: 'primary', effectiveFrom: '2026-12-31' },
      });
      expect(filed.statusCode).toBe(201);
    }
    const all = (await app.inject({ url: '/api/v1/audit', headers: bearer(keys.bureau!) })).json() as {
      department: string;
    }[];
    expect(all.some((r) => r.department === 'rsj')).toBe(true);
    const rows = (await app.inject({ url: '/api/v1/audit', headers: bearer(keys.scjg!) })).json() as {
      department: string;
    }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.department))).toEqual(new Set(['scjg']));
  });
});

describe('validation errors', () => {
  it('carry a stable code, both languages and a JSON pointer per problem', async () => {
    const res = await app.inject({
      method: 'PUT',
      url: '/api/v1/departments/jtj',
      headers: bearer(keys.bureau!),
      payload: { code: 'jtj', kind: 'ministry', onlineChannel: 'yes' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details.map((d: { pointer: string }) => d.pointer).sort()).toEqual([
      '/kind',
      '/name',
      '/onlineChannel',
    ]);
    expect(body.details[0].zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('say so for a malformed JSON body', async () => {
    const res = await app.inject({
      method: 'PUT',
      url: '/api/v1/departments/jtj',
      headers: { ...bearer(keys.bureau!), 'content-type': 'application/json' },
      payload: '{"code":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('BODY_MALFORMED');
  });

  it('refuse an oversized body with 413', async () => {
    const small = await hub.app({ bodyLimit: 1024 });
    const res = await small.inject({
      method: 'POST',
      url: '/api/v1/catalogue/import',
      headers: { ...bearer(keys.bureau!), 'content-type': 'text/csv' },
      payload: 'x'.repeat(5000),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('BODY_TOO_LARGE');
    await small.close();
  });
});

describe('calendar API', () => {
  it('answers a 2027 deadline on the statutory floor, 暂定 until 2027 is loaded (放假办法 第二条), then final', async () => {
    const before = await app.inject('/api/v1/calendar/deadline?from=2026-12-31&days=1');
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({
      lastDay: '2027-01-04',
      provisional: true,
      floorYears: [2027],
      note: { zh: expect.stringContaining('暂定'), en: expect.stringContaining('provisional') },
    });
    expect((await app.inject('/api/v1/calendar/days/2027-01-01')).json()).toMatchObject({
      working: false,
      provisional: true,
      name: '元旦',
    });

    const csv = readFileSync(new URL('../fixtures/calendar/2027-example.csv', import.meta.url));
    const loaded = await app.inject({
      method: 'POST',
      url: '/api/v1/calendar/years?format=csv&source=example',
      headers: { ...bearer(keys.bureau!), 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(loaded.statusCode).toBe(200);
    expect(loaded.json()).toMatchObject({ year: 2027, source: 'example', holidays: 25, workdays: 3 });

    const after = await app.inject('/api/v1/calendar/deadline?from=2026-12-31&days=1');
    expect(after.json()).toMatchObject({
      lastDay: '2027-01-04',
      dueAtLocal: '2027-01-05T00:00:00+08:00',
      provisional: false,
      floorYears: [],
    });
    expect(after.json().note).toBeUndefined();
    expect((await app.inject('/api/v1/calendar/days/2027-02-13')).json()).toMatchObject({
      working: true,
      name: '春节',
    });
  });

  it('reports a bad schedule file line by line and loads nothing', async () => {
    const csv = readFileSync(new URL('../fixtures/calendar/2027-bad.csv', import.meta.url));
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/calendar/years?format=csv&year=2028',
      headers: { ...bearer(keys.bureau!), 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.map((d: { line: number }) => d.line)).toEqual([2, 3, 4, 5, 6]);
  });
});

describe('catalogue API', () => {
  it('imports a GB18030 CSV upload and lists, versions and diffs entries', async () => {
    const csv = readFileSync(new URL('../fixtures/catalogue/matters-with-bad-rows.gb18030.csv', import.meta.url));
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/catalogue/import?format=csv',
      headers: { ...bearer(keys.bureau!), 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      fileEncoding: 'gb18030',
      imported: [{ code: 'SC-101' }, { code: 'WJ-103' }, { code: 'RS-103' }],
    });
    expect(res.json().rejected.map((r: { line: number }) => r.line)).toEqual([3, 4, 5, 6]);

    const current = (await app.inject('/api/v1/catalogue/matters/SC-101')).json();
    const put = await app.inject({
      method: 'PUT',
      url: '/api/v1/catalogue/matters/SC-101',
      headers: bearer(keys.bureau!),
      payload: {
        effectiveFrom: '2027-01-01',
        reason: '法规政策调整',
        decisionRef: '高审改办〔2026〕9号',
        entry: { ...current.data, timeLimitDays: 3 },
      },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ version: 2, author: expect.stringMatching(/^key:/) });
    expect((await app.inject('/api/v1/catalogue/matters/SC-101/history')).json()).toHaveLength(2);
    expect((await app.inject('/api/v1/catalogue/matters/SC-101/diff?from=1&to=2')).json()).toEqual([
      { type: 'changed', pointer: '/timeLimitDays', before: 5, after: 3 },
    ]);
    const exported = await app.inject('/api/v1/catalogue/matters/export?format=csv&encoding=gb18030');
    expect(exported.headers['content-type']).toContain('GB18030');
  });

  it('refuses catalogue changes from a department key', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/catalogue/import',
      headers: { ...bearer(keys.scjg!), 'content-type': 'text/csv' },
      payload: '事项编码\n',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('identifiers API', () => {
  it('checks a code', async () => {
    expect((await app.inject('/api/v1/identifiers/914403001922038216')).json()).toMatchObject({
      kind: 'uscc',
      valid: true,
    });
    expect((await app.inject('/api/v1/identifiers/914403001922038217')).json()).toMatchObject({
      kind: 'uscc',
      valid: false,
      reason: 'check',
    });
  });
});

describe('API documentation', () => {
  it('serves the OpenAPI document and the docs UI', async () => {
    const doc = (await app.inject('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/catalogue/import');
    expect((await app.inject('/docs/')).statusCode).toBe(200);
  });
});
