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

/** A 告知承诺 request (POST /commitments): the decision and the signed commitment on a food-licence matter. */
export function commitmentFixture(c: {
  matterCode: string;
  verificationMode: string;
  signedAt: string;
  signedDocumentRef: string;
}) {
  const approval = approvalFixture({ matterCode: c.matterCode, decisionDate: c.signedAt.slice(0, 10) });
  return {
    approval,
    commitment: {
      matterCode: c.matterCode,
      counterpart: approval.counterpart,
      notice: {
        matterName: '食品经营许可',
        legalBasis: ['《中华人民共和国食品安全法》第三十五条'],
        conditions: ['具有与经营的食品品种、数量相适应的经营场所'],
        proofObligations: ['场所使用证明'],
        commitmentMethod: '书面承诺',
        supervisionMethod: '10个工作日内现场核验，纳入日常监管',
        liability: '虚假承诺的，依法撤销许可并记入信用记录',
        published: true,
        rightToVerify: '审批局和监管部门有权核查承诺内容',
      },
      signedDocumentRef: c.signedDocumentRef,
      signedAt: c.signedAt,
      verificationMode: c.verificationMode,
    },
  };
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
