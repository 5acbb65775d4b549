import { seedDemo } from '../../core/demo/seed-demo.ts';
import type { TestHub } from './test-hub.ts';

/** Seeds the demo county and returns its keys by department code (`bureau` holds the admin key). */
export async function withDemo(hub: TestHub): Promise<Record<string, string>> {
  const keys = await seedDemo(hub.ctx);
  if (!keys) throw new Error('demo seed expected an empty store');
  return Object.fromEntries(keys.map((k) => [k.department, k.key]));
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/**
 * A hub on a fresh store with the demo county, its app and keys, and a caller that sends a fresh Idempotency-Key
 * each time.
 */
export async function startDemo(opts: { now: string; profile?: string }) {
  const { createTestHub } = await import('./test-hub.ts');
  const hub = await createTestHub(opts);
  const keys = await withDemo(hub);
  const app = await hub.app();
  let n = 0;
  const call = async (method: 'GET' | 'POST', url: string, key: string, payload?: object) => {
    const res = await app.inject({
      method,
      url,
      headers: { ...bearer(key), 'idempotency-key': `test-key-${n++}` },
      payload,
    });
    return { status: res.statusCode, body: res.json() };
  };
  return { hub, app, keys, call };
}

/** What `startDemo` gives a test: the hub, its app, the keys and the caller. */
export type Demo = Awaited<ReturnType<typeof startDemo>>;
