import { LunarDay, SolarTerm } from 'tyme4ts';
import { addCalendarDays, weekdayOf } from './china-time.ts';
import type { ScheduleDay, YearSchedule } from './working-calendar.ts';

/** Where the floor's days come from, shown beside every deadline computed on it. */
export const FLOOR_SOURCE =
  '法定最低安排（全国年节及纪念日放假办法 2024年修订 第二条、第六条；国务院通知未载入，暂定）';

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The Gregorian date of a lunar date (月, 日) of lunar year `year`; tyme4ts computes in Beijing time. */
function lunar(year: number, month: number, day: number, offset = 0): string {
  const s = LunarDay.fromYmd(year, month, day).next(offset).getSolarDay();
  return iso(s.getYear(), s.getMonth(), s.getDay());
}

/**
 * The statutory holidays of a year under 全国年节及纪念日放假办法 as amended in 2024, 第二条 (全体公民放假的节日):
 * 元旦 1 day; 春节 4 days (农历除夕、正月初一至初三); 清明节 1 (the solar term's day); 劳动节 2 (5月1日、2日);
 * 端午节 1 (农历五月初五); 中秋节 1 (农历八月十五); 国庆节 3 (10月1日至3日).
 * 除夕 is the day before 正月初一, so it is taken as 初一 − 1 (the twelfth month has 29 or 30 days).
 */
export function statutoryHolidays(year: number): ScheduleDay[] {
  const qingming = SolarTerm.fromName(year, '清明').getJulianDay().getSolarDay();
  const days: ScheduleDay[] = [
    { date: iso(year, 1, 1), kind: 'holiday', name: '元旦' },
    ...[-1, 0, 1, 2].map((o) => ({ date: lunar(year, 1, 1, o), kind: 'holiday' as const, name: '春节' })),
    { date: iso(year, qingming.getMonth(), qingming.getDay()), kind: 'holiday', name: '清明节' },
    { date: iso(year, 5, 1), kind: 'holiday', name: '劳动节' },
    { date: iso(year, 5, 2), kind: 'holiday', name: '劳动节' },
    { date: lunar(year, 5, 5), kind: 'holiday', name: '端午节' },
    { date: lunar(year, 8, 15), kind: 'holiday', name: '中秋节' },
    ...[1, 2, 3].map((d) => ({ date: iso(year, 10, d), kind: 'holiday' as const, name: '国庆节' })),
  ];
  // 除夕 of a lunar year whose 正月初一 falls on 1 January or 2 January would lie in the year before: not this
  // year's (never happens between 1900 and 2100, but the filter keeps the year's schedule within the year).
  return days.filter((d) => d.date.startsWith(`${year}-`));
}

const isWeekend = (date: string) => [0, 6].includes(weekdayOf(date));

/**
 * The least a year's schedule can be before the State Council's notice is loaded: weekends, the statutory
 * holidays (第二条), and for each of them that falls on a Saturday or Sunday a make-up day off on the next
 * working day (第六条: 全体公民放假的假日，如果适逢周六、周日，应当在工作日补假). The notice may add days
 * (调休) and move weekend working days, so a deadline computed on the floor is provisional (暂定).
 */
export function statutoryFloor(year: number): YearSchedule {
  const holidays = statutoryHolidays(year);
  const off = new Set(holidays.map((d) => d.date));
  const days = [...holidays];
  for (const h of holidays) {
    if (!isWeekend(h.date)) continue;
    let d = addCalendarDays(h.date, 1);
    while (isWeekend(d) || off.has(d)) d = addCalendarDays(d, 1);
    if (!d.startsWith(`${year}-`)) continue; // a make-up day in the next year belongs to that year's notice
    off.add(d);
    days.push({ date: d, kind: 'holiday', name: `${h.name}补假` });
  }
  return { year, source: FLOOR_SOURCE, days: days.sort((a, b) => a.date.localeCompare(b.date)) };
}
