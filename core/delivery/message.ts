import type { FrontDbLayout } from '../adapters/transports/exchange-layout.ts';
import type { EgressGuard } from '../security/egress.ts';

/** What goes out to a department system: one message per delivery, its id doubling as the idempotency key. */
export interface OutboundMessage {
  /** Unique per message; receivers dedupe on it (sent as Idempotency-Key). */
  id: string;
  type:
    | 'approval.pushed' // 审批信息推送
    | 'supervision.pushed' // 监管信息推送
    | 'license-action.requested' // 函告
    | 'license-action.decided' // 处理决定回推
    | 'license.status-changed' // 执法引起的许可状态变化（吊销、停产停业）
    | 'dispute.escalated' // 异议逾期未答复，报审改办
    | 'revocation.investigation' // 利害关系人请求撤销：联合调查
    | 'inquiry.sent' // 函询
    | 'commitment.checked' // 告知承诺核验结果
    | 'special-review.requested'; // 特别审查程序联办通知单 / 委托书
  deliveryId: string;
  subject: { type: string; id: string };
  createdAt: string;
  payload: Record<string, unknown>;
}

/**
 * A message as the outbox keeps it. A push's message (`approval.pushed`, `supervision.pushed`) does not
 * copy what was decided: it names its subject and carries `compose` — whom the content is for and what
 * only the push knew (the signed commitment) — and the dispatcher composes the payload from the rows the
 * push wrote when it sends it (core/linkage/push-messages.ts). Those rows are never changed (migration
 * 0042), so what is delivered is what was decided at push time. Messages without `compose` go as stored.
 */
export interface StoredMessage extends OutboundMessage {
  compose?: {
    /** The department whose fields of the decision the message carries (002 §13 信息推送清单). */
    for: string;
    commitment?: unknown;
  };
}

/** Where a department receives pushes; departments without one read their inbox (pull). */
export interface Endpoint {
  department: string;
  transport: string;
  url: string | null;
  secret: string | null;
  /** Where the hub may write or call for it (the dispatcher passes the hub's settings; absent means none). */
  guard?: EgressGuard;
}

/**
 * A message in the recipient department's own shape, written by the outbound side of its adapter
 * (core/adapters/outbound-shape.ts): the canonical record the message carries, through the adapter's
 * mapping read the other way, then in the adapter's format and encoding.
 */
export interface LegacyShape {
  adapter: string;
  format: string;
  /** Legacy field → text, one per record the message carries (today one). */
  records: Record<string, string>[];
  /** The legacy fields in the mapping's order (the columns of a CSV row or a table row). */
  columns: string[];
  /** The records in the adapter's format and encoding: what a file or an HTTP body holds. */
  body: Buffer;
  contentType: string;
  /** File name extension for file transports. */
  extension: string;
  /** For a 前置库 adapter: its exchange columns (key, status and their values). */
  frontDb?: FrontDbLayout;
}

/**
 * The legacy shape of a message for an endpoint; undefined sends the canonical message. Throws
 * OUTBOUND_MAPPING_FAILED.
 */
export type OutboundShaper = (message: OutboundMessage, endpoint: Endpoint) => LegacyShape | undefined;
