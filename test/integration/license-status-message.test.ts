import { afterEach, describe, expect, it } from 'vitest';
import { startDemo } from '../support/demo.ts';
import { approvalFixture, penaltyFixture } from '../support/linkage.ts';
import type { TestHub } from '../support/test-hub.ts';

/**
 * Issue 18: the `license.status-changed` message that tells supervising departments a licence's new status
 * (002 §15; 001 §7(二)3), as a department system receives it — built once in `notifyStatusChange`.
 */
let hub: TestHub;
afterEach(() => hub?.close());

const FUYUAN = '914403001922038216';

/** A licence routed to scjg and (through it) the city bureau zb-scjg, with scjg receiving pushes at a webhook. */
async function licensed() {
  const demo = await startDemo({ now: '2026-06-10T10:00:00+08:00' });
  hub = demo.hub;
  const endpoint = await demo.app.inject({
    method: 'PUT',
    url: '/api/v1/departments/scjg/endpoint',
    headers: { authorization: `Bearer ${demo.keys.bureau}` },
    payload: { transport: 'webhook', url: 'http://127.0.0.1:9/hook' },
  });
  expect(endpoint.statusCode).toBe(200);
  const approval = await demo.call('POST', '/api/v1/approvals', demo.keys.bureau!, approvalFixture());
  expect(approval.status).toBe(201);
  const enforce = (record: Record<string, unknown>) =>
    demo.call(
      'POST',
      '/api/v1/supervision-records',
      demo.keys.scjg!,
      penaltyFixture({ relatedLicenseNumber: approval.body.licenseDocumentNumber, ...record }),
    );
  return { approval: approval.body as { id: string; licenseDocumentNumber: string }, enforce };
}

/** The status messages sent, with the department each is addressed to and the one it goes through. */
async function statusMessages() {
  const rows = await hub.ctx.db
    .selectFrom('deliveries')
    .innerJoin('outbox', 'outbox.delivery_id', 'deliveries.id')
    .select(['deliveries.recipient', 'deliveries.via', 'deliveries.claim_state', 'outbox.message'])
    .where('deliveries.subject_type', '=', 'license-status')
    .execute();
  return rows.map((r) => ({ ...r, message: r.message as { type: string; subject: object; payload: object } }));
}

const CASES = [
  {
    name: 'a 吊销 record: valid → revoked, with the record as evidence',
    record: {
      kind: 'license-revocation',
      penaltyCategories: ['license-revocation'],
      documentNumber: '高市监罚〔2026〕7号',
      content: '吊销食品经营许可证',
    },
    told: { licenseStatus: 'revoked', until: null, reason: '高市监罚〔2026〕7号吊销许可证件' },
  },
  {
    name: 'a 责令停产停业 order: valid → suspended until the order ends, with the order as evidence',
    record: {
      kind: 'suspension-order',
      penaltyCategories: ['production-suspension'],
      documentNumber: '高市监罚〔2026〕8号',
      content: '责令停产停业十日',
      validUntil: '2026-06-20',
    },
    told: { licenseStatus: 'suspended', until: '2026-06-20', reason: '高市监罚〔2026〕8号责令停产停业' },
  },
];

describe('license.status-changed to supervising departments (002 §15)', () => {
  it.each(CASES)('$name; every supervisor is told but the one that acted', async ({ record, told }) => {
    const { approval, enforce } = await licensed();
    const pushed = await enforce(record);
    expect(pushed.status).toBe(201);
    // scjg pushed the record and is not told its own news; the city bureau, reached through scjg, is.
    expect(await statusMessages()).toEqual([
      {
        recipient: 'zb-scjg',
        via: 'scjg',
        claim_state: 'not-required',
        message: expect.objectContaining({
          type: 'license.status-changed',
          subject: { type: 'approval', id: approval.id },
          payload: {
            approvalId: approval.id,
            licenseDocumentNumber: approval.licenseDocumentNumber,
            counterpartKey: FUYUAN,
            previousStatus: 'valid',
            ...told,
            evidence: { supervisionRecordId: pushed.body.id },
          },
        }),
      },
    ]);
  });
});
