import { afterEach, describe, expect, it } from 'vitest';
import { queuedMessages } from '../../core/delivery/outbox.ts';
import { documentSource } from '../../core/documents/document-sources.ts';
import { escalateUnansweredDisputes, escalatedDisputes } from '../../core/linkage/disputes.ts';
import { liftEndedSuspensions } from '../../core/linkage/enforcement.ts';
import { lettersFor } from '../../core/linkage/letters.ts';
import { loadProfile } from '../../core/policy/load-profile.ts';
import type { PolicyProfile } from '../../core/policy/profile-schema.ts';
import { startDemo } from '../support/demo.ts';
import {
  approvalFixture,
  jointMeetingFixture,
  OTHER_COUNTERPART,
  penaltyFixture,
  pushApprovalAs,
} from '../support/linkage.ts';
import type { TestHub } from '../support/test-hub.ts';

/** Issue 13: the rules of the four regulations, article by article. */
let hub: TestHub;
let keys: Record<string, string>;
let call: Awaited<ReturnType<typeof startDemo>>['call'];
let app: Awaited<ReturnType<typeof startDemo>>['app'];
afterEach(() => hub?.close());

async function start(now: string, profile?: string | PolicyProfile) {
  ({ hub, keys, call, app } = await startDemo({ now, profile: profile as string }));
}

const FUYUAN = '914403001922038216';
const OTHER = OTHER_COUNTERPART;
const request = (number: string, counterpartCode: string, action = 'revoke') => ({
  licenseDocumentNumber: number,
  counterpartCode,
  action,
  reason: '依法处理',
  penaltyBasis: { basis: '《中华人民共和国行政许可法》第六十九条', result: '查实' },
  evidence: [],
});
const put = async (url: string, payload: object) =>
  app.inject({ method: 'PUT', url, headers: { authorization: `Bearer ${keys.bureau}` }, payload });
const del = async (url: string, payload: object) =>
  app.inject({ method: 'DELETE', url, headers: { authorization: `Bearer ${keys.bureau}` }, payload });

