import { describe, expect, it } from 'vitest';
import { bundledSchedules } from '../../core/calendar/bundled-schedule.ts';
import { statutoryFloor, statutoryHolidays } from '../../core/calendar/statutory-floor.ts';
import { WorkingCalendar } from '../../core/calendar/working-calendar.ts';

/**
 * The statutory floor: 全国年节及纪念日放假办法 (2024年修订) 第二条 (全体公民放假的节日) and 第六条 (补假).
 * Its lunar dates and 清明 come from tyme4ts; chinese-days' data (the published notices 2024–2026) checks them.
 */
const published = new Map(bundledSchedules().map((s) => [s.year, s]));

describe('statutory holidays (放假办法 第二条, 2024年修订)', () => {
  // The 2024 amendment (in force 2025-01-01) added 除夕 and 5-2; 2024 was published under the 2013 text.
  const before2025 = (year: number, date: string, i: number) => year >= 2025 || (i !== 1 && date !== `${year}-05-02`);
  it.each([2024, 2025, 2026])('%i: 13 days, each a holiday of the same festival in the published schedule', (year) => {
    const days = statutoryHolidays(year);
    expect(days).toHaveLength(13); // 1 + 4 + 1 + 2 + 1 + 1 + 3
    const official = new Map(published.get(year)!.days.map((d) => [d.date, d]));
    for (const d of days.filter((d, i) => before2025(year, d.date, i))) {
      const o = official.get(d.date);
      expect(o?.kind, `${d.date} ${d.name}`).toBe('holiday');
      expect(o?.name.replace(/节$/, ''), `${d.date}`).toBe(d.name.replace(/节$/, ''));
    }
  });

  it('2024–2026: 除夕 to 正月初三, 清明 on the solar term, 端午 and 中秋 on the lunar day', () => {
    const pick = (y: number, name: string) =>
      statutoryHolidays(y)
        .filter((d) => d.name === name)
        .map((d) => d.date);
    expect(pick(2024, '春节')).toEqual(['2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12']);
    expect(pick(2025, '春节')).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    expect(pick(2026, '春节')).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19']);
    expect([2024, 2025, 2026].map((y) => pick(y, '清明节')[0])).toEqual(['2024-04-04', '2025-04-04', '2026-04-05']);
    expect([2024, 2025, 2026].map((y) => pick(y, '端午节')[0])).toEqual(['2024-06-10', '2025-05-31', '2026-06-19']);
    expect([2024, 2025, 2026].map((y) => pick(y, '中秋节')[0])).toEqual(['2024-09-17', '2025-10-06', '2026-09-25']);
  });

  it('2027: 春节 2-5..2-8, 清明 4-5, 端午 6-9, 中秋 9-15, 国庆 10-1..10-3', () => {
    expect(statutoryHolidays(2027).map((d) => d.date)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-04-05',
      '2027-05-01',
      '2027-05-02',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
    ]);
  });
});

describe('补假 on the floor (放假办法 第六条: 适逢周六、周日，应当在工作日补假)', () => {
  it('2027: 春节 on Saturday and Sunday gives 2-9 and 2-10 off; 劳动节 and 国庆 weekend days give the next weekdays', () => {
    const extra = statutoryFloor(2027)
      .days.filter((d) => d.name.endsWith('补假'))
      .map((d) => `${d.date} ${d.name}`);
    // 5-1 Sat, 5-2 Sun → 5-3, 5-4; 10-2 Sat, 10-3 Sun → 10-4, 10-5
    expect(extra).toEqual([
      '2027-02-09 春节补假',
      '2027-02-10 春节补假',
      '2027-05-03 劳动节补假',
      '2027-05-04 劳动节补假',
      '2027-10-04 国庆节补假',
      '2027-10-05 国庆节补假',
    ]);
  });

  it('2028: 元旦 on a Saturday is made up on Monday 1-3', () => {
    expect(statutoryFloor(2028).days.find((d) => d.name === '元旦补假')?.date).toBe('2028-01-03');
  });
});

describe('the floor in the working calendar', () => {
  const calendar = new WorkingCalendar(bundledSchedules());
  it('a push on 2026-12-31 is never due on a 2027 statutory holiday: 1 working day → 2027-01-04, 暂定', () => {
    expect(calendar.deadline(new Date('2026-12-31T08:00:00Z'), 1)).toMatchObject({
      lastDay: '2027-01-04',
      dueAtLocal: '2027-01-05T00:00:00+08:00',
      provisional: true,
    });
  });
  it('春节 2027 on the floor: Thursday 2-4 + 1 working day → Thursday 2-11', () => {
    expect(calendar.deadline('2027-02-04', 1).lastDay).toBe('2027-02-11');
  });
});
