import {
  addCalendarDays,
  endOfShanghaiDay,
  formatShanghai,
  shanghaiDate,
  startOfShanghaiDay,
  weekdayOf,
} from './china-time.ts';
import { FLOOR_SOURCE, statutoryFloor } from './statutory-floor.ts';

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

export interface Deadline {
  /** The Nth working day after the event day (YYYY-MM-DD, Shanghai). */
  lastDay: string;
  /** 24:00 Asia/Shanghai of lastDay. */
  dueAt: Date;
  dueAtLocal: string;
  /**
   * True when the period crosses a year whose State Council schedule is not loaded and the statutory floor
   * stood in for it (暂定): the hub recomputes it once the year is loaded.
   */
  provisional: boolean;
  /** The years the floor stood in for (empty when the deadline is final). */
  floorYears: number[];
}

/** A deadline's words for staff and engineers, wherever it is shown. */
export function provisionalNote(floorYears: number[]): { zh: string; en: string } {
  const years = floorYears.join('、');
  return {
    zh: `暂定：${years}年节假日安排尚未载入，按法定节假日最低安排计算，载入国务院通知后将重新计算`,
    en:
      `provisional: no ${floorYears.join(', ')} schedule is loaded; ` +
      'computed on the statutory floor and recomputed once the State Council notice is loaded',
  };
}

const DAY_MS = 86_400_000;

/** A YYYY-MM-DD day as its year and its 0-based index in that year. */
function yearAndIndex(date: string): [number, number] {
  const year = Number(date.slice(0, 4));
  return [year, Math.round((Date.parse(`${date}T00:00:00Z`) - Date.UTC(year, 0, 1)) / DAY_MS)];
}

/**
 * Working days 工作日 under the State Council schedule. A year whose schedule is not loaded is an explicit
 * state, never silently Monday–Friday: the statutory floor (法定节假日及补假, see statutory-floor.ts) stands
 * in for it and every result that touches it is marked provisional (暂定).
 */
export class WorkingCalendar {
  private readonly special = new Map<string, ScheduleDay>();
  private readonly years: Map<number, YearSchedule>;
  private readonly floorDays = new Map<number, Map<string, ScheduleDay>>();
  /** Running counts of working days per year (see runningCount); the schedules never change after construction. */
  private readonly counts = new Map<number, Int32Array>();
  /** Deadlines worked out, by event day and number of days: pushes of one day walk the calendar once. */
  private readonly deadlines = new Map<string, Deadline>();

  constructor(schedules: Iterable<YearSchedule>) {
    this.years = new Map([...schedules].map((s) => [s.year, s]));
    for (const s of this.years.values()) for (const d of s.days) this.special.set(d.date, d);
  }

  private floor(year: number): Map<string, ScheduleDay> {
    let days = this.floorDays.get(year);
    if (!days) {
      days = new Map(statutoryFloor(year).days.map((d) => [d.date, d]));
      this.floorDays.set(year, days);
    }
    return days;
  }

