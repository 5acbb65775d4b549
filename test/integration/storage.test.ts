import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/audit/actor.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { listEntries } from '../../core/catalogue/catalogue-store.ts';
import { DEMO_MATTERS } from '../../core/demo/demo-jurisdiction.ts';
import { seedDemo } from '../../core/demo/seed-demo.ts';
import { listDepartments } from '../../core/departments/department-store.ts';
import { migrate } from '../../core/storage/open-store.ts';
import { backend, createTestHub, type TestHub } from '../support/test-hub.ts';

let hub: TestHub;
afterEach(() => hub?.close());

describe(`storage on ${backend}`, () => {
  it('applies migrations once; running them again changes nothing', async () => {
    hub = await createTestHub();
    expect(await migrate(hub.store)).toEqual([]);
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

  it('round-trips dates as calendar strings and instants as Date', async () => {
    hub = await createTestHub();
    const row = await sql<{
      d: string;
      t: Date;
      n: number;
    }>`select date '2026-10-01' as d, timestamptz '2026-10-01 00:00+08' as t, 9007199254740991::bigint as n`.execute(
      hub.ctx.db,
    );
    expect(row.rows[0]).toEqual({ d: '2026-10-01', t: new Date('2026-09-30T16:00:00Z'), n: 9007199254740991 });
  });

  it('seeds the demo county once: a bureau, three departments, a dozen matters', async () => {
    hub = await createTestHub();
    const keys = await seedDemo(hub.ctx);
    expect(keys?.map((k) => k.department)).toEqual(['bureau', 'scjg', 'rsj', 'wjj']);
    expect((await listDepartments(hub.ctx.db)).filter((d) => d.kind === 'department')).toHaveLength(3);
    expect(await listEntries(hub.ctx, 'matter')).toHaveLength(DEMO_MATTERS.length);
    expect(DEMO_MATTERS.length).toBeGreaterThanOrEqual(12);
    expect(await seedDemo(hub.ctx)).toBeUndefined();
  });
});
