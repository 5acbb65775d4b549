import { join } from 'node:path';
import { CalendarHolder } from './calendar/calendar-store.ts';
import { systemClock, type Clock } from './clock.ts';
import type { HubConfig } from './config.ts';
import type { HubContext } from './hub-context.ts';
import { loadProfile } from './policy/load-profile.ts';
import type { PolicyProfile } from './policy/profile-schema.ts';
import { migrate, openStore, type Store, type StoreOptions } from './storage/open-store.ts';

export interface Hub {
  ctx: HubContext;
  store: Store;
  close(): Promise<void>;
}

/** Opens the store, applies migrations, loads the policy and calendar: everything but the HTTP server. */
export async function openHub(
  config: Pick<HubConfig, 'databaseUrl' | 'dataDir' | 'profile'> & { store?: Partial<StoreOptions> },
  deps: { clock?: Clock; profile?: PolicyProfile } = {},
): Promise<Hub> {
  const profile = deps.profile ?? loadProfile(config.profile);
  // The data folder holds the embedded database (pglite/) and hub files such as demo-keys.txt.
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, 'pglite'), ...config.store });
  try {
    await migrate(store.db);
    const calendar = await CalendarHolder.open(store.db, profile.calendar.unknownYear);
    const ctx: HubContext = { db: store.db, clock: deps.clock ?? systemClock, profile, calendar };
    return { ctx, store, close: () => store.close() };
  } catch (err) {
    await store.close();
    throw err;
  }
}
