import type { Kysely } from 'kysely';
import type { Database } from '../storage/tables.ts';

/**
 * Reference data (departments, endpoints, catalogue entries, API keys) changes seldom and is read on
 * every push, so each process keeps it for a few seconds. A change made through this process
 * invalidates at once; another hub process sharing the database sees it within TTL_MS.
 * The embedded-store tests set the TTL to 0 so that every load happens wherever the code asks for it —
 * inside transactions too — and the driver's re-entrancy guard sees every misuse of the root handle.
 */
const TTL_MS = Number(process.env.SHENGUAN_REFERENCE_CACHE_TTL_MS ?? 5_000);

interface Entry {
  value: Promise<unknown>;
  expires: number;
}

// Keyed by the store, not the handle: a transaction is a new Kysely object on every call, but it
// shares its root's adapter, so reads inside transactions hit the same cache (and load through
// the transaction they were asked in — the embedded store has one connection).
const caches = new WeakMap<object, Map<string, Entry>>();

function storeOf(db: Kysely<Database>): object {
  return db.getExecutor().adapter;
}

function cacheFor(db: Kysely<Database>): Map<string, Entry> {
  const store = storeOf(db);
  let c = caches.get(store);
  if (!c) caches.set(store, (c = new Map()));
  return c;
}

/** The cached value for `key`, loading it when missing or older than TTL_MS. Failed loads are not kept. */
export function cached<T>(db: Kysely<Database>, key: string, load: () => Promise<T>): Promise<T> {
  const cache = cacheFor(db);
  const hit = cache.get(key);
  const now = Date.now();
  if (hit && hit.expires > now) return hit.value as Promise<T>;
  const value = load();
  cache.set(key, { value, expires: now + TTL_MS });
  value.catch(() => cache.delete(key));
  return value;
}

/** Forgets every key starting with `prefix` (all keys when omitted). */
export function invalidate(db: Kysely<Database>, prefix = ''): void {
  const cache = caches.get(storeOf(db));
  if (!cache) return;
  for (const key of cache.keys()) if (key.startsWith(prefix)) cache.delete(key);
}
