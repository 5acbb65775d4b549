/**
 * Calendar-date arithmetic in China Standard Time, independent of the server's TZ.
 * China has kept UTC+8 with no daylight saving since 1991, so a fixed offset is exact
 * for every date the hub handles and avoids depending on the host's zone database.
 */
const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** YYYY-MM-DD of the instant in Asia/Shanghai. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Shanghai calendar day ends (24:00, i.e. the next day's 00:00 +08:00). */
export function endOfShanghaiDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS - OFFSET_MS);
}

/** The instant a Shanghai calendar day starts. */
export function startOfShanghaiDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS);
}

export function addCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/**
 * Formats an instant as local Shanghai time, e.g. 2026-10-09T24:00+08:00 style is avoided:
 * 2026-10-10T00:00:00+08:00.
 */
export function formatShanghai(instant: Date): string {
  return `${new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}
