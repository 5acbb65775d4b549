import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openAdapter } from '../../core/adapters/dry-run.ts';
import { outboundShaper } from '../../core/adapters/outbound-shape.ts';
import { inboundJobs, loadAdapters } from '../../core/adapters/registry.ts';
import { SftpInbox, sftpJobs } from '../../core/adapters/transports/sftp.ts';
import type { OutboundMessage } from '../../core/delivery/message.ts';
import { transportFor } from '../../core/delivery/transports.ts';
import { withDemo } from '../support/demo.ts';
import { scanOnceStable } from '../support/stable-file.ts';
import { createTestHub, type TestHub } from '../support/test-hub.ts';
import { sshdInstalled, startSshd, type ThrowawaySshd } from '../support/throwaway-sshd.ts';

const ADAPTER = fileURLToPath(new URL('../../adapters/wjj-filedrop', import.meta.url));
const FIXTURE = join(ADAPTER, 'fixtures/penalties.gb18030.csv');

// CI installs Debian's OpenSSH server (.ci/run) and must run these; a machine without it skips them, saying so.
const haveSshd = sshdInstalled();
if (!haveSshd && process.env.CI)
  throw new Error('OpenSSH server is not installed: apt-get install -y openssh-server (.ci/run does)');
if (!haveSshd) console.warn('[shenguan] sshd not installed: SFTP tests skipped (apt-get install openssh-server)');
let sshd: ThrowawaySshd;
beforeAll(async () => {
  if (haveSshd) sshd = await startSshd();
}, 60_000);
afterAll(() => sshd?.stop());

let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

const supervisionCount = async () =>
  (await hub!.ctx.db.selectFrom('supervision_records').select('id').execute()).length;

/** A fresh remote exchange folder on the test's server, and an SFTP inbox reading it. */
async function setup() {
  hub = await createTestHub({ now: '2026-06-10T10:00:00+08:00' });
  await withDemo(hub);
  const remote = mkdtempSync(join(sshd.root, 'wjj-'));
  mkdirSync(join(remote, 'inbox'));
  const local = mkdtempSync(join(tmpdir(), 'sg-sftp-local-'));
  const { adapter, mapping } = openAdapter(ADAPTER);
  let now = 0;
  const inbox = (hostKey = sshd.hostKey) =>
    new SftpInbox(hub!.ctx, adapter, mapping, {
      url: `${sshd.url.replace(sshd.root, '')}${remote}`,
      privateKey: sshd.privateKey,
      hostKey,
      local,
      stableMs: 1000,
      clock: () => now,
    });
  return { remote, local, inbox, tick: (ms: number) => (now += ms) };
}

