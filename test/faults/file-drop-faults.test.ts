import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openAdapter } from '../../core/adapters/dry-run.ts';
import { sourceFormatFor } from '../../core/adapters/formats.ts';
import { FileDropInbox, type FileDropOptions, type FileResult } from '../../core/adapters/transports/file-drop.ts';
import { usccCheckCharacter } from '../../core/identifiers/uscc.ts';
import { withDemo } from '../support/demo.ts';
import { createTestHub, type TestHub } from '../support/test-hub.ts';

/**
 * Faults a department's exchange folder really produces: a file that breaks near its end and is
 * sent again corrected, odd entries in the inbox, a file every row of which was refused, and files
 * whose bytes contradict the adapter's encoding. On both stores; no real waiting (markers, not timers).
 */
const ADAPTER = fileURLToPath(new URL('../../adapters/wjj-filedrop', import.meta.url));
const HEADER =
  '行政相对人名称,行政相对人类别,统一社会信用代码,法定代表人,行政处罚决定书文号,违法行为类型,违法事实,处罚依据,' +
  '处罚类别,处罚内容,罚款金额(万元),处罚决定日期,处罚有效期,公示截止期,处罚机关,处罚机关统一社会信用代码,备注';

/** One penalty row, distinct for each `i`; `category` may be a code the adapter's table lacks. */
function row(i: number, category = '法人及非法人组织'): string {
  const first17 = `91370322MA${String(i).padStart(7, '0')}`;
  return (
    `高青县测试商户${i}号,${category},${first17}${usccCheckCharacter(first17)},法人${i},高卫医罚〔2026〕${1000 + i}号,医疗废物管理,事实${i},` +
    `《医疗废物管理条例》第四十六条,警告,警告,,2026-06-01,,,高青县卫生健康局,,`
  );
}

const gb = (lines: string[]) => iconv.encode(`${lines.join('\r\n')}\r\n`, 'gb18030');

let hub: TestHub;
afterEach(() => hub?.close());

async function setup(adapterDir = ADAPTER) {
  hub = await createTestHub({ now: '2026-06-10T10:00:00+08:00' });
  await withDemo(hub);
  const root = mkdtempSync(join(tmpdir(), 'sg-faults-'));
  let now = 0;
  const inbox = (dir = adapterDir, opts: Partial<FileDropOptions> = {}) => {
    const { adapter, mapping } = openAdapter(dir);
    return new FileDropInbox(hub.ctx, adapter, mapping, { root, stableMs: 1000, clock: () => now, ...opts });
  };
  inbox();
  /** Drops bytes under a name (text or raw bytes) with its `.done` marker, as the department's side does. */
  const drop = (name: string | Buffer, bytes: Uint8Array) => {
    const path = Buffer.concat([Buffer.from(join(root, 'inbox/')), Buffer.from(name)]);
    writeFileSync(path, bytes);
    writeFileSync(Buffer.concat([path, Buffer.from('.done')]), '');
  };
  return { root, inbox, drop, tick: (ms: number) => (now += ms) };
}

const records = async () =>
  (await hub.ctx.db.selectFrom('supervision_records').select(['id', 'record']).execute()).map((r) => ({
    id: r.id,
    document_number: (r.record as { documentNumber: string }).documentNumber,
  }));

/** Receipt rows (without the BOM and header) as [line, status, id, details]. */
function receiptRows(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(','));
}

/** A copy of the adapter whose mapping was "fixed": `个体户` added to its category code table. */
function fixedAdapter(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg-adapter-'));
  cpSync(ADAPTER, dir, { recursive: true });
  const mapping = join(dir, 'mapping.yaml');
  writeFileSync(
    mapping,
    readFileSync(mapping, 'utf8').replace(
      '个体工商户: individual-business',
      '个体工商户: individual-business, 个体户: individual-business',
    ),
  );
  return dir;
}