describe('push content and routing (001 §7(一)1–2, 002 §13)', () => {
  it(
    '001 §7(一)2: refuses a push without contact, with validTo before validFrom, a future decision date, ' +
      'a 一业一证 without its face or a 告知承诺 without its commitment — each field named',
    async () => {
      await start('2026-06-10T10:00:00+08:00');
      const fixture = approvalFixture();
      const bad = await call('POST', '/api/v1/approvals', keys.bureau!, {
        ...fixture,
        counterpart: { ...fixture.counterpart, contact: undefined },
        decisionDate: '2026-06-11',
        validFrom: '2026-06-10',
        validTo: '2026-06-01',
        mode: 'one-license',
        commitmentRef: undefined,
      });
      expect(bad.status).toBe(422);
      expect(bad.body.code).toBe('PUSH_CONTENT_INVALID');
      expect(bad.body.details.map((d: { pointer: string }) => d.pointer)).toEqual([
        '/counterpart/contact',
        '/validTo',
        '/decisionDate',
        '/integratedLicense',
      ]);
      const noCommitment = await call('POST', '/api/v1/approvals', keys.bureau!, {
        ...fixture,
        commitmentRef: undefined,
      });
      expect(noCommitment.body.details.map((d: { pointer: string }) => d.pointer)).toEqual(['/commitmentRef']);
      expect(noCommitment.body.message.zh).toContain('commitmentRef');
      expect((await pushApprovalAs(call, keys.bureau!, { validTo: 'long-term' })).status).toBe(201);
    },
  );

  it('001 §7(一)2: a profile that marks the contact optional accepts a push without it', async () => {
    const profile = loadProfile('gaoqing');
    await start('2026-06-10T10:00:00+08:00', {
      ...profile,
      approvalPush: { ...profile.approvalPush, optionalContent: ['contact'] },
    });
    const fixture = approvalFixture();
    const pushed = await call('POST', '/api/v1/approvals', keys.bureau!, {
      ...fixture,
      counterpart: { ...fixture.counterpart, contact: undefined },
    });
    expect(pushed.status).toBe(201);
  });

  it('001 §7(一)1 一业一证: an integrated licence reaches every department responsible for any matter on it', async () => {
    await start('2026-06-10T10:00:00+08:00');
    const pushed = await pushApprovalAs(call, keys.bureau!, {
      mode: 'one-license',
      commitmentRef: undefined,
      integratedLicense: {
        licenseName: '行业综合许可证（餐饮）',
        licenseNumber: 'ZH-2026-0001',
        matters: [
          { code: 'SC-001', name: '食品经营许可' },
          { code: 'RS-001', name: '人力资源服务许可' },
          { code: 'WJ-001', name: '公共场所卫生许可' },
        ],
      },
    });
    expect(pushed.status).toBe(201);
    expect(pushed.body.deliveries.map((d: { recipient: string }) => d.recipient).sort()).toEqual([
      'rsj',
      'scjg',
      'wjj',
      'zb-scjg',
    ]);
  });

  it(
    '001 §7(一)2 许可文号: a number names one licence — another holder is refused unless superseded; ' +
      'license actions need number and holder',
    async () => {
      await start('2026-06-10T10:00:00+08:00');
      const number = '高审批食经〔2026〕777号';
      const first = await pushApprovalAs(call, keys.bureau!, { licenseDocumentNumber: number });
      expect(first.status).toBe(201);
      const clash = await pushApprovalAs(call, keys.bureau!, { licenseDocumentNumber: number, counterpart: OTHER });
      expect(clash.status).toBe(409);
      expect(clash.body.code).toBe('LICENSE_NUMBER_TAKEN');
      const wrongHolder = await call('POST', '/api/v1/license-actions', keys.scjg!, request(number, OTHER.uscc));
      expect(wrongHolder.status).toBe(409);
      expect(wrongHolder.body.code).toBe('LICENSE_COUNTERPART_MISMATCH');
      const replacing = await pushApprovalAs(call, keys.bureau!, {
        licenseDocumentNumber: number,
        counterpart: OTHER,
        supersedesLicense: { counterpartCode: FUYUAN, reason: '原许可文书号登记错误，更正' },
      });
      expect(replacing.status).toBe(201);
      const original = await call('GET', `/api/v1/approvals/${first.body.id}`, keys.bureau!);
      expect(original.body.state).toBe('superseded');
      // The 撤销 that once reached the wrong company: now refused for the old holder, accepted for the new one.
      expect((await call('POST', '/api/v1/license-actions', keys.scjg!, request(number, FUYUAN))).body.code).toBe(
        'LICENSE_COUNTERPART_MISMATCH',
      );
      expect((await call('POST', '/api/v1/license-actions', keys.scjg!, request(number, OTHER.uscc))).status).toBe(201);
    },
  );

  it('002 §13 信息推送清单: each department receives only its own fields of the decision', async () => {
    await start('2026-06-10T10:00:00+08:00');
    expect(
      (await put('/api/v1/departments/scjg/endpoint', { transport: 'webhook', url: 'http://127.0.0.1:9/hook' }))
        .statusCode,
    ).toBe(200);
    const pushed = await pushApprovalAs(call, keys.bureau!);
    // As the dispatcher sends them: composed from the approval the message names.
    const ids: string[] = pushed.body.deliveries.map((d: { id: string }) => d.id);
    const messages = await queuedMessages(hub.ctx, { deliveryIds: ids });
    const byRecipient = Object.fromEntries(
      pushed.body.deliveries.map((d: { id: string; recipient: string }) => [
        d.recipient,
        messages.find((m) => m.message.deliveryId === d.id)!.message.payload.decision as Record<string, unknown>,
      ]),
    );
    // SC-001's push list names scjg with six fields; the city bureau, not on the list, gets the 001 §7(一)2 content.
    expect(Object.keys(byRecipient.scjg!).sort()).toEqual(
      [
        'counterpart',
        'decisionDate',
        'licenseDocumentName',
        'licenseDocumentNumber',
        'matterCode',
        'validFrom',
        'validTo',
      ].sort(),
    );
    expect(byRecipient.scjg!.counterpart).toMatchObject({
      name: '高青县福源餐饮有限公司',
      contact: expect.any(Object),
    });
    expect(byRecipient.scjg!.counterpart).not.toHaveProperty('legalRepresentative');
    expect(byRecipient['zb-scjg']).toHaveProperty('commitmentRef');
    expect(byRecipient['zb-scjg']).not.toHaveProperty('content');
  });

  it('002 §13 推送即认领 covers supervision information too (Zhanyi)', async () => {
    await start('2026-06-10T10:00:00+08:00', 'zhanyi');
    const pushed = await call('POST', '/api/v1/supervision-records', keys.scjg!, penaltyFixture());
    expect(pushed.status).toBe(201);
    const [delivery] = await hub.ctx.db.selectFrom('deliveries').selectAll().execute();
    expect(delivery).toMatchObject({ claim_state: 'claimed', claimed_by: 'system:push-is-claim', claim_due_at: null });
  });
});

