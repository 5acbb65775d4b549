import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/audit/actor.ts';
import { chainPendingAudit, checkpointAuditChain, verifyAuditChain } from '../../core/audit/audit-chain.ts';
import { recordAudit, recordAuditMany } from '../../core/audit/audit-log.ts';
import { grantServingRole } from '../../core/storage/serving-role.ts';
import { bearer, withDemo } from '../support/demo.ts';
import { approvalFixture } from '../support/linkage.ts';
import { backend, createTestHub, type TestHub } from '../support/test-hub.ts';

let hub: TestHub;
afterEach(() => hub?.close());

/** What someone with the owner's rights could do behind the hub's back: switch the guards off and rewrite. */
async function behindTheHubsBack(statements: string[]) {
  const db = hub.ctx.db;
  for (const table of ['audit_log', 'audit_chain'])
    await sql.raw(`alter table ${table} disable trigger user`).execute(db);
  for (const s of statements) await sql.raw(s).execute(db);
  for (const table of ['audit_log', 'audit_chain'])
    await sql.raw(`alter table ${table} enable trigger user`).execute(db);
}

const entryAt = (seq: number) => `(select entry_id from audit_chain where seq = ${seq})`;

const testEntry = (name: string) => ({
  actor: SYSTEM_ACTOR,
  at: hub.clock.now(),
  action: 'test.concurrent',
  entityType: 'writer',
  entityId: name,
});

async function seeded() {
  hub = await createTestHub({ now: '2026-06-10T10:00:00+08:00' });
  const keys = await withDemo(hub);
  const report = await verifyAuditChain(hub.ctx.db);
  expect(report).toMatchObject({ ok: true, firstBreak: null });
  expect(report.entries).toBeGreaterThan(10);
  return { ...report, keys };
}

