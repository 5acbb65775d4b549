import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { buildApp } from '../../core/http/app.ts';
import { checkResponsesAgainstSpec } from '../support/contract-check.ts';
import { bearer, startDemo } from '../support/demo.ts';
import { approvalFixture } from '../support/linkage.ts';
import type { TestHub } from '../support/test-hub.ts';

let hub: TestHub;
let app: FastifyInstance;
let keys: Record<string, string>;

beforeAll(async () => ({ hub, app, keys } = await startDemo({ now: '2026-03-02T10:00:00+08:00' })));
afterAll(() => hub?.close());

const push = (payload: string, contentType = 'application/json') =>
  app.inject({
    method: 'POST',
    url: '/api/v1/approvals',
    headers: { ...bearer(keys.bureau!), 'idempotency-key': `contract-${Math.random()}`, 'content-type': contentType },
    payload,
  });

describe('text the database cannot hold is refused with the field named', () => {
  it('a NUL byte in a JSON string: 400 TEXT_CHARACTER_INVALID at its pointer', async () => {
    const body = approvalFixture();
    (body.counterpart as { name: string }).name = 'ACME\u0000 Ltd';
    const res = await push(JSON.stringify(body));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'TEXT_CHARACTER_INVALID', details: [{ pointer: '/counterpart/name' }] });
  });

  it('a lone surrogate (escaped in the JSON) and a NUL in the query string too', async () => {
    const res = await push('{"matterCode":"\\ud800x"}');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'TEXT_CHARACTER_INVALID', details: [{ pointer: '/matterCode' }] });
    const q = await app.inject({ url: '/api/v1/inbox?after=a%00b', headers: bearer(keys.scjg!) });
    expect(q.statusCode).toBe(400);
    expect(q.json()).toMatchObject({ code: 'TEXT_CHARACTER_INVALID', details: [{ pointer: '/querystring/after' }] });
  });
});

