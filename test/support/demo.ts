import { seedDemo } from '../../core/demo/seed-demo.ts';
import type { TestHub } from './test-hub.ts';

/** Seeds the demo county and returns its keys by department code (`bureau` holds the admin key). */
export async function withDemo(hub: TestHub): Promise<Record<string, string>> {
  const keys = await seedDemo(hub.ctx);
  if (!keys) throw new Error('demo seed expected an empty store');
  return Object.fromEntries(keys.map((k) => [k.department, k.key]));
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
