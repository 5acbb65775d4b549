import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { addCalendarDays, shanghaiDate } from '../calendar/china-time.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import type { Liaison } from '../schema/party.ts';
import { getDepartment } from './department-store.ts';

export interface LiaisonRecord extends Liaison {
  id: number;
  department: string;
  effectiveTo: string | null;
  filedAt: Date;
  filedBy: string;
}

/** Liaisons in force on `asOf` (default today), plus, with `all`, past and future ones. */
export async function listLiaisons(
  ctx: HubContext,
  department: string,
  opts: { all?: boolean } = {},
): Promise<LiaisonRecord[]> {
  const today = shanghaiDate(ctx.clock.now());
  let q = ctx.db
    .selectFrom('liaisons')
    .selectAll()
    .where('department_code', '=', department)
    .orderBy('effective_from')
    .orderBy('id');
  if (!opts.all)
    q = q
      .where('effective_from', '<=', today)
      .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', today)]));
  return (await q.execute()).map((r) => ({
    id: r.id,
    department: r.department_code,
    name: r.name,
    phone: r.phone,
    ...(r.position ? { position: r.position } : {}),
    role: r.role as Liaison['role'],
    effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to,
    filedAt: r.filed_at,
    filedBy: r.filed_by,
  }));
}

/**
 * Files a liaison. A department's first liaisons take effect at once; any later change must be
 * filed the policy's number of working days ahead (003 §8: 提前五个工作日报备). Filing a change
 * for a role ends the current holder of that role the day before the newcomer starts.
 */
export async function fileLiaison(
  ctx: HubContext,
  department: string,
  liaison: Liaison,
  actor: Actor,
): Promise<LiaisonRecord> {
  await getDepartment(ctx.db, department);
  const now = ctx.clock.now();
  const today = shanghaiDate(now);
  const days = ctx.profile.liaison.changeNoticeDays;
  const existing = await listLiaisons(ctx, department, { all: true });
  // A notice checked on the statutory floor (暂定) is checked again when the year is loaded
  // (core/deadlines/recompute-deadlines.ts), with the days required now.
  let notice: { days: number; provisional: boolean } | null = null;
  if (existing.length > 0 && days > 0) {
    const earliest = ctx.calendar.current.addWorkingDays(today, days);
    if (liaison.effectiveFrom < earliest.date)
      throw new HubError('LIAISON_NOTICE_TOO_SHORT', { days, earliest: earliest.date });
    notice = { days, provisional: earliest.provisional };
  } else if (liaison.effectiveFrom < today) {
    throw new HubError(
      'VALIDATION_FAILED',
      { count: 1 },
      {
        details: [{ pointer: '/effectiveFrom', zh: '生效日期不能早于今天', en: 'effectiveFrom cannot be in the past' }],
      },
    );
  }
  return ctx.db.transaction().execute(async (tx) => {
    const replaced = existing.filter(
      (l) => l.role === liaison.role && (l.effectiveTo === null || l.effectiveTo >= liaison.effectiveFrom),
    );
    const endOn = addCalendarDays(liaison.effectiveFrom, -1);
    for (const old of replaced) {
      await tx.updateTable('liaisons').set({ effective_to: endOn }).where('id', '=', old.id).execute();
    }
    const row = await tx
      .insertInto('liaisons')
      .values({
        department_code: department,
        name: liaison.name,
        phone: liaison.phone,
        position: liaison.position ?? null,
        role: liaison.role,
        effective_from: liaison.effectiveFrom,
        filed_at: now,
        filed_by: actor.id,
        notice_days: notice?.days ?? null,
        notice_provisional: notice?.provisional ?? false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      actor,
      at: now,
      action: replaced.length ? 'liaison.changed' : 'liaison.filed',
      entityType: 'liaison',
      entityId: String(row.id),
      department,
      before: replaced.length ? replaced.map((r) => ({ id: r.id, name: r.name, effectiveTo: endOn })) : null,
      after: liaison,
    });
    return { ...liaison, id: row.id, department, effectiveTo: null, filedAt: now, filedBy: actor.id };
  });
}