describe('enforcement changes licence status (001 §7(二)2–3, 002 §15)', () => {
  it(
    '002 §15: 责令停产停业 suspends the licence for its period and 吊销 revokes it, with the record as evidence; ' +
      'supervisors are told',
    async () => {
      await start('2026-06-10T10:00:00+08:00');
      const approval = await pushApprovalAs(call, keys.bureau!);
      const number = approval.body.licenseDocumentNumber;
      const order = await call(
        'POST',
        '/api/v1/supervision-records',
        keys.scjg!,
        penaltyFixture({
          kind: 'suspension-order',
          penaltyCategories: ['production-suspension'],
          content: '责令停产停业十日',
          validUntil: '2026-06-20',
          relatedLicenseNumber: number,
        }),
      );
      expect(order.status).toBe(201);
      const suspended = await call('GET', `/api/v1/approvals/${approval.body.id}`, keys.bureau!);
      expect(suspended.body.licenseStatus).toBe('suspended');
      const history = () =>
        hub.ctx.db
          .selectFrom('license_status_history')
          .selectAll()
          .where('approval_id', '=', approval.body.id)
          .orderBy('id')
          .execute();
      expect(await history()).toEqual([
        expect.objectContaining({ status: 'suspended', supervision_record_id: order.body.id, until: '2026-06-20' }),
      ]);
      // The city bureau (through scjg) learns it; scjg, which ordered it, is not told its own news.
      const told = await hub.ctx.db
        .selectFrom('deliveries')
        .select(['recipient', 'claim_state'])
        .where('subject_type', '=', 'license-status')
        .execute();
      expect(told).toEqual([{ recipient: 'zb-scjg', claim_state: 'not-required' }]);

      hub.clock.set('2026-06-20T23:00:00+08:00');
      expect(await liftEndedSuspensions(hub.ctx)).toBe(0);
      hub.clock.set('2026-06-21T00:10:00+08:00');
      expect(await liftEndedSuspensions(hub.ctx)).toBe(1);
      expect((await call('GET', `/api/v1/approvals/${approval.body.id}`, keys.bureau!)).body.licenseStatus).toBe(
        'valid',
      );

      const unnamed = await call(
        'POST',
        '/api/v1/supervision-records',
        keys.scjg!,
        penaltyFixture({ kind: 'license-revocation', penaltyCategories: ['license-revocation'] }),
      );
      expect(unnamed.status).toBe(400);
      expect(unnamed.body.details[0].pointer).toBe('/relatedLicenseNumber');
      const elsewhere = await call(
        'POST',
        '/api/v1/supervision-records',
        keys.scjg!,
        penaltyFixture({ kind: 'license-revocation', counterpart: OTHER, relatedLicenseNumber: number }),
      );
      expect(elsewhere.body.code).toBe('LICENSE_COUNTERPART_MISMATCH');
      const revocation = await call(
        'POST',
        '/api/v1/supervision-records',
        keys.scjg!,
        penaltyFixture({
          kind: 'license-revocation',
          penaltyCategories: ['license-revocation'],
          content: '吊销食品经营许可证',
          relatedLicenseNumber: number,
        }),
      );
      expect(revocation.status).toBe(201);
      expect((await call('GET', `/api/v1/approvals/${approval.body.id}`, keys.bureau!)).body.licenseStatus).toBe(
        'revoked',
      );
      expect((await history()).at(-1)).toMatchObject({ status: 'revoked', supervision_record_id: revocation.body.id });
    },
  );

  it(
    '002 §15: 不予延期 and 换证 are license actions, ' +
      'and every outcome goes to all departments supervising the licence',
    async () => {
      await start('2026-06-10T10:00:00+08:00');
      const approval = await pushApprovalAs(call, keys.bureau!);
      const number = approval.body.licenseDocumentNumber;
      const refuse = await call(
        'POST',
        '/api/v1/license-actions',
        keys.scjg!,
        request(number, FUYUAN, 'refuse-renewal'),
      );
      expect(refuse.status).toBe(201);
      const decided = await call('POST', `/api/v1/license-actions/${refuse.body.id}/decision`, keys.bureau!, {
        approve: true,
        reason: '存在重大违法行为，不予延续',
      });
      expect(decided.body.state).toBe('approved');
      expect((await call('GET', `/api/v1/approvals/${approval.body.id}`, keys.bureau!)).body.licenseStatus).toBe(
        'renewal-refused',
      );
      const replace = await call('POST', '/api/v1/license-actions', keys.scjg!, request(number, FUYUAN, 'replace'));
      await call('POST', `/api/v1/license-actions/${replace.body.id}/decision`, keys.bureau!, {
        approve: false,
        reason: '不符合换证条件',
      });
      const outcomes = await hub.ctx.db
        .selectFrom('deliveries')
        .select(['subject_id', 'recipient'])
        .where('subject_type', '=', 'license-decision')
        .orderBy('recipient')
        .execute();
      expect(outcomes.filter((o) => o.subject_id === refuse.body.id).map((o) => o.recipient)).toEqual([
        'scjg',
        'zb-scjg',
      ]);
      expect(outcomes.filter((o) => o.subject_id === replace.body.id).map((o) => o.recipient)).toEqual([
        'scjg',
        'zb-scjg',
      ]);
    },
  );
});

