import type { Kysely } from 'kysely';
import type { CalendarHolder } from './calendar/calendar-store.ts';
import type { Clock } from './clock.ts';
import type { PolicyProfile } from './policy/profile-schema.ts';
import type { SecuritySettings } from './security/settings.ts';
import type { Database } from './storage/tables.ts';

/** What every service needs: the store, the clock, the jurisdiction's policy and its working-day calendar. */
export interface HubContext {
  db: Kysely<Database>;
  clock: Clock;
  profile: PolicyProfile;
  calendar: CalendarHolder;
  /** Data folder, egress allow-list and receipt key (core/security/). */
  security: SecuritySettings;
}

/** The same context bound to a transaction: whatever is called with it reads and writes through `tx`. */
export function within(ctx: HubContext, tx: Kysely<Database>): HubContext {
  return ctx.db === tx ? ctx : { ...ctx, db: tx };
}

/**
 * Runs `work` in one transaction and hands it a context bound to that transaction, so every read
 * and write it makes — including through helpers that take a context — uses the transaction.
 * On the embedded store this is required: its one connection is held by the transaction, and a
 * query through the root handle would be refused (STORE_REENTRANT; see storage/pglite-driver.ts).
 * @public the way for new code to open a transaction, not yet called by the existing flows
 */
export function inTransaction<T>(ctx: HubContext, work: (tx: HubContext) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute((tx) => work(within(ctx, tx)));
}