describe(`tamper-evident audit log on ${backend}`, () => {
  it('chains every entry, including pushes merged into one statement by the group writer', async () => {
    const { keys } = await seeded();
    const app = await hub.app();
    const bureauKey = keys.bureau!;
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/approvals',
          headers: { ...bearer(bureauKey), 'idempotency-key': `chain-${i}` },
          payload: approvalFixture({ decisionDate: '2026-06-10' }),
        }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(12).fill(201));
    const report = await verifyAuditChain(hub.ctx.db);
    expect(report.firstBreak).toBeNull();
    const rows = await hub.ctx.db.selectFrom('audit_log').select(['id']).execute();
    expect(report.entries).toBe(rows.length);
    expect(report.pending).toBe(0);
    expect(report.head.seq).toBe(rows.length);
  });

  it('builds the same canonical text as migration 0011 did, so entries linked before 0033 still verify', async () => {
    await seeded();
    await recordAudit(hub.ctx.db, {
      ...testEntry('中文 | 3:x -'),
      department: null,
      before: { 名称: '某某公司', n: null },
      after: null,
      subject: '',
      counterpartKey: '91370126MA3C4Q8J2X',
    });
    await sql
      .raw(
        `create function canonical_0011(e audit_log) returns text language sql stable as $$
          select string_agg(case when f is null then '-' else length(f) || ':' || f end, '|' order by n)
          from unnest(array[
            e.id::text, ((extract(epoch from e.at) * 1000000)::bigint)::text, e.actor, e.action, e.entity_type,
            e.entity_id, e.department_code, e.before::text, e.after::text, e.subject, e.counterpart_key
          ]) with ordinality as t(f, n)
        $$`,
      )
      .execute(hub.ctx.db);
    const { rows } = await sql<{ n: number; differ: number }>`
      select count(*)::int as n,
             (count(*) filter (where audit_entry_canonical(a) is distinct from canonical_0011(a)))::int as differ
      from audit_log a`.execute(hub.ctx.db);
    expect(rows[0]!.n).toBeGreaterThan(10);
    expect(rows[0]!.differ).toBe(0);
  });

  it('reports an edited entry, also through GET /api/v1/audit/verify (administrators only)', async () => {
    const { keys } = await seeded();
    await behindTheHubsBack([`update audit_log set actor = 'someone else' where id = ${entryAt(5)}`]);
    expect((await verifyAuditChain(hub.ctx.db)).firstBreak).toMatchObject({ kind: 'edited', seq: 5 });
    const app = await hub.app();
    const res = await app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: bearer(keys.bureau!) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: false, firstBreak: { kind: 'edited', seq: 5 } });
    const denied = await app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: bearer(keys.scjg!) });
    expect(denied.statusCode).toBe(403);
  });

  it('reports a deleted entry', async () => {
    await seeded();
    await behindTheHubsBack([`delete from audit_log where id = ${entryAt(4)}`]);
    expect((await verifyAuditChain(hub.ctx.db)).firstBreak).toMatchObject({ kind: 'deleted', seq: 4 });
  });

  it('reports a deleted link', async () => {
    await seeded();
    await behindTheHubsBack(['delete from audit_chain where seq = 3']);
    expect((await verifyAuditChain(hub.ctx.db)).firstBreak).toMatchObject({ kind: 'deleted', seq: 3 });
  });

  it('reports an entry deleted before it was linked', async () => {
    await seeded();
    await recordAudit(hub.ctx.db, testEntry('queued'));
    const queued = await hub.ctx.db.selectFrom('audit_pending').select('entry_id').executeTakeFirstOrThrow();
    await behindTheHubsBack([`delete from audit_log where id = ${queued.entry_id}`]);
    expect((await verifyAuditChain(hub.ctx.db)).firstBreak).toMatchObject({
      kind: 'deleted',
      entryId: Number(queued.entry_id),
    });
  });

  it('reports reordered entries', async () => {
    await seeded();
    await behindTheHubsBack([
      'update audit_chain set seq = -1 where seq = 6',
      'update audit_chain set seq = 6 where seq = 7',
      'update audit_chain set seq = 7 where seq = -1',
    ]);
    expect((await verifyAuditChain(hub.ctx.db)).firstBreak).toMatchObject({ kind: 'reordered', seq: 6 });
  });

  it('refuses TRUNCATE, and reports a truncated log and a deleted tail even when the head was reset', async () => {
    const before = await seeded();
    await expect(sql.raw('truncate audit_log').execute(hub.ctx.db)).rejects.toThrow(/append-only/);
    await checkpointAuditChain(hub.ctx.db, hub.clock.now());
    // the tail goes, and the head is set back to match it: only the daily checkpoint still knows
    const last = before.head.seq;
    await behindTheHubsBack([
      `delete from audit_log where id in (select entry_id from audit_chain where seq > ${last - 2})`,
      `delete from audit_chain where seq > ${last - 2}`,
      `update audit_chain_head set seq = ${last - 2}, hash = (select hash from audit_chain where seq = ${last - 2})`,
    ]);
    expect((await verifyAuditChain(hub.ctx.db)).firstBreak).toMatchObject({ kind: 'truncated', seq: last - 1 });
    await behindTheHubsBack(['truncate audit_log']);
    expect((await verifyAuditChain(hub.ctx.db)).firstBreak).toMatchObject({ kind: 'truncated', seq: 1 });
  });

  it('reports entries written with the chain switched off', async () => {
    await seeded();
    await behindTheHubsBack([
      `insert into audit_log (at, actor, action, entity_type, entity_id) values (now(), 'x', 'forged', 't', '1')`,
    ]);
    expect((await verifyAuditChain(hub.ctx.db)).firstBreak).toMatchObject({ kind: 'unchained' });
  });

  it('keeps one valid chain while transactions write and sequencers link at once', async () => {
    hub = await createTestHub();
    const db = hub.ctx.db;
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        i % 4 === 3
          ? chainPendingAudit(db, i % 8 === 3)
          : db
              .transaction()
              .execute((tx) => recordAuditMany(tx, [testEntry(`t${i}-a`), ...(i % 2 ? [testEntry(`t${i}-b`)] : [])])),
      ),
    );
    const report = await verifyAuditChain(db);
    expect(report.firstBreak).toBeNull();
    const written = await db.selectFrom('audit_log').select('id').execute();
    expect(report.entries).toBe(written.length);
    expect(report.head.seq).toBe(written.length);
  });

  // Before the sequencer, the insert trigger held the chain head until commit: the second writer below
  // waited for the first (lock timeout), and the two in the next test deadlocked.
  it.runIf(backend === 'postgres')('lets a second writer commit while the first is still open', async () => {
    hub = await createTestHub();
    const db = hub.ctx.db;
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let wrote!: () => void;
    const firstWrote = new Promise<void>((resolve) => {
      wrote = resolve;
    });
    const first = db.transaction().execute(async (tx) => {
      await recordAudit(tx, testEntry('first'));
      wrote();
      await held;
    });
    await firstWrote;
    try {
      await db.transaction().execute(async (tx) => {
        await sql`set local lock_timeout = '2s'`.execute(tx);
        await recordAudit(tx, testEntry('second'));
      });
    } finally {
      release();
      await first;
    }
    expect((await verifyAuditChain(db)).entries).toBe(2);
  });

  it.runIf(backend === 'postgres')(
    'does not deadlock writers that write audit and then wait on each other',
    async () => {
      hub = await createTestHub();
      const db = hub.ctx.db;
      const gate = () => {
        let open!: () => void;
        const opened = new Promise<void>((resolve) => {
          open = resolve;
        });
        return { open, opened };
      };
      const secondLocked = gate();
      const firstWrote = gate();
      const second = db.transaction().execute(async (tx) => {
        await sql`select pg_advisory_xact_lock(4212)`.execute(tx);
        secondLocked.open();
        await firstWrote.opened;
        await recordAudit(tx, testEntry('second'));
      });
      const first = db.transaction().execute(async (tx) => {
        await secondLocked.opened;
        await recordAudit(tx, testEntry('first'));
        firstWrote.open();
        await sql`select pg_advisory_xact_lock(4212)`.execute(tx);
      });
      await Promise.all([first, second]);
      const report = await verifyAuditChain(db);
      expect(report).toMatchObject({ ok: true, entries: 2 });
    },
  );

  it.runIf(backend === 'postgres')('keeps one valid chain while two processes write at once', async () => {
    hub = await createTestHub();
    const schema = hub.store.schema;
    const run = (name: string) =>
      promisify(execFile)(process.execPath, [
        '--import',
        'tsx',
        'test/support/audit-writer.ts',
        process.env.SHENGUAN_TEST_PG_URL!,
        schema,
        name,
        '60',
      ]);
    await Promise.all([run('a'), run('b')]);
    // linked by the two processes' own sequencers, running while both wrote
    const report = await verifyAuditChain(hub.ctx.db, { link: false });
    expect(report.firstBreak).toBeNull();
    expect(report.pending).toBe(0);
    // 60 writes each: 30 single entries and 30 batches of three
    expect(report.entries).toBe(2 * (30 + 90));
    const writers = await hub.ctx.db
      .selectFrom('audit_log')
      .select((eb) => [eb.fn.count<number>('id').as('n')])
      .where('action', '=', 'test.concurrent')
      .executeTakeFirstOrThrow();
    expect(Number(writers.n)).toBe(240);
  });

  it.runIf(backend === 'postgres')(
    'serves as a role that cannot truncate, alter or rewrite the audit log',
    async () => {
      hub = await createTestHub();
      await withDemo(hub);
      await chainPendingAudit(hub.ctx.db);
      const role = `sg_serving_${randomBytes(4).toString('hex')}`;
      await sql.raw(`create role ${role} nologin`).execute(hub.ctx.db);
      const client = new pg.Client({
        connectionString: process.env.SHENGUAN_TEST_PG_URL,
        options: `-c search_path=${hub.store.schema}`,
      });
      await client.connect();
      try {
        await grantServingRole(hub.ctx.db, hub.store.schema, role);
        await client.query(`set role ${role}`);
        await expect(client.query('truncate audit_log')).rejects.toThrow(/permission denied/);
        await expect(client.query('alter table audit_log disable trigger user')).rejects.toThrow(/must be owner/);
        await expect(client.query(`update audit_log set actor = 'x'`)).rejects.toThrow(/permission denied/);
        await expect(client.query('delete from audit_log')).rejects.toThrow(/permission denied/);
        await expect(client.query('update audit_chain_head set seq = 0')).rejects.toThrow(/permission denied/);
        for (const statement of [
          `insert into audit_chain values (999, 999, 'x', 'y')`,
          'delete from audit_chain',
          'truncate audit_chain',
          'delete from audit_pending',
          'insert into audit_pending values (999)',
          'alter table audit_chain disable trigger user',
          'alter table audit_log add column note text',
          'drop trigger audit_log_queue on audit_log',
          'drop table audit_log',
          'create or replace function audit_log_queue() returns trigger language plpgsql ' +
            'as $$ begin return null; end $$',
          'truncate audit_checkpoints',
        ])
          await expect(client.query(statement), statement).rejects.toThrow(/permission denied|must be owner/);
        // what the hub does as that role still works, through the chain
        await client.query(
          'insert into audit_log (at, actor, action, entity_type, entity_id) ' +
            "values (now(), 'key:x', 'served', 't', '1')",
        );
        await client.query('select 1 from deliveries limit 1');
        // the sequencer links it, called as that role
        expect((await client.query('select audit_chain_extend(100, true) as n')).rows[0].n).toBe(1);
        await client.query('reset role');
        expect((await verifyAuditChain(hub.ctx.db)).firstBreak).toBeNull();
      } finally {
        await client.query('reset role').catch(() => undefined);
        await client.end();
        await sql.raw(`drop owned by ${role}`).execute(hub.ctx.db);
        await sql.raw(`drop role ${role}`).execute(hub.ctx.db);
      }
    },
  );
});
