import { randomUUID } from 'node:crypto';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { getDepartment } from '../departments/department-store.ts';
import type { ErrorDetail } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';

/**
 * Seed sizes per department (001 §10(一)(二)): think tank 2–3, site-survey pool 1–2. Outside them is a warning,
 * not an error.
 */
export const POOL_SIZES = { 'think-tank': [2, 3], 'site-survey': [1, 2] } as const;
export type Pool = keyof typeof POOL_SIZES;

export async function addExpert(
  ctx: HubContext,
  e: { department: string; pool: Pool; name: string; title?: string; phone?: string },
  actor: Actor,
) {
  await getDepartment(ctx.db, e.department);
  const at = ctx.clock.now();
  const row = {
    id: randomUUID(),
    department: e.department,
    pool: e.pool,
    name: e.name,
    title: e.title ?? null,
    phone: e.phone ?? null,
    active: true,
    created_at: at,
    created_by: actor.id,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await tx.insertInto('experts').values(row).execute();
    await recordAudit(tx, {
      actor,
      at,
      action: 'expert.added',
      entityType: 'expert',
      entityId: row.id,
      department: e.department,
      after: { pool: e.pool, name: e.name },
    });
  });
  return row;
}

/** The pool's members and, per department, a warning where its count is outside the seed's range. */
export async function listPool(ctx: HubContext, pool: Pool) {
  const members = await ctx.db
    .selectFrom('experts')
    .selectAll()
    .where('pool', '=', pool)
    .where('active', '=', true)
    .orderBy('department')
    .orderBy('name')
    .execute();
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.department, (counts.get(m.department) ?? 0) + 1);
  const [min, max] = POOL_SIZES[pool];
  const warnings: ErrorDetail[] = [...counts]
    .filter(([, n]) => n < min || n > max)
    .map(([dept, n]) => ({
      code: 'POOL_SIZE',
      field: dept,
      zh: `${dept} 推荐了 ${n} 名，应为 ${min}–${max} 名`,
      en: `${dept} has ${n} members; the rules ask for ${min}–${max}`,
    }));
  return { pool, members, warnings };
}