describe('file drop under faults', () => {
  it('a file that breaks near its end gets a receipt; the corrected resend records nothing twice', {
    timeout: 90_000,
  }, async () => {
    const { root, inbox, drop } = await setup();
    const rows = Array.from({ length: 60 }, (_, i) => row(i + 1));
    // Line 60 of 61 (the header is line 1) opens a quote it never closes, as in a hand-edited export.
    const broken = [HEADER, ...rows.slice(0, 58), `"${rows[58]}`, rows[59]!];
    drop('penalties.csv', gb(broken));
    const [first] = await inbox().scan();
    expect(first).toMatchObject({
      file: 'penalties.csv',
      status: 'error',
      code: 'FILE_BROKEN',
      line: 60,
      summary: { records: 58, accepted: 58, duplicate: 0, rejected: 0 },
      movedTo: 'error/penalties.csv',
    });
    expect(await records()).toHaveLength(58);
    const receipt = receiptRows(join(root, 'outbox/penalties.csv.receipt.csv'));
    expect(receipt).toHaveLength(59);
    expect(receipt.slice(0, 58).map((r) => Number(r[0]))).toEqual(Array.from({ length: 58 }, (_, i) => i + 2));
    expect(receipt.slice(0, 58).every((r) => r[1] === 'accepted')).toBe(true);
    expect(receipt[58]!.slice(0, 2)).toEqual(['60', 'error']);
    expect(receipt[58]![3]).toContain('FILE_BROKEN');
    expect(readdirSync(join(root, 'error')).sort()).toEqual([
      'penalties.csv',
      'penalties.csv.reason.txt',
      'penalties.csv.receipt.csv',
    ]);
    const reason = readFileSync(join(root, 'error/penalties.csv.reason.txt'), 'utf8');
    expect(reason).toContain('line 60');
    expect(reason).toContain('58 accepted');

    // The department fixes the quote and re-exports: other order, one new row on top, another file name.
    const corrected = [HEADER, row(61), ...[...rows].reverse()];
    drop('penalties-corrected.csv', gb(corrected));
    const [second] = await inbox().scan();
    expect(second).toMatchObject({
      status: 'processed',
      summary: { records: 61, accepted: 3, duplicate: 58, rejected: 0 },
    });
    const all = await records();
    expect(all).toHaveLength(61);
    expect(new Set(all.map((r) => r.document_number)).size).toBe(61); // 0 duplicates
    const lines = receiptRows(join(root, 'outbox/penalties-corrected.csv.receipt.csv')).map((r) => Number(r[0]));
    expect(lines).toEqual(Array.from({ length: 61 }, (_, i) => i + 2)); // in line order
  });

  it('sets every odd inbox entry aside with a reason file, and processes the good files beside them', async () => {
    const { root, inbox, drop, tick } = await setup();
    const good = gb([HEADER, row(1)]);
    drop('a-good.csv', good);
    drop(iconv.encode('卫健局处罚.csv', 'gbk'), gb([HEADER, row(2)])); // a name in GBK bytes
    // 254 bytes: its receipt name would pass 255 (nor is there room for a `.done` marker: taken once stable)
    writeFileSync(join(root, 'inbox', `${'a'.repeat(250)}.csv`), gb([HEADER, row(3)]));
    mkdirSync(join(root, 'inbox/x.csv'));
    writeFileSync(join(root, 'inbox/x.csv/inside.csv'), good);
    writeFileSync(join(root, 'outside.csv'), good);
    symlinkSync(join(root, 'outside.csv'), join(root, 'inbox/link.csv'));
    execFileSync('mkfifo', [join(root, 'inbox/pipe.csv')]); // reading it would wait forever
    const unreadable = process.getuid?.() !== 0; // root reads any file: the case exists only for others
    if (unreadable) {
      drop('locked.csv', good);
      chmodSync(join(root, 'inbox/locked.csv'), 0);
    }
    drop('z-good.csv', gb([HEADER, row(4)]));

    const box = inbox();
    const early = await box.scan(); // everything but the unmarked long name
    tick(1500);
    const results = [...early, ...(await box.scan())];
    const byCode: Record<string, FileResult> = Object.fromEntries(
      results.filter((r) => r.status === 'set-aside').map((r) => [r.code, r]),
    );
    expect(Object.keys(byCode).sort()).toEqual(
      [
        'FILE_IS_DIRECTORY',
        'FILE_IS_SYMLINK',
        'FILE_NAME_TOO_LONG',
        'FILE_NAME_UNDECODABLE',
        'FILE_NOT_REGULAR',
        ...(unreadable ? ['FILE_UNREADABLE'] : []),
      ].sort(),
    );
    expect(results.filter((r) => r.status === 'processed').map((r) => r.file)).toEqual(['a-good.csv', 'z-good.csv']);
    expect((await records()).map((r) => r.document_number).sort()).toEqual([
      '高卫医罚〔2026〕1001号',
      '高卫医罚〔2026〕1004号',
    ]);
    expect(readdirSync(join(root, 'inbox'))).toEqual([]);
    for (const r of Object.values(byCode)) {
      expect(r.movedTo).toMatch(/^error\/set-aside-20260610T020000Z-[0-9a-f]{12}$/);
      const reason = readFileSync(join(root, `${r.movedTo}.reason.txt`), 'utf8');
      expect(reason.split('\n')[0]).toBe(r.code);
    }
    expect(readFileSync(join(root, `${byCode.FILE_NAME_UNDECODABLE!.movedTo}.reason.txt`), 'utf8')).toContain(
      '卫健局处罚.csv (GB18030?)',
    );
    // Moved, not followed: the link is still a link, the directory still holds its file, the target untouched.
    expect(readFileSync(join(root, byCode.FILE_IS_DIRECTORY!.movedTo!, 'inside.csv'))).toEqual(good);
    expect(existsSync(join(root, 'outside.csv'))).toBe(true);
    const intake = await hub.ctx.db.selectFrom('file_intake').select(['state', 'code']).execute();
    expect(intake.filter((r) => r.state === 'error')).toHaveLength(Object.keys(byCode).length);
    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'file-intake')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'file-drop.done',
      'file-drop.done',
      ...Object.keys(byCode).map(() => 'file-drop.set-aside'),
    ]);
  });

  it('does not remember a file whose every row was refused: after the adapter is fixed it is taken', async () => {
    const { root, inbox, drop } = await setup();
    const file = gb([HEADER, row(1, '个体户'), row(2, '个体户')]);
    drop('p.csv', file);
    const [refused] = await inbox().scan();
    expect(refused).toMatchObject({ status: 'rejected', summary: { records: 2, accepted: 0, rejected: 2 } });
    drop('p.csv', file); // sent again before the fix: refused again, not "already processed"
    expect((await inbox().scan())[0]).toMatchObject({ status: 'rejected' });

    const fixed = fixedAdapter();
    drop('p.csv', file);
    const [taken] = await inbox(fixed).scan();
    expect(taken).toMatchObject({ status: 'processed', summary: { accepted: 2, rejected: 0 } });
    expect(await records()).toHaveLength(2);
    drop('p.csv', file); // now it was processed under this mapping: a duplicate
    expect((await inbox(fixed).scan())[0]).toMatchObject({ status: 'duplicate' });
    expect(readdirSync(join(root, 'archive')).sort()).toEqual(['p.csv', 'p.csv.1', 'p.csv.2', 'p.csv.duplicate']);
  });

  it('after a mapping change the same bytes can be dropped again, and unchanged records stay single', async () => {
    const { inbox, drop } = await setup();
    const file = gb([HEADER, row(1), row(2, '个体户')]);
    drop('p.csv', file);
    expect((await inbox().scan())[0]).toMatchObject({ status: 'processed', summary: { accepted: 1, rejected: 1 } });
    drop('p.csv', file);
    expect((await inbox().scan())[0]).toMatchObject({ status: 'duplicate' });
    drop('p.csv', file);
    const [again] = await inbox(fixedAdapter()).scan();
    expect(again).toMatchObject({ status: 'processed', summary: { accepted: 1, duplicate: 1, rejected: 0 } });
    expect(await records()).toHaveLength(2);
  });

  it('names the encoding when the bytes contradict the adapter, and takes nothing from such a file', async () => {
    const { root, inbox, drop } = await setup();
    const text = `${[HEADER, row(1)].join('\n')}\n`;
    drop('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    drop('plain-utf8.csv', Buffer.from(text));
    const bad = gb([HEADER, row(2)]);
    const at = bad.length - 20;
    bad[at] = 0xff; // never valid in GB18030
    drop('torn.csv', bad);
    const results = await inbox().scan();
    expect(results.map((r) => [r.file, r.status, r.code, r.reason])).toEqual([
      ['bom.csv', 'error', 'FILE_LOOKS_UTF8', 'The file looks like UTF-8 (BOM), but the adapter is set to GB18030'],
      [
        'plain-utf8.csv',
        'error',
        'FILE_LOOKS_UTF8',
        'The file looks like UTF-8 (no BOM), but the adapter is set to GB18030',
      ],
      ['torn.csv', 'error', 'FILE_NOT_IN_ENCODING', `The file is not valid GB18030 at byte ${at}`],
    ]);
    expect(await records()).toHaveLength(0);
    expect(readFileSync(join(root, 'error/bom.csv.reason.txt'), 'utf8')).toContain('看起来是 UTF-8 编码（BOM）');
    // Rejected whole: once re-exported in GB18030, the department's file is taken.
    drop('bom.csv', gb([HEADER, row(1)]));
    expect((await inbox().scan())[0]).toMatchObject({ status: 'processed', summary: { accepted: 1 } });
  });

  it('lets a file that keeps progressing run past the limit: the limit is on a stall, not on the whole file', {
    timeout: 60_000,
  }, async () => {
    const { inbox, drop } = await setup();
    const csv = sourceFormatFor('csv')!;
    const readFile = csv.readFile.bind(csv);
    // each record takes 400 ms to arrive: 10 records take over 4 s, each gap stays well under the 3 s limit
    const slow = vi.spyOn(csv, 'readFile').mockImplementation(async function* (file, encoding) {
      for await (const record of readFile(file, encoding)) {
        await new Promise((resolve) => setTimeout(resolve, 400));
        yield record;
      }
    });
    try {
      drop('steady.csv', gb([HEADER, ...Array.from({ length: 10 }, (_, i) => row(i + 1))]));
      const started = performance.now();
      const [result] = await inbox(ADAPTER, { fileTimeLimitMs: 3_000 }).scan();
      expect(performance.now() - started).toBeGreaterThan(3_000);
      expect(result).toMatchObject({ file: 'steady.csv', status: 'processed', summary: { accepted: 10 } });
      expect(await records()).toHaveLength(10);
    } finally {
      slow.mockRestore();
    }
  });

  it('stops a file at its time limit, sets it aside with what was taken, and a resend completes it once', {
    timeout: 90_000,
  }, async () => {
    const { root, inbox, drop } = await setup();
    const rows = Array.from({ length: 120 }, (_, i) => row(i + 1));
    drop('slow.csv', gb([HEADER, ...rows]));
    const [stopped] = await inbox(ADAPTER, { fileTimeLimitMs: 1 }).scan();
    expect(stopped).toMatchObject({ file: 'slow.csv', status: 'error', code: 'FILE_TIME_LIMIT' });
    const taken = (await records()).length;
    expect(taken).toBeLessThan(120);
    expect(readFileSync(join(root, 'error/slow.csv.reason.txt'), 'utf8')).toContain('FILE_TIME_LIMIT');
    drop('slow.csv', gb([HEADER, ...rows]));
    const [resent] = await inbox().scan();
    expect(resent).toMatchObject({ status: 'processed', summary: { records: 120, rejected: 0 } });
    expect(resent!.summary!.accepted + resent!.summary!.duplicate).toBe(120);
    const all = await records();
    expect(all).toHaveLength(120);
    expect(new Set(all.map((r) => r.document_number)).size).toBe(120);
  });
});
