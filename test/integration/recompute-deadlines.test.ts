import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startDemo } from '../support/demo.ts';
import { commitAs, pushApprovalAs, siteInspectionFixture } from '../support/linkage.ts';
import { readPdf } from '../support/pdf.ts';
import type { TestHub } from '../support/test-hub.ts';

/**
 * Loading a year recomputes the floor (暂定) deadlines of every kind, not only claims: commitment
 * post-verification (001 §8), special-review conclusions (003 §7), and re-checks the notice of a survey
 * announced on the floor (001 §10(四)). The example 2027 schedule makes 2-05 a working day, 2-11 and 2-12
 * holidays, and Saturday 2-13 a working day, where the floor had 2-05..2-10 off.
 */
let hub: TestHub;
let keys: Record<string, string>;
let call: Awaited<ReturnType<typeof startDemo>>['call'];
afterEach(() => hub?.close());

const notice = readFileSync(new URL('../fixtures/calendar/notices/2027-example.txt', import.meta.url), 'utf8');
const load = async () =>
  (
    await hub.app().then((app) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/calendar/notices?preview=false',
        headers: { authorization: `Bearer ${keys.bureau}`, 'content-type': 'text/plain' },
        payload: notice,
      }),
    )
  ).json();

/** What the recompute wrote to the audit log about one entity. */
const recomputeAudit = (entityId: string) =>
  hub.ctx.db
    .selectFrom('audit_log')
    .select(['action', 'before'])
    .where('entity_id', '=', entityId)
    .where('actor', '=', 'system:calendar-recompute')
    .orderBy('id')
    .execute();

describe('recomputing every kind of deadline when 2027 is loaded', () => {
  it('commitment post-verification due on the floor 2-11 becomes 2-05 (10 working days from Friday 1-22)', async () => {
    ({ hub, keys, call } = await startDemo({ now: '2027-01-22T10:00:00+08:00' }));
    const made = await commitAs(call, keys.bureau!, {
      signedAt: '2027-01-22T10:00:00+08:00',
      signedDocumentRef: '高审批诺〔2027〕1号',
    });
    expect(made.status).toBe(201);
    expect(made.body.commitment.verificationDueAt).toBe('2027-02-11T16:00:00.000Z');
    const loaded = await load();
    expect(loaded.recomputed).toMatchObject({ commitments: 1 });
    const row = await hub.ctx.db
      .selectFrom('commitments')
      .selectAll()
      .where('id', '=', made.body.commitment.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      verification_due_at: new Date('2027-02-05T16:00:00.000Z'),
      deadline_provisional: false,
    });
    expect((await recomputeAudit(row.id)).map((a) => a.action)).toEqual(['commitment.deadline-recomputed']);
  });

  it('special review due 2-11 on the floor → 2-13; survey announced on the floor for 2-11 flagged short', async () => {
    ({ hub, keys, call } = await startDemo({ now: '2027-02-10T10:00:00+08:00' }));
    const opened = await call(
      'POST',
      '/api/v1/special-reviews',
      keys.bureau!,
      // 1 working day's notice on the floor (2-11 is the next working day); the official schedule has 2-11 off
      siteInspectionFixture({
        applicationRef: 'GQ-2027-0210-01',
        scheduledFor: '2027-02-11T09:00:00+08:00',
        conclusionWithinDays: 1,
      }),
    );
    expect(opened.status).toBe(201);
    expect(opened.body.conclusionDueAt).toBe('2027-02-11T16:00:00.000Z');
    const loaded = await load();
    expect(loaded.recomputed).toMatchObject({ specialReviews: 1, noticesShort: 1 });
    const row = await hub.ctx.db
      .selectFrom('special_reviews')
      .selectAll()
      .where('id', '=', opened.body.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ conclusion_due_at: new Date('2027-02-13T16:00:00.000Z'), deadline_provisional: false });
    const short = await hub.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_id', '=', row.id)
      .where('action', '=', 'special-review.notice-short')
      .execute();
    expect(short).toEqual([
      { action: 'special-review.notice-short', after: expect.objectContaining({ earliest: '2027-02-13' }) },
    ]);
  });
});

describe('a dispute escalated on a floor deadline (003 §7, 004 #31)', () => {
  it('is open again when the official answer deadline is later: floor 2-12 24:00, official 2-13 24:00', async () => {
    ({ hub, keys, call } = await startDemo({ now: '2027-02-04T10:00:00+08:00' }));
    const pushed = await pushApprovalAs(call, keys.bureau!, { decisionDate: '2027-02-04' });
    expect(pushed.status).toBe(201);
    const delivery = await hub.ctx.db
      .selectFrom('deliveries')
      .select('id')
      .where('subject_id', '=', pushed.body.id)
      .where('recipient', '=', 'scjg')
      .executeTakeFirstOrThrow();
    const disputed = await call('POST', `/api/v1/deliveries/${delivery.id}/dispute`, keys.scjg!, {
      reason: '本事项不属于本部门监管范围',
    });
    expect(disputed.status).toBe(200);
    const row = () =>
      hub.ctx.db.selectFrom('deliveries').selectAll().where('id', '=', delivery.id).executeTakeFirstOrThrow();
    // On the floor 2-05..2-10 are off: two working days after 2-04 end on 2-12.
    expect(await row()).toMatchObject({ answer_due_at: new Date('2027-02-12T16:00:00Z'), deadline_provisional: true });
    hub.clock.set('2027-02-13T08:00:00+08:00');
    const { escalateUnansweredDisputes } = await import('../../core/linkage/disputes.ts');
    expect(await escalateUnansweredDisputes(hub.ctx)).toBe(1);

    await load(); // the official schedule: 2-05 and Saturday 2-13 are working days
    expect(await row()).toMatchObject({
      answer_due_at: new Date('2027-02-13T16:00:00Z'),
      escalated_at: null,
      escalated_to: null,
      deadline_provisional: false,
    });
    expect(await recomputeAudit(delivery.id)).toEqual([
      expect.objectContaining({ before: expect.objectContaining({ escalated_at: '2027-02-13T00:00:00.000Z' }) }),
    ]);
  });
});

describe('a floor deadline says so in documents', () => {
  it('the 审批信息告知函 of a push on 2026-12-31 gives 2027-01-04 and states that it is 暂定', async () => {
    let app: Awaited<ReturnType<typeof startDemo>>['app'];
    ({ hub, keys, call, app } = await startDemo({ now: '2026-12-31T16:00:00+08:00' }));
    const pushed = await pushApprovalAs(call, keys.bureau!, { decisionDate: '2026-12-31' });
    const doc = await call('POST', '/api/v1/documents', keys.scjg!, {
      kind: 'approval-notification',
      subjectId: pushed.body.id,
    });
    expect(doc.status).toBe(201);
    const res = await app.inject({
      url: `/api/v1/documents/${doc.body.id}/pdf`,
      headers: { authorization: `Bearer ${keys.scjg}` },
    });
    const pdf = await readPdf(res.rawPayload);
    expect(pdf.text).toContain('2027年1月4日24时前完成认领');
    expect(pdf.text).toContain('上述期限为暂定');
  });
});
