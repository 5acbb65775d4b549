import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { ReceiptKey } from './receipt-key.ts';

/**
 * Signed receipts: whatever the hub answers a department system — the answer to a push, a file-drop
 * receipt, the record of a claim — carries the hub's Ed25519 signature over its content and the time it
 * was signed. It is the department's evidence when a deadline is disputed (001 §7(一)1: claim windows run
 * from the push), and anyone holding the hub's public key can check it offline.
 */
export interface HubSignature {
  alg: 'Ed25519';
  keyId: string;
  signedAt: string;
  /** base64 signature over `shenguan-receipt-v1\n<signedAt>\n<sha256 hex of the content>`. */
  value: string;
}

/** JSON with object keys sorted at every level: the same receipt always gives the same bytes. */
function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

function signedMessage(signedAt: string, content: Buffer | string): Buffer {
  const digest = createHash('sha256').update(content).digest('hex');
  return Buffer.from(`shenguan-receipt-v1\n${signedAt}\n${digest}`, 'utf8');
}

/** Signs raw bytes (a receipt file); the signature goes in a sidecar `.sig` file. */
export function signBytes(key: ReceiptKey, content: Buffer | string, at: Date): HubSignature {
  const signedAt = at.toISOString();
  const value = sign(null, signedMessage(signedAt, content), key.privateKey).toString('base64');
  return { alg: 'Ed25519', keyId: key.keyId, signedAt, value };
}

/** Returns the receipt with `hubSignature` added, signed over the rest of it. */
export function signReceipt<T extends object>(
  key: ReceiptKey,
  receipt: T,
  at: Date,
): T & { hubSignature: HubSignature } {
  const { hubSignature: _old, ...content } = receipt as T & { hubSignature?: unknown };
  return { ...(content as T), hubSignature: signBytes(key, canonicalJson(content), at) };
}

export type VerifyResult = { ok: true; keyId: string; signedAt: string } | { ok: false; zh: string; en: string };

function publicKeyOf(key: KeyObject | string): KeyObject {
  return typeof key === 'string' ? createPublicKey(key) : key;
}

export function verifyBytes(
  content: Buffer | string,
  signature: HubSignature,
  publicKey: KeyObject | string,
): VerifyResult {
  if (signature?.alg !== 'Ed25519' || typeof signature.value !== 'string' || typeof signature.signedAt !== 'string')
    return { ok: false, zh: '签名格式不正确', en: 'malformed signature' };
  const good = verify(
    null,
    signedMessage(signature.signedAt, content),
    publicKeyOf(publicKey),
    Buffer.from(signature.value, 'base64'),
  );
  return good
    ? { ok: true, keyId: signature.keyId, signedAt: signature.signedAt }
    : {
        ok: false,
        zh: '签名不符：回执内容或时间已被改动，或不是本枢纽签发',
        en: 'signature does not match: the receipt was altered or not signed by this hub',
      };
}

/** Checks a receipt object carrying `hubSignature`. */
export function verifyReceipt(receipt: unknown, publicKey: KeyObject | string): VerifyResult {
  if (!receipt || typeof receipt !== 'object' || !('hubSignature' in receipt))
    return { ok: false, zh: '回执不带枢纽签名', en: 'the receipt carries no hubSignature' };
  const { hubSignature, ...content } = receipt as { hubSignature: HubSignature };
  return verifyBytes(canonicalJson(content), hubSignature, publicKey);
}
