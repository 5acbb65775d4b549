import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { startDemo } from '../support/demo.ts';
import type { TestHub } from '../support/test-hub.ts';

/**
 * A fuzz pass over every operation in the OpenAPI document: without a key, with a department's key and with the
 * admin key; empty, junk, oversized, deeply nested and wrongly typed bodies; odd path and query values; wrong
 * content types. Every answer must be below 500 and declared for its operation (the test hub also checks each
 * body against the spec). Deterministic: the values come from the schemas, not from a random source.
 */
type Schema = {
  type?: string;
  enum?: unknown[];
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
};
type Operation = {
  operationId: string;
  parameters?: { in: string; name: string; required?: boolean; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, unknown>;
};

let hub: TestHub;
let app: FastifyInstance;
let keys: Record<string, string>;

beforeAll(async () => {
  ({ hub, app, keys } = await startDemo({ now: '2026-03-02T10:00:00+08:00' }));
  await app.ready();
});
afterAll(() => hub?.close());

/** A plausible value for a schema: the first enum member, a date for dates, an empty thing otherwise. */
function plausible(s: Schema | undefined, depth = 0): unknown {
  if (!s || depth > 6) return null;
  if (s.enum) return s.enum[0];
  if (s.anyOf) return plausible(s.anyOf[0], depth + 1);
  switch (s.type) {
    case 'string':
      return s.format === 'date' ? '2026-03-02' : s.format === 'date-time' ? '2026-03-02T10:00:00+08:00' : 'scjg';
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [plausible(s.items, depth + 1)];
    case 'object':
      return Object.fromEntries((s.required ?? []).map((k) => [k, plausible(s.properties?.[k], depth + 1)]));
    default:
      return null;
  }
}

/** The same object with every property given a value of the wrong type. */
function wronglyTyped(s: Schema | undefined): unknown {
  return Object.fromEntries(Object.keys(s?.properties ?? {}).map((k, i) => [k, i % 2 ? 12345 : { nested: [] }]));
}

const junkPathValues = ['0', '00000000-0000-0000-0000-000000000000', '%E2%80%AE..%2F', 'a%20b', '-1', 'NaN'];
const junkQueryValues = ['', '-1', '99999999999999999999', '2026-13-45', 'null', '%E5%BC%82'];

describe('fuzzing every operation', () => {
  it('answers below 500 with a declared status, every time', async () => {
    const doc = app.swagger() as unknown as { paths: Record<string, Record<string, Operation>> };
    const problems: string[] = [];
    let requests = 0;
    const byStatus = new Map<number, number>();
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
        const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query');
        const needsKey = (op.parameters ?? []).some((p) => p.name === 'idempotency-key');
        const jsonSchema = op.requestBody?.content['application/json']?.schema;
        const url = (values: (p: (typeof pathParams)[number], i: number) => string, query = '') =>
          path.replace(/\{(\w+)\}/g, (_m, name: string) => {
            const i = pathParams.findIndex((p) => p.name === name);
            return values(pathParams[i]!, i);
          }) + query;
        const plausiblePath = url((p) => encodeURIComponent(String(plausible(p.schema))));
        const plausibleQuery = `?${queryParams
          .filter((p) => p.required)
          .map((p) => `${p.name}=${encodeURIComponent(String(plausible(p.schema)))}`)
          .join('&')}`;
        const cases: { url: string; key?: string; payload?: string; type?: string }[] = [
          { url: plausiblePath + plausibleQuery },
          { url: plausiblePath + plausibleQuery, key: keys.scjg },
          { url: plausiblePath + plausibleQuery, key: keys.bureau, payload: JSON.stringify(plausible(jsonSchema)) },
          ...junkPathValues.map((v) => ({ url: url(() => v) + plausibleQuery, key: keys.bureau })),
          ...junkQueryValues.map((v) => ({
            url: `${plausiblePath}?${queryParams.map((p) => `${p.name}=${v}`).join('&')}`,
            key: keys.bureau,
          })),
        ];
        if (['post', 'put', 'patch', 'delete'].includes(method)) {
          cases.push(
            { url: plausiblePath + plausibleQuery, key: keys.bureau, payload: '{}' },
            { url: plausiblePath + plausibleQuery, key: keys.bureau, payload: '[]' },
            { url: plausiblePath + plausibleQuery, key: keys.bureau, payload: 'null' },
            { url: plausiblePath + plausibleQuery, key: keys.scjg, payload: JSON.stringify(wronglyTyped(jsonSchema)) },
            {
              url: plausiblePath + plausibleQuery,
              key: keys.bureau,
              payload: `${'['.repeat(5000)}${']'.repeat(5000)}`,
            },
            { url: plausiblePath + plausibleQuery, key: keys.bureau, payload: JSON.stringify({ x: 'y'.repeat(1e6) }) },
            { url: plausiblePath + plausibleQuery, key: keys.bureau, payload: '{"a":"\\u0000"}' },
            { url: plausiblePath + plausibleQuery, key: keys.bureau, payload: '<a>1</a>', type: 'application/xml' },
            { url: plausiblePath + plausibleQuery, key: keys.bureau, payload: 'a,b\n1,2', type: 'text/csv' },
            { url: plausiblePath + plausibleQuery, key: keys.bureau, payload: 'hello', type: 'text/plain' },
          );
        }
        if (pathParams.length) cases.push({ url: url(() => 'x'.repeat(300)), key: keys.bureau });
        for (const c of cases) {
          const headers: Record<string, string> = {};
          if (c.key) headers.authorization = `Bearer ${c.key}`;
          if (needsKey) headers['idempotency-key'] = `fuzz-${requests}`;
          if (c.payload !== undefined) headers['content-type'] = c.type ?? 'application/json';
          const res = await app.inject({
            method: method.toUpperCase() as 'GET',
            url: c.url,
            headers,
            payload: c.payload,
          });
          requests++;
          byStatus.set(res.statusCode, (byStatus.get(res.statusCode) ?? 0) + 1);
          const declared = String(res.statusCode) in op.responses;
          if (res.statusCode >= 500 || !declared)
            problems.push(
              `${op.operationId} ${method.toUpperCase()} ${c.url.slice(0, 120)} ` +
                `[${c.type ?? ''} ${String(c.payload).slice(0, 40)}] → ${res.statusCode} ${res.body.slice(0, 200)}`,
            );
        }
      }
    }
    console.info(
      `fuzz: ${requests} requests over ${Object.values(doc.paths).flatMap(Object.keys).length} operations;`,
      Object.fromEntries([...byStatus].sort()),
    );
    expect(problems).toEqual([]);
    expect(hub.contractViolations).toEqual([]);
  }, 600_000);
});
