import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, type ErrorCode } from '../../core/errors/catalogue.ts';
import { HubError } from '../../core/errors/hub-error.ts';

describe('error catalogue', () => {
  const doc = readFileSync(new URL('../../docs/ERRORS.md', import.meta.url), 'utf8');

  it.each(Object.entries(ERROR_CATALOGUE))(
    '%s has a status, Chinese and English text, and is documented',
    (code, spec) => {
      expect(spec.status).toBeGreaterThanOrEqual(400);
      expect(spec.status).toBeLessThan(600);
      expect(spec.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(spec.en).toMatch(/[A-Za-z]/);
      expect(doc).toContain(`| \`${code}\` | ${spec.status} | ${spec.zh} | ${spec.en} |`);
    },
  );

  it('fills message templates in both languages', () => {
    const e = new HubError('CALENDAR_YEAR_UNKNOWN' satisfies ErrorCode, { year: 2027 });
    expect(e.zh).toBe('2027 年的节假日安排尚未导入，无法计算工作日期限');
    expect(e.en).toContain('2027');
    expect(e.toJSON()).toEqual({ code: 'CALENDAR_YEAR_UNKNOWN', message: { zh: e.zh, en: e.en }, details: [] });
  });
});
