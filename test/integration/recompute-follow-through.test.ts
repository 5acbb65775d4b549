import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cliActor } from '../../core/audit/actor.ts';
import { parseNotice } from '../../core/calendar/notice-parse.ts';
import { loadScheduleAndRecompute } from '../../core/deadlines/load-schedule.ts';
import { fileLiaison, listLiaisons } from '../../core/departments/liaisons.ts';
import { issueQueuedLetters } from '../../core/documents/letter-queue.ts';
import { deemConsent } from '../../core/joint/inquiries.ts';
import { accountabilityList } from '../../core/linkage/accountability.ts';
import { pushApproval } from '../../core/linkage/approvals.ts';
import { monthlyReportData } from '../../core/documents/monthly-report-data.ts';
import { startDemo, withDemo } from '../support/demo.ts';
import {
  approvalFixture,
  commitAs,
  inquiryFixture,
  OTHER_COUNTERPART,
  penaltyFixture,
  pushApprovalAs,
} from '../support/linkage.ts';
import { createTestHub, type TestHub } from '../support/test-hub.ts';

/**
 * What loading a year's schedule must also put right (issue 13). The example 2027 notice makes Friday 2-05 and
 * Saturday 2-13 working days and 2-08..2-12 holidays; the statutory floor had 2-05..2-10 off and 2-11, 2-12 on.
 */
let hub: TestHub;
afterEach(() => hub?.close());

/** The demo county on a fresh hub at `now`, closed after the test. */
async function demoFor(now: string) {
  const demo = await startDemo({ now });
  hub = demo.hub;
  return demo;
}

const actor = cliActor();
const notice = readFileSync(new URL('../fixtures/calendar/notices/2027-example.txt', import.meta.url), 'utf8');
const load2027 = () => loadScheduleAndRecompute(hub.ctx, parseNotice(notice), actor, { noticeText: notice });
const auditOf = (entityId: string) =>
  hub.ctx.db
    .selectFrom('audit_log')
    .select(['action', 'before', 'after'])
    .where('entity_id', '=', entityId)
    .where('actor', '=', 'system:calendar-recompute')
    .orderBy('id')
    .execute();

describe('003 §8 提前五个工作日报备: a liaison change accepted on the floor is checked on the loaded schedule', () => {
  const li = { name: '李华', phone: '0915-3265678', role: 'primary' as const };
  const first = async () => {
    hub = await createTestHub({ profile: 'ankang', now: '2027-02-05T10:00:00+08:00' });
    await withDemo(hub);
    await fileLiaison(
      hub.ctx,
      'rsj',
      { name: '张明', phone: '0915-3261234', role: 'primary', effectiveFrom: '2027-02-05' },
      actor,
    );
    // Filed Friday 2-05. Floor: 2-11, 2-12, 2-15, 2-16, 2-17 → 2-17 is allowed. Official: 2-13, 2-15..2-18 → 2-18.
    const changed = await fileLiaison(hub.ctx, 'rsj', { ...li, effectiveFrom: '2027-02-17' }, actor);
    const row = await hub.ctx.db
      .selectFrom('liaisons')
      .selectAll()
      .where('id', '=', changed.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ notice_days: 5, notice_provisional: true });
    return changed.id;
  };

  it('not yet in force: re-dated to the first day officially allowed, its predecessor serving until then', async () => {
    const id = await first();
    // The rule values kept on the row are used, not today's profile.
    hub.ctx.profile.liaison.changeNoticeDays = 1;
    hub.clock.set('2027-02-08T10:00:00+08:00');
    const { recomputed } = await load2027();
    expect(recomputed).toMatchObject({ liaisons: 1, redated: 1, noticesShort: 0 });
    const all = await listLiaisons(hub.ctx, 'rsj', { all: true });
    expect(all.map((l) => [l.name, l.effectiveFrom, l.effectiveTo])).toEqual([
      ['张明', '2027-02-05', '2027-02-17'],
      ['李华', '2027-02-18', null],
    ]);
    expect(await auditOf(String(id))).toEqual([
      expect.objectContaining({
        action: 'liaison.change-redated',
        after: expect.objectContaining({ effective_from: '2027-02-18', earliest: '2027-02-18', noticeDays: 5 }),
      }),
    ]);
    // Checked once: a second load finds nothing to do.
    expect((await load2027()).recomputed).toMatchObject({ liaisons: 0, redated: 0 });
  });

  it('already in force: it stands and is reported short', async () => {
    const id = await first();
    hub.clock.set('2027-02-17T10:00:00+08:00');
    const { recomputed } = await load2027();
    expect(recomputed).toMatchObject({ liaisons: 1, redated: 0, noticesShort: 1 });
    expect((await listLiaisons(hub.ctx, 'rsj')).map((l) => l.name)).toEqual(['李华']);
    expect((await auditOf(String(id))).map((a) => a.action)).toEqual(['liaison.notice-short']);
  });
});

