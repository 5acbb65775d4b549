import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { compileAdapter, mapFile, openAdapter } from '../../core/adapters/dry-run.ts';
import { FileDropInbox } from '../../core/adapters/transports/file-drop.ts';
import { LICENSE_ITEMS, PENALTY_ITEMS } from '../../core/schema/shuanggongshi.ts';
import { exportDay, exportShuanggongshi, importShuanggongshi } from '../../core/shuanggongshi/sgs-io.ts';
import { bearer, withDemo } from '../support/demo.ts';
import { CF, CF_FIXTURE, XK, XK_FIXTURE } from '../support/sgs-fixtures.ts';
import { createTestHub, type TestHub } from '../support/test-hub.ts';

let hub: TestHub;
afterEach(() => hub?.close());

async function setup() {
  hub = await createTestHub({ now: '2026-06-12T10:00:00+08:00' });
  const keys = await withDemo(hub);
  const root = mkdtempSync(join(tmpdir(), 'sg-sgs-'));
  const { adapter, mapping, settings } = openAdapter(XK, { SHENGUAN_ADAPTER_SGS_XK_ROOT: root });
  const inbox = new FileDropInbox(hub.ctx, adapter, mapping, { root, historical: settings.historical === true });
  return { root, inbox, keys };
}

function drop(root: string, name: string, bytes: Buffer) {
  writeFileSync(join(root, 'inbox', name), bytes);
  writeFileSync(join(root, 'inbox', `${name}.done`), '');
}

/** What each record maps to, by line: the canonical record the hub would store. */
async function mapped(dir: string, file: string) {
  const out: Record<string, unknown>[] = [];
  for await (const r of mapFile(dir, file)) if (r.ok) out.push(r.value);
  return out;
}

/** A 双公示 file uploaded over the API with a department's key, as the given media type. */
async function upload(kind: 'xk' | 'cf', apiKey: string, contentType: string, file: string) {
  const app = await hub.app();
  return app.inject({
    method: 'POST',
    url: `/api/v1/shuanggongshi/${kind}/import`,
    headers: { ...bearer(apiKey), 'content-type': contentType },
    payload: readFileSync(file),
  });
}

const key = (r: Record<string, unknown>) => String(r.licenseDocumentNumber ?? r.documentNumber);

