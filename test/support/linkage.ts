import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { bearer } from './demo.ts';

let seq = 0;

export function approvalFixture(overrides: Record<string, unknown> = {}) {
  const base = JSON.parse(
    readFileSync(new URL('../fixtures/canonical/approval-food-licence.json', import.meta.url), 'utf8'),
  );
  seq++;
  return { ...base, licenseDocumentNumber: `高审批食经〔2026〕${100 + seq}号`, ...overrides };
}

export function penaltyFixture(overrides: Record<string, unknown> = {}) {
  return {
    ...JSON.parse(readFileSync(new URL('../fixtures/canonical/penalty-fine.json', import.meta.url), 'utf8')),
    ...overrides,
  };
}

/** POSTs with a fresh (or given) Idempotency-Key and returns status and body. */
export async function post(
  app: FastifyInstance,
  url: string,
  key: string,
  payload: unknown,
  idempotencyKey = `key-${Math.random().toString(36).slice(2)}-${seq++}`,
) {
  const res = await app.inject({
    method: 'POST',
    url,
    headers: { ...bearer(key), 'idempotency-key': idempotencyKey },
    payload: payload as object,
  });
  return { status: res.statusCode, body: res.json(), idempotencyKey };
}
