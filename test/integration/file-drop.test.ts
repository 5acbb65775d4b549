import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { openAdapter } from '../../core/adapters/dry-run.ts';
import { FileDropInbox } from '../../core/adapters/transports/file-drop.ts';
import { withDemo } from '../support/demo.ts';
import { scanOnceStable } from '../support/stable-file.ts';
import { createTestHub, type TestHub } from '../support/test-hub.ts';

const ADAPTER = fileURLToPath(new URL('../../adapters/wjj-filedrop', import.meta.url));
const FIXTURE = join(ADAPTER, 'fixtures/penalties.gb18030.csv');

let hub: TestHub;
afterEach(() => hub?.close());

async function setup() {
  hub = await createTestHub({ now: '2026-06-10T10:00:00+08:00' });
  await withDemo(hub);
  const root = mkdtempSync(join(tmpdir(), 'sg-drop-'));
  const { adapter, mapping } = openAdapter(ADAPTER);
  let now = 0;
  const inbox = () => new FileDropInbox(hub.ctx, adapter, mapping, { root, stableMs: 1000, clock: () => now });
  inbox(); // creates inbox/, outbox/, archive/, error/
  return { root, inbox, tick: (ms: number) => (now += ms) };
}

const supervisionCount = async () => (await hub.ctx.db.selectFrom('supervision_records').select('id').execute()).length;

describe('file drop (卫生健康局 GB18030 CSV)', () => {
  it('ingests the good rows of a dropped file, writes a receipt naming each bad row, and archives it', async () => {
    const { root, inbox } = await setup();
    copyFileSync(FIXTURE, join(root, 'inbox/20260610-penalties.csv'));
    writeFileSync(join(root, 'inbox/20260610-penalties.csv.done'), '');
    const [result] = await inbox().scan();
    expect(result).toMatchObject({
      file: '20260610-penalties.csv',
      status: 'processed',
      summary: { records: 4, accepted: 2, rejected: 2 },
    });
    expect(await supervisionCount()).toBe(2);
    const bureauInbox = await hub.ctx.db
      .selectFrom('deliveries')
      .select('recipient')
      .where('subject_type', '=', 'supervision-record')
      .execute();
    expect(bureauInbox.map((d) => d.recipient)).toEqual(['bureau', 'bureau']);

    const receipt = readFileSync(join(root, 'outbox/20260610-penalties.csv.receipt.csv'), 'utf8');
    const lines = receipt.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.find((l) => l.startsWith('4,'))).toContain('rejected');
    expect(lines.find((l) => l.startsWith('4,'))).toContain('[行政相对人类别]');
    expect(lines.find((l) => l.startsWith('5,'))).toContain('[处罚决定日期]');
    expect(readdirSync(join(root, 'archive'))).toEqual(['20260610-penalties.csv']);
    expect(readdirSync(join(root, 'inbox'))).toEqual([]);
  });

  it('waits for a half-written file until its size is stable, and ignores temporary names', async () => {
    const { root, inbox, tick } = await setup();
    const box = inbox();
    const inboxDir = join(root, 'inbox');
    const scan = () => box.scan();
    const [done] = await scanOnceStable({ inbox: inboxDir, file: FIXTURE, temporary: 'upload.csv.tmp', scan, tick });
    expect(done).toMatchObject({ file: 'growing.csv', status: 'processed', summary: { accepted: 2 } });
    expect(existsSync(join(root, 'inbox/upload.csv.tmp'))).toBe(true);
  });

  it('processes the same bytes once even across restarts and under another name', async () => {
    const { root, inbox } = await setup();
    const drop = (name: string) => {
      copyFileSync(FIXTURE, join(root, 'inbox', name));
      writeFileSync(join(root, 'inbox', `${name}.done`), '');
    };
    drop('a.csv');
    await inbox().scan();
    drop('a.csv');
    const [again] = await inbox().scan(); // a new instance: as after a restart
    expect(again).toMatchObject({ file: 'a.csv', status: 'duplicate' });
    drop('b.csv');
    const [renamed] = await inbox().scan();
    expect(renamed).toMatchObject({ file: 'b.csv', status: 'duplicate' });
    expect(readdirSync(join(root, 'outbox'))).toContain('b.csv.duplicate.receipt.csv');
    expect(await supervisionCount()).toBe(2);
  });

  it('moves an unreadable file to error/ with a reason file', async () => {
    const { root, inbox } = await setup();
    writeFileSync(
      join(root, 'inbox/broken.csv'),
      iconv.encode('行政相对人名称,处罚内容\n"未闭合的引号,罚款\n', 'gb18030'),
    );
    writeFileSync(join(root, 'inbox/broken.csv.done'), '');
    const [result] = await inbox().scan();
    expect(result).toMatchObject({ file: 'broken.csv', status: 'error', code: 'FILE_BROKEN', line: 2 });
    expect(readdirSync(join(root, 'error')).sort()).toEqual([
      'broken.csv',
      'broken.csv.reason.txt',
      'broken.csv.receipt.csv',
    ]);
    expect(readFileSync(join(root, 'error/broken.csv.reason.txt'), 'utf8')).toContain('无法完整读取该文件');
  });
});
