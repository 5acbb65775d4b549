import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { lettersFor } from '../../core/linkage/letters.ts';
import { sweepDeadlines } from '../../core/linkage/sweep.ts';
import { bearer, withDemo } from '../support/demo.ts';
import {
  abnormalOperationFixture,
  approvalFixture,
  penaltyFixture,
  post,
  revocationRequest,
} from '../support/linkage.ts';
import { createTestHub, type TestHub } from '../support/test-hub.ts';

let hub: TestHub;
let app: FastifyInstance;
let keys: Record<string, string>;

async function start(profile: string, now: string) {
  hub = await createTestHub({ profile, now });
  keys = await withDemo(hub);
  app = await hub.app();
}
afterEach(() => hub?.close());

/** Gaoqing on the eve of National Day (2026-09-30, 16:20), and a food licence decided that day pushed by the bureau. */
async function pushOnHolidayEve() {
  await start('gaoqing', '2026-09-30T16:20:00+08:00');
  return post(app, '/api/v1/approvals', keys.bureau!, approvalFixture({ decisionDate: '2026-09-30' }));
}

const inboxOf = async (dept: string, query = '') =>
  (await app.inject({ url: `/api/v1/inbox?${query}`, headers: bearer(keys[dept]!) })).json();

describe('approval push under the Gaoqing profile (001 §7(一))', () => {
  it(
    'reaches the responsible departments, stamped with the catalogue version, ' +
      'and claims across the National Day holiday',
    async () => {
      const pushed = await pushOnHolidayEve();
      expect(pushed.status).toBe(201);
      expect(pushed.body).toMatchObject({
        matterCode: 'SC-001',
        matterVersion: 1,
        state: 'active',
        licenseStatus: 'valid',
      });
      // SC-001 is supervised by scjg and by the city bureau, reached through scjg (004 #6)
      expect(
        pushed.body.deliveries.map((d: { recipient: string; via: string | null }) => [d.recipient, d.via]),
      ).toEqual([
        ['scjg', null],
        ['zb-scjg', 'scjg'],
      ]);
      const d = pushed.body.deliveries[0];
      expect(d).toMatchObject({
        claimState: 'pending',
        claimDueAt: '2026-10-08T16:00:00.000Z',
        disputeDueAt: '2026-10-08T16:00:00.000Z',
        deadlineProvisional: false,
      });

      const inbox = await inboxOf('scjg', 'state=pending');
      expect(inbox.items.map((i: { id: string }) => i.id).sort()).toEqual(
        pushed.body.deliveries.map((x: { id: string }) => x.id).sort(),
      );
      expect(inbox.items[0].summary).toMatchObject({ matterCode: 'SC-001', counterpartName: '高青县福源餐饮有限公司' });
      expect((await inboxOf('rsj')).items).toEqual([]);

      hub.clock.set('2026-10-08T10:00:00+08:00');
      const claimed = await app.inject({
        method: 'POST',
        url: `/api/v1/deliveries/${d.id}/claim`,
        headers: bearer(keys.scjg!),
      });
      expect(claimed.json()).toMatchObject({
        claimState: 'claimed',
        claimedBy: expect.stringMatching(/^key:/),
        responsibleFrom: '2026-10-08T02:00:00.000Z',
      });
    },
  );

  it(
    'auto-claims at 24:00 of the last working day, holding the department responsible, ' +
      'and the sweep touches nothing early',
    async () => {
      const pushed = await pushOnHolidayEve();
      hub.clock.set('2026-10-08T23:59:59+08:00');
      expect(await sweepDeadlines(hub.ctx)).toBe(0);
      hub.clock.set('2026-10-09T00:00:00+08:00');
      expect(await sweepDeadlines(hub.ctx)).toBe(2);
      const approval = (
        await app.inject({ url: `/api/v1/approvals/${pushed.body.id}`, headers: bearer(keys.scjg!) })
      ).json();
      expect(approval.deliveries[0]).toMatchObject({
        claimState: 'auto-claimed',
        claimedBy: 'system:deadline-sweep',
        claimedAt: '2026-10-08T16:00:00.000Z',
        responsibleFrom: '2026-10-08T16:00:00.000Z',
      });
      const late = await app.inject({
        method: 'POST',
        url: `/api/v1/deliveries/${approval.deliveries[0].id}/claim`,
        headers: bearer(keys.scjg!),
      });
      expect(late.statusCode).toBe(409);
      expect(late.json().code).toBe('CLAIM_NOT_ALLOWED');

      const timeline = (
        await app.inject({ url: `/api/v1/approvals/${pushed.body.id}/timeline`, headers: bearer(keys.bureau!) })
      ).json();
      expect(timeline.map((t: { action: string }) => t.action)).toEqual([
        'approval.pushed',
        'delivery.created',
        'delivery.created',
        'delivery.auto-claimed',
        'delivery.auto-claimed',
      ]);
      // One audit entry covers the push and its deliveries; the timeline shows each delivery as its own
      // event, in the recipient's department with its deadlines, as when each had an entry of its own.
      const entries = await hub.ctx.db
        .selectFrom('audit_log')
        .select(['action', 'after'])
        .where('subject', '=', `approval:${pushed.body.id}`)
        .orderBy('id')
        .execute();
      expect(entries.map((e) => e.action)).toEqual([
        'approval.pushed',
        'delivery.auto-claimed',
        'delivery.auto-claimed',
      ]);
      const ids = pushed.body.deliveries.map((x: { id: string }) => x.id);
      expect((entries[0]!.after as { deliveries: { id: string }[] }).deliveries.map((x) => x.id)).toEqual(ids);
      expect(timeline.slice(1, 3)).toMatchObject([
        {
          department: 'scjg',
          after: { recipient: 'scjg', via: null, claimState: 'pending', claimDueAt: '2026-10-08T16:00:00.000Z' },
        },
        { department: 'zb-scjg', after: { recipient: 'zb-scjg', via: 'scjg', channel: 'online' } },
      ]);
      expect(timeline[1].after).not.toHaveProperty('id');
      // 001 §7 每月通报: each event in its own month — pushed in September, auto-claimed at 24:00 of 10-08.
      const figuresOf = async (month: string) =>
        (await app.inject({ url: `/api/v1/accountability/monthly?month=${month}`, headers: bearer(keys.bureau!) }))
          .json()
          .find((f: { department: string }) => f.department === 'scjg');
      expect(await figuresOf('2026-09')).toMatchObject({ pushed: 1, autoClaimed: 0, claimedOnTime: 0 });
      expect(await figuresOf('2026-10')).toMatchObject({ pushed: 0, autoClaimed: 1, claimedOnTime: 0 });
      const listOf = async (month: string) =>
        (
          await app.inject({
            url: `/api/v1/accountability/list?month=${month}&kind=auto-claimed`,
            headers: bearer(keys.scjg!),
          })
        ).json();
      expect(await listOf('2026-09')).toEqual([]);
      const list = await listOf('2026-10');
      expect(list.map((x: { recipient: string }) => x.recipient)).toEqual(['scjg']);
    },
  );

  it('takes a dispute back to the bureau, which corrects and re-pushes; old deliveries are superseded', async () => {
    await start('gaoqing', '2026-05-06T09:00:00+08:00');
    const pushed = await post(app, '/api/v1/approvals', keys.bureau!, approvalFixture({ decisionDate: '2026-05-06' }));
    const d = pushed.body.deliveries[0];
    const disputed = await app.inject({
      method: 'POST',
      url: `/api/v1/deliveries/${d.id}/dispute`,
      headers: bearer(keys.scjg!),
      payload: { reason: '经营场所地址与许可证不一致' },
    });
    expect(disputed.json()).toMatchObject({ claimState: 'disputed', disputeReason: '经营场所地址与许可证不一致' });
    hub.clock.set('2026-05-12T09:00:00+08:00');
    expect(await sweepDeadlines(hub.ctx)).toBe(1); // only the undisputed zb-scjg delivery

    const fixed = {
      ...pushed.body.decision,
      counterpart: { ...pushed.body.decision.counterpart, contact: { address: '高青县田镇街道青城路99号' } },
    };
    const corrected = await post(app, `/api/v1/approvals/${pushed.body.id}/corrections`, keys.bureau!, fixed);
    expect(corrected.status).toBe(201);
    expect(corrected.body).toMatchObject({ supersedes: pushed.body.id, state: 'active' });
    const old = (
      await app.inject({ url: `/api/v1/approvals/${pushed.body.id}`, headers: bearer(keys.bureau!) })
    ).json();
    expect(old.state).toBe('superseded');
    expect(old.deliveries[0]).toMatchObject({ claimState: 'superseded', resolution: 'corrected' });
  });

  it('lets the bureau uphold a disputed push, restarting the claim window', async () => {
    await start('gaoqing', '2026-05-06T09:00:00+08:00');
    const pushed = await post(app, '/api/v1/approvals', keys.bureau!, approvalFixture({ decisionDate: '2026-05-06' }));
    const id = pushed.body.deliveries[0].id;
    await app.inject({
      method: 'POST',
      url: `/api/v1/deliveries/${id}/dispute`,
      headers: bearer(keys.scjg!),
      payload: { reason: '不属于本部门监管' },
    });
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/v1/deliveries/${id}/uphold`,
          headers: bearer(keys.scjg!),
          payload: { reason: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    hub.clock.set('2026-05-08T15:00:00+08:00'); // Friday; the 调休 Saturday 05-09 is the next working day
    const upheld = await app.inject({
      method: 'POST',
      url: `/api/v1/deliveries/${id}/uphold`,
      headers: bearer(keys.bureau!),
      payload: { reason: '依目录由市场监管局负责' },
    });
    expect(upheld.json()).toMatchObject({
      claimState: 'pending',
      resolution: 'upheld',
      claimDueAt: '2026-05-09T16:00:00.000Z',
    });
  });

  it('refuses a dispute after its window, and a department acting on another department’s delivery', async () => {
    await start('gaoqing', '2026-05-06T09:00:00+08:00');
    const pushed = await post(app, '/api/v1/approvals', keys.bureau!, approvalFixture({ decisionDate: '2026-05-06' }));
    const id = pushed.body.deliveries[0].id;
    expect(
      (await app.inject({ method: 'POST', url: `/api/v1/deliveries/${id}/claim`, headers: bearer(keys.rsj!) }))
        .statusCode,
    ).toBe(403);
    expect(
      (await app.inject({ url: `/api/v1/approvals/${pushed.body.id}`, headers: bearer(keys.rsj!) })).statusCode,
    ).toBe(403);
    await app.inject({ method: 'POST', url: `/api/v1/deliveries/${id}/claim`, headers: bearer(keys.scjg!) });
    hub.clock.set('2026-05-08T00:00:01+08:00');
    const late = await app.inject({
      method: 'POST',
      url: `/api/v1/deliveries/${id}/dispute`,
      headers: bearer(keys.scjg!),
      payload: { reason: '晚了' },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({
      code: 'DISPUTE_WINDOW_CLOSED',
      message: { zh: '异议反馈期限已于 2026-05-08T00:00:00+08:00 届满' },
    });
  });

  it('is idempotent: a retry returns the first push, a reused key with other content is refused', async () => {
    await start('gaoqing', '2026-05-06T09:00:00+08:00');
    const body = approvalFixture({ decisionDate: '2026-05-06' });
    const first = await post(app, '/api/v1/approvals', keys.bureau!, body, 'retry-key-0001');
    const again = await post(app, '/api/v1/approvals', keys.bureau!, body, 'retry-key-0001');
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const clash = await post(
      app,
      '/api/v1/approvals',
      keys.bureau!,
      { ...body, content: '其他内容' },
      'retry-key-0001',
    );
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const concurrent = await Promise.all(
      Array.from({ length: 5 }, () =>
        post(app, '/api/v1/approvals', keys.bureau!, { ...body, licenseDocumentNumber: 'X-1' }, 'retry-key-0002'),
      ),
    );
    expect(new Set(concurrent.map((r) => r.body.id)).size).toBe(1);
    expect(
      await hub.ctx.db.selectFrom('approvals').select('id').where('license_document_number', '=', 'X-1').execute(),
    ).toHaveLength(1);
  });

  it(
    'rejects an approval whose matter is not in the catalogue on its decision date, ' +
      'and pushes only from the bureau',
    async () => {
      await start('gaoqing', '2026-05-06T09:00:00+08:00');
      const early = await post(app, '/api/v1/approvals', keys.bureau!, approvalFixture({ decisionDate: '2020-05-06' }));
      expect(early.status).toBe(422);
      expect(early.body.code).toBe('MATTER_NOT_IN_CATALOGUE');
      const fromDept = await post(app, '/api/v1/approvals', keys.scjg!, approvalFixture());
      expect(fromDept.status).toBe(403);
      expect(
        (
          await app.inject({
            method: 'POST',
            url: '/api/v1/approvals',
            headers: bearer(keys.bureau!),
            payload: approvalFixture(),
          })
        ).json().code,
      ).toBe('IDEMPOTENCY_KEY_REQUIRED');
    },
  );
});

describe('other jurisdictions', () => {
  it('Zhanyi: push is claim (002 §13)', async () => {
    await start('zhanyi', '2026-05-06T09:00:00+08:00');
    const pushed = await post(app, '/api/v1/approvals', keys.bureau!, approvalFixture({ decisionDate: '2026-05-06' }));
    expect(pushed.body.deliveries[0]).toMatchObject({
      claimState: 'claimed',
      claimedBy: 'system:push-is-claim',
      claimDueAt: null,
      responsibleFrom: '2026-05-06T01:00:00.000Z',
    });
    hub.clock.set('2026-06-01T00:00:00+08:00');
    expect(await sweepDeadlines(hub.ctx)).toBe(0);
  });

  it(
    'Ankang: a department with no online channel gets a notification letter; ' +
      'responsibility passes at push (003 §6, §9(一))',
    async () => {
      await start('ankang', '2026-05-06T09:00:00+08:00');
      const pushed = await post(
        app,
        '/api/v1/approvals',
        keys.bureau!,
        approvalFixture({ matterCode: 'WJ-001', decisionDate: '2026-05-06' }),
      );
      expect(pushed.body.deliveries).toEqual([
        expect.objectContaining({
          recipient: 'wjj',
          channel: 'letter',
          claimState: 'not-required',
          responsibleFrom: '2026-05-06T01:00:00.000Z',
        }),
      ]);
      const letters = await lettersFor(hub.ctx.db, 'approval', pushed.body.id);
      expect(letters).toEqual([
        expect.objectContaining({ kind: 'approval-notification', recipient: 'wjj', state: 'queued' }),
      ]);
      const online = await post(
        app,
        '/api/v1/approvals',
        keys.bureau!,
        approvalFixture({ matterCode: 'RS-001', decisionDate: '2026-05-06' }),
      );
      expect(online.body.deliveries[0]).toMatchObject({
        channel: 'online',
        claimState: 'pending',
        responsibleFrom: '2026-05-06T01:00:00.000Z',
      });
    },
  );
});

describe('supervision push and credit status (001 §7(二))', () => {
  it(
    'reaches the bureau with its own claim window ' +
      'and changes the counterpart’s credit status until withdrawn or expired',
    async () => {
      await start('gaoqing', '2026-06-10T10:00:00+08:00');
      const key = '914403001922038216';
      const credit = async () =>
        (await app.inject({ url: `/api/v1/counterparts/${key}/credit`, headers: bearer(keys.bureau!) })).json();
      expect((await credit()).status).toBe('normal');

      const penalty = await post(app, '/api/v1/supervision-records', keys.scjg!, penaltyFixture());
      expect(penalty.status).toBe(201);
      expect(penalty.body.deliveries[0]).toMatchObject({
        recipient: 'bureau',
        claimState: 'pending',
        claimDueAt: '2026-06-11T16:00:00.000Z',
      });
      expect((await credit()).status).toBe('normal'); // a fine alone does not restrict access
      // The push's one audit entry names its delivery; the counterpart's timeline shows it as a 投递 event.
      const recorded = await hub.ctx.db
        .selectFrom('audit_log')
        .select(['action', 'department_code', 'after'])
        .where('subject', '=', `supervision-record:${penalty.body.id}`)
        .execute();
      expect(recorded).toMatchObject([
        {
          action: 'supervision.pushed',
          department_code: 'scjg',
          after: { deliveries: [{ id: penalty.body.deliveries[0].id, recipient: 'bureau', claimState: 'pending' }] },
        },
      ]);
      const history = (
        await app.inject({ url: `/api/v1/counterparts/${key}/timeline`, headers: bearer(keys.bureau!) })
      ).json();
      expect(history.map((h: { action: string; department: string }) => [h.action, h.department])).toEqual([
        ['supervision.pushed', 'scjg'],
        ['delivery.created', 'bureau'],
      ]);

      const abnormal = await post(app, '/api/v1/supervision-records', keys.scjg!, abnormalOperationFixture());
      expect(await credit()).toMatchObject({
        status: 'strict',
        reasons: [{ kind: 'abnormal-operation', department: 'scjg', until: '2026-12-31', effect: 'strict' }],
      });
      const dishonest = await post(
        app,
        '/api/v1/supervision-records',
        keys.rsj!,
        penaltyFixture({
          kind: 'dishonest-list',
          documentNumber: '高人社失〔2026〕1号',
          penaltyCategories: undefined,
          fineWanYuan: undefined,
          content: '列入拖欠农民工工资失信联合惩戒对象名单',
          validUntil: undefined,
          authority: { name: '高青县人力资源和社会保障局' },
        }),
      );
      expect((await credit()).status).toBe('restricted');

      const bureauInbox = await inboxOf('bureau', 'subjectType=supervision-record');
      expect(bureauInbox.items).toHaveLength(3);

      const warned = await post(
        app,
        '/api/v1/approvals',
        keys.bureau!,
        approvalFixture({ decisionDate: '2026-06-10' }),
      );
      expect(warned.body.creditWarning).toMatchObject({ status: 'restricted' });
      const inbox = await inboxOf('scjg', 'subjectType=approval');
      expect(inbox.items[0].summary.creditWarning).toMatchObject({ status: 'restricted' });

      const withdrawn = await app.inject({
        method: 'POST',
        url: `/api/v1/supervision-records/${dishonest.body.id}/withdraw`,
        headers: bearer(keys.rsj!),
        payload: { reason: '已履行，移出名单' },
      });
      expect(withdrawn.json()).toEqual({ id: dishonest.body.id, state: 'withdrawn' });
      expect((await credit()).status).toBe('strict');
      hub.clock.set('2027-01-01T00:00:00+08:00');
      expect((await credit()).status).toBe('normal');
      expect(abnormal.status).toBe(201);
      // someone else's record cannot be withdrawn
      expect(
        (
          await app.inject({
            method: 'POST',
            url: `/api/v1/supervision-records/${penalty.body.id}/withdraw`,
            headers: bearer(keys.rsj!),
            payload: { reason: 'x' },
          })
        ).statusCode,
      ).toBe(403);
    },
  );
});

describe('license actions (001 §7(二)3, 003 §9(六), 002 §15)', () => {
  it('runs the full loop: 函告 → bureau decides → status history → decision back → letter to the applicant', async () => {
    await start('gaoqing', '2026-06-10T10:00:00+08:00');
    const approval = await post(
      app,
      '/api/v1/approvals',
      keys.bureau!,
      approvalFixture({ decisionDate: '2026-06-10' }),
    );
    const number = approval.body.licenseDocumentNumber;
    const request = revocationRequest(number);
    expect((await post(app, '/api/v1/license-actions', keys.rsj!, request)).status).toBe(403); // not its license
    const asked = await post(app, '/api/v1/license-actions', keys.scjg!, request);
    expect(asked.status).toBe(201);
    const bureauInbox = await inboxOf('bureau', 'subjectType=license-action');
    expect(bureauInbox.items).toEqual([expect.objectContaining({ subjectId: asked.body.id, claimState: 'pending' })]);

    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/v1/license-actions/${asked.body.id}/decision`,
          headers: bearer(keys.scjg!),
          payload: { approve: true, reason: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    const decided = await app.inject({
      method: 'POST',
      url: `/api/v1/license-actions/${asked.body.id}/decision`,
      headers: bearer(keys.bureau!),
      payload: { approve: true, reason: '经审核，依法撤销' },
    });
    expect(decided.json()).toMatchObject({ state: 'approved', letterId: expect.any(String) });
    const again = await app.inject({
      method: 'POST',
      url: `/api/v1/license-actions/${asked.body.id}/decision`,
      headers: bearer(keys.bureau!),
      payload: { approve: true, reason: 'again' },
    });
    expect(again.json().code).toBe('LICENSE_ACTION_CLOSED');

    const after = (
      await app.inject({ url: `/api/v1/approvals/${approval.body.id}`, headers: bearer(keys.scjg!) })
    ).json();
    expect(after.licenseStatus).toBe('revoked');
    // 001 §7(二)3, 002 §15: the outcome goes to every department supervising the license (the city's through scjg).
    const decisionBack = await inboxOf('scjg', 'subjectType=license-decision');
    expect(decisionBack.items).toHaveLength(2);
    expect(decisionBack.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subjectId: asked.body.id, recipient: 'scjg', claimState: 'not-required' }),
        expect.objectContaining({ subjectId: asked.body.id, recipient: 'zb-scjg', claimState: 'not-required' }),
      ]),
    );
    const letters = await lettersFor(hub.ctx.db, 'license-action', asked.body.id);
    expect(letters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'license-action-request', recipient: 'bureau' }),
        expect.objectContaining({ kind: 'applicant-letter', recipient_name: '高青县福源餐饮有限公司' }),
      ]),
    );
    expect(letters).toHaveLength(2);
    const history = await hub.ctx.db
      .selectFrom('license_status_history')
      .selectAll()
      .where('approval_id', '=', approval.body.id)
      .execute();
    expect(history).toEqual([
      expect.objectContaining({ status: 'revoked', reason: '经审核，依法撤销', license_action_id: asked.body.id }),
    ]);
  });

  it('handles an interested party’s revocation request with a joint investigation and a written answer', async () => {
    await start('gaoqing', '2026-06-10T10:00:00+08:00');
    const approval = await post(
      app,
      '/api/v1/approvals',
      keys.bureau!,
      approvalFixture({ decisionDate: '2026-06-10' }),
    );
    const opened = await app.inject({
      method: 'POST',
      url: '/api/v1/revocation-requests',
      headers: bearer(keys.bureau!),
      payload: {
        licenseDocumentNumber: approval.body.licenseDocumentNumber,
        counterpartCode: '914403001922038216',
        requester: { name: '相邻住户李某', contact: '13800000000' },
        grounds: '油烟扰民，许可所依据的场所条件不实',
      },
    });
    expect(opened.statusCode).toBe(201);
    expect(opened.json().investigators).toEqual(['scjg', 'zb-scjg']);
    const id = opened.json().id;
    // its own and the city's, which goes through it
    expect((await inboxOf('scjg', 'subjectType=revocation-request')).items).toHaveLength(2);
    const finding = await app.inject({
      method: 'POST',
      url: `/api/v1/revocation-requests/${id}/findings`,
      headers: bearer(keys.scjg!),
      payload: { text: '现场核查：排烟设施与申报材料不符' },
    });
    expect(finding.json().findings).toHaveLength(1);
    const answered = await app.inject({
      method: 'POST',
      url: `/api/v1/revocation-requests/${id}/answer`,
      headers: bearer(keys.bureau!),
      payload: { outcome: 'revoke', answer: '经联合调查属实，依法撤销该许可' },
    });
    expect(answered.json()).toMatchObject({ state: 'answered', outcome: 'revoke' });
    expect(
      (await app.inject({ url: `/api/v1/approvals/${approval.body.id}`, headers: bearer(keys.bureau!) })).json()
        .licenseStatus,
    ).toBe('revoked');
    expect((await lettersFor(hub.ctx.db, 'revocation-request', id)).map((l) => l.recipient_name)).toEqual([
      '相邻住户李某',
    ]);
  });
});
