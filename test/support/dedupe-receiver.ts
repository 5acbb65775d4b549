import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SYSTEM_ACTOR } from '../../core/audit/actor.ts';
import { seedDemo } from '../../core/demo/seed-demo.ts';
import type { HubContext } from '../../core/hub-context.ts';

/**
 * A department's webhook receiver as a careful department system would write it: it counts every
 * request it gets and applies each message once, deduplicating on the Idempotency-Key (the message id).
 * `hold` may keep a response back (return true) — to play a slow or dying counterpart.
 */
export class DedupeReceiver {
  readonly effects = new Set<string>();
  receipts = 0;
  private server: Server | undefined;
  private port = 0;

  constructor(private readonly hold: (res: ServerResponse) => boolean = () => false) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/inbox`;
  }

  /** Listens (again on the same port after a stop). */
  async start(): Promise<this> {
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      req.resume();
      req.on('end', () => {
        this.receipts++;
        this.effects.add(String(req.headers['idempotency-key']));
        if (!this.hold(res)) res.writeHead(200).end('ok');
      });
    });
    const server = this.server;
    await new Promise<void>((r) => server.listen(this.port, '127.0.0.1', r));
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server) await new Promise((r) => server.close(r));
  }

  /** Messages delivered more than once (each applied once here). */
  get redeliveries(): number {
    return this.receipts - this.effects.size;
  }
}

/** Points the market-regulation bureau's pushes at a webhook. */
export async function pointScjgAt(ctx: HubContext, url: string): Promise<void> {
  await ctx.db
    .insertInto('department_endpoints')
    .values({
      department_code: 'scjg',
      transport: 'webhook',
      url,
      secret: null,
      updated_at: new Date(),
      updated_by: SYSTEM_ACTOR.id,
    })
    .execute();
}

/** Seeds the demo county with scjg's pushes going to `url`; returns the bureau's admin key. */
export async function seedDemoWithWebhook(ctx: HubContext, url: string): Promise<string> {
  const keys = await seedDemo(ctx);
  if (!keys) throw new Error('demo seed expected an empty store');
  await pointScjgAt(ctx, url);
  return keys.find((k) => k.department === 'bureau')!.key;
}
