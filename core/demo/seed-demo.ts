import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SYSTEM_ACTOR } from '../audit/actor.ts';
import { putEntry } from '../catalogue/catalogue-store.ts';
import { issueKey, type IssuedKey } from '../departments/api-keys.ts';
import { listDepartments, saveDepartment } from '../departments/department-store.ts';
import type { HubContext } from '../hub-context.ts';
import { DEMO_DEPARTMENTS, DEMO_MATTERS, DEMO_SUPERVISION_MATTERS } from './demo-jurisdiction.ts';

/**
 * Fills an empty hub with the demo county and issues one key per department (an admin key for
 * the bureau). Does nothing when any department exists, so real data is never touched.
 */
export async function seedDemo(ctx: HubContext): Promise<IssuedKey[] | undefined> {
  if ((await listDepartments(ctx.db)).length > 0) return undefined;
  const actor = { ...SYSTEM_ACTOR, id: 'system:demo-seed' };
  for (const d of DEMO_DEPARTMENTS) await saveDepartment(ctx, d, actor);
  const meta = { effectiveFrom: '2021-11-01', reason: '演示数据：划转事项初始目录' };
  for (const m of DEMO_MATTERS) await putEntry(ctx, 'matter', m, meta, actor);
  for (const m of DEMO_SUPERVISION_MATTERS) await putEntry(ctx, 'supervision-matter', m, meta, actor);
  const keys = [await issueKey(ctx, 'bureau', ['admin', 'system'], 'demo bureau admin', actor)];
  for (const d of DEMO_DEPARTMENTS.filter((x) => x.kind === 'department')) keys.push(await issueKey(ctx, d.code, ['system'], `demo ${d.code}`, actor));
  return keys;
}

/** Writes the demo keys into the hub's data folder: they are shown once and cannot be recovered later. */
export function saveDemoKeys(dataDir: string, keys: IssuedKey[]): string {
  mkdirSync(resolve(dataDir), { recursive: true });
  const file = join(resolve(dataDir), 'demo-keys.txt');
  writeFileSync(file, keys.map((k) => `${k.department}\t${k.roles.join(',')}\t${k.key}`).join('\n') + '\n', { mode: 0o600 });
  return file;
}
