import { isPlausibleDivision } from './division.ts';
import type { IdentifierVerdict } from './uscc.ts';

/** 居民身份证号码, GB 11643-1999: 17 digits + ISO 7064 MOD 11-2 check (0-9 or X), birth date at 7–14. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `today` (YYYY-MM-DD) bounds the birth date; pass the hub clock's date for determinism. */
export function checkIdNumber(raw: string, today: string): IdentifierVerdict {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) {
    return {
      valid: false,
      reason: 'length',
      zh: `长度应为18位，实际为${code.length}位`,
      en: `must be 18 characters, got ${code.length}`,
    };
  }
  if (!/^\d{17}[\dX]$/.test(code)) {
    return {
      valid: false,
      reason: 'charset',
      zh: '前17位须为数字，末位为数字或X',
      en: 'first 17 must be digits, the last a digit or X',
    };
  }
  // GB 11643 §4.2: positions 1–6 are the 行政区划代码 of the holder's registered residence.
  if (!isPlausibleDivision(code.slice(0, 6)))
    return {
      valid: false,
      reason: 'division',
      zh: `前6位行政区划代码“${code.slice(0, 6)}”无效`,
      en: `administrative division '${code.slice(0, 6)}' (positions 1–6) is not a plausible division code`,
    };
  const [y, m, d] = [Number(code.slice(6, 10)), Number(code.slice(10, 12)), Number(code.slice(12, 14))];
  const birth = code.slice(6, 14).replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3');
  if (y < 1800 || !isRealDate(y, m, d) || birth > today) {
    return {
      valid: false,
      reason: 'birth-date',
      zh: `出生日期${code.slice(6, 14)}无效`,
      en: `birth date ${code.slice(6, 14)} is not a valid past date`,
    };
  }
  const expected = idNumberCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) {
    return {
      valid: false,
      reason: 'check',
      zh: `校验码应为${expected}，实际为${code[17]}`,
      en: `check digit should be ${expected}, got ${code[17]}`,
    };
  }
  return { valid: true, zh: '居民身份证号码有效', en: 'valid resident ID number' };
}
