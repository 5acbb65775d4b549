import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { compileMapping } from '../../core/adapters/mapping.ts';
import { LICENSE_ITEMS, approvalToLicenseItems } from '../../core/schema/shuanggongshi.ts';
import type { ApprovalDecision } from '../../core/schema/linkage.ts';
import { shuanggongshiFormats } from '../../core/shuanggongshi/sgs-format.ts';
import { sgsMappingSpec } from '../../core/shuanggongshi/sgs-mapping.ts';

// Each rule here is one that real 双公示 exports showed the earlier reading got wrong (docs/SHUANGGONGSHI.md).

const dir = mkdtempSync(join(tmpdir(), 'sg-sgs-std-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A conforming 行政许可 row (2021 column headers), with some items replaced. */
function licenceRow(changes: Record<string, string>): Record<string, string> {
  return {
    XK_XDR_MC: '高青县福源餐饮有限公司',
    XK_XDR_LB: '法人及非法人组织',
    XK_XDR_SHXYM: '914403001922038216',
    XK_FRDB: '王建国',
    XK_XKWS: '食品经营许可决定书',
    XK_WSH: '高审批食经〔2026〕118号',
    XK_XKLB: '普通',
    XK_XKZS: '食品经营许可证',
    XK_XKBH: 'JY23703220012345',
    XK_NR: '预包装食品销售',
    XK_JDRQ: '2026/03/02',
    XK_YXQZ: '2026/03/02',
    XK_YXQZI: '2031/03/01',
    XK_XKJG: '高青县行政审批服务局',
    XK_XKJGDM: '11370322MB2850914M',
    XK_ZT: '1',
    XK_LYDW: '高青县行政审批服务局',
    XK_LYDWDM: '11370322MB2850914M',
    事项编码: 'SC-001',
    ...changes,
  };
}

/** The rows written as a CSV export under the standard's headers, read and mapped as the hub does. */
async function readLicences(rows: Record<string, string>[], headers: Record<string, string> = {}) {
  const file = join(dir, `xk-${Math.random().toString(36).slice(2)}.csv`);
  const header = [...LICENSE_ITEMS.map((i) => headers[i.item] ?? i.zh), '事项编码'];
  const codes = [...LICENSE_ITEMS.map((i) => i.item), '事项编码'];
  writeFileSync(file, stringify([header, ...rows.map((r) => codes.map((c) => r[c] ?? ''))]));
  const format = shuanggongshiFormats.find((f) => f.name === 'shuanggongshi-xk')!;
  const mapping = compileMapping(sgsMappingSpec('XK'));
  const out = [];
  for await (const record of format.readFile(file, () => 'utf-8')) out.push(mapping.map(record));
  return out;
}

describe('当前状态 (XK_ZT)', () => {
  it('reads the 2016 template’s 0 (正常) as 有效, beside the 2021 codes 1 有效 / 2 无效', async () => {
    const [zero, word, one, two] = await readLicences(['0', '正常', '1', '2'].map((v) => licenceRow({ XK_ZT: v })));
    for (const r of [zero, word, one]) expect(r).toMatchObject({ ok: true, value: { status: 'valid' } });
    expect(two).toMatchObject({ ok: true, value: { status: 'invalid' } });
  });

  it('refuses 3 (the 2016 “其他”), naming the column', async () => {
    const [three] = await readLicences([licenceRow({ XK_ZT: '3' })]);
    expect(three).toMatchObject({ ok: false, errors: [{ field: 'XK_ZT' }] });
  });

  it('writes 1 and 2, the 2021 codes', () => {
    const decision = { status: 'invalid' } as ApprovalDecision;
    expect(approvalToLicenseItems(decision).XK_ZT).toBe('2');
    expect(approvalToLicenseItems({ ...decision, status: 'valid' }).XK_ZT).toBe('1');
  });
});

describe('“其他” with its name (证件类型, 许可类别)', () => {
  it('reads 其他-<名称> and 其他（<名称>） as 其他', async () => {
    const [idType, category] = await readLicences([
      licenceRow({ XK_FR_ZJLX: '其他-军官证', XK_FR_ZJHM: '军字第123号' }),
      licenceRow({ XK_XKLB: '其他（备案）' }),
    ]);
    expect(idType).toMatchObject({ ok: true, value: { counterpart: { legalRepresentative: { idType: 'other' } } } });
    expect(category).toMatchObject({ ok: true, value: { licenseCategory: 'other' } });
  });
});

describe('有效期至 长期', () => {
  it('reads 2099-12-31 written in any date form as 长期', async () => {
    const rows = await readLicences(
      ['20991231', '2099.12.31', '2099年12月31日'].map((v) => licenceRow({ XK_YXQZI: v })),
    );
    for (const r of rows) expect(r).toMatchObject({ ok: true, value: { validTo: 'long-term' } });
  });
});

describe('行政许可决定文书号 (XK_WSH)', () => {
  it('is the 许可编号 when the licence has no decision document number, as the standard tells fillers', async () => {
    const [row] = await readLicences([licenceRow({ XK_WSH: '' })]);
    expect(row).toMatchObject({ ok: true, value: { licenseDocumentNumber: 'JY23703220012345' } });
  });
});

describe('header variants of real exports', () => {
  it('reads 法定代表人身份证号 (XK_FR_SFZH) and 行政相对人代码-统一社会信用代码', async () => {
    const [row] = await readLicences([licenceRow({ XK_FR_ZJHM: '370322198001011234' })], {
      XK_FR_ZJHM: '法定代表人身份证号',
      XK_XDR_SHXYM: '行政相对人代码-统一社会信用代码',
    });
    expect(row).toMatchObject({
      ok: true,
      value: { counterpart: { uscc: '914403001922038216', legalRepresentative: { idNumber: '370322198001011234' } } },
    });
  });
});
