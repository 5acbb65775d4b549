import type { HubContext } from '../hub-context.ts';
import { shanghaiDate } from './china-time.ts';

export interface CalendarWarning {
  year: number;
  zh: string;
  en: string;
}

export interface CalendarStatus {
  today: string;
  /** From this day (MM-DD, profile calendar.nextYearWarningFrom) a missing next year is warned about. */
  warnFrom: string;
  years: { year: number; source: string; holidays: number; workdays: number }[];
  currentYearLoaded: boolean;
  nextYearLoaded: boolean;
  warnings: CalendarWarning[];
}

/**
 * Years whose schedule the hub lacks and should warn about now: the current year always, next year from
 * the profile's day (1 October by default; the State Council usually publishes in October–December).
 * Deadlines into such a year run on the statutory floor and are provisional (暂定) until it is loaded.
 * For the console banner, /healthz, `shenguan calendar status` and the metrics exporter.
 */
export function missingScheduleWarnings(ctx: Pick<HubContext, 'clock' | 'profile' | 'calendar'>): CalendarWarning[] {
  const today = shanghaiDate(ctx.clock.now());
  const year = Number(today.slice(0, 4));
  const cal = ctx.calendar.current;
  const warnings: CalendarWarning[] = [];
  const warn = (y: number) =>
    warnings.push({
      year: y,
      zh: `${y}年节假日安排尚未载入：截止日期跨入${y}年的期限按法定节假日最低安排暂定计算。请收到国务院办公厅通知后用 shenguan calendar import --notice 载入`,
      en:
        `No ${y} holiday schedule is loaded: deadlines into ${y} are provisional, computed on the statutory floor. ` +
        'Load the State Council notice with shenguan calendar import --notice',
    });
  if (!cal.isKnownYear(year)) warn(year);
  if (today.slice(5) >= ctx.profile.calendar.nextYearWarningFrom && !cal.isKnownYear(year + 1)) warn(year + 1);
  return warnings;
}

export function calendarStatus(ctx: Pick<HubContext, 'clock' | 'profile' | 'calendar'>): CalendarStatus {
  const today = shanghaiDate(ctx.clock.now());
  const year = Number(today.slice(0, 4));
  const cal = ctx.calendar.current;
  return {
    today,
    warnFrom: ctx.profile.calendar.nextYearWarningFrom,
    years: cal.knownYears(),
    currentYearLoaded: cal.isKnownYear(year),
    nextYearLoaded: cal.isKnownYear(year + 1),
    warnings: missingScheduleWarnings(ctx),
  };
}
