import type { Actor } from '../audit/actor.ts';
import { saveSchedule } from '../calendar/calendar-store.ts';
import type { YearSchedule } from '../calendar/working-calendar.ts';
import { type HubContext, inTransaction } from '../hub-context.ts';
import { type RecomputeReport, recomputeIn } from './recompute-deadlines.ts';

/**
 * Loads a year's schedule and, in the same transaction, recomputes every deadline computed on the floor:
 * a deadline is never left on the floor once the official schedule is in the store.
 */
export async function loadScheduleAndRecompute(
  ctx: HubContext,
  schedule: YearSchedule,
  actor: Actor,
  opts: { noticeText?: string } = {},
): Promise<{
  year: { year: number; source: string; holidays: number; workdays: number };
  recomputed: RecomputeReport;
}> {
  const at = ctx.clock.now();
  const previous = ctx.calendar.current;
  try {
    return await inTransaction(ctx, async (tx) => {
      await saveSchedule(tx.db, schedule, actor, at, opts.noticeText);
      const calendar = await ctx.calendar.refresh(tx.db);
      const recomputed = await recomputeIn(tx);
      return { year: calendar.knownYears().find((y) => y.year === schedule.year)!, recomputed };
    });
  } catch (err) {
    ctx.calendar.current = previous; // the load rolled back: keep computing on what the store holds
    throw err;
  }
}
