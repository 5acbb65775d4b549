import { isPlausibleDivision } from './division.ts';
import { checkIdNumber } from './id-number.ts';
import { checkUscc, checkUsccStructure, type IdentifierVerdict } from './uscc.ts';

export { checkUscc, usccCheckCharacter, type IdentifierVerdict } from './uscc.ts';
export { checkIdNumber, idNumberCheckCharacter } from './id-number.ts';

export type IdentifierKind = 'uscc' | 'id-number';

/**
 * Guesses the kind from the shape: a code with letters (other than a final X) is a USCC. An all-digit
 * code whose own check passes is what that check says (GB 32100 or GB 11643). Otherwise its structure
 * decides: a sound USCC structure whose organisation code passes GB 11714 makes it a USCC; a century 18/19/20 at
 * positions 7–8 after a province code makes it an ID number — so an ID number with a bad birth date is
 * reported as an ID number with a bad date, and a mistyped USCC as a USCC.
 */
export function detectIdentifierKind(raw: string): IdentifierKind {
  const code = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(code) || checkUscc(code).valid) return 'uscc';
  const asId = checkIdNumber(code, '9999-12-31');
  if (asId.valid) return 'id-number';
  // Sound USCC structure with its embedded GB 11714 check passing: a USCC whose own check character is wrong.
  if (!checkUsccStructure(code)) return 'uscc';
  if (asId.reason === 'birth-date') return 'id-number';
  return /^(18|19|20)$/.test(code.slice(6, 8)) && isPlausibleDivision(code.slice(0, 6)) ? 'id-number' : 'uscc';
}

export function checkIdentifier(
  raw: string,
  today: string,
  kind = detectIdentifierKind(raw),
): IdentifierVerdict & { kind: IdentifierKind } {
  return { kind, ...(kind === 'uscc' ? checkUscc(raw) : checkIdNumber(raw, today)) };
}
