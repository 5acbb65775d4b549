import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { insertTogether } from '../../core/storage/insert-together.ts';
import { backend, createTestHub, type TestHub } from '../support/test-hub.ts';

let hub: TestHub;
afterEach(async () => hub?.close());

const at = new Date('2026-03-02T01:02:03.456Z');
const entry = (n: number, before: string | null, after: string | null) => ({
  at,
  actor: 'test',
  action: `test.${n}`,
  entity_type: 'test',
  entity_id: `e${n}`,
  department_code: null,
  before,
  after,
  subject: 'test:together',
  counterpart_key: null,
});

describe('insertTogether (rows of several tables in one statement of fixed text)', () => {
  it('keeps every value and the rows’ order, JSON serialised or not, in one statement or by Kysely', async () => {
    hub = await createTestHub();
    const db = hub.ctx.db;
    await insertTogether(db, [
      {
        table: 'audit_log',
        rows: [
          entry(1, JSON.stringify({ a: [1, 'x'] }), JSON.stringify('just a string')),
          // A JSON column given an object rather than its text (Kysely would send it through pg the same way).
          entry(2, null, { nested: { b: true } } as unknown as string),
          entry(3, JSON.stringify(null), JSON.stringify(42)),
        ],
      },
      {
        table: 'departments',
        rows: [
          {
            code: 'tt1',
            name: '测试部门 "引号"',
            kind: 'department',
            uscc: null,
            forwards_to: null,
            online_channel: false,
            created_at: at,
            updated_at: at,
          },
        ],
      },
    ]);
    // Rows that set different columns take Kysely's VALUES (a missing column gets its default).
    await insertTogether(db, [
      {
        table: 'departments',
        rows: [
          { code: 'tt2', name: 'x', kind: 'department', created_at: at, updated_at: at },
          { code: 'tt3', name: 'y', kind: 'department', online_channel: false, created_at: at, updated_at: at },
        ],
      },
    ]);
    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject', '=', 'test:together')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([
      ['test.1', { a: [1, 'x'] }, 'just a string'],
      ['test.2', null, { nested: { b: true } }],
      ['test.3', null, 42],
    ]);
    expect(audit.every((a) => a.at.getTime() === at.getTime())).toBe(true);
    const departments = await db
      .selectFrom('departments')
      .select(['code', 'name', 'online_channel'])
      .where('code', 'in', ['tt1', 'tt2', 'tt3'])
      .orderBy('code')
      .execute();
    expect(departments).toEqual([
      { code: 'tt1', name: '测试部门 "引号"', online_channel: false },
      { code: 'tt2', name: 'x', online_channel: true },
      { code: 'tt3', name: 'y', online_channel: false },
    ]);
  });

  // PGlite has one connection in this process and no parse cost worth naming statements for.
  it.runIf(backend === 'postgres')(
    'sends its statement by name: a connection parses it once and reuses it',
    async () => {
      hub = await createTestHub();
      const dept = (code: string) => ({ code, name: code, kind: 'department', created_at: at, updated_at: at });
      const prepared = await hub.ctx.db.connection().execute(async (conn) => {
        await insertTogether(conn, [{ table: 'departments', rows: [dept('tt5')] }]);
        await insertTogether(conn, [{ table: 'departments', rows: [dept('tt6'), dept('tt7')] }]);
        return (
          await sql<{ name: string; runs: number }>`
          select name, generic_plans + custom_plans as runs from pg_prepared_statements
          where statement like '%insert into "departments"%'`.execute(conn)
        ).rows;
      });
      expect(prepared).toEqual([{ name: expect.stringMatching(/^insert_together_\d+$/), runs: 2 }]);
    },
  );

  it('writes all or nothing: a row that breaks a constraint undoes the rows of every table', async () => {
    hub = await createTestHub();
    const db = hub.ctx.db;
    const dept = { code: 'tt4', name: 'z', kind: 'department', created_at: at, updated_at: at };
    await expect(
      insertTogether(db, [
        { table: 'audit_log', rows: [entry(4, null, null)] },
        { table: 'departments', rows: [dept, dept] },
      ]),
    ).rejects.toThrow();
    const left = await db.selectFrom('audit_log').select('id').where('action', '=', 'test.4').execute();
    expect(left).toEqual([]);
  });
});
