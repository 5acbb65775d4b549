import { afterEach, describe, expect, it } from 'vitest';
import { lettersFor } from '../../core/linkage/letters.ts';
import { startDemo } from '../support/demo.ts';
import { commitAs, jointMeetingFixture, pushApprovalAs, siteInspectionFixture } from '../support/linkage.ts';
import type { TestHub } from '../support/test-hub.ts';

let hub: TestHub;
let keys: Record<string, string>;
let call: Awaited<ReturnType<typeof startDemo>>['call'];
afterEach(() => hub?.close());

async function start(now: string) {
  ({ hub, keys, call } = await startDemo({ now }));
}

let signed = 0;
/** Pushes a decision with its commitment, each under a 告知承诺书 number of its own. */
function commit(matterCode: string, verificationMode: string, signedAt: string) {
  return commitAs(call, keys.bureau!, {
    matterCode,
    verificationMode,
    signedAt,
    signedDocumentRef: `高审批诺〔2026〕${100 + ++signed}号`,
  });
}

describe('告知承诺 commitments (001 §8)', () => {
  it(
    'pushes the decision with the commitment; post-verification falls due in 10 working days across National Day; ' +
      'unmet after rectification → revoked',
    async () => {
      await start('2026-09-28T10:00:00+08:00');
      const made = await commit('SC-001', 'post-verification', '2026-09-28T10:00:00+08:00');
      expect(made.status).toBe(201);
      // 9/29, 9/30, 10/8, 10/9, 10/10 (调休), 10/12 … 10/16
      expect(made.body.commitment).toMatchObject({
        state: 'verification-pending',
        verificationDueAt: '2026-10-16T16:00:00.000Z',
      });
      expect(made.body.approval.decision).toMatchObject({
        mode: 'commitment',
        commitmentRef: expect.stringMatching(/^高审批诺/),
      });
      const id = made.body.commitment.id;

      hub.clock.set('2026-10-17T09:00:00+08:00');
      expect(
        (await call('GET', '/api/v1/commitments/overdue', keys.bureau!)).body.map((c: { id: string }) => c.id),
      ).toEqual([id]);
      // 001 §7 每月通报: recorded in September; became overdue at 24:00 of 10-16, so it counts in October.
      expect((await call('GET', '/api/v1/accountability/commitments?month=2026-09', keys.bureau!)).body).toMatchObject({
        total: 1,
        postVerification: 1,
        overdue: 0,
        verifiedOnTime: 0,
      });
      expect((await call('GET', '/api/v1/accountability/commitments?month=2026-10', keys.bureau!)).body).toMatchObject({
        total: 0,
        overdue: 1,
      });
      const first = await call('POST', `/api/v1/commitments/${id}/verification`, keys.bureau!, {
        met: false,
        findings: '经营场所面积不足',
      });
      expect(first.body).toMatchObject({
        state: 'rectifying',
        checks: [expect.objectContaining({ met: false, onTime: false })],
      });
      expect(
        (await call('GET', '/api/v1/inbox?subjectType=commitment-check', keys.scjg!)).body.items.length,
      ).toBeGreaterThan(0);

      const again = await call('POST', `/api/v1/commitments/${id}/verification`, keys.bureau!, {
        met: false,
        findings: '整改中',
      });
      expect(again.body.state).toBe('rectifying'); // still within the rectification period
      hub.clock.set(new Date(new Date(first.body.rectificationDueAt).getTime() + 60_000).toISOString());
      const last = await call('POST', `/api/v1/commitments/${id}/verification`, keys.bureau!, {
        met: false,
        findings: '逾期仍未整改到位',
      });
      expect(last.body.state).toBe('revoked');
      // Each in its month (001 §7): overdue at 10-16 24:00, checked late on 10-17, revoked on 10-31 — all October.
      expect((await call('GET', '/api/v1/accountability/commitments?month=2026-09', keys.bureau!)).body).toMatchObject({
        overdue: 0,
        verifiedLate: 0,
        revoked: 0,
      });
      expect((await call('GET', '/api/v1/accountability/commitments?month=2026-10', keys.bureau!)).body).toMatchObject({
        overdue: 1,
        verifiedLate: 1,
        revoked: 1,
      });
      const approval = await call('GET', `/api/v1/approvals/${made.body.approval.id}`, keys.bureau!);
      expect(approval.body.licenseStatus).toBe('revoked');
      const actions = await hub.ctx.db
        .selectFrom('license_actions')
        .selectAll()
        .where('approval_id', '=', made.body.approval.id)
        .execute();
      expect(actions).toEqual([expect.objectContaining({ origin: 'commitment', action: 'revoke', state: 'approved' })]);
      expect((await lettersFor(hub.ctx.db, 'license-action', actions[0]!.id)).map((l) => l.kind)).toEqual([
        'applicant-letter',
      ]);
    },
  );

  it(
    'needs no check for 免于现场核验, refuses a matter that is not a credit-approval matter, ' +
      'and turns a department’s false-commitment finding into a revocation request',
    async () => {
      await start('2026-06-10T10:00:00+08:00');
      const free = await commit('RS-001', 'no-onsite-check', '2026-06-10T10:00:00+08:00');
      expect(free.body.commitment).toMatchObject({ state: 'no-check', verificationDueAt: null });
      const wrong = await commit('SC-002', 'post-verification', '2026-06-10T10:00:00+08:00');
      expect(wrong.status).toBe(422);
      expect(wrong.body.code).toBe('NOT_CREDIT_APPROVAL_MATTER');

      const made = await commit('SC-001', 'post-verification', '2026-06-10T10:00:00+08:00');
      const reported = await call(
        'POST',
        `/api/v1/commitments/${made.body.commitment.id}/false-commitment`,
        keys.scjg!,
        {
          findings: '承诺的经营场所实为住宅',
          basis: '《行政许可法》第六十九条',
        },
      );
      expect(reported.status).toBe(201);
      expect((await call('GET', '/api/v1/inbox?subjectType=license-action', keys.bureau!)).body.items).toEqual([
        expect.objectContaining({ subjectId: reported.body.licenseActionId }),
      ]);
    },
  );
});

