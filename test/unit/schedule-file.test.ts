import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseScheduleFile } from '../../core/calendar/schedule-file.ts';
import { HubError } from '../../core/errors/hub-error.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/calendar/${name}`, import.meta.url));

describe('holiday schedule files', () => {
  it('reads a CSV in UTF-8', () => {
    const s = parseScheduleFile(fixture('2027-example.csv'), '2027-example.csv', undefined, '示例');
    expect(s.year).toBe(2027);
    expect(s.days.filter((d) => d.kind === 'workday').map((d) => d.date)).toEqual([
      '2027-02-13',
      '2027-02-20',
      '2027-10-09',
    ]);
    expect(s.days.find((d) => d.date === '2027-10-01')).toEqual({
      date: '2027-10-01',
      kind: 'holiday',
      name: '国庆节',
    });
  });

  it('reads the same CSV in GB18030', () => {
    const gb = iconv.encode(fixture('2027-example.csv').toString('utf8'), 'gb18030');
    expect(parseScheduleFile(gb, '2027.csv').days).toEqual(
      parseScheduleFile(fixture('2027-example.csv'), '2027.csv').days,
    );
  });

  it('reads JSON', () => {
    const json = JSON.stringify({
      year: 2027,
      source: '国办发明电',
      days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }],
    });
    expect(parseScheduleFile(Buffer.from(json), 'y.json')).toMatchObject({ year: 2027, source: '国办发明电' });
  });

  it('rejects the whole file and reports every bad line', () => {
    try {
      parseScheduleFile(fixture('2027-bad.csv'), '2027-bad.csv', 2027);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HubError);
      const err = e as HubError;
      expect(err.code).toBe('CALENDAR_FILE_INVALID');
      expect(err.details.map((d) => d.line)).toEqual([3, 4, 5, 6]);
      expect(err.details[2]!.zh).toContain('本就是工作日');
    }
  });
});
