import { createHmac } from 'node:crypto';
import { postGuarded, type EgressGuard } from '../security/egress.ts';
import type { Endpoint, OutboundMessage } from './message.ts';

/**
 * Sends one message to one endpoint; resolves when the receiver acknowledged it, throws otherwise.
 * Adapters add transports with `registerTransport`; core only knows this interface.
 */
export interface Transport {
  name: string;
  send(message: OutboundMessage, endpoint: Endpoint): Promise<void>;
}

const transports = new Map<string, Transport>();

export function registerTransport(t: Transport): void {
  transports.set(t.name, t);
}

export function transportFor(name: string): Transport | undefined {
  return transports.get(name);
}

/** HMAC-SHA256 over `timestamp.body`, as `t=<unix seconds>,v1=<hex>`; receivers reject stale timestamps. */
export function signBody(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** How long a receiver may take to acknowledge; past it the message is retried (it may then arrive twice). */
function deliveryTimeoutMs(): number {
  return Number(process.env.SHENGUAN_DELIVERY_TIMEOUT_MS ?? 15_000);
}

/** The endpoint's guard; without one nothing internal is reachable and no folder is writable (fail closed). */
export function guardOf(endpoint: Endpoint): EgressGuard {
  return endpoint.guard ?? { dataDir: '/nonexistent', egressAllowList: [] };
}

/** Outbound webhook: POST JSON, 2xx is the acknowledgement, anything else is retried. */
const webhookTransport: Transport = {
  name: 'webhook',
  async send(message, endpoint) {
    if (!endpoint.url) throw new Error(`webhook endpoint of ${endpoint.department} has no URL`);
    const body = JSON.stringify(message);
    const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': message.id };
    if (endpoint.secret)
      headers['x-shenguan-signature'] = signBody(endpoint.secret, Math.floor(Date.now() / 1000), body);
    const res = await postGuarded(guardOf(endpoint), endpoint.url, headers, body, deliveryTimeoutMs());
    if (res.status < 200 || res.status > 299)
      throw new Error(`HTTP ${res.status} from ${endpoint.url}: ${res.text.slice(0, 200)}`);
  },
};

registerTransport(webhookTransport);
