import { addCalendarDays, shanghaiDate, startOfShanghaiDay } from '../calendar/china-time.ts';
import type { HubContext } from '../hub-context.ts';

/** Used when the profile names none: a common county office day. */
export const DEFAULT_OFFICE_HOURS = ['08:30-12:00', '13:30-17:30'];

/** The profile's office hours as [start, end) offsets in ms from a day's Shanghai midnight. */
function spans(ctx: HubContext): [number, number][] {
  const minutes = (hm: string) => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));
  return (ctx.profile.officeHours ?? DEFAULT_OFFICE_HOURS).map((s) => {
    const [a, b] = s.split('-') as [string, string];
    return [minutes(a) * 60_000, minutes(b) * 60_000];
  });
}

/**
 * Office hours between two instants on working days: what staff mean by "4 working hours left"
 * (a deadline at 24:00 with the office closing at 17:30 leaves none of the evening).
 */
export function officeHoursBetween(ctx: HubContext, from: Date, to: Date): number {
  const cal = ctx.calendar.current;
  let ms = 0;
  const last = shanghaiDate(to);
  for (let d = shanghaiDate(from); d <= last; d = addCalendarDays(d, 1)) {
    if (!cal.classify(d).working) continue;
    const day = startOfShanghaiDay(d).getTime();
    for (const [a, b] of spans(ctx)) {
      const start = Math.max(from.getTime(), day + a);
      const end = Math.min(to.getTime(), day + b);
      if (end > start) ms += end - start;
    }
  }
  return ms / 3_600_000;
}

/**
 * The latest instant with at most `hours` office hours between `from` and it (searching at most 60
 * calendar days ahead). When the hours run out at closing time, every instant until the next opening
 * (a deadline at 24:00 among them) is as many office hours away, so the answer is that next opening.
 */
export function addOfficeHours(ctx: HubContext, from: Date, hours: number): Date {
  const cal = ctx.calendar.current;
  let left = hours * 3_600_000;
  let d = shanghaiDate(from);
  let spent = false;
  for (let i = 0; i < 60; i++, d = addCalendarDays(d, 1)) {
    if (!cal.classify(d).working) continue;
    const day = startOfShanghaiDay(d).getTime();
    for (const [a, b] of spans(ctx)) {
      const start = Math.max(from.getTime(), day + a);
      const end = day + b;
      if (end <= start) continue;
      if (spent) return new Date(start);
      if (end - start > left) return new Date(start + left);
      left -= end - start;
      if (left === 0) spent = true;
    }
  }
  return new Date(from.getTime() + 60 * 86_400_000);
}

/** "1个工作日3.5小时" style: whole office days and the hours over, for a deadline some days away. */
export function officeTimeWords(ctx: HubContext, hours: number): string {
  const perDay = spans(ctx).reduce((s, [a, b]) => s + (b - a), 0) / 3_600_000;
  const days = Math.floor(hours / perDay + 1e-9);
  const rest = Math.round((hours - days * perDay) * 10) / 10;
  if (days === 0) return `${rest} 工作小时`;
  return rest ? `${days} 个工作日 ${rest} 小时` : `${days} 个工作日`;
}
