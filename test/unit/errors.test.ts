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

  it('takes exactly the parameters its templates name (checked by the type check, `npm run typecheck`)', () => {
    const made = () => [
      // @ts-expect-error -- `{earliest}` is left out: it would print literally to staff
      new HubError('LIAISON_NOTICE_TOO_SHORT', { days: 5 }),
      // @ts-expect-error -- a name no template uses
      new HubError('NOT_FOUND', { what: 'x', wat: 'y' }),
      // @ts-expect-error -- a template with placeholders needs its params
      new HubError('NOT_FOUND'),
      new HubError('LIAISON_NOTICE_TOO_SHORT', { days: 5, earliest: '2026-10-09' }),
      new HubError('BODY_TOO_LARGE'),
    ];
    expect(made().at(-2)!.zh).toBe('联络员变更须提前 5 个工作日报备，最早可于 2026-10-09 生效');
  });
});
