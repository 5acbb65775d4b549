import { endOfShanghaiDay, shanghaiDate } from '../calendar/china-time.ts';
import type { HubContext } from '../hub-context.ts';

/**
 * The working hours from a decision to its push, and whether that was later than `windowHours`. Without
 * the moment of the decision it is taken as the end of the decision day, so an unknown hour never counts
 * against the sender. Timed pushes: approval decisions (001 §7(一)1 作出审批决定后即时推送, window
 * `approvalPush.pushWindowHours`) and supervision records (001 §7(二)1 监管信息即时推送, 002 §15 及时书面推送,
 * window `supervisionPush.pushWindowHours`); 001 §15 makes 信息推送不及时 accountable. Measured across a year
 * whose schedule is not loaded, it is provisional (the floor decided which days count) and measured again
 * when the year is loaded (core/deadlines/recompute-deadlines.ts).
 */
export function pushDelay(
  ctx: Pick<HubContext, 'calendar'>,
  decision: { decisionDate: string; decidedAt?: string | undefined },
  pushedAt: Date,
  windowHours: number,
): { hours: number; late: boolean; provisional: boolean } {
  const decided = decision.decidedAt ? new Date(decision.decidedAt) : endOfShanghaiDay(decision.decisionDate);
  const hours = decided < pushedAt ? ctx.calendar.current.workingHoursBetween(decided, pushedAt) : 0;
  const rounded = Math.round(hours * 100) / 100;
  // A day is assumed exactly when its year's schedule is not loaded, so the years of the period decide.
  let provisional = false;
  const last = Number(shanghaiDate(pushedAt).slice(0, 4));
  for (let y = Number(shanghaiDate(decided).slice(0, 4)); y <= last && !provisional; y++)
    provisional = !ctx.calendar.current.isKnownYear(y);
  return { hours: rounded, late: rounded > windowHours, provisional };
}
