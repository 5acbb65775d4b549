import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configureSigning, makeDemoIdentity, signPdf, verifyPdfSignature } from '../../core/documents/pdf-signature.ts';
import { documentDefinition } from '../../templates/gbt9704.ts';
import { documentFonts, renderPdf } from '../../templates/render.ts';
import { SAMPLES } from '../support/document-samples.ts';

const BIN = fileURLToPath(new URL('../../bin/shenguan.mjs', import.meta.url));
const hasPdfsig = spawnSync('pdfsig', ['-v']).status === 0;
const identity = makeDemoIdentity('高青县行政审批服务局');
const signedAt = new Date('2026-06-10T02:00:00Z');

async function signedLetter() {
  const { pdf } = await renderPdf(documentDefinition(SAMPLES.inquiry!(), documentFonts()), signedAt);
  return { pdf, signed: await signPdf(pdf, { id: identity, signedAt, reason: 'test', location: 'gaoqing' }) };
}

describe('PAdES signature of issued PDFs', () => {
  it('signs as an incremental update, the same bytes each time, and verifies offline', async () => {
    const { pdf, signed } = await signedLetter();
    expect(signed.subarray(0, pdf.length).equals(pdf)).toBe(true);
    expect((await signPdf(pdf, { id: identity, signedAt, reason: 'test', location: 'gaoqing' })).equals(signed)).toBe(
      true,
    );
    expect(verifyPdfSignature(signed)).toMatchObject({
      valid: true,
      coversWholeFile: true,
      digestMatches: true,
      signatureVerifies: true,
      signer: '高青县行政审批服务局（演示证书 demo）',
      selfSigned: true,
      signedAt: signedAt.toISOString(),
      signedRevisionLength: pdf.length,
    });
  });

  // Issue 14's intermittent `valid: false`: the CMS message ends with the RSA signature, and once in 256 signings
  // its last byte is 0x00; the verifier trimmed the placeholder's zero padding and that byte with it. This file
  // (a one-page PDF signed by a demo certificate at a time found by searching) is such a signing.
  it('verifies a signature whose last byte is 0x00, next to the placeholder padding', () => {
    const file = readFileSync(new URL('../fixtures/documents/signature-ending-in-zero.pdf', import.meta.url));
    const raw = file.toString('latin1');
    const [, , b, c] = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)/.exec(raw.slice(raw.lastIndexOf('/ByteRange')))!;
    const der = Buffer.from(raw.slice(Number(b) + 1, Number(c) - 1), 'hex');
    const end = 4 + der.readUInt16BE(2);
    expect(der.subarray(end - 1, end + 4).equals(Buffer.alloc(5))).toBe(true);
    expect(verifyPdfSignature(file)).toMatchObject({
      valid: true,
      digestMatches: true,
      signatureVerifies: true,
      signer: '高青县行政审批服务局（演示证书 demo）',
      signedAt: '2026-06-10T02:07:33.000Z',
    });
  });

  it('fails a changed byte, an appended revision, and an unsigned PDF', async () => {
    const { pdf, signed } = await signedLetter();
    const changed = Buffer.from(signed);
    changed[1000] = changed[1000]! ^ 1;
    expect(verifyPdfSignature(changed)).toMatchObject({ valid: false, digestMatches: false });
    const appended = Buffer.concat([signed, Buffer.from('\n% appended\n')]);
    expect(verifyPdfSignature(appended)).toMatchObject({ valid: false, coversWholeFile: false });
    expect(verifyPdfSignature(pdf).valid).toBe(false);
  });

  it('writes a signing time from 2050 on as GeneralizedTime and reads it back', async () => {
    const { pdf } = await signedLetter();
    const at = new Date('2051-03-04T05:06:07Z');
    const signed = await signPdf(pdf, { id: identity, signedAt: at, reason: 'test', location: 'gaoqing' });
    expect(verifyPdfSignature(signed)).toMatchObject({ valid: true, signedAt: at.toISOString() });
  });

  it('adds the signature widget to the annotations a first page already has', async () => {
    const { pdf } = await renderPdf(
      { content: [{ text: '链接', link: 'https://example.org/' }], defaultStyle: { font: 'body' } },
      signedAt,
    );
    const signed = await signPdf(pdf, { id: identity, signedAt, reason: 'test', location: 'gaoqing' });
    const annots = (s: string) => /\/Type \/Page\n[\s\S]*?\/Annots \[([^\]]*)\]/.exec(s)?.[1]?.trim() ?? '';
    const widget = /\/Type \/AcroForm\n[\s\S]*?\/Fields \[(\d+ 0 R)\]/.exec(signed.toString('latin1'))?.[1];
    const own = annots(pdf.toString('latin1'));
    expect(own).toMatch(/^\d+ 0 R/); // the link's
    expect(annots(signed.subarray(pdf.length).toString('latin1'))).toBe(`${own} ${widget}`);
    expect(verifyPdfSignature(signed).valid).toBe(true);
    if (!hasPdfsig) return;
    const dir = mkdtempSync(join(tmpdir(), 'sg-sig-'));
    writeFileSync(join(dir, 'a.pdf'), signed);
    expect(spawnSync('pdfsig', [join(dir, 'a.pdf')], { encoding: 'utf8' }).stdout).toContain('Signature is Valid.');
  });

  it('refuses a PDF of more than one revision, such as one already signed', async () => {
    const { signed } = await signedLetter();
    await expect(signPdf(signed, { id: identity, signedAt, reason: 'test', location: 'gaoqing' })).rejects.toThrow(
      /more than one revision/,
    );
  });

  it.skipIf(!hasPdfsig)('shows a valid signature structure in pdfsig (poppler)', async () => {
    const { signed } = await signedLetter();
    const dir = mkdtempSync(join(tmpdir(), 'sg-sig-'));
    writeFileSync(join(dir, 'a.pdf'), signed);
    const out = spawnSync('pdfsig', [join(dir, 'a.pdf')], { encoding: 'utf8' }).stdout;
    expect(out).toContain('Signature Validation: Signature is Valid.');
    expect(out).toContain('Signer Certificate Common Name: 高青县行政审批服务局（演示证书 demo）');
    expect(out).toContain('ETSI.CAdES.detached');
  });

  it('makes the demo certificate once in the data folder, or takes the configured one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-sign-'));
    const first = configureSigning({ dataDir: dir, organisation: '高青县行政审批服务局' }, {});
    const file = join(dir, 'signing', 'demo-signing.p12');
    const made = statSync(file).mtimeMs;
    const again = configureSigning({ dataDir: dir, organisation: '高青县行政审批服务局' }, {});
    expect(again.p12.equals(first.p12)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(made);
    expect(first.source).toBe('demo');
    const p12 = join(dir, 'bureau.p12');
    writeFileSync(p12, makeDemoIdentity('某电子印章服务机构').p12);
    const configured = configureSigning(
      { dataDir: dir, organisation: 'x' },
      { SHENGUAN_SIGNING_P12: p12, SHENGUAN_SIGNING_P12_PASSWORD: 'shenguan-demo' },
    );
    expect(configured).toMatchObject({ source: 'configured', subject: '某电子印章服务机构（演示证书 demo）' });
  });

  // Two cold starts of the command (tsx compiling the CLI): well over 30 s on a loaded 2-core machine.
  it('shenguan document verify FILE exits 0 for a signed PDF and 2 with PDF_SIGNATURE_INVALID otherwise', {
    timeout: 90_000,
  }, async () => {
    const { pdf, signed } = await signedLetter();
    const dir = mkdtempSync(join(tmpdir(), 'sg-verify-'));
    writeFileSync(join(dir, 'signed.pdf'), signed);
    writeFileSync(join(dir, 'plain.pdf'), pdf);
    const run = (f: string) =>
      spawnSync(process.execPath, [BIN, 'document', 'verify', join(dir, f)], { encoding: 'utf8' });
    const ok = run('signed.pdf');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ valid: true, signer: '高青县行政审批服务局（演示证书 demo）' });
    const bad = run('plain.pdf');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('PDF_SIGNATURE_INVALID');
    expect(readFileSync(join(dir, 'plain.pdf')).length).toBe(pdf.length);
  });
});