describe("fastify's own refusals in the hub's error body", () => {
  it('an XML body to a JSON operation: 415 naming the accepted type', async () => {
    const res = await push('<approval><matterCode>x</matterCode></approval>', 'application/xml');
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(res.json().message.en).toContain('accepts: application/json');
    const plain = await push('hello', 'text/plain');
    expect(plain.statusCode).toBe(415);
    expect(plain.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('a path parameter over 100 characters: 414 URI_TOO_LONG', async () => {
    const res = await app.inject({ url: `/api/v1/approvals/${'x'.repeat(150)}`, headers: bearer(keys.bureau!) });
    expect(res.statusCode).toBe(414);
    expect(res.json()).toMatchObject({ code: 'URI_TOO_LONG', message: { zh: expect.any(String) } });
  });

  it('malformed JSON: 400 BODY_MALFORMED', async () => {
    const res = await push('{"matterCode":');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('BODY_MALFORMED');
  });

  it('no body where a file is expected: 400 BODY_REQUIRED, not 500', async () => {
    for (const url of ['/api/v1/calendar/years?format=csv', '/api/v1/catalogue/import?format=csv']) {
      const res = await app.inject({ method: 'POST', url, headers: bearer(keys.bureau!) });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().code, url).toBe('BODY_REQUIRED');
    }
  });
});

describe('strict input', () => {
  it('a misspelt inbox state is 400, not an empty list', async () => {
    for (const q of ['state=pendng', 'subjectType=bogus']) {
      const res = await app.inject({ url: `/api/v1/inbox?${q}`, headers: bearer(keys.scjg!) });
      expect(res.statusCode, q).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
  });

  it('an impossible calendar date is refused rather than rolled over', async () => {
    const res = await app.inject('/api/v1/calendar/deadline?from=2026-02-30&days=1');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect((await app.inject('/api/v1/calendar/deadline?from=2026-02-27&days=1')).statusCode).toBe(200);
  });

  it('PUT /departments/{code}/endpoint {} fails validation and leaves the endpoint alone', async () => {
    const res = await app.inject({
      method: 'PUT',
      url: '/api/v1/departments/scjg/endpoint',
      headers: bearer(keys.scjg!),
      payload: {},
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.map((d: { pointer: string }) => d.pointer)).toContain('/transport');
  });

  it('strings over their limit are refused', async () => {
    const res = await push(JSON.stringify(approvalFixture({ licenseDocumentNumber: 'x'.repeat(5000) })));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });
});

describe('rate limits', () => {
  it('per API key and per source address: 429 RATE_LIMITED with Retry-After', async () => {
    const limited = await hub.app({ rateLimits: { perKey: 3, perAddress: 5 } });
    try {
      const get = (key?: string) =>
        limited.inject({ url: '/api/v1/departments', headers: key ? bearer(key) : {}, remoteAddress: '10.0.0.1' });
      for (let i = 0; i < 3; i++) expect((await get(keys.scjg)).statusCode).toBe(200);
      const over = await get(keys.scjg);
      expect(over.statusCode).toBe(429);
      expect(over.json()).toMatchObject({ code: 'RATE_LIMITED' });
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      // another key from the same address still has its own allowance, until the address's runs out
      const other = await get(keys.rsj);
      expect(other.statusCode).toBe(200);
      expect(other.headers['ratelimit-remaining']).toBe('0');
      const address = await get(keys.rsj);
      expect(address.statusCode).toBe(429);
      expect(address.json().message.en).toContain('per address');
      // health probes are never limited
      expect((await limited.inject({ url: '/healthz', remoteAddress: '10.0.0.1' })).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('the OpenAPI document', () => {
  it('names, describes and tags every operation, with servers and contact', async () => {
    const doc = app.swagger() as unknown as {
      info: { contact?: { name: string } };
      servers?: { url: string }[];
      tags: { name: string }[];
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    expect(doc.info.contact?.name).toBeTruthy();
    expect(doc.servers?.length).toBeGreaterThan(0);
    const declared = new Set(doc.tags.map((t) => t.name));
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item)) {
        const where = `${method} ${path}`;
        expect(op.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
        expect(ids.has(op.operationId as string), `${where} duplicates ${op.operationId}`).toBe(false);
        ids.add(op.operationId as string);
        expect(op.description, where).toBeTruthy();
        for (const t of op.tags as string[]) expect(declared.has(t), `${where} tag ${t}`).toBe(true);
        const statuses = Object.keys(op.responses as object);
        for (const s of ['400', '429', '500', '503']) expect(statuses, where).toContain(s);
        expect(
          statuses.some((s) => s.startsWith('2')),
          `${where} declares a success`,
        ).toBe(true);
      }
  });
});

describe('the response check the test hub runs on every answer', () => {
  it('reports an undeclared status and a body that does not match its schema', async () => {
    const violations: string[] = [];
    const probe = await buildApp(hub.ctx, {
      rateLimits: false,
      instrument: (a) => checkResponsesAgainstSpec(a, violations),
    });
    // a route added after the OpenAPI plugin, as every route of the hub is
    probe.get(
      '/api/v1/probe',
      {
        schema: {
          summary: 'probe',
          querystring: Type.Object({ mode: Type.String({ maxLength: 10 }) }),
          response: { 200: Type.Object({ code: Type.String({ maxLength: 2 }) }) },
        },
      },
      async (req, reply) => {
        const { mode } = req.query as { mode: string };
        if (mode === 'teapot') return reply.status(418 as 200).send({ code: 'x' }); // undeclared on purpose
        return { code: mode === 'long' ? 'too long for the schema' : 'ok' };
      },
    );
    try {
      await probe.ready();
      expect((await probe.inject('/api/v1/probe?mode=fine')).statusCode).toBe(200);
      expect(violations).toEqual([]);
      await probe.inject('/api/v1/probe?mode=long');
      await probe.inject('/api/v1/probe?mode=teapot');
      expect(violations).toEqual([
        expect.stringContaining('GET /api/v1/probe → 200: body does not match the spec'),
        expect.stringContaining('GET /api/v1/probe → 418: status not declared'),
      ]);
    } finally {
      await probe.close();
    }
  });
});