describe('双公示 行政许可 (XK_) in the bureau inbox', () => {
  it('loads the good rows of a variant-header GB18030 export, names each bad row and why, pushes nothing', async () => {
    const { root, inbox } = await setup();
    drop(root, 'XK_20260306.csv', readFileSync(XK_FIXTURE));
    const [result] = await inbox.scan();
    expect(result).toMatchObject({ status: 'processed', summary: { records: 7, accepted: 4, rejected: 3 } });

    const receipt = parseCsv(readFileSync(join(root, 'outbox/XK_20260306.csv.receipt.csv'), 'utf8'), {
      bom: true,
      from_line: 2,
    }) as string[][];
    expect(receipt.map((r) => r[0])).toEqual(['2', '3', '4', '5', '6', '7', '8']);
    expect(receipt.map((r) => r[1])).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'accepted',
      'rejected',
      'rejected',
      'rejected',
    ]);
    // Line 3's USCC fails its check character: taken under the county's policy ('flag'), with the warning.
    expect(receipt[0]![3]).toBe('');
    expect(receipt[1]![3]).toContain('警告 / warning');
    expect(receipt[1]![3]).toContain('统一社会信用代码无效');
    // Line 5's 当前状态 is the 2016 template's 0 (正常): a valid licence.
    expect(receipt[3]![3]).toBe('');
    expect(receipt[4]![3]).toContain('[XK_JDRQ]');
    expect(receipt[5]![3]).toContain('JT-999');
    expect(receipt[6]![3]).toContain('[XK_XKLB]');

    // Loaded into the catalogue-aware store (the matter version stamped), routed to no department.
    const approvals = await hub.ctx.db
      .selectFrom('approvals')
      .select(['id', 'matter_code', 'matter_version', 'push_delay_hours', 'pushed_late'])
      .orderBy('license_document_number')
      .execute();
    expect(approvals.map((a) => a.matter_code).sort()).toEqual(['SC-001', 'SC-001', 'SC-001', 'WJ-001']);
    expect(approvals.every((a) => a.matter_version >= 1 && a.push_delay_hours === null && !a.pushed_late)).toBe(true);
    expect(await hub.ctx.db.selectFrom('deliveries').select('id').execute()).toEqual([]);
    expect(await hub.ctx.db.selectFrom('outbox').select('id').execute()).toEqual([]);
    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'approval')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(Array(4).fill('approval.loaded'));
  });

  it('pushes the loaded licences to their departments when the bureau asks', async () => {
    const { root } = await setup();
    const { adapter, mapping } = compileAdapter(XK);
    const inbox = new FileDropInbox(hub.ctx, adapter, mapping, { root, historical: false });
    drop(root, 'XK.csv', readFileSync(XK_FIXTURE));
    // Pushes carry the counterpart's contact (001 §7(一)2), which the standard lacks: they are refused.
    const [result] = await inbox.scan();
    expect(result?.summary).toMatchObject({ accepted: 0, rejected: 7 });
    const receipt = readFileSync(join(root, 'outbox/XK.csv.receipt.csv'), 'utf8');
    expect(receipt).toContain('联系方式');
  });

  it('exports a standard file (CSV GB18030 and XLSX) that re-imports to the same records', async () => {
    const { root, inbox } = await setup();
    drop(root, 'XK.csv', readFileSync(XK_FIXTURE));
    await inbox.scan();
    const original = (await mapped(XK, XK_FIXTURE)).filter((r) => r.matterCode !== 'JT-999');

    const csv = await exportShuanggongshi(hub.ctx, {
      kind: 'XK',
      from: '2026-03-01',
      to: '2026-03-31',
      encoding: 'gb18030',
      matterColumn: true,
    });
    expect(csv.rows).toBe(4);
    const table = parseCsv(iconv.decode(csv.bytes, 'gb18030')) as string[][];
    expect(table[0]).toEqual([...LICENSE_ITEMS.map((i) => i.zh), '事项编码']);
    expect(table[0]![2]).toBe('行政相对人代码_1(统一社会信用代码)');
    expect(table[0]![7]).toBe('行政相对人代码_6(社会组织登记证号)');
    expect(table[1]![LICENSE_ITEMS.findIndex((i) => i.item === 'XK_JDRQ')]).toBe('2026/03/02');

    const file = join(root, 'export.csv');
    writeFileSync(file, csv.bytes);
    const again = await mapped(XK, file);
    expect(again.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      original.sort((a, b) => key(a).localeCompare(key(b))),
    );
    // Dropped in the inbox, the exported file is recognised record by record: nothing is recorded twice.
    drop(root, 'XK-export.csv', csv.bytes);
    const [back] = await inbox.scan();
    expect(back?.summary).toMatchObject({ records: 4, accepted: 0, duplicate: 4 });
    expect(await hub.ctx.db.selectFrom('approvals').select('id').execute()).toHaveLength(4);

    const xlsx = await exportShuanggongshi(hub.ctx, {
      kind: 'XK',
      from: '2026-03-01',
      to: '2026-03-31',
      format: 'xlsx',
      matterColumn: true,
    });
    const xfile = join(root, 'export.xlsx');
    writeFileSync(xfile, xlsx.bytes);
    const fromXlsx = await mapped(XK, xfile);
    expect(fromXlsx.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(original);
  });

  it('refuses an approval adapter that a department owns, whole and with one clear reason', async () => {
    const { root } = await setup();
    const { adapter, mapping } = compileAdapter(XK);
    const foreign = { ...adapter, manifest: { ...adapter.manifest, department: 'scjg' } };
    const inbox = new FileDropInbox(hub.ctx, foreign, mapping, { root, historical: true });
    drop(root, 'XK.csv', readFileSync(XK_FIXTURE));
    const [result] = await inbox.scan();
    expect(result).toMatchObject({ status: 'error', code: 'ADAPTER_OWNER_MISMATCH' });
    const reason = readFileSync(join(root, 'error/XK.csv.reason.txt'), 'utf8');
    expect(reason).toContain('只能由行政审批服务局拥有');
    expect(await hub.ctx.db.selectFrom('approvals').select('id').execute()).toEqual([]);
  });
});

