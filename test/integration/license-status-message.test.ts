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

describe('license.status-changed to supervising departments (002 §15)', () => {
  it('a 吊销 record: the licence, valid → revoked, the record as evidence, every supervisor but the one that revoked', async () => {
    const { approval, enforce } = await licensed();
    const record = await enforce({
      kind: 'license-revocation',
      penaltyCategories: ['license-revocation'],
      documentNumber: '高市监罚〔2026〕7号',
      content: '吊销食品经营许可证',
    });
    expect(record.status).toBe(201);
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
            licenseStatus: 'revoked',
            until: null,
            reason: '高市监罚〔2026〕7号吊销许可证件',
            evidence: { supervisionRecordId: record.body.id },
          },
        }),
      },
    ]);
  });

  it('a 责令停产停业 order: valid → suspended until the order ends, with the order as evidence', async () => {
    const { approval, enforce } = await licensed();
    const order = await enforce({
      kind: 'suspension-order',
      penaltyCategories: ['production-suspension'],
      documentNumber: '高市监罚〔2026〕8号',
      content: '责令停产停业十日',
      validUntil: '2026-06-20',
    });
    expect(order.status).toBe(201);
    const [told, ...more] = await statusMessages();
    expect(more).toEqual([]);
    expect(told).toMatchObject({ recipient: 'zb-scjg', via: 'scjg', claim_state: 'not-required' });
    expect(told!.message.type).toBe('license.status-changed');
    expect(told!.message.payload).toEqual({
      approvalId: approval.id,
      licenseDocumentNumber: approval.licenseDocumentNumber,
      counterpartKey: FUYUAN,
      previousStatus: 'valid',
      licenseStatus: 'suspended',
      until: '2026-06-20',
      reason: '高市监罚〔2026〕8号责令停产停业',
      evidence: { supervisionRecordId: order.body.id },
    });
  });
});