  /** The floor the calendar uses for a year it does not know (the same days `classify` applies). */
  floorSchedule(year: number): YearSchedule {
    return { year, source: FLOOR_SOURCE, days: [...this.floor(year).values()] };
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

  /** Whether the day is a working day; `assumed` is set when its year is not loaded and the floor decided. */
  classify(date: string): { working: boolean; assumed: boolean; name?: string } {
    const year = Number(date.slice(0, 4));
    if (!this.years.has(year)) {
      const off = this.floor(year).get(date);
      const wd = weekdayOf(date);
      return off ? { working: false, assumed: true, name: off.name } : { working: wd !== 0 && wd !== 6, assumed: true };
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
  addWorkingDays(date: string, n: number): { date: string; provisional: boolean; floorYears: number[] } {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be a positive integer, got ${n}`);
    let day = date;
    let counted = 0;
    const floorYears = new Set<number>();
    while (counted < n) {
      day = addCalendarDays(day, 1);
      const c = this.classify(day);
      if (c.assumed) floorYears.add(Number(day.slice(0, 4)));
      if (c.working) counted++;
    }
    return { date: day, provisional: floorYears.size > 0, floorYears: [...floorYears] };
  }

  /**
   * Deadline of N working days from an event: the period ends at 24:00 Asia/Shanghai of the
   * Nth working day after the event's day (民法典 §201 first day not counted, §203 ends at 24:00).
   * A period crossing a year not loaded is computed on the statutory floor and marked provisional.
   */
  deadline(event: Date | string, n: number): Deadline {
    const day = typeof event === 'string' ? event : shanghaiDate(event);
    const key = `${day}|${n}`;
    let known = this.deadlines.get(key);
    if (!known) {
      const { date, provisional, floorYears } = this.addWorkingDays(day, n);
      const dueAt = endOfShanghaiDay(date);
      known = { lastDay: date, dueAt, dueAtLocal: formatShanghai(dueAt), provisional, floorYears };
      if (this.deadlines.size >= 1000) this.deadlines.clear();
      this.deadlines.set(key, known);
    }
    // A copy: callers keep (and may change) their own Date and list.
    return { ...known, dueAt: new Date(known.dueAt.getTime()), floorYears: [...known.floorYears] };
  }

  /**
   * Hours between two instants that fall on working days (whole days, Asia/Shanghai): the measure of
   * how long a claim took, so a push on Friday evening claimed on Monday morning costs a few hours.
   */
  workingHoursBetween(from: Date, to: Date): number {
    const first = shanghaiDate(from);
    const last = shanghaiDate(to);
    if (first > last) return 0;
    const hours = (ms: number) => Math.max(0, ms) / 3_600_000;
    if (first === last) return this.isWorkingDay(first) ? hours(to.getTime() - from.getTime()) : 0;
    // The part of the first day after `from`, whole working days in between, the part of the last day before `to`.
    const head = this.isWorkingDay(first) ? Math.max(0, endOfShanghaiDay(first).getTime() - from.getTime()) : 0;
    const tail = this.isWorkingDay(last) ? Math.max(0, to.getTime() - startOfShanghaiDay(last).getTime()) : 0;
    return hours(head + this.workingDaysFrom(addCalendarDays(first, 1), last) * DAY_MS + tail);
  }

  /** Working days on or after `from` and before `to` (YYYY-MM-DD), from per-year running counts. */
  private workingDaysFrom(from: string, to: string): number {
    if (from >= to) return 0;
    const [fy, fi] = yearAndIndex(from);
    const [ty, ti] = yearAndIndex(to);
    if (fy === ty) return this.runningCount(fy)[ti]! - this.runningCount(fy)[fi]!;
    const fromYear = this.runningCount(fy);
    let n = fromYear[fromYear.length - 1]! - fromYear[fi]!;
    for (let y = fy + 1; y < ty; y++) {
      const whole = this.runningCount(y);
      n += whole[whole.length - 1]!;
    }
    return n + this.runningCount(ty)[ti]!;
  }

  /**
   * Working days of a year before each of its days: `count[i]` for its first i days (the year's last entry is its
   * total).
   */
  private runningCount(year: number): Int32Array {
    let count = this.counts.get(year);
    if (!count) {
      const start = Date.UTC(year, 0, 1);
      const days = Math.round((Date.UTC(year + 1, 0, 1) - start) / DAY_MS);
      count = new Int32Array(days + 1);
      for (let i = 0; i < days; i++) {
        const date = new Date(start + i * DAY_MS).toISOString().slice(0, 10);
        count[i + 1] = count[i]! + (this.classify(date).working ? 1 : 0);
      }
      this.counts.set(year, count);
    }
    return count;
  }

  /** Working days strictly after `from` up to and including `to` (both YYYY-MM-DD). */
  workingDaysBetween(from: string, to: string): number {
    let n = 0;
    for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (this.isWorkingDay(d)) n++;
    return n;
  }
}
