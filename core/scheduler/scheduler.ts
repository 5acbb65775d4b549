import { randomUUID } from 'node:crypto';
import { createTask, type RunCoordinator, type ScheduledTask } from 'node-cron';
import type { Clock } from '../clock.ts';
import type { Dispatcher } from '../delivery/dispatcher.ts';
import { isDatabaseUnavailable } from '../storage/database-errors.ts';
import type { HubContext } from '../hub-context.ts';
import { recomputeProvisionalDeadlines } from '../deadlines/recompute-deadlines.ts';
import { sweepDeadlines } from '../linkage/sweep.ts';
import { chainPendingAudit, checkpointAuditChain } from '../audit/audit-chain.ts';
import { forgetLapsedThrottles } from '../accounts/sign-in-throttle.ts';
import { metricsOf } from '../metrics/hub-metrics.ts';
import { escalateUnansweredDisputes } from '../linkage/disputes.ts';
import { liftEndedSuspensions } from '../linkage/enforcement.ts';
import { deemConsent } from '../joint/inquiries.ts';
import { issueQueuedLetters } from '../documents/letter-queue.ts';
import { issueMonthlyReport, previousMonth } from '../documents/monthly-report.ts';

/**
 * Exactly-once firing across hub processes sharing one database: node-cron asks before each run
 * with a key of job name and fire time, and only the process whose insert of that key succeeds runs it.
 */
export function databaseRunCoordinator(ctx: HubContext, instance: string): RunCoordinator {
  return {
    async shouldRun(key) {
      try {
        const inserted = await ctx.db
          .insertInto('job_runs')
          .values({ key, instance, claimed_at: ctx.clock.now() })
          .onConflict((oc) => oc.column('key').doNothing())
          .returning('key')
          .executeTakeFirst();
        return Boolean(inserted);
      } catch {
        // The database is down: no process can claim the run, so none runs it; the next tick tries again.
        return false;
      }
    },
  };
}

export interface Job {
  name: string;
  /** node-cron expression, evaluated in Asia/Shanghai. */
  cron: string;
  /** false: every process runs it (for process-local state such as the in-memory calendar). */
  coordinated: boolean;
  run(): Promise<unknown>;
}

export function standardJobs(ctx: HubContext, dispatcher: Dispatcher): Job[] {
  return [
    {
      name: 'deadline-sweep',
      cron: '0 * * * * *',
      coordinated: true,
      run: async () => ({
        autoClaimed: await sweepDeadlines(ctx),
        deemedConsent: await deemConsent(ctx),
        disputesEscalated: await escalateUnansweredDisputes(ctx),
        suspensionsLifted: await liftEndedSuspensions(ctx),
      }),
    },
    { name: 'delivery-retry', cron: '*/10 * * * * *', coordinated: true, run: () => dispatcher.drain() },
    // Letters are claimed with SKIP LOCKED, so this could run everywhere; coordinated, one process renders per tick.
    { name: 'document-issue', cron: '*/15 * * * * *', coordinated: true, run: () => issueQueuedLetters(ctx) },
    // 001 §7: 每月通报 — last month's report at 08:00 on the 1st, Asia/Shanghai.
    {
      name: 'monthly-report',
      cron: '0 0 8 1 * *',
      coordinated: true,
      run: () =>
        issueMonthlyReport(ctx, previousMonth(ctx.clock.now()), {
          id: 'system:scheduler',
          department: null,
          roles: ['admin'],
        }),
    },
    {
      name: 'calendar-refresh',
      cron: '30 */5 * * * *',
      coordinated: false,
      run: async () => {
        await ctx.calendar.refresh();
        await recomputeProvisionalDeadlines(ctx);
      },
    },
    {
      name: 'job-runs-cleanup',
      cron: '0 17 3 * * *',
      coordinated: true,
      run: () =>
        ctx.db
          .deleteFrom('job_runs')
          .where('claimed_at', '<', new Date(ctx.clock.now().getTime() - 7 * 86_400_000))
          .execute(),
    },
    // Every process links committed audit entries into the hash chain; while one links, the others skip.
    { name: 'audit-chain', cron: '* * * * * *', coordinated: false, run: () => chainPendingAudit(ctx.db, false) },
    // The chain head copied daily: a tail deleted behind the hub's back is still reported by `audit verify`.
    {
      name: 'audit-checkpoint',
      cron: '0 5 0 * * *',
      coordinated: true,
      run: () => checkpointAuditChain(ctx.db, ctx.clock.now()),
    },
    {
      name: 'sign-in-throttle-cleanup',
      cron: '0 37 3 * * *',
      coordinated: true,
      run: () => forgetLapsedThrottles(ctx),
    },
    // Expired console sessions are refused on read; this only keeps the table small.
    {
      name: 'sessions-cleanup',
      cron: '0 27 3 * * *',
      coordinated: true,
      run: () => ctx.db.deleteFrom('sessions').where('expires_at', '<', ctx.clock.now()).execute(),
    },
  ];
}

interface SchedulerLog {
  error(obj: unknown, msg: string): void;
  warn(obj: unknown, msg: string): void;
  info(obj: unknown, msg: string): void;
}

/**
 * While the database is unavailable a job skips its ticks for 5 s, then 10, 20 … up to 5 minutes,
 * instead of failing every tick; its first success ends the back-off.
 */
export class JobBackoff {
  private failures = 0;
  private until = 0;
  constructor(private readonly clock: Clock) {}

  waiting(): boolean {
    return this.clock.now().getTime() < this.until;
  }

  /** Records a failure; returns how many seconds the job now waits. */
  failed(): number {
    const seconds = Math.min(5 * 2 ** this.failures, 300);
    this.failures++;
    this.until = this.clock.now().getTime() + seconds * 1000;
    return seconds;
  }

  /** Records a success; true when it ends a back-off. */
  succeeded(): boolean {
    const wasBackingOff = this.failures > 0;
    this.failures = 0;
    this.until = 0;
    return wasBackingOff;
  }
}

/** One run of a job: skipped while backing off, counted (runs and failures) for the metrics. */
export async function runJob(ctx: HubContext, job: Job, log: SchedulerLog, backoff = new JobBackoff(ctx.clock)) {
  if (backoff.waiting()) return;
  metricsOf(ctx).jobRuns.inc({ job: job.name });
  try {
    await job.run();
    if (backoff.succeeded()) log.info({ job: job.name }, `scheduled job ${job.name} resumed`);
  } catch (err) {
    metricsOf(ctx).jobFailures.inc({ job: job.name });
    if (!isDatabaseUnavailable(err)) log.error({ err, job: job.name }, `scheduled job ${job.name} failed`);
    else {
      const seconds = backoff.failed();
      log.warn({ job: job.name, seconds }, `database unavailable: ${job.name} waits ${seconds} s`);
    }
  }
}

/** Starts the jobs; returns a handle that stops them all. */
export function startScheduler(ctx: HubContext, jobs: Job[], log: SchedulerLog, instance = randomUUID()) {
  const coordinator = databaseRunCoordinator(ctx, instance);
  const tasks: ScheduledTask[] = jobs.map((job) => {
    const backoff = new JobBackoff(ctx.clock);
    const task = createTask(job.cron, () => runJob(ctx, job, log, backoff), {
      name: job.name,
      timezone: 'Asia/Shanghai',
      noOverlap: true,
      ...(job.coordinated ? { distributed: true, runCoordinator: coordinator } : {}),
    });
    void task.start();
    return task;
  });
  return {
    instance,
    async stop() {
      await Promise.all(tasks.map((t) => t.destroy()));
    },
  };
}
