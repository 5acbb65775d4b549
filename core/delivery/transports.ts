import { createHmac } from 'node:crypto';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import type { Job } from '../scheduler/scheduler.ts';
import { postGuarded, type EgressGuard } from '../security/egress.ts';
import type { Endpoint, LegacyShape, OutboundMessage } from './message.ts';

/** What an inbound transport is started with: the adapter (manifest, mapping, format) and its checked settings. */
export interface InboundStart<A = unknown, S = unknown> {
  ctx: HubContext;
  /** The loaded adapter (`LoadedAdapter` in core/adapters/dry-run.ts). */
  adapter: A;
  /** The adapter's settings, validated against its manifest's schema (`AdapterSettings`). */
  settings: S;
  /** The hub's data folder (exchange folders live under `<dataDir>/exchange/<department>`). */
  dataDir: string;
  /** Lines for the operator's log (never a secret: settings print secrets as ***). */
  log: (line: string) => void;
}

/**
 * A way of exchanging data with a department system. `send` delivers one outbound message — in the
 * department's own shape when `legacy` is given (its adapter's outbound side), else canonical — and
 * resolves when the receiver acknowledged it (throws otherwise); `inbound` returns the scheduled
 * jobs that take a department's data in; `http` marks a transport whose data the department posts
 * to `POST /api/v1/adapters/<name>/inbound`. An adapter package adds one with one `registerTransport`
 * call; core knows only this interface.
 */
export interface Transport {
  name: string;
  send?(message: OutboundMessage, endpoint: Endpoint, legacy?: LegacyShape): Promise<void>;
  inbound?(start: InboundStart): Job[];
  http?: boolean;
}

const transports = new Map<string, Transport>();

/** Registers a transport under its name; the same object twice is harmless, another under a taken name is refused. */
export function registerTransport(t: Transport): void {
  const taken = transports.get(t.name);
  if (taken && taken !== t) throw new HubError('ADAPTER_EXTENSION_TAKEN', { kind: 'transport', name: t.name });
  transports.set(t.name, t);
}

export function transportFor(name: string): Transport | undefined {
  return transports.get(name);
}

export function transportNames(): string[] {
  return [...transports.keys()].sort();
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

/**
 * Outbound webhook: POST the message as JSON, or the department's own body (its adapter's format) with
 * the message's type in `x-shenguan-message-type`; 2xx is the acknowledgement, anything else is retried.
 */
export const webhookTransport: Transport = {
  name: 'webhook',
  async send(message, endpoint, legacy) {
    if (!endpoint.url) throw new Error(`webhook endpoint of ${endpoint.department} has no URL`);
    const body = legacy ? legacy.body.toString('utf8') : JSON.stringify(message);
    const headers: Record<string, string> = {
      'content-type': legacy?.contentType ?? 'application/json',
      'idempotency-key': message.id,
      ...(legacy ? { 'x-shenguan-message-type': message.type } : {}),
    };
    if (endpoint.secret)
      headers['x-shenguan-signature'] = signBody(endpoint.secret, Math.floor(Date.now() / 1000), body);
    const res = await postGuarded(guardOf(endpoint), endpoint.url, headers, body, deliveryTimeoutMs());
    if (res.status < 200 || res.status > 299)
      throw new Error(`HTTP ${res.status} from ${endpoint.url}: ${res.text.slice(0, 200)}`);
  },
};
