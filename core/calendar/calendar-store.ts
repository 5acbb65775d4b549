import type { Kysely } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import type { Database } from '../storage/tables.ts';
import { bundledSchedules } from './bundled-schedule.ts';
import { WorkingCalendar, type YearSchedule } from './working-calendar.ts';

/** Years staff loaded (calendar_years/calendar_days); each replaces the bundled schedule of that year. */
async function loadedSchedules(db: Kysely<Database>): Promise<YearSchedule[]> {
  const [years, days] = await Promise.all([
    db.selectFrom('calendar_years').selectAll().execute(),
    db.selectFrom('calendar_days').selectAll().orderBy('date').execute(),
  ]);
  return years.map((y) => ({
    year: y.year,
    source: y.source,
    days: days
      .filter((d) => d.year === y.year)
      .map((d) => ({ date: d.date, kind: d.kind as 'holiday' | 'workday', name: d.name })),
  }));
}

async function buildCalendar(db: Kysely<Database>): Promise<WorkingCalendar> {
  const byYear = new Map(bundledSchedules().map((s) => [s.year, s]));
  for (const s of await loadedSchedules(db)) byYear.set(s.year, s);
  return new WorkingCalendar(byYear.values());
}

/** Stores a year's schedule (replacing any earlier load of that year) and records who loaded it. */
export async function saveSchedule(
  db: Kysely<Database>,
  schedule: YearSchedule,
  actor: Actor,
  at: Date,
  noticeText?: string,
): Promise<void> {
  const save = async (tx: Kysely<Database>) => {
    const before = await tx
      .selectFrom('calendar_days')
      .select(['date', 'kind', 'name'])
      .where('year', '=', schedule.year)
      .orderBy('date')
      .execute();
    await tx.deleteFrom('calendar_years').where('year', '=', schedule.year).execute();
    await tx
      .insertInto('calendar_years')
      .values({
        year: schedule.year,
        source: schedule.source,
        loaded_at: at,
        loaded_by: actor.id,
        notice_text: noticeText ?? null,
      })
      .execute();
    if (schedule.days.length)
      await tx
        .insertInto('calendar_days')
        .values(schedule.days.map((d) => ({ ...d, year: schedule.year })))
        .execute();
    await recordAudit(tx, {
      actor,
      at,
      action: 'calendar.year.loaded',
      entityType: 'calendar-year',
      entityId: String(schedule.year),
      before: before.length ? before : null,
      after: { ...schedule, notice: noticeText ? 'stored with the year / 通知原文随年份保存' : undefined },
    });
  };
  // Inside the caller's transaction when given one (PGlite has a single connection), else in its own.
  if (db.isTransaction) await save(db);
  else await db.transaction().execute(save);
}

/**
 * The calendar in force. Other hub processes sharing the database pick up a newly loaded
 * year on their next refresh (the scheduler refreshes periodically; imports refresh at once).
 */
export class CalendarHolder {
  constructor(
    private readonly db: Kysely<Database>,
    public current: WorkingCalendar,
  ) {}

  static async open(db: Kysely<Database>): Promise<CalendarHolder> {
    return new CalendarHolder(db, await buildCalendar(db));
  }

  /** Rebuilds from the store; pass the transaction's handle when called inside one (PGlite has one connection). */
  async refresh(db: Kysely<Database> = this.db): Promise<WorkingCalendar> {
    this.current = await buildCalendar(db);
    return this.current;
  }
}
