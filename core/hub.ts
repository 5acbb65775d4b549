import { join } from 'node:path';
import { configureSigning } from './documents/pdf-signature.ts';
import { CalendarHolder } from './calendar/calendar-store.ts';
import { systemClock, type Clock } from './clock.ts';
import type { HubConfig } from './config.ts';
import type { HubContext } from './hub-context.ts';
import { loadProfile } from './policy/load-profile.ts';
import type { PolicyProfile } from './policy/profile-schema.ts';
import { migrate, openStore, type Store } from './storage/open-store.ts';

export interface Hub {
  ctx: HubContext;
  store: Store;
  close(): Promise<void>;
}

/** Migrates an opened store and builds the context on it: policy, clock, calendar. */
export async function hubOnStore(store: Store, profile: PolicyProfile, clock: Clock = systemClock): Promise<Hub> {
  try {
    await migrate(store);
    const calendar = await CalendarHolder.open(store.db);
    return { ctx: { db: store.db, clock, profile, calendar }, store, close: () => store.close() };
  } catch (err) {
    await store.close();
    throw err;
  }
}

/** Opens the configured store (PGlite in <dataDir>/pglite, or PostgreSQL) with everything but the HTTP server. */
export async function openHub(
  config: Pick<HubConfig, 'databaseUrl' | 'dataDir' | 'profile'>,
  clock?: Clock,
): Promise<Hub> {
  const profile = loadProfile(config.profile);
  // The data folder holds the embedded database (pglite/) and hub files such as demo-keys.txt.
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, 'pglite') });
  // The certificate that signs issued PDFs: configured, or a demo one made on first start (data/signing/).
  configureSigning({ dataDir: config.dataDir, organisation: profile.bureau.name });
  return hubOnStore(store, profile, clock);
}
