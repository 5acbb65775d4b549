/**
 * 行政区划代码 (GB/T 2260) plausibility without a full register: the first two digits must name a province-level
 * division (the 34 codes in use), and the code cannot be 000000. A register would also catch retired counties;
 * the hub keeps no copy of it, so a well-formed code of a real province is accepted.
 */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82,
]);

export function isPlausibleDivision(code: string): boolean {
  if (!/^\d{6}$/.test(code) || code === '000000') return false;
  return PROVINCES.has(Number(code.slice(0, 2)));
}
