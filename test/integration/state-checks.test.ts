import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { CLAIM_STATES } from '../../core/schema/states.ts';
import { backend, createTestHub, type TestHub } from '../support/test-hub.ts';

let hub: TestHub | undefined;
afterEach(() => hub?.close());

describe(`state columns on ${backend}`, () => {
  it('each has a CHECK constraint naming its allowed states', async () => {
    hub = await createTestHub();
    const { rows: columns } = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = current_schema()
        and (column_name in ('state', 'status', 'resolution', 'outcome') or column_name like '%\\_state'
             or column_name like '%\\_status')
      order by table_name, column_name`.execute(hub.ctx.db);
    const { rows: checks } = await sql<{ name: string; definition: string }>`
      select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
      where contype = 'c' and connamespace = current_schema()::regnamespace`.execute(hub.ctx.db);
    expect(columns.length).toBeGreaterThanOrEqual(17);
    const unchecked = columns
      .map((c) => `${c.table_name}.${c.column_name}`)
      .filter((c) => !checks.some((k) => k.name === `${c.replace('.', '_')}_allowed`));
    expect(unchecked).toEqual([]);
    const claim = checks.find((k) => k.name === 'deliveries_claim_state_allowed')!;
    for (const state of CLAIM_STATES) expect(claim.definition).toContain(`'${state}'`);
  });

  it('refuses a state outside the list', async () => {
    hub = await createTestHub();
    const db = hub.ctx.db;
    await expect(
      sql`insert into file_intake (adapter, name, sha256, state, received_at)
          values ('a', 'f.csv', ${'0'.repeat(64)}, 'half-read', now())`.execute(db),
    ).rejects.toThrow(/file_intake_state_allowed/);
    await sql`insert into file_intake (adapter, name, sha256, state, received_at)
              values ('a', 'f.csv', ${'0'.repeat(64)}, 'processing', now())`.execute(db);
    await expect(sql`update file_intake set state = 'lost'`.execute(db)).rejects.toThrow(/file_intake_state_allowed/);
  });
});
