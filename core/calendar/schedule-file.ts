import { parse as parseCsv } from 'csv-parse/sync';
import { HubError, type ErrorDetail } from '../errors/hub-error.ts';
import { decodeText } from '../files/decode-text.ts';
import { isIsoDate, weekdayOf } from './china-time.ts';
import type { DayKind, ScheduleDay, YearSchedule } from './working-calendar.ts';

const KIND_WORDS: Record<string, DayKind> = {
  holiday: 'holiday',
  休: 'holiday',
  假: 'holiday',
  休息: 'holiday',
  workday: 'workday',
  班: 'workday',
  上班: 'workday',
};

/**
 * Reads a year's holiday schedule as staff prepare it from the State Council notice:
 * JSON `{ "year", "source", "days": [{ "date", "kind", "name" }] }` or CSV with columns
 * 日期,类型,名称 (类型 休/班 or holiday/workday). The whole file must be right: a half-loaded
 * year would silently give wrong deadlines, so every problem is reported and nothing is kept.
 */
export function parseScheduleFile(
  bytes: Uint8Array,
  fileName: string,
  yearHint?: number,
  source?: string,
): YearSchedule {
  const { text } = decodeText(bytes);
  const problems: ErrorDetail[] = [];
  let rows: { line?: number; pointer?: string; date: string; kind: string; name: string }[] = [];
  let year = yearHint;
  let fileSource = source;

  if (fileName.endsWith('.json')) {
    let json: { year?: number; source?: string; days?: { date?: string; kind?: string; name?: string }[] };
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new HubError('CALENDAR_FILE_INVALID', { reason: `JSON: ${(e as Error).message}` });
    }
    year ??= json.year;
    fileSource ??= json.source;
    rows = (json.days ?? []).map((d, i) => ({
      pointer: `/days/${i}`,
      date: String(d.date ?? ''),
      kind: String(d.kind ?? ''),
      name: String(d.name ?? ''),
    }));
  } else {
    const records = parseCsv(text, { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
    const body = records[0] && /日期|date/i.test(records[0][0] ?? '') ? records.slice(1) : records;
    const offset = records.length - body.length + 1;
    rows = body.map((r, i) => ({ line: i + offset, date: r[0] ?? '', kind: r[1] ?? '', name: r[2] ?? '' }));
  }
  if (!year && rows[0]) year = Number(rows[0].date.slice(0, 4));
  if (!year || !Number.isInteger(year))
    throw new HubError('CALENDAR_FILE_INVALID', { reason: 'year missing / 缺少年份' });

  const days: ScheduleDay[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const where = { line: r.line, pointer: r.pointer, field: 'date' };
    const kind = KIND_WORDS[r.kind.toLowerCase()];
    if (!isIsoDate(r.date))
      problems.push({ ...where, zh: `日期“${r.date}”格式应为 YYYY-MM-DD`, en: `date '${r.date}' is not YYYY-MM-DD` });
    else if (Number(r.date.slice(0, 4)) !== year)
      problems.push({ ...where, zh: `日期 ${r.date} 不在 ${year} 年`, en: `date ${r.date} is outside ${year}` });
    else if (seen.has(r.date))
      problems.push({ ...where, zh: `日期 ${r.date} 重复`, en: `date ${r.date} appears twice` });
    else if (!kind)
      problems.push({
        ...where,
        field: 'kind',
        zh: `类型“${r.kind}”应为 休 或 班`,
        en: `kind '${r.kind}' must be holiday or workday`,
      });
    else if (kind === 'workday' && ![0, 6].includes(weekdayOf(r.date)))
      problems.push({
        ...where,
        field: 'kind',
        zh: `${r.date} 本就是工作日，不是调休上班日`,
        en: `${r.date} is a weekday already, not a working weekend day`,
      });
    else {
      seen.add(r.date);
      days.push({ date: r.date, kind, name: r.name || (kind === 'holiday' ? '节假日' : '调休上班') });
    }
  }
  if (problems.length)
    throw new HubError('CALENDAR_FILE_INVALID', { reason: `${problems.length} problems` }, { details: problems });
  if (!days.some((d) => d.kind === 'holiday'))
    throw new HubError('CALENDAR_FILE_INVALID', { reason: 'no holidays listed / 未列出任何节假日' });
  return { year, source: fileSource ?? fileName, days: days.sort((a, b) => a.date.localeCompare(b.date)) };
}