describe('disputes and accountability (001 §7(一)1, §15; 003 §7; 004 #31)', () => {
  it(
    '003 §7, 004 #31: a dispute unanswered by its deadline goes to the reform office; ' +
      'the bureau answers for it meanwhile (Gaoqing)',
    async () => {
      await start('2026-06-10T10:00:00+08:00');
      const pushed = await pushApprovalAs(call, keys.bureau!);
      const id = pushed.body.deliveries[0].id;
      const disputed = await call('POST', `/api/v1/deliveries/${id}/dispute`, keys.scjg!, { reason: '经营范围有误' });
      expect(disputed.status).toBe(200);
      const row = () => hub.ctx.db.selectFrom('deliveries').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      // 2 working days from 06-10 (Wed): 06-12 24:00.
      expect(await row()).toMatchObject({ answer_due_at: new Date('2026-06-12T16:00:00Z'), responsible_from: null });
      hub.clock.set('2026-06-12T23:59:00+08:00');
      expect(await escalateUnansweredDisputes(hub.ctx)).toBe(0);
      hub.clock.set('2026-06-13T00:01:00+08:00');
      expect(await escalateUnansweredDisputes(hub.ctx)).toBe(1);
      expect(await escalateUnansweredDisputes(hub.ctx)).toBe(0);
      expect(await row()).toMatchObject({ escalated_to: 'reform', claim_state: 'disputed' });
      expect((await escalatedDisputes(hub.ctx)).map((d) => d.id)).toEqual([id]);
      const notice = await hub.ctx.db
        .selectFrom('deliveries')
        .selectAll()
        .where('subject_type', '=', 'dispute-escalation')
        .execute();
      expect(notice).toEqual([expect.objectContaining({ recipient: 'reform', subject_id: id })]);
      const figures = await call('GET', '/api/v1/accountability/monthly?month=2026-06', keys.bureau!);
      expect(figures.body.find((f: { department: string }) => f.department === 'scjg')).toMatchObject({
        disputed: 1,
        disputesEscalated: 1,
      });
    },
  );

  it('001 §7(一)1 即时推送, §15: a push later than the window is recorded late and counted per department', async () => {
    await start('2026-06-10T10:00:00+08:00');
    const late = await pushApprovalAs(call, keys.bureau!, {
      decisionDate: '2026-06-05',
      decidedAt: '2026-06-05T09:00:00+08:00',
    });
    const onTime = await pushApprovalAs(call, keys.bureau!, { matterCode: 'RS-001', decisionDate: '2026-06-10' });
    const rows = await hub.ctx.db.selectFrom('approvals').select(['id', 'push_delay_hours', 'pushed_late']).execute();
    // Fri 06-05 09:00 → Wed 06-10 10:00: 15 h on Friday, Mon 24 h, Tue 24 h, Wed 10 h (the weekend not counted).
    expect(rows.find((r) => r.id === late.body.id)).toMatchObject({ push_delay_hours: 73, pushed_late: true });
    expect(rows.find((r) => r.id === onTime.body.id)).toMatchObject({ push_delay_hours: 0, pushed_late: false });
    const figures = (await call('GET', '/api/v1/accountability/monthly?month=2026-06', keys.bureau!)).body;
    expect(figures.map((f: { department: string; latePushes: number }) => [f.department, f.latePushes])).toEqual([
      ['rsj', 0],
      ['scjg', 1],
      ['zb-scjg', 1],
    ]);
    const list = (await call('GET', '/api/v1/accountability/list?month=2026-06&kind=late-push', keys.bureau!)).body;
    expect(list.map((d: { subjectId: string }) => d.subjectId)).toEqual([late.body.id, late.body.id]);
    const report = (await call('GET', '/api/v1/reports/monthly?month=2026-06', keys.bureau!)).body;
    expect(report.attribution).toContain('按事件发生的月份统计');
  });
});

