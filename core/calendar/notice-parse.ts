import { HubError, type ErrorDetail } from '../errors/hub-error.ts';
import { addCalendarDays, isIsoDate, weekdayOf } from './china-time.ts';
import type { ScheduleDay, YearSchedule } from './working-calendar.ts';

/**
 * Reads the State Council's annual notice (国务院办公厅关于YYYY年部分节假日安排的通知) as staff receive it.
 * Its phrasing has varied: "2月4日至10日放假调休，共7天", "1月1日放假，与周末连休", "1月1日（周三）放假1天，不调休",
 * "X月X日（星期一）补休", a combined "中秋节、国庆节" paragraph, weekdays written （周四） or （星期四）, a range that
 * starts in the year before ("2022年12月31日至2023年1月2日"). Every weekday and day count the notice states is
 * checked against the dates read, so a misread (or a typing error in the copy) is reported, never loaded.
 */
export interface NoticeSchedule extends YearSchedule {
  /** Days the notice names outside its year (they belong to the neighbouring year's schedule). */
  outside: ScheduleDay[];
  /** The notice's document number, e.g. 国办发明电〔2024〕12号, when given. */
  documentNumber?: string;
}

const NUMERALS = '一二三四五六七八九十';
const WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/** Full-width punctuation to ASCII, spaces removed: the notice is published in both forms. */
function normalise(text: string): string {
  return text
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    .replace(/，/g, ',')
    .replace(/；/g, ';')
    .replace(/[ \t\u3000\r]+/g, '')
    .replace(/\n+/g, '\n');
}

interface DateToken {
  date: string;
  /** Weekday stated in the parentheses after it (周四 / 星期四), if any. */
  weekday?: number;
  /** Offset in the sentence, to tell what lies between two dates (至). */
  index: number;
  end: number;
}

