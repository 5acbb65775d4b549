import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ReceiptKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** First 16 hex digits of the SHA-256 of the public key (SPKI DER): names the key in every signature. */
  keyId: string;
  /** The public key as PEM (SPKI), what departments keep to check receipts offline. */
  publicPem: string;
}

function receiptKeyFrom(privateKey: KeyObject): ReceiptKey {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the receipt key must be an Ed25519 private key');
  const publicKey = createPublicKey(privateKey);
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    privateKey,
    publicKey,
    keyId: createHash('sha256').update(der).digest('hex').slice(0, 16),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/**
 * The key named in configuration (`SHENGUAN_RECEIPT_KEY`, a PKCS#8 PEM file), or else
 * `<dataDir>/receipt-key.pem`, generated on first start (the demo) and kept readable by the owner only.
 */
export function loadReceiptKey(dataDir: string, configured?: string): ReceiptKey {
  if (configured) return receiptKeyFrom(createPrivateKey(readFileSync(configured)));
  const file = join(dataDir, 'receipt-key.pem');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  }
  return receiptKeyFrom(createPrivateKey(readFileSync(file)));
}

/** A key that lives only as long as the process: for hubs opened without a data folder (tests, tools). */
export function ephemeralReceiptKey(): ReceiptKey {
  return receiptKeyFrom(generateKeyPairSync('ed25519').privateKey);
}
