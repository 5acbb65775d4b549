import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { bearer, type Demo, startDemo } from '../support/demo.ts';
import { approvalFixture, commitmentFixture, siteInspectionFixture } from '../support/linkage.ts';
import type { TestHub } from '../support/test-hub.ts';

let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

/** Makes the next write to `table` fail, as a crash part-way through the push's transaction would. */
async function failWritesTo(demo: Demo, table: string, op: 'insert' | 'update'): Promise<() => Promise<void>> {
  const db = demo.hub.ctx.db;
  await sql
    .raw(`create function crash_here() returns trigger language plpgsql as $$
    begin raise exception 'crash between the push and its follow-up'; end $$`)
    .execute(db);
  await sql
    .raw(`create trigger crash_here before ${op} on ${table} for each row execute function crash_here()`)
    .execute(db);
  return async () => {
    await sql.raw(`drop trigger crash_here on ${table}`).execute(db);
    await sql.raw('drop function crash_here()').execute(db);
  };
}

/** The same request each time (one Idempotency-Key), as a retry sends it. */
const postAsBureau = (demo: Demo, url: string, key: string, payload: object) =>
  demo.app.inject({
    method: 'POST',
    url,
    headers: { ...bearer(demo.keys.bureau!), 'idempotency-key': key },
    payload,
  });

const pushesUnder = (demo: Demo, key: string) =>
  demo.hub.ctx.db.selectFrom('approvals').select('id').where('idempotency_key', '=', key).execute();

describe('a push and what goes with it are one transaction', () => {
  it('links the special reviews named in the push: a failed link leaves no push, the retry does both', async () => {
    const demo = await startDemo({ now: '2026-06-10T10:00:00+08:00' });
    hub = demo.hub;
    const opened = await demo.call('POST', '/api/v1/special-reviews', demo.keys.bureau!, siteInspectionFixture());
    expect(opened.status).toBe(201);
    const decision = approvalFixture({
      matterCode: 'SC-002',
      decisionDate: '2026-06-10',
      applicationRef: 'GQ-2026-0610-07',
      // SC-002 is a major matter: its decision needs a joint meeting or a recorded exemption (001 §5(8)).
      majorExemption: { reason: '联合现场核查已由监管部门参与', approvedBy: '局长 张明' },
    });
    const push = () => postAsBureau(demo, '/api/v1/approvals', 'push-with-review', decision);
    const linkedTo = async () =>
      (
        await demo.hub.ctx.db
          .selectFrom('special_reviews')
          .select('approval_id')
          .where('id', '=', opened.body.id)
          .executeTakeFirstOrThrow()
      ).approval_id;

    const restore = await failWritesTo(demo, 'special_reviews', 'update');
    expect((await push()).statusCode).toBe(500);
    expect(await pushesUnder(demo, 'push-with-review')).toEqual([]);
    expect(await linkedTo()).toBeNull();
    await restore();

    const first = await push();
    expect(first.statusCode).toBe(201);
    expect(await linkedTo()).toBe(first.json().id);
    const retry = await push();
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ id: first.json().id });
  });

  it('records a commitment in the push: a failed commitment leaves no push, the retry records each once', async () => {
    const demo = await startDemo({ now: '2026-06-10T10:00:00+08:00' });
    hub = demo.hub;
    const body = commitmentFixture({
      signedAt: '2026-06-10T10:00:00+08:00',
      signedDocumentRef: '高审批诺〔2026〕7号',
    });
    const record = () => postAsBureau(demo, '/api/v1/commitments', 'commitment-push', body);
    const commitments = () => demo.hub.ctx.db.selectFrom('commitments').select(['id', 'approval_id']).execute();

    const restore = await failWritesTo(demo, 'commitments', 'insert');
    expect((await record()).statusCode).toBe(500);
    expect(await pushesUnder(demo, 'commitment-push')).toEqual([]);
    expect(await commitments()).toEqual([]);
    await restore();

    const first = await record();
    expect(first.statusCode).toBe(201);
    const retry = await record();
    expect(retry.json().commitment.id).toBe(first.json().commitment.id);
    expect(await pushesUnder(demo, 'commitment-push')).toEqual([{ id: first.json().approval.id }]);
    expect(await commitments()).toEqual([{ id: first.json().commitment.id, approval_id: first.json().approval.id }]);
    const audit = await demo.hub.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['approval.pushed', 'commitment.recorded'])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['approval.pushed', 'commitment.recorded']);
  });
});
