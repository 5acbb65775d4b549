import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { bearer, type Demo } from './demo.ts';

let seq = 0;

export function approvalFixture(overrides: Record<string, unknown> = {}) {
  const base = JSON.parse(
    readFileSync(new URL('../fixtures/canonical/approval-food-licence.json', import.meta.url), 'utf8'),
  );
  seq++;
  return { ...base, licenseDocumentNumber: `高审批食经〔2026〕${100 + seq}号`, ...overrides };
}

/** A second licence holder beside the fixture's (高青县福源餐饮有限公司, USCC 914403001922038216). */
export const OTHER_COUNTERPART = {
  name: '高青县青城人力资源有限公司',
  category: 'organisation',
  uscc: '11370322004341201D',
  contact: { phone: '0533-6900000' },
};

/**
 * A 告知承诺 request (POST /commitments): the decision and the signed commitment on a food-licence matter
 * (SC-001, verified after the licence is granted unless `verificationMode` says otherwise).
 */
export function commitmentFixture({
  matterCode = 'SC-001',
  verificationMode = 'post-verification',
  ...c
}: {
  matterCode?: string;
  verificationMode?: string;
  signedAt: string;
  signedDocumentRef: string;
}) {
  const approval = approvalFixture({ matterCode, decisionDate: c.signedAt.slice(0, 10) });
  return {
    approval,
    commitment: {
      matterCode,
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
      verificationMode,
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

/**
 * A joint site inspection (联合现场勘验, 003 §7) of food-production matter SC-002 for application GQ-2026-0610-07:
 * scheduled two working days after 2026-06-10, concluded within 5 working days.
 */
export function siteInspectionFixture(overrides: Record<string, unknown> = {}) {
  return {
    applicationRef: 'GQ-2026-0610-07',
    matterCode: 'SC-002',
    procedure: 'site-inspection',
    materials: [{ name: '车间平面图.pdf', mediaType: 'application/pdf', sha256: 'b'.repeat(64) }],
    scheduledFor: '2026-06-12T09:00:00+08:00',
    conclusionWithinDays: 5,
    ...overrides,
  };
}

/** A supervisor's request to revoke a licence obtained by deception (行政许可法第六十九条), with the penalty decision. */
export function revocationRequest(
  licenseDocumentNumber: string,
  overrides: { counterpartCode?: string; reason?: string } = {},
) {
  return {
    licenseDocumentNumber,
    counterpartCode: '914403001922038216',
    action: 'revoke' as const,
    reason: '以欺骗手段取得许可',
    penaltyBasis: {
      documentNumber: '高市监罚〔2026〕56号',
      basis: '《中华人民共和国行政许可法》第六十九条',
      result: '查实提交虚假材料',
    },
    evidence: [{ name: '行政处罚决定书.pdf', mediaType: 'application/pdf', sha256: 'a'.repeat(64) }],
    ...overrides,
  };
}

/** 列入经营异常名录 of the fixture's counterpart by the market regulator until the end of 2026: a strict credit restriction. */
export const abnormalOperationFixture = () =>
  penaltyFixture({
    kind: 'abnormal-operation',
    documentNumber: '高市监异〔2026〕3号',
    penaltyCategories: undefined,
    fineWanYuan: undefined,
    content: '列入经营异常名录',
    validUntil: '2026-12-31',
  });

/** A 函询 from the bureau to the market regulator with one working day to reply (001 §12: silence is consent). */
export function inquiryFixture(overrides: Record<string, unknown> = {}) {
  return {
    from: 'bureau',
    to: 'scjg',
    subject: '布点规划',
    question: '小餐饮布点规划是否调整？',
    replyWithinDays: 1,
    ...overrides,
  };
}

/** Pushes an approval decision (the fixture with `overrides`) through a demo's caller with the bureau's key. */
export const pushApprovalAs = (call: Demo['call'], bureauKey: string, overrides: Record<string, unknown> = {}) =>
  call('POST', '/api/v1/approvals', bureauKey, approvalFixture(overrides));

/** Pushes a decision with its signed commitment (the fixture of `c`) through a demo's caller with the bureau's key. */
export const commitAs = (call: Demo['call'], bureauKey: string, c: Parameters<typeof commitmentFixture>[0]) =>
  call('POST', '/api/v1/commitments', bureauKey, commitmentFixture(c));

/** A 联席会议 on a major matter (001 §5(8)) with these departments, held at 09:00 on 2026-06-10, no approvals yet. */
export const jointMeetingFixture = (title: string, attendees: string[]) => ({
  title,
  scheduledFor: '2026-06-10T09:00:00+08:00',
  attendees,
  approvals: [],
  agenda: '重要审批事项会商',
});