describe('catalogue rules (001 §5(8), 002 §3, §9, 004 #1–3, #7, #14)', () => {
  it('001 §5(8), 004 #7: deciding a major matter needs a minuted joint meeting or a recorded exemption', async () => {
    await start('2026-06-10T10:00:00+08:00');
    const bare = await pushApprovalAs(call, keys.bureau!, { matterCode: 'SC-002' });
    expect(bare.status).toBe(422);
    expect(bare.body.code).toBe('MAJOR_MATTER_NEEDS_MEETING');
    const meeting = await call(
      'POST',
      '/api/v1/joint-meetings',
      keys.bureau!,
      jointMeetingFixture('食品生产许可会商', ['bureau', 'scjg']),
    );
    const unminuted = await pushApprovalAs(call, keys.bureau!, {
      matterCode: 'SC-002',
      jointMeetingRef: meeting.body.id,
    });
    expect(unminuted.body.code).toBe('MAJOR_MATTER_NEEDS_MEETING');
    const exempt = await pushApprovalAs(call, keys.bureau!, {
      matterCode: 'SC-002',
      majorExemption: { reason: '延续，条件未变', approvedBy: '局长 张明' },
    });
    expect(exempt.status).toBe(201);
  });

  it('004 #14 边界清单: each push and its 告知函 state where the bureau’s responsibility ends', async () => {
    await start('2026-06-10T10:00:00+08:00', 'ankang');
    await put('/api/v1/departments/scjg/endpoint', { transport: 'webhook', url: 'http://127.0.0.1:9/hook' });
    const pushed = await pushApprovalAs(call, keys.bureau!, {
      matterCode: 'WJ-001',
      commitmentRef: '高审批诺〔2026〕40号',
    });
    const letter = pushed.body.deliveries.find((d: { channel: string }) => d.channel === 'letter');
    expect(letter.recipient).toBe('wjj');
    const prepared = await documentSource('approval-notification')(hub.ctx, hub.ctx.db, pushed.body.id, {
      deliveryId: letter.id,
    });
    const model = prepared.compose({
      issuer: '安康市行政审批服务局',
      number: null,
      date: '2026-06-10',
      seal: null,
      rules: '003',
    });
    const text = JSON.stringify(model.body);
    expect(text).toContain('审管边界');
    expect(text).toContain('审批责任止于作出许可决定并推送审批信息');
    const food = await pushApprovalAs(call, keys.bureau!);
    const [message] = await queuedMessages(hub.ctx, { deliveryIds: [food.body.deliveries[0].id] });
    expect(message!.message.payload.boundary).toEqual({
      approvalEndsAt: '作出许可决定并推送审批信息',
      supervisionStartsAt: '监管部门认领审批信息（超时视为自动认领）',
    });
  });

  it(
    '002 §3, §9, 004 #1–3: a catalogue change has a type, decision and date, ' +
      'and sends a 事项调整通知 to each affected department',
    async () => {
      await start('2026-06-10T10:00:00+08:00');
      const current = (await call('GET', '/api/v1/catalogue/matters/SC-003', keys.bureau!)).body.data;
      const missing = await put('/api/v1/catalogue/matters/SC-003', {
        effectiveFrom: '2026-07-01',
        reason: '增加监管部门',
        entry: current,
      });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().details.map((d: { pointer: string }) => d.pointer)).toContain('/decisionRef');
      const adjusted = await put('/api/v1/catalogue/matters/SC-003', {
        effectiveFrom: '2026-07-01',
        reason: '卫生健康局共同监管',
        decisionRef: '高审改办〔2026〕8号',
        changeType: 'adjust',
        entry: { ...current, supervisionDepartments: ['scjg', 'wjj'] },
      });
      expect(adjusted.json()).toMatchObject({ version: 2, changeType: 'adjust', decisionRef: '高审改办〔2026〕8号' });
      const notices = await lettersFor(hub.ctx.db, 'catalogue-change', 'matter:SC-003@2');
      expect(notices.map((l) => [l.kind, l.recipient])).toEqual([
        ['catalogue-change-notice', 'scjg'],
        ['catalogue-change-notice', 'wjj'],
      ]);
      const wrongType = await del('/api/v1/catalogue/matters/SC-003', {
        effectiveFrom: '2026-08-01',
        reason: '改为备案',
        decisionRef: '高政发〔2026〕3号',
        changeType: 'adjust',
      });
      expect(wrongType.statusCode).toBe(400);
      const toFiling = await del('/api/v1/catalogue/matters/SC-003', {
        effectiveFrom: '2026-08-01',
        reason: '药品零售企业许可改为备案管理',
        decisionRef: '高政发〔2026〕3号',
        changeType: 'to-filing',
      });
      expect(toFiling.json()).toMatchObject({ version: 3, retired: true, changeType: 'to-filing' });
      const [notice] = await lettersFor(hub.ctx.db, 'catalogue-change', 'matter:SC-003@3');
      const prepared = await documentSource('catalogue-change-notice')(
        hub.ctx,
        hub.ctx.db,
        notice!.subject_id,
        notice!.data as Record<string, unknown>,
      );
      expect(prepared.audience).toEqual(['scjg']);
      const model = prepared.compose({
        issuer: '高青县行政审批服务局',
        number: null,
        date: '2026-06-10',
        seal: null,
        rules: '001',
      });
      expect(model.title).toBe('关于药品零售企业许可事项转为备案的通知');
      expect(JSON.stringify(model.body)).toContain('高政发〔2026〕3号');
    },
  );
});
