import { checkIdNumber } from './id-number.ts';
import { checkUscc, type IdentifierVerdict } from './uscc.ts';

export { checkUscc, usccCheckCharacter, type IdentifierVerdict } from './uscc.ts';
export { checkIdNumber, idNumberCheckCharacter } from './id-number.ts';

export type IdentifierKind = 'uscc' | 'id-number';

/**
 * Guesses the kind from the shape: a code with letters (other than a final X) is a USCC;
 * an all-digit code is a USCC only if its GB 32100 check passes, otherwise an ID number.
 */
export function detectIdentifierKind(raw: string): IdentifierKind {
  const code = raw.trim().toUpperCase();
  if (/^\d{17}[\dX]$/.test(code) && !checkUscc(code).valid) return 'id-number';
  return 'uscc';
}

export function checkIdentifier(raw: string, today: string, kind = detectIdentifierKind(raw)): IdentifierVerdict & { kind: IdentifierKind } {
  return { kind, ...(kind === 'uscc' ? checkUscc(raw) : checkIdNumber(raw, today)) };
}
