import type { FastifyInstance } from 'fastify';
import type { HubContext } from '../hub-context.ts';
import { signReceipt } from '../security/receipts.ts';

/**
 * The answers that are receipts to a department system: a push accepted (approval, correction,
 * supervision record, 函告, adapter submission) and a delivery claimed or disputed (the acknowledgement
 * record). Each carries `hubSignature` over its content and the time (core/security/receipts.ts).
 */
const SIGNED_ANSWERS = new Set([
  'POST /api/v1/approvals',
  'POST /api/v1/approvals/:id/corrections',
  'POST /api/v1/supervision-records',
  'POST /api/v1/license-actions',
  'POST /api/v1/deliveries/:id/claim',
  'POST /api/v1/deliveries/:id/dispute',
  'POST /api/v1/adapters/:name/inbound',
]);

export function installSignedReceipts(app: FastifyInstance, ctx: HubContext): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (reply.statusCode >= 300 || typeof payload !== 'string') return payload;
    if (!SIGNED_ANSWERS.has(`${req.method} ${req.routeOptions.url}`)) return payload;
    let body: unknown;
    try {
      body = JSON.parse(payload);
    } catch {
      return payload;
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) return payload;
    return JSON.stringify(signReceipt(ctx.security.receiptKey, body, ctx.clock.now()));
  });
}
