import { checkIdNumber } from './id-number.ts';
import { checkUscc, type IdentifierVerdict } from './uscc.ts';

export { checkUscc, usccCheckCharacter, type IdentifierVerdict } from './uscc.ts';
export { checkIdNumber } from './id-number.ts';

export type IdentifierKind = 'uscc' | 'id-number';

/**
 * Guesses the kind from the shape: a code with letters (other than a final X) is a USCC. An
 * all-digit code is a USCC if its GB 32100 check passes; otherwise it is an ID number when
 * positions 7–14 read as a birth date (so a mistyped ID is reported as an ID), else a USCC.
 */
export function detectIdentifierKind(raw: string): IdentifierKind {
  const code = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(code) || checkUscc(code).valid) return 'uscc';
  return checkIdNumber(code, '9999-12-31').reason === 'birth-date' ? 'uscc' : 'id-number';
}

export function checkIdentifier(
  raw: string,
  today: string,
  kind = detectIdentifierKind(raw),
): IdentifierVerdict & { kind: IdentifierKind } {
  return { kind, ...(kind === 'uscc' ? checkUscc(raw) : checkIdNumber(raw, today)) };
}
