import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createHubClient, type HubClient } from '../../client/index.ts';
import { withDemo } from '../support/demo.ts';
import { approvalFixture, penaltyFixture, revocationRequest } from '../support/linkage.ts';
import { createTestHub, type TestHub } from '../support/test-hub.ts';

/**
 * The README's flows, driven through the generated client (client/): what a department system written from the
 * OpenAPI document does. Requests go to the app in process; the test hub checks every answer against the spec.
 */
let hub: TestHub;
let app: FastifyInstance;
let keys: Record<string, string>;

/** fetch over app.inject, so the client runs unchanged without a listening socket. */
async function injectFetch(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
  const res = await app.inject({
    method: request.method as 'GET',
    url: url.pathname + url.search,
    headers: Object.fromEntries(request.headers),
    payload: body,
  });
  const headers = new Headers();
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers.set(k, String(v));
  return new Response(res.rawPayload.length ? new Uint8Array(res.rawPayload) : null, {
    status: res.statusCode,
    headers,
  });
}

const client = (department: string): HubClient =>
  createHubClient({ baseUrl: 'http://hub.test', apiKey: keys[department], fetch: injectFetch });

beforeAll(async () => {
  hub = await createTestHub({ now: '2026-03-02T10:00:00+08:00' });
  keys = await withDemo(hub);
  app = await hub.app();
});
afterAll(() => hub?.close());

async function pushApproval(key: string, decision: Record<string, unknown>) {
  const { data, error, response } = await client('bureau').POST('/api/v1/approvals', {
    params: { header: { 'idempotency-key': key } },
    body: decision as never, // fixture JSON read from disk; the hub validates it
  });
  expect(error, JSON.stringify(error)).toBeUndefined();
  expect(response.status).toBe(201);
  return data!;
}

describe('a department system, through the generated client', () => {
  it('receives an approval in its inbox and claims it', async () => {
    const approval = await pushApproval('client-flow-0001', approvalFixture());
    const scjg = client('scjg');
    const inbox = await scjg.GET('/api/v1/inbox', { params: { query: { state: 'pending', subjectType: 'approval' } } });
    const item = inbox.data!.items.find((i) => i.subjectId === approval.id);
    expect(item?.summary.licenseDocumentNumber).toBe(approval.licenseDocumentNumber);
    const claimed = await scjg.POST('/api/v1/deliveries/{id}/claim', { params: { path: { id: item!.id } } });
    expect(claimed.data?.claimState).toBe('claimed');
    // claiming again (a retry after a lost answer) gives the same claim
    const again = await scjg.POST('/api/v1/deliveries/{id}/claim', { params: { path: { id: item!.id } } });
    expect(again.data?.claimedAt).toBe(claimed.data?.claimedAt);
  });

  it('disputes an approval it does not supervise', async () => {
    const approval = await pushApproval('client-flow-0002', approvalFixture());
    const delivery = approval.deliveries.find((d) => d.recipient === 'scjg')!;
    const disputed = await client('scjg').POST('/api/v1/deliveries/{id}/dispute', {
      params: { path: { id: delivery.id } },
      body: { reason: '该事项不属本部门监管范围' },
    });
    expect(disputed.data).toMatchObject({ claimState: 'disputed', disputeReason: '该事项不属本部门监管范围' });
  });

  it('pushes a supervision record, and a retry with the same key records it once', async () => {
    const scjg = client('scjg');
    const send = () =>
      scjg.POST('/api/v1/supervision-records', {
        params: { header: { 'idempotency-key': 'client-flow-penalty-1' } },
        body: penaltyFixture() as never,
      });
    const first = await send();
    expect(first.response.status).toBe(201);
    const retry = await send();
    expect(retry.response.status).toBe(200);
    expect(retry.data?.id).toBe(first.data?.id);
    expect(first.data?.record.kind).toBeTruthy();
  });

  it('requests a license action that the bureau decides', async () => {
    const approval = await pushApproval('client-flow-0003', approvalFixture());
    const asked = await client('scjg').POST('/api/v1/license-actions', {
      params: { header: { 'idempotency-key': 'client-flow-action-1' } },
      body: revocationRequest(approval.licenseDocumentNumber, { counterpartCode: approval.counterpartKey }),
    });
    expect(asked.response.status, JSON.stringify(asked.error)).toBe(201);
    const decided = await client('bureau').POST('/api/v1/license-actions/{id}/decision', {
      params: { path: { id: asked.data!.id } },
      body: { approve: true, reason: '经核实，依法撤销' },
    });
    expect(decided.response.status, JSON.stringify(decided.error)).toBe(200);
  });

  it('gets a typed validation error for a bad push', async () => {
    const { error, response } = await client('bureau').POST('/api/v1/approvals', {
      params: { header: { 'idempotency-key': 'client-flow-bad-1' } },
      body: { matterCode: 'SC-001' } as never,
    });
    expect(response.status).toBe(400);
    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.details.length).toBeGreaterThan(3);
  });
});
