import { createRequire } from 'node:module';
import type { ScheduleDay, YearSchedule } from './working-calendar.ts';

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

let cached: YearSchedule[] | undefined;

/**
 * Schedules 2004–2026 from the `chinese-days` package's JSON data file, which its README publishes
 * for use without its JavaScript API (`chinese-days/dist/chinese-days.json`). We read the date strings
 * rather than call `getDayDetail` and friends: the package builds its day tables in the host's time
 * zone, so west of UTC every holiday comes out a day early, whatever date is passed in.
 */
export function bundledSchedules(): YearSchedule[] {
  if (cached) return cached;
  const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysData;
  const byYear = new Map<number, ScheduleDay[]>();
  const add = (date: string, kind: ScheduleDay['kind'], label: string) => {
    const year = Number(date.slice(0, 4));
    // labels look like "National Day,国庆节,3": keep the Chinese name
    const name = label.split(',')[1] ?? label;
    byYear.set(year, [...(byYear.get(year) ?? []), { date, kind, name }]);
  };
  for (const [date, label] of Object.entries(data.holidays)) add(date, 'holiday', label);
  for (const [date, label] of Object.entries(data.workdays)) add(date, 'workday', label);
  cached = [...byYear.entries()].map(([year, days]) => ({
    year,
    source: 'chinese-days@1.5 (国务院办公厅节假日安排通知)',
    days: days.sort((a, b) => a.date.localeCompare(b.date)),
  }));
  return cached;
}
