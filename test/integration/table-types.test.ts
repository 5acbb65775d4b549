import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { generateTableTypes } from '../../core/storage/table-types.ts';
import { backend, createTestHub, type TestHub } from '../support/test-hub.ts';

let hub: TestHub | undefined;
afterEach(() => hub?.close());

const committed = () => readFileSync(new URL('../../core/storage/tables.ts', import.meta.url), 'utf8');

describe(`table types on ${backend}`, () => {
  it('are what the migrated schema gives: run `npm run db:types` after changing a migration', async () => {
    hub = await createTestHub();
    expect(await generateTableTypes(hub.ctx.db)).toBe(committed());
  });

  it('change when the schema changes, so a drift is caught', async () => {
    hub = await createTestHub();
    await sql`alter table departments add column motto text`.execute(hub.ctx.db);
    await sql`alter table users alter column display_name drop not null`.execute(hub.ctx.db);
    const generated = await generateTableTypes(hub.ctx.db);
    expect(generated).not.toBe(committed());
    expect(generated).toContain('  motto: string | null;\n}');
    expect(generated).toContain('  display_name: string | null;');
  });
});