describe.skipIf(!haveSshd)('SFTP pull (卫生健康局 GB18030 CSV on the department server)', () => {
  it('takes a marked file, archives it remotely and puts its receipt in the remote outbox', async () => {
    const { remote, inbox } = await setup();
    copyFileSync(FIXTURE, join(remote, 'inbox/20260610.csv'));
    writeFileSync(join(remote, 'inbox/20260610.csv.done'), '');
    const [result] = await inbox().scan();
    expect(result).toMatchObject({ file: '20260610.csv', status: 'processed', summary: { accepted: 2, rejected: 2 } });
    expect(await supervisionCount()).toBe(2);
    expect(readdirSync(join(remote, 'inbox'))).toEqual([]);
    expect(readdirSync(join(remote, 'archive'))).toEqual(['20260610.csv']);
    const outbox = readdirSync(join(remote, 'outbox')).sort();
    expect(outbox).toContain('20260610.csv.receipt.csv');
    expect(outbox.some((n) => n.startsWith('.'))).toBe(false); // no temporary name left behind
    const receipt = readFileSync(join(remote, 'outbox/20260610.csv.receipt.csv'), 'utf8').trim().split('\n');
    expect(receipt).toHaveLength(5);
    expect(receipt.find((l) => l.startsWith('4,'))).toContain('[行政相对人类别]');
  });

  it('waits for a remote file still being written and ignores temporary names', async () => {
    const { remote, inbox, tick } = await setup();
    const box = inbox();
    const scan = () => box.scan();
    expect(
      await scanOnceStable({ inbox: join(remote, 'inbox'), file: FIXTURE, temporary: 'upload.csv.part', scan, tick }),
    ).toMatchObject([{ file: 'growing.csv', status: 'processed' }]);
    expect(readdirSync(join(remote, 'inbox'))).toEqual(['upload.csv.part']);
  });

  it('records nothing twice when a file comes again, and moves a broken file to error/ with its reason', async () => {
    const { remote, inbox } = await setup();
    const drop = (name: string, bytes: Buffer) => {
      writeFileSync(join(remote, 'inbox', name), bytes);
      writeFileSync(join(remote, 'inbox', `${name}.done`), '');
    };
    drop('a.csv', readFileSync(FIXTURE));
    await inbox().scan();
    drop('b.csv', readFileSync(FIXTURE));
    expect(await inbox().scan()).toMatchObject([{ file: 'b.csv', status: 'duplicate' }]);
    expect(await supervisionCount()).toBe(2);
    expect(readdirSync(join(remote, 'archive')).sort()).toEqual(['a.csv', 'b.csv.duplicate']);
    expect(readdirSync(join(remote, 'outbox'))).toContain('b.csv.duplicate.receipt.csv');
    drop('broken.csv', Buffer.concat([readFileSync(FIXTURE), Buffer.from('\n"unterminated,')]));
    const [broken] = await inbox().scan();
    expect(broken).toMatchObject({ file: 'broken.csv', status: 'error', code: 'FILE_BROKEN' });
    expect(readdirSync(join(remote, 'error')).sort()).toEqual(['broken.csv', 'broken.csv.reason.txt']);
  });

  it('finishes on the next scan a file whose remote move was interrupted, without recording it twice', async () => {
    const { remote, local, inbox } = await setup();
    copyFileSync(FIXTURE, join(remote, 'inbox/c.csv'));
    writeFileSync(join(remote, 'inbox/c.csv.done'), '');
    // As if the previous process stopped after fetching the file: its local copy waits in the local inbox.
    mkdirSync(join(local, 'inbox'), { recursive: true });
    copyFileSync(FIXTURE, join(local, 'inbox/c.csv'));
    writeFileSync(join(local, 'inbox/c.csv.done'), '');
    expect(await inbox().scan()).toMatchObject([{ file: 'c.csv', status: 'processed' }]);
    expect(await supervisionCount()).toBe(2);
    expect(readdirSync(join(remote, 'inbox'))).toEqual([]);
    expect(existsSync(join(remote, 'outbox/c.csv.receipt.csv'))).toBe(true);
  });

  it('refuses a server whose host key is not the one configured', async () => {
    const { remote, inbox } = await setup();
    writeFileSync(join(remote, 'inbox/x.csv'), readFileSync(FIXTURE));
    writeFileSync(join(remote, 'inbox/x.csv.done'), '');
    await expect(inbox('SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA').scan()).rejects.toMatchObject({
      code: 'EXCHANGE_UNREACHABLE',
    });
  });
});

