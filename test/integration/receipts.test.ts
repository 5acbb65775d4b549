import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openAdapter } from '../../core/adapters/dry-run.ts';
import { FileDropInbox } from '../../core/adapters/transports/file-drop.ts';
import { verifyReceiptFile } from '../../core/security/receipt-files.ts';
import { verifyReceipt } from '../../core/security/receipts.ts';
import { bearer } from '../support/demo.ts';
import { approvalFixture } from '../support/linkage.ts';
import type { TestHub } from '../support/test-hub.ts';

const BIN = fileURLToPath(new URL('../../bin/shenguan.mjs', import.meta.url));
const ADAPTER = fileURLToPath(new URL('../../adapters/wjj-filedrop', import.meta.url));

let hub: TestHub | undefined;
afterEach(() => hub?.close());

/** Changes one byte of a string (the first digit after `at`, or the character there). */
function flipOneByte(text: string, at: number): string {
  const c = text[at]!;
  return text.slice(0, at) + (c === '1' ? '2' : '1') + text.slice(at + 1);
}

describe('signed receipts', () => {
  it('signs the answer to a push and to a claim; one changed byte or time fails verification', async () => {
    const { startDemo } = await import('../support/demo.ts');
    const demo = await startDemo({ now: '2026-06-10T10:00:00+08:00' });
    hub = demo.hub;
    const key = await demo.app.inject({ method: 'GET', url: '/api/v1/receipts/public-key' });
    const { publicKeyPem, keyId } = key.json();
    expect(publicKeyPem).toContain('BEGIN PUBLIC KEY');

    const pushed = await demo.app.inject({
      method: 'POST',
      url: '/api/v1/approvals',
      headers: { ...bearer(demo.keys.bureau!), 'idempotency-key': 'receipt-0001' },
      payload: approvalFixture({ decisionDate: '2026-06-10' }),
    });
    expect(pushed.statusCode).toBe(201);
    const receipt = pushed.json();
    expect(receipt.hubSignature).toMatchObject({ alg: 'Ed25519', keyId, signedAt: '2026-06-10T02:00:00.000Z' });
    expect(verifyReceipt(receipt, publicKeyPem)).toMatchObject({ ok: true });

    // one byte of the content, or the signing time, changed
    const raw = pushed.body;
    const idAt = raw.indexOf(receipt.id) + 2;
    expect(verifyReceipt(JSON.parse(flipOneByte(raw, idAt)), publicKeyPem)).toMatchObject({ ok: false });
    const later = { ...receipt, hubSignature: { ...receipt.hubSignature, signedAt: '2026-06-11T02:00:00.000Z' } };
    expect(verifyReceipt(later, publicKeyPem)).toMatchObject({ ok: false });

    // the claim is the department's acknowledgement record
    const delivery = receipt.deliveries.find((d: { recipient: string }) => d.recipient === 'scjg');
    const claimed = await demo.app.inject({
      method: 'POST',
      url: `/api/v1/deliveries/${delivery.id}/claim`,
      headers: bearer(demo.keys.scjg!),
    });
    expect(claimed.statusCode).toBe(200);
    expect(verifyReceipt(claimed.json(), publicKeyPem)).toMatchObject({ ok: true });

    // offline, with the CLI and only the published key
    const dir = mkdtempSync(join(tmpdir(), 'sg-receipt-'));
    writeFileSync(join(dir, 'hub.pem'), publicKeyPem);
    writeFileSync(join(dir, 'push.json'), raw);
    writeFileSync(join(dir, 'tampered.json'), flipOneByte(raw, idAt));
    const cli = (file: string) =>
      spawnSync(process.execPath, [BIN, 'receipt', 'verify', join(dir, file), '--public-key', join(dir, 'hub.pem')], {
        encoding: 'utf8',
        env: { ...process.env, SHENGUAN_DATA_DIR: dir },
      });
    expect(cli('push.json')).toMatchObject({ status: 0, stdout: expect.stringContaining('signature valid') });
    expect(cli('tampered.json')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('signature does not match'),
    });
  }, 180_000);

  it('signs every file-drop receipt in a .sig beside it', async () => {
    const { createTestHub } = await import('../support/test-hub.ts');
    const { withDemo } = await import('../support/demo.ts');
    hub = await createTestHub({ now: '2026-06-10T10:00:00+08:00' });
    await withDemo(hub);
    const root = mkdtempSync(join(tmpdir(), 'sg-drop-'));
    const { adapter, mapping } = openAdapter(ADAPTER);
    const inbox = new FileDropInbox(hub.ctx, adapter, mapping, { root, stableMs: 0 });
    copyFileSync(join(ADAPTER, 'fixtures/penalties.gb18030.csv'), join(root, 'inbox/p.csv'));
    writeFileSync(join(root, 'inbox/p.csv.done'), '');
    expect((await inbox.scan())[0]).toMatchObject({ status: 'processed' });
    const file = join(root, 'outbox/p.csv.receipt.csv');
    const pem = hub.ctx.security.receiptKey.publicPem;
    expect(JSON.parse(readFileSync(`${file}.sig`, 'utf8'))).toMatchObject({
      file: 'p.csv.receipt.csv',
      alg: 'Ed25519',
    });
    expect(verifyReceiptFile(file, pem)).toMatchObject({ ok: true });
    expect(verifyReceiptFile(`${file}.sig`, pem)).toMatchObject({ ok: true });
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 3) ^ 0x01, bytes.length - 3);
    writeFileSync(file, bytes);
    expect(verifyReceiptFile(file, pem)).toMatchObject({ ok: false });
  }, 120_000);
});
