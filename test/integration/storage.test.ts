import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/audit/actor.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { listEntries } from '../../core/catalogue/catalogue-store.ts';
import { DEMO_MATTERS } from '../../core/demo/demo-jurisdiction.ts';
import { seedDemo } from '../../core/demo/seed-demo.ts';
import { listDepartments } from '../../core/departments/department-store.ts';
import { MIGRATIONS } from '../../core/storage/migrations/index.ts';
import { runMigrations } from '../../core/storage/migrator.ts';
import { migrate, openStore } from '../../core/storage/open-store.ts';
import { backend, createTestHub, type TestHub } from '../support/test-hub.ts';

let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

describe(`storage on ${backend}`, () => {
  it('applies migrations once; running them again changes nothing', async () => {
    hub = await createTestHub();
    expect(await migrate(hub.store)).toEqual([]);
  });

  it.runIf(backend === 'postgres')(
    'lets several processes migrate one new schema at once: one applies, the rest wait',
    async () => {
      const url = process.env.SHENGUAN_TEST_PG_URL!;
      const schema = `t_race_${Date.now().toString(36)}`;
      const stores = await Promise.all([1, 2, 3, 4].map(() => openStore({ databaseUrl: url, schema, poolSize: 1 })));
      try {
        const runs = await Promise.all(stores.map((s) => migrate(s)));
        const all = Object.keys(MIGRATIONS).sort();
        expect(runs.filter((r) => r.length > 0)).toEqual([all]);
        expect(runs.filter((r) => r.length === 0)).toHaveLength(3);
        const history = await sql<{ name: string }>`select name from ${sql.id(schema, 'kysely_migration')}`.execute(
          stores[0]!.db,
        );
        expect(history.rows.map((r) => r.name).sort()).toEqual(all);
      } finally {
        await sql.raw(`drop schema if exists ${schema} cascade`).execute(stores[0]!.db);
        await Promise.all(stores.map((s) => s.close()));
      }
    },
  );

  it('applies a run whole or not at all, and refuses a history it cannot continue', async () => {
    hub = await createTestHub();
    const db = hub.store.db as never;
    const broken = {
      ...MIGRATIONS,
      '9998-a': { up: (tx: typeof db) => sql`create table half_done (x int)`.execute(tx).then(() => undefined) },
      '9999-b': { up: () => Promise.reject(new Error('migration fails')) },
    };
    await expect(runMigrations(db, hub.store.schema, broken)).rejects.toThrow('migration fails');
    const left = await sql<{ t: string | null }>`select to_regclass('half_done') as t`.execute(hub.ctx.db);
    expect(left.rows[0]!.t).toBeNull();
    await expect(
      runMigrations(db, hub.store.schema, { ...MIGRATIONS, '0000-late': { up: async () => undefined } }),
    ).rejects.toMatchObject({ code: 'MIGRATION_OUT_OF_ORDER' });
    const { '0020-state-checks': _dropped, ...older } = MIGRATIONS;
    await expect(runMigrations(db, hub.store.schema, older)).rejects.toMatchObject({ code: 'MIGRATION_UNKNOWN' });
  });

  it('keeps the audit log append-only in the database itself', async () => {
    hub = await createTestHub();
    await recordAudit(hub.ctx.db, {
      actor: SYSTEM_ACTOR,
      at: hub.clock.now(),
      action: 'test',
      entityType: 't',
      entityId: '1',
      after: { a: 1 },
    });
    await expect(hub.ctx.db.updateTable('audit_log').set({ actor: 'someone else' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(hub.ctx.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    expect((await hub.ctx.db.selectFrom('audit_log').select('actor').execute()).map((r) => r.actor)).toEqual([
      SYSTEM_ACTOR.id,
    ]);
  });

  it('round-trips dates as calendar strings, instants as Date, big integers as numbers through a table', async () => {
    hub = await createTestHub();
    await sql`create temporary table round_trip (d date, t timestamptz, n bigint)`.execute(hub.ctx.db);
    const written = { d: '2026-10-01', t: new Date('2026-09-30T16:00:00Z'), n: 9007199254740991 };
    await sql`insert into round_trip values (${written.d}, ${written.t}, ${written.n})`.execute(hub.ctx.db);
    const read = await sql<typeof written>`select d, t, n from round_trip`.execute(hub.ctx.db);
    expect(read.rows).toEqual([written]);
    // The date is the calendar date, not an instant shifted by the server's zone.
    const shanghai = await sql<{
      d: string;
    }>`select (t at time zone 'Asia/Shanghai')::date as d from round_trip`.execute(hub.ctx.db);
    expect(shanghai.rows[0]!.d).toBe('2026-10-01');
  });

  it('seeds the demo county once: a bureau, three departments, a dozen matters', async () => {
    hub = await createTestHub();
    const keys = await seedDemo(hub.ctx);
    expect(keys?.map((k) => k.department)).toEqual(['bureau', 'scjg', 'rsj', 'wjj']);
    expect((await listDepartments(hub.ctx.db)).filter((d) => d.kind === 'department')).toHaveLength(3);
    const stored = await listEntries(hub.ctx, 'matter');
    expect(stored.map((m) => m.code)).toEqual(DEMO_MATTERS.map((m) => m.code).sort());
    expect(stored.length).toBeGreaterThanOrEqual(12);
    expect(await seedDemo(hub.ctx)).toBeUndefined();
  });
});
