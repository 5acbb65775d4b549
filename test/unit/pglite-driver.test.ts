import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDialect } from '../../core/storage/pglite-driver.ts';

describe('the embedded store driver', () => {
  let pglite: PGlite;
  let db: Kysely<{ t: { id: number } }>;
  beforeAll(async () => {
    pglite = await PGlite.create();
    db = new Kysely({ dialect: pgliteDialect({ pglite, acquireTimeoutMs: 300 }) });
    await sql`create table t (id int)`.execute(db);
  });
  afterAll(() => db.destroy());

  it('refuses the root handle inside an open transaction at once, naming the call site, not hanging', async () => {
    const attempt = db.transaction().execute(async (tx) => {
      await tx.insertInto('t').values({ id: 1 }).execute();
      await db.selectFrom('t').selectAll().execute(); // the mistake
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'STORE_REENTRANT',
      en: expect.stringContaining('pglite-driver.test.ts'),
    });
    // The transaction was rolled back and the store still serves.
    expect(await db.selectFrom('t').selectAll().execute()).toEqual([]);
  });

  it('serialises concurrent transactions and root queries without mistaking siblings for re-entrancy', async () => {
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) =>
        db.transaction().execute(async (tx) => {
          await tx.insertInto('t').values({ id: i }).execute();
          await tx.selectFrom('t').select(sql<number>`count(*)`.as('n')).execute();
        }),
      ),
      ...Array.from({ length: 20 }, () => db.selectFrom('t').selectAll().execute()),
    ]);
    // After a transaction, the same async flow uses the root handle freely.
    await db.transaction().execute((tx) => tx.deleteFrom('t').execute());
    expect(await db.selectFrom('t').selectAll().execute()).toEqual([]);
  });

  it('turns a stalled connection into STORE_BUSY, and the queue moves on when it is freed', async () => {
    let free!: () => void;
    const held = new Promise<void>((r) => {
      free = r;
    });
    const holder = db.transaction().execute(async (tx) => {
      await tx.insertInto('t').values({ id: 7 }).execute();
      await held;
    });
    await expect(db.selectFrom('t').selectAll().execute()).rejects.toMatchObject({ code: 'STORE_BUSY' });
    free();
    await holder;
    expect(await db.selectFrom('t').selectAll().execute()).toEqual([{ id: 7 }]);
  });
});
