import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliActor } from '../../core/audit/actor.ts';
import { queryAudit } from '../../core/audit/audit-log.ts';
import { exportCatalogue, importCatalogue } from '../../core/catalogue/catalogue-io.ts';
import {
  diffVersions,
  entryHistory,
  getEntry,
  listEntries,
  putEntry,
  retireEntry,
} from '../../core/catalogue/catalogue-store.ts';
import { DEMO_MATTERS } from '../../core/demo/demo-jurisdiction.ts';
import { withDemo } from '../support/demo.ts';
import { createTestHub, type TestHub } from '../support/test-hub.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/catalogue/${name}`, import.meta.url));
const actor = cliActor();

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub({ now: '2026-03-02T09:00:00+08:00' });
  await withDemo(hub);
});
afterEach(() => hub?.close());

describe('versioned catalogue', () => {
  const food = DEMO_MATTERS[0]!;

  it('makes a new version per change, with effective date, author and reason, and keeps history', async () => {
    const v2 = await putEntry(
      hub.ctx,
      'matter',
      { ...food, timeLimitDays: 5 },
      { effectiveFrom: '2026-04-01', reason: '压缩办理时限（县审改办〔2026〕5号）' },
      actor,
    );
    expect(v2).toMatchObject({ changed: true, entry: { version: 2, effectiveFrom: '2026-04-01', author: actor.id } });
    const history = await entryHistory(hub.ctx, 'matter', food.code);
    expect(history.map((h) => [h.version, h.reason])).toEqual([
      [1, '演示数据：划转事项初始目录'],
      [2, '压缩办理时限（县审改办〔2026〕5号）'],
    ]);
  });

  it('answers which version was in force on a date', async () => {
    await putEntry(
      hub.ctx,
      'matter',
      { ...food, timeLimitDays: 5 },
      { effectiveFrom: '2026-04-01', reason: 'r' },
      actor,
    );
    expect((await getEntry(hub.ctx, 'matter', food.code)).version).toBe(1); // today is 2026-03-02
    expect((await getEntry(hub.ctx, 'matter', food.code, { asOf: '2026-04-01' })).version).toBe(2);
    hub.clock.set('2026-04-01T08:00:00+08:00');
    expect((await getEntry(hub.ctx, 'matter', food.code)).data?.timeLimitDays).toBe(5);
  });

  it('does not make a version when nothing changed', async () => {
    const again = await putEntry(hub.ctx, 'matter', food, { effectiveFrom: '2021-11-01', reason: 'again' }, actor);
    expect(again).toMatchObject({ changed: false, entry: { version: 1 } });
  });

  it('diffs two versions field by field', async () => {
    await putEntry(
      hub.ctx,
      'matter',
      { ...food, timeLimitDays: 5, materials: [...food.materials, { name: '健康证明', required: true }] },
      { effectiveFrom: '2026-04-01', reason: 'r' },
      actor,
    );
    const changes = await diffVersions(hub.ctx, 'matter', food.code, 1, 2);
    expect(changes).toEqual(
      expect.arrayContaining([
        { type: 'changed', pointer: '/timeLimitDays', before: 10, after: 5 },
        { type: 'added', pointer: '/materials/2', after: { name: '健康证明', required: true } },
      ]),
    );
  });

  it('retires an entry from a date and keeps it in history', async () => {
    await retireEntry(hub.ctx, 'matter', 'WJ-004', { effectiveFrom: '2026-03-02', reason: '改为备案' }, actor);
    expect((await listEntries(hub.ctx, 'matter')).map((e) => e.code)).not.toContain('WJ-004');
    expect((await listEntries(hub.ctx, 'matter', '2026-03-01')).map((e) => e.code)).toContain('WJ-004');
    await expect(getEntry(hub.ctx, 'matter', 'WJ-004')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('numbers concurrent revisions without gaps or collisions', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        putEntry(
          hub.ctx,
          'matter',
          { ...food, timeLimitDays: 20 + i },
          { effectiveFrom: '2026-04-01', reason: `r${i}` },
          actor,
        ),
      ),
    );
    expect((await entryHistory(hub.ctx, 'matter', food.code)).map((h) => h.version)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });

  it('writes every change to the audit log with before and after', async () => {
    await putEntry(
      hub.ctx,
      'matter',
      { ...food, fees: '按标准收费' },
      { effectiveFrom: '2026-04-01', reason: 'r' },
      actor,
    );
    const [entry] = await queryAudit(hub.ctx.db, { entityType: 'catalogue-matter', entityId: `${food.code}@2` });
    expect(entry).toMatchObject({ actor: actor.id, action: 'catalogue.entry.revised' });
    expect((entry!.before as { fees: string }).fees).toBe('不收费');
    expect((entry!.after as { data: { fees: string } }).data.fees).toBe('按标准收费');
  });
});

describe('bulk import', () => {
  it('imports the good rows of a GB18030 CSV and reports each bad row by line and field', async () => {
    const report = await importCatalogue(
      hub.ctx,
      fixture('matters-with-bad-rows.gb18030.csv'),
      'matters.csv',
      {},
      actor,
    );
    expect(report.fileEncoding).toBe('gb18030');
    expect(report.imported.map((i) => [i.code, i.line])).toEqual([
      ['SC-101', 2],
      ['WJ-103', 7],
      ['RS-103', 8],
    ]);
    const rejected = report.rejected.map((r) => ({ line: r.line, fields: r.errors.map((e) => e.field) }));
    expect(rejected).toEqual([
      { line: 3, fields: ['许可类别'] },
      { line: 4, fields: ['事项名称'] },
      { line: 5, fields: ['监管部门'] },
      { line: 6, fields: ['承诺时限(工作日)'] },
    ]);
    expect(report.rejected[0]!.errors[0]!.zh).toContain('“特殊”不是可选值');
    expect(report.rejected[2]!.errors[0]!.en).toBe("监管部门: no department with code 'abc'");

    const sc101 = await getEntry(hub.ctx, 'matter', 'SC-101');
    expect(sc101).toMatchObject({ effectiveFrom: '2026-03-01', reason: '县审改办〔2026〕3号调整' });
    expect(sc101.data).toMatchObject({
      name: '小餐饮经营许可',
      materials: [
        { name: '申请书', required: true },
        { name: '健康证明', required: true },
        { name: '场所平面图', required: false },
      ],
      creditApproval: { mode: 'post-verification', conditions: ['经营场所与承诺一致'] },
      specialReviews: [{ procedure: 'site-inspection', handling: 'joint', department: 'scjg' }],
      pushList: [{ department: 'scjg', fields: ['事项名称', '许可文号', '许可日期'] }],
      boundary: { approvalEndsAt: '作出许可决定', supervisionStartsAt: '认领审批信息' },
    });
    expect((await getEntry(hub.ctx, 'matter', 'WJ-103')).data?.specialReviews).toEqual([
      { procedure: 'technical-review', handling: 'entrusted', thirdParty: '县疾控中心' },
    ]);
  });

  it('reports the second of two rows with one code, still reading the file as UTF-8', async () => {
    const text = fixture('matters-with-bad-rows.utf8.csv').toString('utf8');
    const lines = text.trim().split('\n');
    const report = await importCatalogue(
      hub.ctx,
      Buffer.from([lines[0], lines[1], lines[1]].join('\n')),
      'dup.csv',
      {},
      actor,
    );
    expect(report.fileEncoding).toBe('utf-8');
    expect(report.imported).toHaveLength(1);
    expect(report.rejected[0]).toMatchObject({ line: 3, errors: [{ field: '事项编码' }] });
  });

  it('exports CSV in GB18030 that imports back as no change', async () => {
    const csv = await exportCatalogue(hub.ctx, 'matter', 'csv', 'gb18030');
    const report = await importCatalogue(hub.ctx, csv, 'export.csv', {}, actor);
    expect(report.rejected).toEqual([]);
    expect(report.imported).toHaveLength(DEMO_MATTERS.length);
    expect(report.imported.every((i) => !i.changed)).toBe(true);
  });

  it('imports and exports JSON, pointing at the bad item', async () => {
    const doc = {
      effectiveFrom: '2026-03-01',
      reason: 'json',
      matters: [{ ...DEMO_MATTERS[1], code: 'SC-900' }, { code: 'SC-901' }],
    };
    const report = await importCatalogue(hub.ctx, Buffer.from(JSON.stringify(doc)), 'c.json', {}, actor);
    expect(report.imported.map((i) => i.code)).toEqual(['SC-900']);
    expect(report.rejected[0]!.pointer).toBe('/matters/1');
    expect(report.rejected[0]!.errors.map((e) => e.pointer)).toContain('/matters/1/name');
    const exported = JSON.parse((await exportCatalogue(hub.ctx, 'supervision-matter', 'json')).toString());
    expect(exported.supervisionMatters).toHaveLength(3);
  });
});
