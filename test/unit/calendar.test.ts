import { afterEach, describe, expect, it } from 'vitest';
import { bundledSchedules } from '../../core/calendar/bundled-schedule.ts';
import { addCalendarDays, endOfShanghaiDay, shanghaiDate, startOfShanghaiDay } from '../../core/calendar/china-time.ts';
import { WorkingCalendar } from '../../core/calendar/working-calendar.ts';

/**
 * 2026 as published by the State Council (国务院办公厅关于2026年部分节假日安排的通知), typed in
 * from the notice rather than taken from the bundled data, so the two check each other.
 */
const HOLIDAYS_2026: [string, string][] = [
  ['元旦', '2026-01-01..2026-01-03'],
  ['春节', '2026-02-15..2026-02-23'],
  ['清明节', '2026-04-04..2026-04-06'],
  ['劳动节', '2026-05-01..2026-05-05'],
  ['端午节', '2026-06-19..2026-06-21'],
  ['中秋节', '2026-09-25..2026-09-27'],
  ['国庆节', '2026-10-01..2026-10-07'],
];
const WORKING_WEEKEND_DAYS_2026 = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];

function days(range: string): string[] {
  const [from, to] = range.split('..') as [string, string];
  const out: string[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) out.push(d);
  return out;
}

const calendar = new WorkingCalendar(bundledSchedules());

describe('2026 schedule', () => {
  for (const [name, range] of HOLIDAYS_2026) {
    it(`${name} ${range}: every day is off, and 1 working day from the eve ends on the first working day after`, () => {
      const all = days(range);
      for (const d of all) expect(calendar.isWorkingDay(d), d).toBe(false);
      const eve = addCalendarDays(all[0]!, -1);
      let firstBack = addCalendarDays(all.at(-1)!, 1);
      while (!calendar.isWorkingDay(firstBack)) firstBack = addCalendarDays(firstBack, 1);
      expect(calendar.deadline(eve, 1).lastDay).toBe(firstBack);
    });
  }

  it.each(WORKING_WEEKEND_DAYS_2026)('调休 %s is a working day on a weekend', (d) => {
    expect([0, 6]).toContain(new Date(`${d}T00:00:00Z`).getUTCDay());
    expect(calendar.isWorkingDay(d)).toBe(true);
  });

  it('a deadline lands on a 调休 Saturday (Friday 2026-02-13 + 1 = Saturday 2026-02-14)', () => {
    expect(calendar.deadline('2026-02-13', 1).lastDay).toBe('2026-02-14');
  });

  it('has as many 2026 working days as weekdays − weekday holidays + 调休 days', () => {
    let n = 0;
    for (let d = '2026-01-01'; d <= '2026-12-31'; d = addCalendarDays(d, 1)) if (calendar.isWorkingDay(d)) n++;
    // 261 weekdays − 19 weekday holidays + 6 working weekend days
    const weekdayHolidays = HOLIDAYS_2026.flatMap(([, r]) => days(r)).filter(
      (d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()),
    );
    expect(n).toBe(261 - weekdayHolidays.length + WORKING_WEEKEND_DAYS_2026.length);
  });

  it('the bundled 2026 data lists exactly these days', () => {
    const y = bundledSchedules().find((s) => s.year === 2026)!;
    expect(y.days.filter((d) => d.kind === 'holiday').map((d) => d.date)).toEqual(
      HOLIDAYS_2026.flatMap(([, r]) => days(r)),
    );
    expect(y.days.filter((d) => d.kind === 'workday').map((d) => d.date)).toEqual(WORKING_WEEKEND_DAYS_2026);
  });
});

