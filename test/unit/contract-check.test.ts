import { describe, expect, it } from 'vitest';
import { contractValidator, specPathFor } from '../support/contract-check.ts';

// A two-operation document in the shape @fastify/swagger writes, so the check is seen to bite without a hub.
const doc = {
  openapi: '3.1.0',
  paths: {
    '/things/{id}': {
      get: {
        responses: {
          '200': {
            content: {
              'application/json': {
                schema: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
              },
            },
          },
          '4XX': {
            content: {
              'application/json': {
                schema: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } },
              },
            },
          },
        },
      },
    },
    '/things/mine': { get: { responses: { '200': { content: { 'text/csv': {} } } } } },
  },
};
const check = contractValidator(doc);
const answer = (status: number, body: string, contentType = 'application/json; charset=utf-8') => ({
  method: 'GET',
  path: '/things/{id}',
  status,
  contentType,
  body,
});

describe('the contract check', () => {
  it('picks the operation as the router would: a literal path before a template, none for what is not the API', () => {
    expect(specPathFor(doc, '/things/mine')).toBe('/things/mine');
    expect(specPathFor(doc, '/things/42')).toBe('/things/{id}');
    expect(specPathFor(doc, '/things/')).toBeUndefined();
    expect(specPathFor(doc, '/console/things/42')).toBeUndefined();
  });

  it('passes declared answers, reports an undeclared status and a body that does not match', () => {
    expect(check(answer(200, '{"id":"42"}'))).toEqual([]);
    expect(check(answer(404, '{"code":"NOT_FOUND"}'))).toEqual([]); // through 4XX
    expect(check(answer(503, '{"code":"X"}'))).toEqual([
      expect.stringContaining('GET /things/{id} → 503: status not declared'),
    ]);
    expect(check(answer(200, '{"id":42}'))).toEqual([
      expect.stringContaining('body does not match the spec: data/id must be string'),
    ]);
    expect(check(answer(409, '{}'))).toEqual([expect.stringContaining("must have required property 'code'")]);
    expect(check(answer(200, 'not json'))).toEqual([expect.stringContaining('the body is not JSON')]);
  });

  it('checks only the status of what is not JSON, and nothing of what the document does not describe', () => {
    expect(check({ ...answer(200, 'a,b'), path: '/things/mine', contentType: 'text/csv' })).toEqual([]);
    expect(check({ ...answer(500, 'a,b'), path: '/things/mine', contentType: 'text/csv' })).toHaveLength(1);
    expect(check({ ...answer(200, '{}'), method: 'POST' })).toEqual([]);
    expect(check({ ...answer(200, '{}'), path: '/metrics' })).toEqual([]);
  });
});
