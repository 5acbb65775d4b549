import type { HubContext } from '../hub-context.ts';
import { isHubError } from '../errors/hub-error.ts';
import type { Endpoint, OutboundShaper } from './message.ts';
import { findEndpoint, leaseDue, markDelivered, markFailed, type LeasedMessage } from './outbox.ts';
import { transportFor } from './transports.ts';
import { metricsOf } from '../metrics/hub-metrics.ts';

export interface DrainResult {
  sent: number;
  retried: number;
  dead: number;
}

/**
 * Sends what the outbox holds, each message in its recipient's shape where its adapter has an outbound side.
 * At-least-once: a message is marked delivered only after the receiver acknowledged it, and a crash before
 * that leaves it leased until the lease runs out. Exactly-once effects come from the receiver deduplicating
 * on the message id (its Idempotency-Key).
 */
export class Dispatcher {
  private running: Promise<DrainResult> | undefined;
  private again = false;

  constructor(
    private readonly ctx: HubContext,
    private readonly opts: {
      batchSize?: number;
      concurrency?: number;
      leaseMs?: number;
      /** The departments' own shapes (core/adapters/outbound-shape.ts); without it every message goes out canonical. */
      shape?: OutboundShaper;
    } = {},
  ) {}

  /** Starts a drain unless one is running, in which case that one goes round once more. */
  kick(): void {
    if (this.running) this.again = true;
    else void this.drain().catch(() => undefined);
  }

  async drain(): Promise<DrainResult> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async loop(): Promise<DrainResult> {
    const total: DrainResult = { sent: 0, retried: 0, dead: 0 };
    const batchSize = this.opts.batchSize ?? 100;
    const endpoints = new Map<string, Endpoint | undefined>();
    do {
      this.again = false;
      for (;;) {
        const batch = await leaseDue(this.ctx, batchSize, this.opts.leaseMs);
        if (!batch.length) break;
        const concurrency = this.opts.concurrency ?? 16;
        const acknowledged: LeasedMessage[] = [];
        for (let i = 0; i < batch.length; i += concurrency) {
          await Promise.all(
            batch
              .slice(i, i + concurrency)
              .map(async (m) => (await this.sendOne(m, endpoints, total)) && acknowledged.push(m)),
          );
        }
        await markDelivered(this.ctx, acknowledged);
        const now = this.ctx.clock.now().getTime();
        for (const m of acknowledged)
          metricsOf(this.ctx).deliveryLatency.observe(
            { recipient: m.recipient },
            Math.max(0, now - Date.parse(m.message.createdAt)) / 1000,
          );
        total.sent += acknowledged.length;
        if (batch.length < batchSize) break;
      }
    } while (this.again);
    return total;
  }

  /** True when the receiver acknowledged; failures are rescheduled here. */
  private async sendOne(
    m: LeasedMessage,
    endpoints: Map<string, Endpoint | undefined>,
    total: DrainResult,
  ): Promise<boolean> {
    if (!endpoints.has(m.recipient)) {
      const found = await findEndpoint(this.ctx.db, m.recipient);
      endpoints.set(m.recipient, found && { ...found, guard: this.ctx.security });
    }
    const endpoint = endpoints.get(m.recipient);
    const transport = endpoint && transportFor(endpoint.transport);
    try {
      if (!endpoint || !transport?.send)
        throw new Error(
          endpoint ? `no outbound transport named ${endpoint.transport}` : `department ${m.recipient} has no endpoint`,
        );
      // A department whose adapter maps this message's record receives it in its own shape.
      await transport.send(m.message, endpoint, this.opts.shape?.(m.message, endpoint));
    } catch (err) {
      // A record its adapter cannot write fails the same way every time: dead-lettered at once, each
      // field named, to be replayed once the mapping is fixed; the other messages go on.
      const unwritable = isHubError(err) && err.code === 'OUTBOUND_MAPPING_FAILED';
      const text = isHubError(err)
        ? `${err.code}: ${err.zh} / ${err.en}` +
          `${err.details.map((d) => `; [${d.field ?? d.pointer ?? ''}] ${d.zh} / ${d.en}`).join('')}`
        : err instanceof Error
          ? err.message
          : String(err);
      const outcome = await markFailed(this.ctx, m, text, unwritable ? { permanent: true } : undefined);
      total[outcome === 'dead' ? 'dead' : 'retried']++;
      return false;
    }
    return true;
  }
}
