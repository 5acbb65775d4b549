import type { Kysely } from 'kysely';
import type { CalendarHolder } from './calendar/calendar-store.ts';
import type { Clock } from './clock.ts';
import type { PolicyProfile } from './policy/profile-schema.ts';
import type { Database } from './storage/tables.ts';

/** What every service needs: the store, the clock, the jurisdiction's policy and its working-day calendar. */
export interface HubContext {
  db: Kysely<Database>;
  clock: Clock;
  profile: PolicyProfile;
  calendar: CalendarHolder;
}
