import { describe, expect, it } from 'vitest';
import { compileMapping, readDate, readMoney } from '../../core/adapters/mapping.ts';

describe('mapping value readers', () => {
  it.each([
    ['2026-06-10', '2026-06-10'],
    ['2026/6/1', '2026-06-01'],
    ['20260610', '2026-06-10'],
    ['2026年6月10日', '2026-06-10'],
    ['2026-06-10 00:00:00', '2026-06-10'],
  ])('reads the date %s', (text, iso) => expect(readDate(text)).toBe(iso));

  it('rejects impossible dates', () => {
    expect(readDate('2026-02-30')).toBeUndefined();
    expect(readDate('昨天')).toBeUndefined();
  });

  it.each([
    ['50000', '元', '5'],
    ['5', '元', '0.0005'],
    ['1234.5', '元', '0.12345'],
    ['123456.78', '元', '12.345678'],
    ['1,000,000元', '元', '100'],
    ['5.5', '万元', '5.5'],
  ] as const)('reads %s %s as %s 万元 exactly', (text, unit, out) => expect(readMoney(text, unit)).toBe(out));
});

describe('compiled mapping', () => {
  const mapping = compileMapping({
    target: 'supervision-record',
    fields: {
      '/kind': { default: 'penalty' },
      '/counterpart/name': { from: '行政相对人名称', required: true },
      '/counterpart/category': {
        from: '行政相对人类别',
        codes: { 法人及非法人组织: 'organisation', 自然人: 'natural-person', 个体工商户: 'individual-business' },
      },
      '/counterpart/uscc': { from: '统一社会信用代码' },
      '/documentNumber': { from: '行政处罚决定书文号' },
      '/penaltyCategories': { from: '处罚类别', type: 'list', codes: { 警告: 'warning', 罚款: 'fine' } },
      '/content': { from: '处罚内容', required: true },
      '/fineWanYuan': { from: '罚款金额（元）', type: 'money', unit: '元' },
      '/decisionDate': { from: '处罚决定日期', type: 'date', required: true },
      '/validUntil': { from: '处罚有效期', type: 'date', longTerm: ['2099-12-31', '长期'] },
      '/authority/name': { from: '处罚机关', required: true },
    },
  });
  const row = {
    '行政相对人名称 ': '高青县某超市',
    行政相对人类别: '法人及非法人组织',
    统一社会信用代码: '914403001922038216',
    行政处罚决定书文号: '高卫罚〔2026〕3号',
    处罚类别: '警告、罚款',
    处罚内容: '罚款贰仟元',
    '罚款金额(元)': '2000',
    处罚决定日期: '2026/06/01',
    处罚有效期: '2099-12-31',
    处罚机关: '高青县卫生健康局',
  };

  it('maps a row with variant header spellings into a valid canonical record', () => {
    expect(mapping.map({ fields: row, line: 2 })).toEqual({
      ok: true,
      line: 2,
      value: {
        kind: 'penalty',
        counterpart: { name: '高青县某超市', category: 'organisation', uscc: '914403001922038216' },
        documentNumber: '高卫罚〔2026〕3号',
        penaltyCategories: ['warning', 'fine'],
        content: '罚款贰仟元',
        fineWanYuan: '0.2',
        decisionDate: '2026-06-01',
        validUntil: 'long-term',
        authority: { name: '高青县卫生健康局' },
      },
    });
  });

  it('names the source field, its line and the target field in every error', () => {
    const bad = mapping.map({ fields: { ...row, 处罚类别: '通报批评', 处罚决定日期: '上月', 处罚机关: '' }, line: 7 });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => [e.line, e.field, e.pointer])).toEqual([
      [7, '处罚类别', '/penaltyCategories'],
      [7, '处罚决定日期', '/decisionDate'],
      [7, '处罚机关', '/authority/name'],
    ]);
    expect(bad.errors[0]!.zh).toBe('处罚类别 → /penaltyCategories：代码“通报批评”不在代码表中（可用：警告、罚款）');
  });

  it('reports schema problems against the source field', () => {
    const bad = mapping.map({ fields: { ...row, 统一社会信用代码: 'ABC' }, line: 3 });
    expect(bad.ok ? [] : bad.errors.map((e) => [e.field, e.pointer])).toEqual([
      ['统一社会信用代码', '/counterpart/uscc'],
    ]);
  });
});
