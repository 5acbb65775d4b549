import type { Kysely } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { cached, invalidate } from '../cache/reference-cache.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import type { Department } from '../schema/party.ts';
import type { Database } from '../storage/tables.ts';

function toDepartment(row: {
  code: string;
  name: string;
  kind: string;
  uscc: string | null;
  forwards_to: string | null;
  online_channel: boolean;
}): Department {
  return {
    code: row.code,
    name: row.name,
    kind: row.kind as Department['kind'],
    ...(row.uscc ? { uscc: row.uscc } : {}),
    ...(row.forwards_to ? { forwardsTo: row.forwards_to } : {}),
    onlineChannel: row.online_channel,
  };
}

/** All departments (cached for a few seconds: read on every push). Treat the result as read-only. */
export async function listDepartments(db: Kysely<Database>): Promise<Department[]> {
  return cached(db, 'departments', async () =>
    (await db.selectFrom('departments').selectAll().orderBy('code').execute()).map(toDepartment),
  );
}

/** The code of the department of kind bureau (the 行政审批服务局 itself). */
export async function bureauCode(db: Kysely<Database>): Promise<string> {
  const bureau = (await listDepartments(db)).find((d) => d.kind === 'bureau');
  if (!bureau) throw new HubError('NOT_FOUND', { what: 'the bureau department / 审批局部门' });
  return bureau.code;
}

export async function findDepartment(db: Kysely<Database>, code: string): Promise<Department | undefined> {
  const row = await db.selectFrom('departments').selectAll().where('code', '=', code).executeTakeFirst();
  return row && toDepartment(row);
}

export async function getDepartment(db: Kysely<Database>, code: string): Promise<Department> {
  const d = await findDepartment(db, code);
  if (!d) throw new HubError('NOT_FOUND', { what: `department ${code} / 部门 ${code}` });
  return d;
}

/** Creates or updates a department; the change and its before/after go to the audit log. */
export async function saveDepartment(ctx: HubContext, dept: Department, actor: Actor): Promise<Department> {
  const at = ctx.clock.now();
  const saved = await ctx.db.transaction().execute(async (tx) => {
    const before = await findDepartment(tx, dept.code);
    if (dept.forwardsTo && !(await findDepartment(tx, dept.forwardsTo))) {
      throw new HubError('NOT_FOUND', {
        what: `forwardsTo department ${dept.forwardsTo} / 转送部门 ${dept.forwardsTo}`,
      });
    }
    const values = {
      name: dept.name,
      kind: dept.kind,
      uscc: dept.uscc ?? null,
      forwards_to: dept.forwardsTo ?? null,
      online_channel: dept.onlineChannel,
      updated_at: at,
    };
    if (before) await tx.updateTable('departments').set(values).where('code', '=', dept.code).execute();
    else
      await tx
        .insertInto('departments')
        .values({ code: dept.code, created_at: at, ...values })
        .execute();
    await recordAudit(tx, {
      actor,
      at,
      action: before ? 'department.updated' : 'department.created',
      entityType: 'department',
      entityId: dept.code,
      department: dept.code,
      before: before ?? null,
      after: dept,
    });
    return dept;
  });
  invalidate(ctx.db, 'departments');
  return saved;
}
