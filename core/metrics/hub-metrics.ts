import { sql } from 'kysely';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { shanghaiDate } from '../calendar/china-time.ts';
import type { HubContext } from '../hub-context.ts';
import { poolStatsOf } from '../storage/open-store.ts';

/**
 * What an operator watches from Prometheus (`GET /metrics`). Figures kept in the database — queues,
 * claims, adapter intake, the calendar — are read at each scrape, so every hub process reports the same
 * values; timings and job runs are counted by the process that did the work. Alert rules built on
 * these series: docs/prometheus-alerts.yaml.
 */
class HubMetrics {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  readonly deliveryLatency: Histogram<'recipient'>;
  readonly documentRender: Histogram<'kind'>;
  readonly jobRuns: Counter<'job'>;
  readonly jobFailures: Counter<'job'>;

  constructor(ctx: HubContext) {
    const registers = [this.registry];
    this.httpDuration = new Histogram({
      name: 'shenguan_http_request_duration_seconds',
      help: 'HTTP request duration by route',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.deliveryLatency = new Histogram({
      name: 'shenguan_delivery_latency_seconds',
      help: 'Time from a message being queued to its acknowledgement by the department system',
      labelNames: ['recipient'],
      buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600, 14400, 86400],
      registers,
    });
    this.documentRender = new Histogram({
      name: 'shenguan_document_render_seconds',
      help: 'Time to render and issue one queued official document',
      labelNames: ['kind'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.jobRuns = new Counter({
      name: 'shenguan_job_runs_total',
      help: 'Scheduled job runs',
      labelNames: ['job'],
      registers,
    });
    this.jobFailures = new Counter({
      name: 'shenguan_job_failures_total',
      help: 'Scheduled job runs that failed',
      labelNames: ['job'],
      registers,
    });

    const db = ctx.db;
    const fromDb = <L extends string>(
      name: string,
      help: string,
      labelNames: L[],
      read: () => Promise<{ labels: Record<L, string>; value: number }[]>,
    ) =>
      new Gauge<L>({
        name,
        help,
        labelNames,
        registers,
        async collect() {
          this.reset();
          for (const r of await read()) this.set(r.labels, r.value);
        },
      });

    fromDb('shenguan_outbox_messages', 'Outbox messages by state and recipient', ['state', 'recipient'], async () =>
      (
        await db
          .selectFrom('outbox')
          .select(['state', 'recipient', sql<number>`count(*)::int`.as('n')])
          .groupBy(['state', 'recipient'])
          .execute()
      ).map((r) => ({ labels: { state: r.state, recipient: r.recipient }, value: r.n })),
    );
    fromDb('shenguan_dead_letters', 'Dead-lettered outbox messages by recipient', ['recipient'], async () =>
      (
        await db
          .selectFrom('outbox')
          .select(['recipient', sql<number>`count(*)::int`.as('n')])
          .where('state', '=', 'dead')
          .groupBy('recipient')
          .execute()
      ).map((r) => ({ labels: { recipient: r.recipient }, value: r.n })),
    );
    const claims = async (overdue: boolean) => {
      let q = db
        .selectFrom('deliveries')
        .select(['recipient', sql<number>`count(*)::int`.as('n')])
        .where('claim_state', '=', 'pending');
      if (overdue) q = q.where('claim_due_at', '<', ctx.clock.now());
      return (await q.groupBy('recipient').execute()).map((r) => ({
        labels: { department: r.recipient },
        value: r.n,
      }));
    };
    fromDb('shenguan_claims_pending', 'Deliveries waiting to be claimed, per department', ['department'], () =>
      claims(false),
    );
    fromDb(
      'shenguan_claims_overdue',
      'Pending deliveries past their claim deadline, per department',
      ['department'],
      () => claims(true),
    );
    fromDb('shenguan_adapter_files', 'Files taken in by file-drop adapters, by state', ['adapter', 'state'], async () =>
      (
        await db
          .selectFrom('file_intake')
          .select(['adapter', 'state', sql<number>`count(*)::int`.as('n')])
          .groupBy(['adapter', 'state'])
          .execute()
      ).map((r) => ({ labels: { adapter: r.adapter, state: r.state }, value: r.n })),
    );
    fromDb(
      'shenguan_adapter_records',
      'Records in adapter files, accepted or rejected',
      ['adapter', 'result'],
      async () =>
        (
          await db
            .selectFrom('file_intake')
            .select([
              'adapter',
              sql<number>`coalesce(sum(accepted), 0)::int`.as('accepted'),
              sql<number>`coalesce(sum(rejected), 0)::int`.as('rejected'),
            ])
            .groupBy('adapter')
            .execute()
        ).flatMap((r) => [
          { labels: { adapter: r.adapter, result: 'accepted' }, value: r.accepted },
          { labels: { adapter: r.adapter, result: 'rejected' }, value: r.rejected },
        ]),
    );
    fromDb('shenguan_document_queue_length', 'Documents queued to be issued (and failed ones)', ['state'], async () => {
      const rows = await db
        .selectFrom('letters')
        .select(['state', sql<number>`count(*)::int`.as('n')])
        .where('state', 'in', ['queued', 'failed'])
        .groupBy('state')
        .execute();
      const n = (s: string) => rows.find((r) => r.state === s)?.n ?? 0;
      return [
        { labels: { state: 'queued' }, value: n('queued') },
        { labels: { state: 'failed' }, value: n('failed') },
      ];
    });
    fromDb('shenguan_db_pool_connections', 'Database connections by state', ['state'], async () => {
      const s = poolStatsOf(db);
      return [
        { labels: { state: 'total' }, value: s.total },
        { labels: { state: 'idle' }, value: s.idle },
        { labels: { state: 'waiting' }, value: s.waiting },
      ];
    });
    // The sequencer links committed audit entries every second; entries waiting longer mean it stopped.
    fromDb('shenguan_audit_unlinked_entries', 'Audit entries not yet linked into the hash chain', [], async () => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_pending`.execute(db);
      return [{ labels: {}, value: rows[0]!.n }];
    });
    fromDb(
      'shenguan_audit_unlinked_oldest_seconds',
      'Age of the oldest audit entry not yet linked into the hash chain (0 when none)',
      [],
      async () => {
        const { rows } = await sql<{ at: Date | null }>`
          select min(a.at) as at from audit_pending p join audit_log a on a.id = p.entry_id`.execute(db);
        const oldest = rows[0]?.at;
        const age = oldest ? Math.max(0, (ctx.clock.now().getTime() - new Date(oldest).getTime()) / 1000) : 0;
        return [{ labels: {}, value: age }];
      },
    );
    fromDb(
      'shenguan_calendar_next_year_loaded',
      "1 when next year's holiday schedule is loaded (Asia/Shanghai year + 1)",
      ['year'],
      async () => {
        const next = Number(shanghaiDate(ctx.clock.now()).slice(0, 4)) + 1;
        return [{ labels: { year: String(next) }, value: ctx.calendar.current.isKnownYear(next) ? 1 : 0 }];
      },
    );
  }
}

const byHub = new WeakMap<object, HubMetrics>();

/** The metrics of one hub (one context; transactions' copies of it share them). */
export function metricsOf(ctx: HubContext): HubMetrics {
  let m = byHub.get(ctx.security);
  if (!m) byHub.set(ctx.security, (m = new HubMetrics(ctx)));
  return m;
}
