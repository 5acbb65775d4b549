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

/** Where a department receives pushes; departments without one read their inbox (pull). */
export interface Endpoint {
  department: string;
  transport: string;
  url: string | null;
  secret: string | null;
  /** Where the hub may write or call for it (the dispatcher passes the hub's settings; absent means none). */
  guard?: EgressGuard;
}
