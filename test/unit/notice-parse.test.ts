import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledSchedules } from '../../core/calendar/bundled-schedule.ts';
import { addCalendarDays } from '../../core/calendar/china-time.ts';
import { parseNotice } from '../../core/calendar/notice-parse.ts';
import { WorkingCalendar } from '../../core/calendar/working-calendar.ts';

/**
 * The State Council's annual notices (国务院办公厅关于YYYY年部分节假日安排的通知), as published, read into
 * schedules and checked day by day against chinese-days' data for the same year.
 */
const notice = (year: number) =>
  readFileSync(new URL(`../fixtures/calendar/notices/${year}.txt`, import.meta.url), 'utf8');
const published = new Map(bundledSchedules().map((s) => [s.year, s]));

function workingDays(schedule: { year: number; source: string; days: never[] | unknown[] }, year: number) {
  const cal = new WorkingCalendar([schedule as never]);
  const out: string[] = [];
  for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addCalendarDays(d, 1)) if (cal.isWorkingDay(d)) out.push(d);
  return out;
}

describe('parsing the State Council notice', () => {
  it.each([2023, 2024, 2025, 2026])('%i: every day of the year is classified as in chinese-days', (year) => {
    const parsed = parseNotice(notice(year));
    expect(parsed.year).toBe(year);
    expect(workingDays(parsed, year)).toEqual(workingDays(published.get(year)!, year));
  });

  it('2019: the notice as issued; chinese-days also has the later change of 劳动节 to 4 days (国办发明电〔2019〕3号)', () => {
    const ours = workingDays(parseNotice(notice(2019)), 2019);
    const theirs = workingDays(published.get(2019)!, 2019);
    expect(ours.filter((d) => !theirs.includes(d))).toEqual(['2019-05-02', '2019-05-03']);
    expect(theirs.filter((d) => !ours.includes(d))).toEqual(['2019-04-28', '2019-05-05']);
  });

  it('2020: the notice as issued; chinese-days also has the later extension of 春节 (国办发明电〔2020〕1号)', () => {
    const parsed = parseNotice(notice(2020));
    const ours = workingDays(parsed, 2020);
    const theirs = workingDays(published.get(2020)!, 2020);
    // The extension made 1-31 (Fri) and 2-1 (the Saturday that was to be worked) days off.
    expect(ours.filter((d) => !theirs.includes(d))).toEqual(['2020-01-31', '2020-02-01']);
    expect(theirs.filter((d) => !ours.includes(d))).toEqual([]);
  });

  it('reads the combined 中秋节、国庆节 paragraph, 补 weekday working days, and the document number', () => {
    const parsed = parseNotice(notice(2025));
    expect(parsed.documentNumber).toBe('国办发明电〔2024〕12号');
    expect(parsed.source).toBe('国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）');
    expect(parsed.days.filter((d) => d.name === '国庆节、中秋节').map((d) => d.date)).toEqual([
      '2025-09-28',
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
      '2025-10-11',
    ]);
    expect(parsed.days.find((d) => d.date === '2025-09-28')?.kind).toBe('workday');
  });

  it('keeps days of the year before apart (2023 元旦 starts 2022-12-31), and ignores 鼓励…休息 (2024 除夕)', () => {
    expect(parseNotice(notice(2023)).outside).toEqual([{ date: '2022-12-31', kind: 'holiday', name: '元旦' }]);
    expect(parseNotice(notice(2024)).days.find((d) => d.date === '2024-02-09')).toBeUndefined();
  });

  it('与周末连休 takes in the adjacent weekend (2024 元旦 Monday 1-1 → 12-30..1-1 in the run)', () => {
    expect(
      parseNotice(notice(2024))
        .days.filter((d) => d.name === '端午节')
        .map((d) => d.date),
    ).toEqual(['2024-06-08', '2024-06-09', '2024-06-10']);
  });

  it('reads 补休 and half-width punctuation; what it only encourages (鼓励) is no holiday', () => {
    const text = `国务院办公厅关于2030年部分节假日安排的通知
一、元旦:1月1日(星期二)放假。1月2日(星期三)补休。鼓励各单位安排职工在1月3日(星期四)放假。
二、春节:2月2日(周六)至8日(周五)放假调休,共7天。1月27日(星期日)上班。`;
    const days = parseNotice(text).days.map((d) => `${d.date} ${d.kind}`);
    expect(days).toContain('2030-01-02 holiday');
    expect(days).not.toContain('2030-01-03 holiday'); // encouraged, not ordered
  });

  it('refuses a notice whose stated weekday or day count does not match its dates, naming the item', () => {
    const wrongWeekday = notice(2026).replace('10月1日（周四）', '10月1日（周五）');
    expect(() => parseNotice(wrongWeekday)).toThrowError(
      expect.objectContaining({
        code: 'CALENDAR_NOTICE_INVALID',
        details: [expect.objectContaining({ field: '国庆节', zh: expect.stringContaining('2026-10-01') })],
      }),
    );
    const wrongCount = notice(2026).replace('放假调休，共9天', '放假调休，共8天');
    expect(() => parseNotice(wrongCount)).toThrowError(
      expect.objectContaining({ details: [expect.objectContaining({ en: expect.stringContaining('8 days') })] }),
    );
    expect(() => parseNotice('一份无关的文件')).toThrowError(
      expect.objectContaining({ code: 'CALENDAR_NOTICE_INVALID' }),
    );
  });
});
