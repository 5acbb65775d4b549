import { resolve } from 'node:path';
import { loadReceiptKey, type ReceiptKey } from './receipt-key.ts';

/** What the security rules need from configuration: where the hub may write, whom it may call, how it signs. */
export interface SecuritySettings {
  /** Absolute data folder; file-drop outboxes are confined to `<dataDir>/exchange/<department>/`. */
  dataDir: string;
  /**
   * Hosts the hub may call over plain http, and whose private, loopback or link-local addresses it may
   * reach: host names (`intranet.gov.cn`), addresses (`10.1.2.3`) or ranges (`10.1.0.0/16`).
   */
  egressAllowList: string[];
  /** The hub's Ed25519 key for signed receipts. */
  receiptKey: ReceiptKey;
  /** When set, `GET /metrics` wants it as a bearer token (SHENGUAN_METRICS_TOKEN). */
  metricsToken?: string;
}

export function securitySettings(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<SecuritySettings> = {},
): SecuritySettings {
  const abs = resolve(dataDir);
  return {
    dataDir: abs,
    egressAllowList: (env.SHENGUAN_EGRESS_ALLOW ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
    receiptKey: overrides.receiptKey ?? loadReceiptKey(abs, env.SHENGUAN_RECEIPT_KEY),
    metricsToken: env.SHENGUAN_METRICS_TOKEN || undefined,
    ...overrides,
  };
}
