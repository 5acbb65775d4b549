/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015.
 * 18 characters over a 31-symbol alphabet (no I, O, S, V, Z); the last is a check character.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export interface IdentifierVerdict {
  valid: boolean;
  /** Machine reason when invalid: length, charset, check, birth-date. */
  reason?: 'length' | 'charset' | 'check' | 'birth-date';
  zh: string;
  en: string;
}

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function checkUscc(raw: string): IdentifierVerdict {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) {
    return {
      valid: false,
      reason: 'length',
      zh: `长度应为18位，实际为${code.length}位`,
      en: `must be 18 characters, got ${code.length}`,
    };
  }
  const bad = [...code].findIndex((c) => !ALPHABET.includes(c));
  if (bad >= 0) {
    return {
      valid: false,
      reason: 'charset',
      zh: `第${bad + 1}位字符“${code[bad]}”不允许出现`,
      en: `character ${bad + 1} ('${code[bad]}') is not allowed`,
    };
  }
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) {
    return {
      valid: false,
      reason: 'check',
      zh: `校验码应为${expected}，实际为${code[17]}`,
      en: `check character should be ${expected}, got ${code[17]}`,
    };
  }
  return { valid: true, zh: '统一社会信用代码有效', en: 'valid unified social credit code' };
}