describe.skipIf(!haveSshd)('SFTP push', () => {
  it('writes each message atomically into the department folder; a resent message replaces itself', async () => {
    const folder = mkdtempSync(join(sshd.root, 'push-'));
    const transport = transportFor('sftp')!;
    const message: OutboundMessage = {
      id: 'msg-1',
      type: 'supervision.pushed',
      deliveryId: 'd-1',
      subject: { type: 'supervision-record', id: 's-1' },
      createdAt: '2026-06-10T02:00:00.000Z',
      payload: { record: { documentNumber: '高卫医罚〔2026〕1号' } },
    };
    const endpoint = {
      department: 'wjj',
      transport: 'sftp',
      url: `${sshd.url.replace(sshd.root, '')}${folder}?hostKey=${encodeURIComponent(sshd.hostKey)}`,
      secret: sshd.privateKey.toString(),
      guard: { dataDir: '/nonexistent', egressAllowList: ['127.0.0.1'] },
    };
    await transport.send!(message, endpoint);
    await transport.send!(message, endpoint);
    expect(readdirSync(folder)).toEqual(['msg-1.json']);
    expect(JSON.parse(readFileSync(join(folder, 'msg-1.json'), 'utf8'))).toEqual(message);
    // In the department's own shape (its adapter's outbound side): the file its system reads, in its encoding.
    const push: OutboundMessage = {
      ...message,
      id: 'msg-2',
      type: 'approval.pushed',
      payload: { decision: { matterCode: 'WJ-004', licenseDocumentNumber: '高审批卫〔2026〕7号' } },
    };
    const legacy = outboundShaper(loadAdapters([ADAPTER]))(push, { ...endpoint, transport: 'file-drop' })!;
    await transport.send!(push, endpoint, legacy);
    expect(readdirSync(folder).sort()).toEqual(['msg-1.json', 'msg-2.csv']);
    expect(readFileSync(join(folder, 'msg-2.csv'))).toEqual(legacy.body);
    await expect(
      transport.send!(message, { ...endpoint, guard: { ...endpoint.guard, egressAllowList: [] } }),
    ).rejects.toMatchObject({ code: 'ENDPOINT_URL_REFUSED' });
  });
});

describe.skipIf(!haveSshd)('SFTP jobs', () => {
  it('runs one scan per SFTP adapter and names those whose server settings are missing', async () => {
    hub = await createTestHub();
    // The file-drop adapter moved onto SFTP: the same mapping, another manifest.
    const dir = mkdtempSync(join(tmpdir(), 'sg-sftp-adapter-'));
    for (const f of ['mapping.yaml', 'tests.yaml']) copyFileSync(join(ADAPTER, f), join(dir, f));
    const manifest = readFileSync(join(ADAPTER, 'manifest.yaml'), 'utf8')
      .replace('name: wjj-filedrop', 'name: wjj-sftp')
      .replace('transport: file-drop', 'transport: sftp')
      .replace(
        'directions:',
        `sftp: { urlEnv: WJJ_SFTP_URL, keyFileEnv: WJJ_SFTP_KEY, hostKey: '${sshd.hostKey}' }\ndirections:`,
      );
    writeFileSync(join(dir, 'manifest.yaml'), manifest);
    const loaded = [openAdapter(ADAPTER), openAdapter(dir)];
    expect(sftpJobs(hub.ctx, loaded, tmpdir(), {})).toEqual({
      jobs: [],
      missing: ['wjj-sftp: WJJ_SFTP_URL, WJJ_SFTP_KEY'],
    });
    writeFileSync(join(dir, 'client-key'), sshd.privateKey);
    const env = { WJJ_SFTP_URL: sshd.url, WJJ_SFTP_KEY: join(dir, 'client-key') };
    const { jobs } = sftpJobs(hub.ctx, loaded, mkdtempSync(join(tmpdir(), 'sg-data-')), env);
    expect(jobs.map((j) => j.name)).toEqual(['sftp:wjj-sftp']);
    // As the hub starts it: through the registry, with the variables from the environment.
    const lines: string[] = [];
    const dataDir = mkdtempSync(join(tmpdir(), 'sg-data-'));
    vi.stubEnv('WJJ_SFTP_URL', '');
    try {
      expect(inboundJobs(hub.ctx, [loaded[1]!], dataDir, (l) => lines.push(l))).toEqual([]);
      expect(lines).toEqual(['adapter wjj-sftp: WJJ_SFTP_URL, WJJ_SFTP_KEY not set: this exchange does not run']);
      vi.stubEnv('WJJ_SFTP_URL', env.WJJ_SFTP_URL);
      vi.stubEnv('WJJ_SFTP_KEY', env.WJJ_SFTP_KEY);
      expect(inboundJobs(hub.ctx, [loaded[1]!], dataDir).map((j) => j.name)).toEqual(['sftp:wjj-sftp']);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
