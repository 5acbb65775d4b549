import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ReceiptKey } from './receipt-key.ts';
import { type HubSignature, signBytes, verifyBytes, verifyReceipt, type VerifyResult } from './receipts.ts';

/** A file receipt's signature, kept beside it as `<receipt>.sig` (JSON), so the receipt itself stays as it was. */
export interface SidecarSignature extends HubSignature {
  file: string;
}

/** Signs a finished receipt file (file-drop 回执) and writes `<file>.sig` atomically. */
export function signReceiptFile(key: ReceiptKey, file: string, at: Date): string {
  const sig: SidecarSignature = { file: basename(file), ...signBytes(key, readFileSync(file), at) };
  const target = `${file}.sig`;
  writeFileSync(`${target}.tmp`, `${JSON.stringify(sig, null, 2)}\n`);
  renameSync(`${target}.tmp`, target);
  return target;
}

/**
 * Checks a receipt offline: a file with a `.sig` beside it (or the `.sig` itself), or a JSON answer
 * carrying `hubSignature`. Changing any byte of the content or the signing time makes it fail.
 */
export function verifyReceiptFile(file: string, publicKeyPem: string): VerifyResult & { checked: string } {
  const content = file.endsWith('.sig') ? file.slice(0, -4) : file;
  let sidecar: string | undefined;
  try {
    sidecar = readFileSync(`${content}.sig`, 'utf8');
  } catch {
    sidecar = undefined;
  }
  if (sidecar !== undefined) {
    let sig: SidecarSignature;
    try {
      sig = JSON.parse(sidecar);
    } catch {
      return { ok: false, zh: '签名文件不是有效的 JSON', en: 'the .sig file is not valid JSON', checked: content };
    }
    return { ...verifyBytes(readFileSync(content), sig, publicKeyPem), checked: content };
  }
  let receipt: unknown;
  try {
    receipt = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {
      ok: false,
      zh: '既没有 .sig 签名文件，也不是带签名的 JSON 回执',
      en: 'no .sig file beside it, and not a signed JSON receipt',
      checked: file,
    };
  }
  return { ...verifyReceipt(receipt, publicKeyPem), checked: file };
}