describe('deadline rule (民法典 §201, §203)', () => {
  it('does not count the day of the event and ends at 24:00 Shanghai of the Nth working day', () => {
    const d = calendar.deadline(new Date('2026-09-30T15:30:00Z'), 1); // 23:30 on 30 Sep in Shanghai
    expect(d.lastDay).toBe('2026-10-08');
    expect(d.dueAt.toISOString()).toBe('2026-10-08T16:00:00.000Z');
    expect(d.dueAtLocal).toBe('2026-10-09T00:00:00+08:00');
  });

  it('uses the Shanghai date of the event, not UTC (00:30 on 1 Oct Shanghai is still 30 Sep UTC)', () => {
    expect(calendar.deadline(new Date('2026-09-30T16:30:00Z'), 1).lastDay).toBe('2026-10-08');
    expect(calendar.deadline(new Date('2026-03-02T15:59:59Z'), 1).lastDay).toBe('2026-03-03');
    expect(calendar.deadline(new Date('2026-03-02T16:00:00Z'), 1).lastDay).toBe('2026-03-04');
  });

  it('10 working days for post-verification across the Spring Festival', () => {
    // 2026-02-10 (Tue): 11,12,13,14(调休) = 4; 15–23 off; 24,25,26,27,28(调休),3/2 = 10
    expect(calendar.deadline('2026-02-10', 10).lastDay).toBe('2026-03-02');
  });

  describe('whatever the server time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });
    it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC', 'Asia/Shanghai'])('%s', (tz) => {
      process.env.TZ = tz;
      const d = calendar.deadline(new Date('2026-04-30T20:00:00Z'), 1); // 1 May 04:00 Shanghai
      expect(d.lastDay).toBe('2026-05-06');
      expect(d.dueAt.toISOString()).toBe('2026-05-06T16:00:00.000Z');
    });
  });
});

describe('a year with no schedule', () => {
  it('is never silently Monday–Friday: the statutory floor decides, marked provisional (放假办法 第二条)', () => {
    expect(calendar.isKnownYear(2027)).toBe(false);
    // 元旦 2027-01-01 is a Friday: Monday–Friday would end a 1-day period on it.
    expect(calendar.deadline('2026-12-31', 1)).toMatchObject({
      lastDay: '2027-01-04',
      provisional: true,
      floorYears: [2027],
    });
    expect(calendar.classify('2027-01-01')).toEqual({ working: false, assumed: true, name: '元旦' });
    expect(calendar.deadline('2026-12-29', 1)).toMatchObject({ provisional: false, floorYears: [] });
  });

  it('is known once its schedule is loaded', () => {
    const loaded = new WorkingCalendar([
      ...bundledSchedules(),
      { year: 2027, source: 'test', days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }] },
    ]);
    expect(loaded.deadline('2026-12-31', 1)).toMatchObject({ lastDay: '2027-01-04', provisional: false });
  });
});

describe('working hours between two instants', () => {
  /** The definition, day by day: the part of each working day (Asia/Shanghai) between the two instants. */
  function dayByDay(cal: WorkingCalendar, from: Date, to: Date): number {
    let ms = 0;
    for (let d = shanghaiDate(from); d <= shanghaiDate(to); d = addCalendarDays(d, 1)) {
      if (!cal.isWorkingDay(d)) continue;
      const start = Math.max(from.getTime(), startOfShanghaiDay(d).getTime());
      const end = Math.min(to.getTime(), endOfShanghaiDay(d).getTime());
      if (end > start) ms += end - start;
    }
    return ms / 3_600_000;
  }

  it('matches the day-by-day sum within a day, across holidays, years and a year with no schedule', () => {
    // A deterministic spread of instants from 2025 to 2028 (2027 and 2028 on the statutory floor).
    let seed = 17;
    const next = () => (seed = (seed * 48_271) % 2_147_483_647);
    const base = Date.parse('2025-01-01T00:00:00+08:00');
    const span = Date.parse('2028-12-31T00:00:00+08:00') - base;
    for (let i = 0; i < 400; i++) {
      const from = new Date(base + (next() % span));
      const to = new Date(from.getTime() + (i % 4 === 0 ? next() % 86_400_000 : next() % span));
      expect(calendar.workingHoursBetween(from, to), `${from.toISOString()} → ${to.toISOString()}`).toBe(
        dayByDay(calendar, from, to),
      );
    }
    const friday = new Date('2026-10-09T18:00:00+08:00');
    // Friday evening to Monday morning across the 调休 Saturday 2026-10-10 (a whole working day).
    expect(calendar.workingHoursBetween(friday, new Date('2026-10-12T09:00:00+08:00'))).toBe(6 + 24 + 9);
    expect(calendar.workingHoursBetween(friday, new Date('2026-10-09T10:00:00+08:00'))).toBe(0);
  });
});
