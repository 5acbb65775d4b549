/**
 * 组织机构代码, GB 11714-1997: 8 body characters (digits or capital letters) and a check character,
 * C9 = 11 − (Σ Ci·Wi mod 11) with weights 3 7 9 10 5 8 4 2, letters worth A=10 … Z=35; 10 is written X, 11 is 0.
 */
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function value(c: string): number {
  return /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
}

export function organisationCodeCheckCharacter(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += value(body8[i]!) * WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export function isValidOrganisationCode(code9: string): boolean {
  return /^[0-9A-Z]{8}[0-9X]$/.test(code9) && organisationCodeCheckCharacter(code9.slice(0, 8)) === code9[8];
}
