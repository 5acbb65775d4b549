import { HubError } from '../errors/hub-error.ts';
import {
  addCalendarDays,
  endOfShanghaiDay,
  formatShanghai,
  shanghaiDate,
  startOfShanghaiDay,
  weekdayOf,
} from './china-time.ts';

/** 法定节假日 (holiday, incl. the weekend days inside a holiday run) or 调休上班日 (working weekend day). */
export type DayKind = 'holiday' | 'workday';

export interface ScheduleDay {
  date: string;
  kind: DayKind;
  name: string;
}

/** One year's State Council schedule, from the bundled data or loaded by staff. */
export interface YearSchedule {
  year: number;
  source: string;
  days: ScheduleDay[];
}

/** What to do when a deadline falls in a year whose schedule is not loaded. */
export type UnknownYearPolicy = 'refuse' | 'assume-weekdays';

export interface Deadline {
  /** The Nth working day after the event day (YYYY-MM-DD, Shanghai). */
  lastDay: string;
  /** 24:00 Asia/Shanghai of lastDay. */
  dueAt: Date;
  dueAtLocal: string;
  /** True when an unloaded year was assumed Monday–Friday; recompute once its schedule is loaded. */
  provisional: boolean;
}

/**
 * Working days 工作日 under the State Council schedule. A year it does not know is an explicit
 * state: refused, or (by policy) assumed Monday–Friday with the result marked provisional.
 */
export class WorkingCalendar {
  private readonly special = new Map<string, ScheduleDay>();
  private readonly years: Map<number, YearSchedule>;

  constructor(
    schedules: Iterable<YearSchedule>,
    private readonly unknownYear: UnknownYearPolicy = 'refuse',
  ) {
    this.years = new Map([...schedules].map((s) => [s.year, s]));
    for (const s of this.years.values()) for (const d of s.days) this.special.set(d.date, d);
  }

  knownYears(): { year: number; source: string; holidays: number; workdays: number }[] {
    return [...this.years.values()]
      .sort((a, b) => a.year - b.year)
      .map((s) => ({
        year: s.year,
        source: s.source,
        holidays: s.days.filter((d) => d.kind === 'holiday').length,
        workdays: s.days.filter((d) => d.kind === 'workday').length,
      }));
  }

  isKnownYear(year: number): boolean {
    return this.years.has(year);
  }

  /** Whether the day is a working day; `assumed` is set when its year is unknown and policy allows assuming. */
  classify(date: string, assumeUnknown = false): { working: boolean; assumed: boolean; name?: string } {
    const year = Number(date.slice(0, 4));
    if (!this.years.has(year)) {
      if (this.unknownYear === 'refuse' && !assumeUnknown) throw new HubError('CALENDAR_YEAR_UNKNOWN', { year });
      const wd = weekdayOf(date);
      return { working: wd !== 0 && wd !== 6, assumed: true };
    }
    const special = this.special.get(date);
    if (special) return { working: special.kind === 'workday', assumed: false, name: special.name };
    const wd = weekdayOf(date);
    return { working: wd !== 0 && wd !== 6, assumed: false };
  }

  isWorkingDay(date: string): boolean {
    return this.classify(date).working;
  }

  /** The Nth working day after `date`; the day itself is not counted (民法典 §201). */
  addWorkingDays(date: string, n: number, assumeUnknown = false): { date: string; provisional: boolean } {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be a positive integer, got ${n}`);
    let day = date;
    let counted = 0;
    let provisional = false;
    while (counted < n) {
      day = addCalendarDays(day, 1);
      const c = this.classify(day, assumeUnknown);
      provisional ||= c.assumed;
      if (c.working) counted++;
    }
    return { date: day, provisional };
  }

  /**
   * Deadline of N working days from an event: the period ends at 24:00 Asia/Shanghai of the
   * Nth working day after the event's day (民法典 §201 first day not counted, §203 ends at 24:00).
   * `assumeUnknown` overrides a refusing policy where refusing would lose a message: a push is
   * always accepted, its deadline marked provisional and recomputed when the year is loaded.
   */
  deadline(event: Date | string, n: number, opts: { assumeUnknown?: boolean } = {}): Deadline {
    const day = typeof event === 'string' ? event : shanghaiDate(event);
    const { date, provisional } = this.addWorkingDays(day, n, opts.assumeUnknown);
    const dueAt = endOfShanghaiDay(date);
    return { lastDay: date, dueAt, dueAtLocal: formatShanghai(dueAt), provisional };
  }

  /**
   * Hours between two instants that fall on working days (whole days, Asia/Shanghai): the measure of
   * how long a claim took, so a push on Friday evening claimed on Monday morning costs a few hours.
   */
  workingHoursBetween(from: Date, to: Date): number {
    let ms = 0;
    for (let d = shanghaiDate(from); d <= shanghaiDate(to); d = addCalendarDays(d, 1)) {
      if (!this.classify(d, true).working) continue;
      const start = Math.max(from.getTime(), startOfShanghaiDay(d).getTime());
      const end = Math.min(to.getTime(), endOfShanghaiDay(d).getTime());
      if (end > start) ms += end - start;
    }
    return ms / 3_600_000;
  }

  /** Working days strictly after `from` up to and including `to` (both YYYY-MM-DD). */
  workingDaysBetween(from: string, to: string): number {
    let n = 0;
    for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (this.isWorkingDay(d)) n++;
    return n;
  }
}