describe('双公示 行政处罚 (CF_) from a department', () => {
  it('imports an XLSX export over the API with the 2021 penalty kinds, exports it back in standard order', async () => {
    const { keys } = await setup();
    const app = await hub.app();
    const res = await upload(
      'cf',
      keys.scjg!,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      CF_FIXTURE,
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ records: 4, accepted: 2, rejected: 2 });
    expect(body.outcomes.map((o: { line: number }) => o.line)).toEqual([3, 4, 5, 6]);
    expect(body.outcomes[1].warnings[0].code).toBe('USCC_INVALID');
    expect(body.outcomes[2].errors[0].field).toBe('CF_CFLB');
    expect(body.outcomes[3].errors[0].field).toBe('CF_NR_FK');

    const out = await app.inject({
      method: 'GET',
      url: '/api/v1/shuanggongshi/cf/export?from=2026-06-01&to=2026-06-30&encoding=utf-8',
      headers: bearer(keys.scjg!),
    });
    expect(out.statusCode).toBe(200);
    expect(out.headers['x-record-count']).toBe('2');
    const table = parseCsv(out.rawPayload, { bom: true }) as string[][];
    expect(table[0]).toEqual(PENALTY_ITEMS.map((i) => i.zh));
    const cflb = PENALTY_ITEMS.findIndex((i) => i.item === 'CF_CFLB');
    expect(table[1]![cflb]).toBe('警告;通报批评;罚款;没收违法所得;没收非法财物');
    expect(table[2]![cflb]).toBe('责令关闭;限制从业');

    const root = mkdtempSync(join(tmpdir(), 'sg-cf-'));
    writeFileSync(join(root, 'cf.csv'), out.rawPayload);
    const original = await mapped(CF, CF_FIXTURE);
    expect(await mapped(CF, join(root, 'cf.csv'))).toEqual(original);
    // Uploaded again, the same penalties are recognised, not recorded twice.
    const again = await importShuanggongshi(hub.ctx, 'CF', out.rawPayload, {
      id: 'test',
      department: 'scjg',
      roles: ['system'],
    });
    expect(again).toMatchObject({ accepted: 0, duplicate: 2 });
  });

  it('keeps 行政许可 files to the bureau', async () => {
    const { keys } = await setup();
    const res = await upload('xk', keys.scjg!, 'text/csv', XK_FIXTURE);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN_ROLE');
    const cfInXk = await upload('xk', keys.bureau!, 'application/octet-stream', CF_FIXTURE);
    expect(cfInXk.statusCode).toBe(400);
    expect(cfInXk.json()).toMatchObject({ code: 'SHUANGGONGSHI_HEADER' });
    expect(cfInXk.json().message.zh).toContain('这是行政处罚（CF_）文件');
  });
});

describe('the daily 双公示 files', () => {
  it("writes the day's XK_ and CF_ files into the configured folder, header only on an empty day", async () => {
    const { root, inbox } = await setup();
    drop(root, 'XK.csv', readFileSync(XK_FIXTURE));
    await inbox.scan();
    const folder = mkdtempSync(join(tmpdir(), 'sg-credit-'));
    const written = await exportDay(hub.ctx, folder, '2026-06-12');
    expect(written).toEqual([
      { file: 'XK_20260612.csv', rows: 4 },
      { file: 'CF_20260612.csv', rows: 0 },
    ]);
    expect(readdirSync(folder).sort()).toEqual(['CF_20260612.csv', 'XK_20260612.csv']);
    const cf = parseCsv(iconv.decode(readFileSync(join(folder, 'CF_20260612.csv')), 'gb18030')) as string[][];
    expect(cf).toEqual([PENALTY_ITEMS.map((i) => i.zh)]);
    expect(await exportDay(hub.ctx, folder, '2026-06-11')).toEqual([
      { file: 'XK_20260611.csv', rows: 0 },
      { file: 'CF_20260611.csv', rows: 0 },
    ]);
  });
});
