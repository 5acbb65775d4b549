import { join } from 'node:path';
import { registerBuiltinTransports } from './adapters/builtins.ts';
import { configureSigning } from './documents/pdf-signature.ts';
import { CalendarHolder } from './calendar/calendar-store.ts';
import { systemClock, type Clock } from './clock.ts';
import type { HubConfig } from './config.ts';
import type { HubContext } from './hub-context.ts';
import { loadProfile } from './policy/load-profile.ts';
import type { PolicyProfile } from './policy/profile-schema.ts';
import { ephemeralReceiptKey } from './security/receipt-key.ts';
import { securitySettings, type SecuritySettings } from './security/settings.ts';
import { migrate, openStore, type Store } from './storage/open-store.ts';
import { grantServingRole, roleOfUrl } from './storage/serving-role.ts';

export interface Hub {
  ctx: HubContext;
  store: Store;
  close(): Promise<void>;
}

export interface HubOptions {
  clock?: Clock;
  /** Defaults to the environment's settings with `./data` (SHENGUAN_DATA_DIR) as the data folder. */
  security?: SecuritySettings;
  /** false when the migrations were run by the owner role and this store serves as a lesser role. */
  migrate?: boolean;
}

/** Migrates an opened store and builds the context on it: policy, clock, calendar. */
export async function hubOnStore(
  store: Store,
  profile: PolicyProfile,
  clockOrOptions: Clock | HubOptions = {},
): Promise<Hub> {
  const options: HubOptions = 'now' in clockOrOptions ? { clock: clockOrOptions } : clockOrOptions;
  // Every hub (server, tools, tests) can deliver through the transports the hub ships.
  registerBuiltinTransports();
  try {
    if (options.migrate !== false) await migrate(store);
    const calendar = await CalendarHolder.open(store.db);
    // Without settings (tests, tools), nothing is written: a configured key is used, else one for this process.
    const security =
      options.security ??
      securitySettings(process.env.SHENGUAN_DATA_DIR ?? './data', process.env, {
        ...(process.env.SHENGUAN_RECEIPT_KEY ? {} : { receiptKey: ephemeralReceiptKey() }),
      });
    const ctx: HubContext = { db: store.db, clock: options.clock ?? systemClock, profile, calendar, security };
    return { ctx, store, close: () => store.close() };
  } catch (err) {
    await store.close();
    throw err;
  }
}

/**
 * Opens the configured store (PGlite in <dataDir>/pglite, or PostgreSQL) with everything but the HTTP server.
 * With `migrationDatabaseUrl` (PostgreSQL), the owner role migrates and grants the serving role
 * (`databaseUrl`'s user) what it needs, and the hub then serves as that role.
 */
export async function openHub(
  config: Pick<HubConfig, 'databaseUrl' | 'dataDir' | 'profile'> & { migrationDatabaseUrl?: string },
  clock?: Clock,
): Promise<Hub> {
  const profile = loadProfile(config.profile);
  if (config.migrationDatabaseUrl && config.databaseUrl) {
    const owner = await openStore({ databaseUrl: config.migrationDatabaseUrl, poolSize: 1 });
    try {
      await migrate(owner);
      await grantServingRole(owner.db, owner.schema, roleOfUrl(config.databaseUrl));
    } finally {
      await owner.close();
    }
  }
  // The data folder holds the embedded database (pglite/) and hub files such as demo-keys.txt.
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, 'pglite') });
  // The certificate that signs issued PDFs: configured, or a demo one made on first start (data/signing/).
  configureSigning({ dataDir: config.dataDir, organisation: profile.bureau.name });
  return hubOnStore(store, profile, {
    clock,
    security: securitySettings(config.dataDir),
    migrate: !config.migrationDatabaseUrl,
  });
}