describe('001 §8 经限期整改仍达不到法定条件的，依法撤销: a revocation decided on a floor rectification deadline', () => {
  it(
    'is withdrawn when the official deadline had not run out: licence valid again, supervisors told, ' +
      'the queued letter to the applicant withdrawn',
    async () => {
      const { keys, call } = await demoFor('2027-01-22T10:00:00+08:00');
      const made = await commitAs(call, keys.bureau!, {
        signedAt: '2027-01-22T10:00:00+08:00',
        signedDocumentRef: '高审批诺〔2027〕2号',
      });
      expect(made.status).toBe(201);
      const id = made.body.commitment.id as string;
      const approvalId = made.body.approval.id as string;
      // A 1-working-day rectification period when the check failed (the profile later says 10; the kept value counts).
      hub.ctx.profile.commitment.rectificationDays = 1;
      hub.clock.set('2027-02-10T10:00:00+08:00');
      const failed = await call('POST', `/api/v1/commitments/${id}/verification`, keys.bureau!, {
        met: false,
        findings: '经营场所面积不足',
      });
      expect(failed.status).toBe(200);
      hub.ctx.profile.commitment.rectificationDays = 10;
      const row = () => hub.ctx.db.selectFrom('commitments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      // Floor: 2-11 is the next working day. Official: 2-11 and 2-12 are holidays, Saturday 2-13 is worked.
      expect(await row()).toMatchObject({
        state: 'rectifying',
        rectification_due_at: new Date('2027-02-11T16:00:00Z'),
        rectification_days: 1,
        deadline_provisional: true,
      });
      hub.clock.set('2027-02-12T10:00:00+08:00');
      const revoked = await call('POST', `/api/v1/commitments/${id}/verification`, keys.bureau!, {
        met: false,
        findings: '仍未整改',
      });
      expect(revoked.body.state).toBe('revoked');
      const licence = () =>
        hub.ctx.db
          .selectFrom('approvals')
          .select('license_status')
          .where('id', '=', approvalId)
          .executeTakeFirstOrThrow();
      expect((await licence()).license_status).toBe('revoked');
      const action = await hub.ctx.db
        .selectFrom('license_actions')
        .selectAll()
        .where('approval_id', '=', approvalId)
        .executeTakeFirstOrThrow();
      const letter = await hub.ctx.db
        .selectFrom('letters')
        .selectAll()
        .where('kind', '=', 'applicant-letter')
        .where('subject_id', '=', action.id)
        .executeTakeFirstOrThrow();
      expect(letter.state).toBe('queued');

      hub.clock.set('2027-02-12T11:00:00+08:00');
      const { recomputed } = await load2027();
      expect(recomputed).toMatchObject({ commitments: 1, reversed: 1, lettersWithdrawn: 1 });
      expect(await row()).toMatchObject({
        state: 'rectifying',
        rectification_due_at: new Date('2027-02-13T16:00:00Z'),
        deadline_provisional: false,
      });
      expect((await row()).checks.map((c) => (c as { result: string }).result)).toEqual(['rectifying', 'rectifying']);
      expect((await licence()).license_status).toBe('valid');
      expect(
        await hub.ctx.db.selectFrom('license_actions').select('state').where('id', '=', action.id).executeTakeFirst(),
      ).toEqual({ state: 'withdrawn' });
      expect(
        await hub.ctx.db.selectFrom('letters').select('state').where('id', '=', letter.id).executeTakeFirst(),
      ).toEqual({ state: 'withdrawn' });
      const told = await hub.ctx.db
        .selectFrom('deliveries')
        .select('recipient')
        .where('subject_type', '=', 'license-status')
        .where('subject_id', '=', approvalId)
        .execute();
      expect(told.map((t) => t.recipient).sort()).toEqual(['scjg', 'zb-scjg']);
      const history = await hub.ctx.db
        .selectFrom('license_status_history')
        .select(['status', 'actor'])
        .where('approval_id', '=', approvalId)
        .orderBy('id')
        .execute();
      expect(history).toEqual([
        { status: 'revoked', actor: expect.any(String) },
        { status: 'valid', actor: 'system:calendar-recompute' },
      ]);
      expect((await auditOf(id)).map((a) => a.action)).toEqual(['commitment.revocation-withdrawn']);
      expect((await auditOf(action.id)).map((a) => a.action)).toEqual(['license-action.withdrawn']);

      // The next check after the official deadline decides again, and may revoke.
      hub.clock.set('2027-02-15T10:00:00+08:00');
      const again = await call('POST', `/api/v1/commitments/${id}/verification`, keys.bureau!, {
        met: false,
        findings: '仍未整改',
      });
      expect(again.body.state).toBe('revoked');
      expect((await licence()).license_status).toBe('revoked');
    },
  );
});

describe('001 §12 逾期不回复的视为同意: the deemed-consent letter when the deemed consent is reversed', () => {
  it('already issued: a 撤回告知函 goes to the same addressee, citing it and the new reply deadline', async () => {
    const { keys, call } = await demoFor('2027-02-10T10:00:00+08:00');
    const sent = await call('POST', '/api/v1/inquiries', keys.bureau!, inquiryFixture());
    expect(sent.body).toMatchObject({ deadlineProvisional: true, dueAt: '2027-02-11T16:00:00.000Z' });
    hub.clock.set('2027-02-12T09:00:00+08:00');
    expect(await deemConsent(hub.ctx)).toBe(1);
    const first = await issueQueuedLetters(hub.ctx);
    const deemed = first.issued.find((d) => d.kind === 'inquiry-reply')!;
    expect(deemed.title).toContain('视为同意');

    const { recomputed } = await load2027();
    expect(recomputed).toMatchObject({ inquiries: 1, reversed: 1, lettersWithdrawn: 0, withdrawalNotices: 1 });
    const second = await issueQueuedLetters(hub.ctx);
    expect(second.issued.map((d) => d.kind)).toEqual(['withdrawal-notice']);
    const doc = await hub.ctx.db
      .selectFrom('documents')
      .selectAll()
      .where('id', '=', second.issued[0]!.id)
      .executeTakeFirstOrThrow();
    expect(doc).toMatchObject({ subject_type: 'document', subject_id: deemed.id, issuer: 'bureau' });
    const model = doc.model as { title: string; addressee: string; body: { p?: string }[] };
    expect(model.title).toBe(`关于撤回《${deemed.title}》的函`);
    expect(model.addressee).toBe('高青县市场监督管理局');
    const text = model.body.map((b) => b.p ?? '').join('');
    expect(text).toContain(`（${deemed.number}）`);
    expect(text).toContain('2027年2月13日24时前书面答复');
    expect(
      (await auditOf(sent.body.id)).map((a) => [
        a.action,
        (a.after as { withdrawalNotices?: unknown[] }).withdrawalNotices?.length,
      ]),
    ).toEqual([['inquiry.deemed-consent-reversed', 1]]);
  });
});

describe('001 §7(一)2 许可文(编)号: the database lets one holder hold a number', () => {
  it('two concurrent pushes of one number, two holders: one wins, the other is 409 LICENSE_NUMBER_TAKEN', async () => {
    await demoFor('2026-06-10T10:00:00+08:00');
    const bureau = { id: 'test:bureau', department: 'bureau', roles: ['admin'] as const };
    const number = '高审批食经〔2026〕999号';
    const other = OTHER_COUNTERPART;
    const results = await Promise.allSettled([
      pushApproval(hub.ctx, approvalFixture({ licenseDocumentNumber: number }), 'race-a', bureau),
      pushApproval(hub.ctx, approvalFixture({ licenseDocumentNumber: number, counterpart: other }), 'race-b', bureau),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: 'LICENSE_NUMBER_TAKEN', status: 409 });
    const holders = await hub.ctx.db
      .selectFrom('approvals')
      .select('counterpart_key')
      .where('license_document_number', '=', number)
      .where('state', '=', 'active')
      .execute();
    expect(new Set(holders.map((h) => h.counterpart_key)).size).toBe(1);
    // The same holder may push the number again (延续, 变更): not refused.
    const winner = results.findIndex((r) => r.status === 'fulfilled');
    const again = await pushApproval(
      hub.ctx,
      approvalFixture({
        licenseDocumentNumber: number,
        decisionKind: 'renew',
        ...(winner === 1 ? { counterpart: other } : {}),
      }),
      'renew',
      bureau,
    );
    expect(again.approval.state).toBe('active');
  });
});

describe('001 §7(二)1 监管信息即时推送, 002 §15: a late supervision push is measured and counted', () => {
  it(
    'a penalty decided 3 working days before its push is late, ' +
      'in the monthly report and the late-push list of the sending department',
    async () => {
      const { keys, call } = await demoFor('2026-06-12T10:00:00+08:00');
      // Decided Monday 6-08 (end of day counted): Tuesday to Thursday whole and Friday's 10 hours = 82 working hours.
      const record = (key: string, decisionDate: string) =>
        call('POST', '/api/v1/supervision-records', key, penaltyFixture({ decisionDate }));
      const late = await record(keys.scjg!, '2026-06-08');
      expect(late.status).toBe(201);
      expect((await record(keys.wjj!, '2026-06-11')).status).toBe(201);
      const rows = await hub.ctx.db
        .selectFrom('supervision_records')
        .select(['source_department', 'push_delay_hours', 'pushed_late'])
        .orderBy('source_department')
        .execute();
      expect(rows).toEqual([
        { source_department: 'scjg', push_delay_hours: 82, pushed_late: true },
        { source_department: 'wjj', push_delay_hours: 10, pushed_late: false },
      ]);
      const report = await monthlyReportData(hub.ctx, '2026-06');
      expect(report.supervision.map((s) => [s.department, s.latePushes])).toEqual([
        ['scjg', 1],
        ['wjj', 0],
      ]);
      const listed = await accountabilityList(hub.ctx, { month: '2026-06', kind: 'late-push', department: 'scjg' });
      expect(listed.map((d) => [d.subject_type, d.subject_id])).toEqual([['supervision-record', late.body.id]]);
      expect(await accountabilityList(hub.ctx, { month: '2026-06', kind: 'late-push', department: 'wjj' })).toEqual([]);
    },
  );
});

describe('001 §7(一)1 即时推送, §15: a push delay measured across a year not loaded', () => {
  it('is re-measured on the loaded schedule with the push window: late on the floor, on time officially', async () => {
    const { keys, call } = await demoFor('2027-02-12T10:00:00+08:00');
    // Decided Thursday 2-04 (end of day). Floor: 2-11 whole and 2-12 until 10:00 = 34 h. Official: 2-05 whole = 24 h.
    const pushed = await pushApprovalAs(call, keys.bureau!, { decisionDate: '2027-02-04' });
    expect(pushed.status).toBe(201);
    const row = () =>
      hub.ctx.db
        .selectFrom('approvals')
        .select(['push_delay_hours', 'pushed_late', 'push_window_hours', 'push_delay_provisional'])
        .where('id', '=', pushed.body.id)
        .executeTakeFirstOrThrow();
    expect(await row()).toEqual({
      push_delay_hours: 34,
      pushed_late: true,
      push_window_hours: 24,
      push_delay_provisional: true,
    });
    hub.ctx.profile.approvalPush.pushWindowHours = 8; // a later profile is not applied to an earlier push
    const { recomputed } = await load2027();
    expect(recomputed).toMatchObject({ pushDelays: 1 });
    expect(await row()).toEqual({
      push_delay_hours: 24,
      pushed_late: false,
      push_window_hours: 24,
      push_delay_provisional: false,
    });
    expect((await auditOf(pushed.body.id)).map((a) => a.action)).toEqual(['approval.push-delay-recomputed']);
  });
});