describe('特别审查程序 special reviews (003 §9(二)(四), §11–14; 001 §10–11)', () => {
  it('refuses a site survey announced less than 1 working day ahead, across a holiday too', async () => {
    await start('2026-09-30T10:00:00+08:00');
    const body = {
      applicationRef: 'GQ-2026-0930-01',
      matterCode: 'SC-002',
      procedure: 'site-inspection',
      materials: [],
      conclusionWithinDays: 5,
    };
    const tooSoon = await call('POST', '/api/v1/special-reviews', keys.bureau!, {
      ...body,
      scheduledFor: '2026-10-02T09:00:00+08:00',
    });
    expect(tooSoon.status).toBe(422);
    expect(tooSoon.body).toMatchObject({
      code: 'SURVEY_NOTICE_TOO_SHORT',
      message: { zh: '现场勘验、听证须至少提前 1 个工作日与监管部门对接，最早可安排在 2026-10-08' },
    });
    expect(
      (
        await call('POST', '/api/v1/special-reviews', keys.bureau!, {
          ...body,
          scheduledFor: '2026-10-08T09:00:00+08:00',
        })
      ).status,
    ).toBe(201);
  });

  it(
    'sends a 联办通知单 to the department, which assigns it, signs the joint survey report with the bureau ' +
      'and returns its conclusion, attached to the approval',
    async () => {
      await start('2026-06-10T10:00:00+08:00');
      const opened = await call('POST', '/api/v1/special-reviews', keys.bureau!, siteInspectionFixture());
      expect(opened.body).toMatchObject({
        handling: 'joint',
        department: 'scjg',
        state: 'sent',
        conclusionDueAt: '2026-06-17T16:00:00.000Z',
      });
      const id = opened.body.id;
      expect((await call('GET', '/api/v1/inbox?subjectType=special-review', keys.scjg!)).body.items).toHaveLength(1);
      expect((await call('POST', `/api/v1/special-reviews/${id}/assign`, keys.rsj!, { assignee: '张三' })).status).toBe(
        403,
      );
      expect(
        (await call('POST', `/api/v1/special-reviews/${id}/assign`, keys.scjg!, { assignee: '食品生产科 张工' })).body
          .state,
      ).toBe('assigned');
      await call('POST', `/api/v1/special-reviews/${id}/report`, keys.bureau!, {
        findings: '生产车间布局符合要求，防蝇设施待完善',
      });
      // Signed by those present, after the survey of 6月12日 9时 (001 §11).
      hub.clock.set('2026-06-12T11:00:00+08:00');
      const half = await call('POST', `/api/v1/special-reviews/${id}/report/sign`, keys.bureau!, {
        name: '审批局 李四',
      });
      expect(half.body.report.complete).toBe(false);
      const both = await call('POST', `/api/v1/special-reviews/${id}/report/sign`, keys.scjg!, {
        name: '市场监管局 张工',
      });
      expect(both.body.report).toMatchObject({
        complete: true,
        signatures: [expect.objectContaining({ party: 'bureau' }), expect.objectContaining({ party: 'department' })],
      });
      hub.clock.set('2026-06-15T10:00:00+08:00');
      const concluded = await call('POST', `/api/v1/special-reviews/${id}/conclusion`, keys.scjg!, {
        passed: true,
        conclusion: '符合食品生产许可条件',
      });
      expect(concluded.body).toMatchObject({ state: 'concluded', conclusion: { passed: true, onTime: true } });

      const pushed = await pushApprovalAs(call, keys.bureau!, {
        matterCode: 'SC-002',
        decisionDate: '2026-06-15',
        applicationRef: 'GQ-2026-0610-07',
        // SC-002 is a major matter (001 §5(8)): decided here without a meeting, on a recorded exemption.
        majorExemption: { reason: '联合现场核查已由监管部门参与', approvedBy: '局长 张明' },
      });
      expect(pushed.status).toBe(201);
      const review = await hub.ctx.db
        .selectFrom('special_reviews')
        .select('approval_id')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(review.approval_id).toBe(pushed.body.id);
    },
  );

  it('records an entrustment to a third party, concluded by the bureau', async () => {
    await start('2026-06-10T10:00:00+08:00');
    const opened = await call('POST', '/api/v1/special-reviews', keys.bureau!, {
      applicationRef: 'GQ-RS-9',
      matterCode: 'RS-002',
      procedure: 'expert-review',
      materials: [],
      conclusionWithinDays: 10,
    });
    expect(opened.body).toMatchObject({
      handling: 'entrusted',
      department: null,
      thirdParty: '县人力资源服务评审中心',
      state: 'in-progress',
    });
    expect(
      (
        await call('POST', `/api/v1/special-reviews/${opened.body.id}/conclusion`, keys.scjg!, {
          passed: true,
          conclusion: 'x',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('POST', `/api/v1/special-reviews/${opened.body.id}/conclusion`, keys.bureau!, {
          passed: true,
          conclusion: '评审通过',
        })
      ).body.state,
    ).toBe('concluded');
  });
});

describe('历史遗留问题 and 联席会议', () => {
  it('runs a historical-issue review: opinion → rectification → verification → decision (001 §13)', async () => {
    await start('2026-06-10T10:00:00+08:00');
    const opened = await call('POST', '/api/v1/historical-reviews', keys.bureau!, {
      matterCode: 'WJ-002',
      department: 'wjj',
      counterpart: { name: '高青县某诊所', category: 'organisation', uscc: '914403001922038216' },
      description: '2015年设立时执业登记材料缺失',
    });
    const id = opened.body.id;
    const step = (s: string, key: string, body: object) =>
      call('POST', `/api/v1/historical-reviews/${id}/${s}`, key, body);
    expect((await step('decided', keys.bureau!, { text: '予以登记' })).status).toBe(409);
    expect((await step('opinion', keys.scjg!, { text: 'x' })).status).toBe(403);
    expect(
      (await step('opinion', keys.wjj!, { text: '需补充消毒隔离制度并整改布局', requiresRectification: true })).body
        .state,
    ).toBe('rectifying');
    expect((await step('rectified', keys.bureau!, { text: '申请人已提交整改报告' })).body.state).toBe(
      'awaiting-verification',
    );
    expect((await step('verified', keys.wjj!, { text: '现场核验合格', passed: true })).body.state).toBe(
      'ready-for-decision',
    );
    const decided = await step('decided', keys.bureau!, { text: '依法予以执业登记' });
    expect(decided.body).toMatchObject({
      state: 'decided',
      steps: [{ step: 'opinion' }, { step: 'rectified' }, { step: 'verified' }, { step: 'decided' }],
    });
  });

  it('convenes a joint meeting for a major matter and links its decisions to the approval', async () => {
    await start('2026-06-10T10:00:00+08:00');
    const meeting = await call(
      'POST',
      '/api/v1/joint-meetings',
      keys.bureau!,
      jointMeetingFixture('医疗机构设置会商', ['bureau', 'wjj']),
    );
    const minuted = await call('POST', `/api/v1/joint-meetings/${meeting.body.id}/minutes`, keys.bureau!, {
      minutes: '与会单位一致同意',
      decisions: [{ text: '同意设置，纳入重点监管' }],
    });
    expect(minuted.body.state).toBe('minuted');
    const pushed = await pushApprovalAs(call, keys.bureau!, {
      matterCode: 'WJ-002',
      decisionDate: '2026-06-10',
      jointMeetingRef: meeting.body.id,
    });
    expect(pushed.status).toBe(201);
    const timeline = (await call('GET', `/api/v1/approvals/${pushed.body.id}/timeline`, keys.bureau!)).body;
    expect(timeline[0]).toMatchObject({ action: 'approval.pushed', after: { jointMeetingRef: meeting.body.id } });
  });
});
