import type { Kysely } from 'kysely';
import type { Database } from '../storage/tables.ts';

/**
 * Reference data (departments, endpoints, catalogue entries, API keys) changes seldom and is read on
 * every push, so each process keeps it for a few seconds. A change made through this process
 * invalidates at once; another hub process sharing the database sees it within TTL_MS.
 */
export const TTL_MS = 5_000;

interface Entry {
  value: Promise<unknown>;
  expires: number;
}

const caches = new WeakMap<Kysely<Database>, Map<string, Entry>>();

function cacheFor(db: Kysely<Database>): Map<string, Entry> {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = new Map()));
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
  const cache = caches.get(db);
  if (!cache) return;
  for (const key of cache.keys()) if (key.startsWith(prefix)) cache.delete(key);
}
