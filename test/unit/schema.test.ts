import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HubError } from '../../core/errors/hub-error.ts';
import { ApprovalDecision, SupervisionRecord } from '../../core/schema/linkage.ts';
import {
  LICENSE_ITEMS,
  PENALTY_ITEMS,
  approvalToLicenseItems,
  licenseItemsToApproval,
  penaltyItemsToSupervision,
  supervisionToPenaltyItems,
} from '../../core/schema/shuanggongshi.ts';
import { assertValid, check } from '../../core/schema/validator.ts';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/canonical/${name}`, import.meta.url), 'utf8'));

describe('approval decision schema', () => {
  it('accepts a complete 告知承诺 food licence', () => {
    expect(check(ApprovalDecision, fixture('approval-food-licence.json')).ok).toBe(true);
  });

  it('accepts 长期 as validTo', () => {
    expect(check(ApprovalDecision, { ...fixture('approval-food-licence.json'), validTo: 'long-term' }).ok).toBe(true);
  });

  it('reports every problem with a JSON pointer and both languages', () => {
    const bad = fixture('approval-food-licence.json');
    delete bad.licenseDocumentNumber;
    bad.decisionDate = '2026/03/02';
    bad.counterpart.uscc = 'not-a-code';
    bad.mode = 'express';
    let err: HubError | undefined;
    try {
      assertValid(ApprovalDecision, bad);
    } catch (e) {
      err = e as HubError;
    }
    expect(err?.code).toBe('VALIDATION_FAILED');
    const pointers = err!.details.map((d) => d.pointer).sort();
    expect(pointers).toEqual(['/counterpart/uscc', '/decisionDate', '/licenseDocumentNumber', '/mode']);
    for (const d of err!.details) {
      expect(d.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(d.en).toMatch(/must/);
    }
  });
});

describe('双公示 mapping', () => {
  it('round-trips an approval through the 行政许可 items', () => {
    const approval = fixture('approval-food-licence.json');
    const items = approvalToLicenseItems(approval);
    expect(items).toMatchObject({
      XK_XDR_MC: '高青县福源餐饮有限公司',
      XK_XDR_LB: '法人及非法人组织',
      XK_XDR_SHXYM: '914403001922038216',
      XK_WSH: '高审批食经〔2026〕118号',
      XK_XKLB: '普通',
      XK_JDRQ: '2026/03/02',
      XK_YXQZI: '2031/03/01',
      XK_XKJG: '高青县行政审批服务局',
      XK_ZT: '1',
    });
    const { matterCode, decisionKind, mode, commitmentRef, ...national } = approval;
    const { contact, ...counterpart } = national.counterpart;
    expect(licenseItemsToApproval(items)).toEqual({ ...national, counterpart });
    expect([matterCode, decisionKind, mode, commitmentRef, contact]).not.toContain(undefined);
  });

  it('publishes 长期 as 2099/12/31 and reads it back', () => {
    const items = approvalToLicenseItems({ ...fixture('approval-food-licence.json'), validTo: 'long-term' });
    expect(items.XK_YXQZI).toBe('2099/12/31');
    expect(licenseItemsToApproval(items).validTo).toBe('long-term');
  });

  it('round-trips a penalty through the 行政处罚 items, fine in 万元', () => {
    const penalty = fixture('penalty-fine.json');
    expect(check(SupervisionRecord, penalty).ok).toBe(true);
    const items = supervisionToPenaltyItems(penalty);
    expect(items).toMatchObject({
      CF_WSH: '高市监罚〔2026〕56号',
      CF_CFLB: '警告;罚款',
      CF_NR_FK: '5',
      CF_CFJG: '高青县市场监督管理局',
    });
    const { kind, ...national } = penalty;
    expect(penaltyItemsToSupervision(items)).toEqual(national);
    expect(kind).toBe('penalty');
  });

  it('maps each national item to one canonical field, and docs/MAPPING.md lists them all', () => {
    const doc = readFileSync(new URL('../../docs/MAPPING.md', import.meta.url), 'utf8');
    for (const items of [LICENSE_ITEMS, PENALTY_ITEMS]) {
      expect(new Set(items.map((i) => i.item)).size).toBe(items.length);
      expect(new Set(items.map((i) => i.canonical)).size).toBe(items.length);
      for (const i of items) expect(doc).toContain(`| ${i.item} | ${i.zh} | \`${i.canonical}\` |`);
    }
  });
});