/** Dates of one sentence; a date without year or month takes them from the date before it. */
function readDates(sentence: string, ctx: { year: number; month: number }): DateToken[] {
  const out: DateToken[] = [];
  const re = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^)]*)\))?/g;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (m[1]) ctx.year = Number(m[1]);
    if (m[2]) ctx.month = Number(m[2]);
    const date = `${ctx.year}-${String(ctx.month).padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    const wd = m[4]?.match(/(?:周|星期)([日天一二三四五六])/);
    out.push({
      date,
      weekday: wd ? WEEKDAYS[wd[1]!] : undefined,
      index: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

export function parseNotice(text: string): NoticeSchedule {
  const t = normalise(text);
  const yearMatch = t.match(/关于(\d{4})年部分节假日安排/) ?? t.match(/现将(\d{4})年元旦/);
  if (!yearMatch) throw new HubError('CALENDAR_NOTICE_INVALID', { reason: '未找到年份 / no year found' });
  const year = Number(yearMatch[1]);
  const documentNumber = t.match(/国办发明电〔\d{4}〕\d+号/)?.[0];
  const problems: ErrorDetail[] = [];
  const days = new Map<string, ScheduleDay>();
  const outside: ScheduleDay[] = [];

  // 一、元旦:… 二、春节:… — each item up to the next numbered item or the closing paragraph.
  const itemRe = new RegExp(`(?:^|\\n)[${NUMERALS}]+、([^:\\n]+):([^\\n]*)`, 'g');
  let items = 0;
  for (let m = itemRe.exec(t); m; m = itemRe.exec(t)) {
    const name = m[1]!.trim();
    const body = m[2]!;
    items++;
    const where = { field: name, zh: '', en: '' };
    const ctx = { year, month: 1 };
    for (const sentence of body.split('。').filter(Boolean)) {
      // "鼓励…安排职工在除夕(2月9日)休息" is encouragement, not a holiday.
      if (sentence.includes('鼓励')) continue;
      const dates = readDates(sentence, ctx);
      for (const d of dates) {
        if (!isIsoDate(d.date)) {
          problems.push({ ...where, zh: `${name}：日期 ${d.date} 不存在`, en: `${name}: no such date ${d.date}` });
          continue;
        }
        if (d.weekday !== undefined && weekdayOf(d.date) !== d.weekday)
          problems.push({
            ...where,
            zh: `${name}：${d.date} 不是所注明的星期${'日一二三四五六'[d.weekday]}`,
            en: `${name}: ${d.date} is not the weekday the notice states`,
          });
      }
      if (dates.some((d) => !isIsoDate(d.date))) continue;
      const add = (date: string, kind: ScheduleDay['kind']) => {
        const day = { date, kind, name };
        if (Number(date.slice(0, 4)) !== year) outside.push(day);
        else if (days.has(date) && days.get(date)!.kind !== kind)
          problems.push({ ...where, zh: `${date} 既放假又上班`, en: `${date} is both a holiday and a working day` });
        else days.set(date, day);
      };
      if (sentence.includes('上班')) {
        for (const d of dates) {
          if (![0, 6].includes(weekdayOf(d.date)))
            problems.push({
              ...where,
              zh: `${name}：上班日 ${d.date} 本就是工作日`,
              en: `${name}: working day ${d.date} is a weekday already`,
            });
          add(d.date, 'workday');
        }
      } else if (/放假|补休/.test(sentence)) {
        const run: string[] = [];
        for (let i = 0; i < dates.length; i++) {
          const between = sentence.slice(dates[i]!.end, dates[i + 1]?.index);
          if (dates[i + 1] && /^[^,;]*至/.test(between)) {
            for (let d = dates[i]!.date; d <= dates[i + 1]!.date; d = addCalendarDays(d, 1)) run.push(d);
            i++;
          } else run.push(dates[i]!.date);
        }
        const stated = sentence.match(/共(\d+)天/);
        if (stated && Number(stated[1]) !== run.length)
          problems.push({
            ...where,
            zh: `${name}：共${stated[1]}天，但所列日期为${run.length}天`,
            en: `${name}: the notice says ${stated[1]} days, the dates give ${run.length}`,
          });
        // 与周末连休: the weekend next to the day off is part of the same run.
        if (sentence.includes('与周末连休') && run.length === 1) {
          const only = run[0]!;
          const wd = weekdayOf(only);
          if (wd === 1) run.unshift(addCalendarDays(only, -2), addCalendarDays(only, -1));
          if (wd === 5) run.push(addCalendarDays(only, 1), addCalendarDays(only, 2));
        }
        for (const d of run) add(d, 'holiday');
      }
    }
  }
  if (!items) throw new HubError('CALENDAR_NOTICE_INVALID', { reason: '未找到“一、元旦：”等条目 / no numbered items' });
  if (problems.length)
    throw new HubError('CALENDAR_NOTICE_INVALID', { reason: `${problems.length} problems` }, { details: problems });
  const list = [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
  if (!list.some((d) => d.kind === 'holiday'))
    throw new HubError('CALENDAR_NOTICE_INVALID', { reason: '未读出任何放假日期 / no holidays read' });
  return {
    year,
    source: `国务院办公厅关于${year}年部分节假日安排的通知${documentNumber ? `（${documentNumber}）` : ''}`,
    days: list,
    outside,
    documentNumber,
  };
}

/** The schedule as staff check it against the notice before loading: one line per run of days. */
export function formatNoticeSchedule(s: NoticeSchedule): string {
  const lines = [`${s.year}年 ${s.source}`];
  const byName = new Map<string, ScheduleDay[]>();
  for (const d of s.days) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  for (const [name, days] of byName) {
    const off = days.filter((d) => d.kind === 'holiday').map((d) => d.date.slice(5));
    const work = days.filter((d) => d.kind === 'workday').map((d) => d.date.slice(5));
    lines.push(
      `  ${name}：放假 ${off.join('、') || '—'}（${off.length}天）${work.length ? `；上班 ${work.join('、')}` : ''}`,
    );
  }
  for (const d of s.outside) lines.push(`  （${d.date} ${d.name} 属 ${d.date.slice(0, 4)} 年，不在本年安排内）`);
  return lines.join('\n');
}
