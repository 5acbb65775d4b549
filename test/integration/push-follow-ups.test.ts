import { afterEach, describe, expect, it } from 'vitest';
import { bearer, startDemo } from '../support/demo.ts';
import { approvalFixture } from '../support/linkage.ts';
import type { TestHub } from '../support/test-hub.ts';

let hub: TestHub | undefined;
afterEach(() => hub?.close());

describe('what a push does after its own statement', () => {
  it('links the special reviews of the application on a retry when a crash came between push and link', async () => {
    const demo = await startDemo({ now: '2026-06-10T10:00:00+08:00' });
    hub = demo.hub;
    const opened = await demo.call('POST', '/api/v1/special-reviews', demo.keys.bureau!, {
      applicationRef: 'GQ-2026-0610-07',
      matterCode: 'SC-002',
      procedure: 'site-inspection',
      materials: [{ name: '车间平面图.pdf', mediaType: 'application/pdf', sha256: 'b'.repeat(64) }],
      scheduledFor: '2026-06-12T09:00:00+08:00',
      conclusionWithinDays: 5,
    });
    expect(opened.status).toBe(201);
    const decision = approvalFixture({
      matterCode: 'SC-002',
      decisionDate: '2026-06-10',
      applicationRef: 'GQ-2026-0610-07',
      // SC-002 is a major matter: its decision needs a joint meeting or a recorded exemption (001 §5(8)).
      majorExemption: { reason: '联合现场核查已由监管部门参与', approvedBy: '局长 张明' },
    });
    const push = () =>
      demo.app.inject({
        method: 'POST',
        url: '/api/v1/approvals',
        headers: { ...bearer(demo.keys.bureau!), 'idempotency-key': 'push-with-review' },
        payload: decision,
      });
    const linkedTo = async () =>
      (
        await demo.hub.ctx.db
          .selectFrom('special_reviews')
          .select('approval_id')
          .where('id', '=', opened.body.id)
          .executeTakeFirstOrThrow()
      ).approval_id;

    const first = await push();
    expect(first.statusCode).toBe(201);
    expect(await linkedTo()).toBe(first.json().id);

    // The process died after the push's statement and before the link.
    await demo.hub.ctx.db.updateTable('special_reviews').set({ approval_id: null }).execute();
    const retry = await push();
    expect(retry.json()).toMatchObject({ id: first.json().id });
    expect(retry.statusCode).toBe(200);
    expect(await linkedTo()).toBe(first.json().id);
  });
});
