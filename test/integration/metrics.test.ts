import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { openAdapter } from '../../core/adapters/dry-run.ts';
import { chainPendingAudit } from '../../core/audit/audit-chain.ts';
import { FileDropInbox } from '../../core/adapters/transports/file-drop.ts';
import { Dispatcher } from '../../core/delivery/dispatcher.ts';
import { registerTransport } from '../../core/delivery/transports.ts';
import { issueQueuedLetters } from '../../core/documents/letter-queue.ts';
import { loadProfile } from '../../core/policy/load-profile.ts';
import { runJob } from '../../core/scheduler/scheduler.ts';
import { bearer, withDemo } from '../support/demo.ts';
import { approvalFixture, post } from '../support/linkage.ts';
import { backend, createTestHub, type TestHub } from '../support/test-hub.ts';

const ADAPTER = fileURLToPath(new URL('../../adapters/wjj-filedrop', import.meta.url));

let hub: TestHub;
afterEach(() => hub?.close());

let failing = true;
registerTransport({
  name: 'metrics-recipient',
  async send() {
    if (failing) throw new Error('HTTP 503 from department system');
  },
});

/** One sample's value from the exposition text; 0 when the series is absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe(`/metrics on ${backend}`, () => {
  it('exposes each named series with the values of a scripted scenario', async () => {
    const profile = loadProfile('ankang');
    hub = await createTestHub({
      profile: { ...profile, delivery: { maxAttempts: 1, initialBackoffSeconds: 30, maxBackoffSeconds: 600 } },
      now: '2026-11-02T10:00:00+08:00',
    });
    const keys = await withDemo(hub);
    const app = await hub.app();
    const scrape = async () => {
      const res = await app.inject({ method: 'GET', url: '/metrics' });
      expect(res.headers['content-type']).toContain('text/plain');
      return res.body;
    };

    // two pushes to rsj, whose system is down: both messages dead-letter at the first failure
    await app.inject({
      method: 'PUT',
      url: '/api/v1/departments/rsj/endpoint',
      headers: bearer(keys.bureau!),
      payload: { transport: 'metrics-recipient' },
    });
    for (let i = 0; i < 2; i++)
      expect(
        (
          await post(
            app,
            '/api/v1/approvals',
            keys.bureau!,
            approvalFixture({ matterCode: 'RS-001', decisionDate: '2026-11-02' }),
          )
        ).status,
      ).toBe(201);
    // one to wjj, which has no online channel: a letter is queued
    await post(
      app,
      '/api/v1/approvals',
      keys.bureau!,
      approvalFixture({ matterCode: 'WJ-001', decisionDate: '2026-11-02' }),
    );
    expect(await new Dispatcher(hub.ctx).drain()).toEqual({ sent: 0, retried: 0, dead: 2 });

    let text = await scrape();
    expect(sample(text, 'shenguan_outbox_messages{state="dead",recipient="rsj"}')).toBe(2);
    expect(sample(text, 'shenguan_dead_letters{recipient="rsj"}')).toBe(2);
    expect(sample(text, 'shenguan_claims_pending{department="rsj"}')).toBe(2);
    expect(sample(text, 'shenguan_claims_overdue{department="rsj"}')).toBe(0);
    expect(sample(text, 'shenguan_document_queue_length{state="queued"}')).toBe(1);
    expect(
      sample(
        text,
        'shenguan_http_request_duration_seconds_count{method="POST",route="/api/v1/approvals",status_code="201"}',
      ),
    ).toBe(3);
    expect(sample(text, 'shenguan_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    // November: 2027's schedule is not loaded yet (the bundled years end with 2026)
    expect(sample(text, 'shenguan_calendar_next_year_loaded{year="2027"}')).toBe(0);

    // the system is back: replayed and delivered; the letter is issued; a file comes in; a week passes
    failing = false;
    await app.inject({
      method: 'POST',
      url: '/api/v1/outbox/replay',
      headers: bearer(keys.bureau!),
      payload: { allDead: true },
    });
    hub.clock.advance(90_000);
    expect((await new Dispatcher(hub.ctx).drain()).sent).toBe(2);
    expect((await issueQueuedLetters(hub.ctx)).issued).toHaveLength(1);
    const root = join(hub.ctx.security.dataDir, 'exchange', 'wjj');
    const { adapter, mapping } = openAdapter(ADAPTER);
    const inbox = new FileDropInbox(hub.ctx, adapter, mapping, { root, stableMs: 0 });
    copyFileSync(join(ADAPTER, 'fixtures/penalties.gb18030.csv'), join(root, 'inbox/p.csv'));
    writeFileSync(join(root, 'inbox/p.csv.done'), '');
    await inbox.scan();
    // and an unreadable one, which goes to error/
    writeFileSync(
      join(root, 'inbox/broken.csv'),
      iconv.encode('行政相对人名称,处罚内容\n"未闭合的引号,罚款\n', 'gb18030'),
    );
    writeFileSync(join(root, 'inbox/broken.csv.done'), '');
    await inbox.scan();
    hub.clock.set('2026-11-09T10:00:00+08:00');

    text = await scrape();
    expect(sample(text, 'shenguan_outbox_messages{state="delivered",recipient="rsj"}')).toBe(2);
    expect(sample(text, 'shenguan_dead_letters{recipient="rsj"}')).toBe(0);
    expect(sample(text, 'shenguan_delivery_latency_seconds_count{recipient="rsj"}')).toBe(2);
    expect(sample(text, 'shenguan_delivery_latency_seconds_sum{recipient="rsj"}')).toBe(180);
    expect(sample(text, 'shenguan_claims_overdue{department="rsj"}')).toBe(2);
    expect(sample(text, 'shenguan_document_queue_length{state="queued"}')).toBe(0);
    expect(sample(text, 'shenguan_document_render_seconds_count{kind="approval-notification"}')).toBe(1);
    expect(sample(text, 'shenguan_adapter_files{adapter="wjj-filedrop",state="done"}')).toBe(1);
    expect(sample(text, 'shenguan_adapter_files{adapter="wjj-filedrop",state="error"}')).toBe(1);
    expect(sample(text, 'shenguan_adapter_records{adapter="wjj-filedrop",result="accepted"}')).toBe(2);
    expect(sample(text, 'shenguan_adapter_records{adapter="wjj-filedrop",result="rejected"}')).toBe(2);

    // jobs: one that runs and one that fails, counted per job
    const log = { error: () => undefined, warn: () => undefined, info: () => undefined };
    const okJob = { name: 'ok-job', cron: '* * * * * *', coordinated: false, run: async () => undefined };
    const badJob = {
      ...okJob,
      name: 'bad-job',
      run: async () => {
        throw new Error('boom');
      },
    };
    for (const job of [okJob, okJob, badJob]) await runJob(hub.ctx, job, log);
    text = await scrape();
    expect(sample(text, 'shenguan_job_runs_total{job="ok-job"}')).toBe(2);
    expect(sample(text, 'shenguan_job_failures_total{job="ok-job"}')).toBe(0);
    expect(sample(text, 'shenguan_job_runs_total{job="bad-job"}')).toBe(1);
    expect(sample(text, 'shenguan_job_failures_total{job="bad-job"}')).toBe(1);

    // no audit-chain job runs here: the pushes' audit entries wait for the sequencer
    const unlinked = await hub.ctx.db.selectFrom('audit_pending').select('entry_id').execute();
    expect(unlinked.length).toBeGreaterThan(0);
    expect(sample(text, 'shenguan_audit_unlinked_entries')).toBe(unlinked.length);
    hub.clock.advance(30_000);
    expect(sample(await scrape(), 'shenguan_audit_unlinked_oldest_seconds')).toBeGreaterThanOrEqual(30);
    await chainPendingAudit(hub.ctx.db);
    text = await scrape();
    expect(sample(text, 'shenguan_audit_unlinked_entries')).toBe(0);
    expect(sample(text, 'shenguan_audit_unlinked_oldest_seconds')).toBe(0);

    // next year's schedule loaded from the State Council notice: the calendar series turns to 1
    const loaded = await app.inject({
      method: 'POST',
      url: '/api/v1/calendar/notices?preview=false',
      headers: { ...bearer(keys.bureau!), 'content-type': 'text/plain; charset=utf-8' },
      payload: readFileSync(new URL('../fixtures/calendar/notices/2027-example.txt', import.meta.url), 'utf8'),
    });
    expect(loaded.statusCode).toBe(200);
    expect(sample(await scrape(), 'shenguan_calendar_next_year_loaded{year="2027"}')).toBe(1);
  }, 240_000);
});
