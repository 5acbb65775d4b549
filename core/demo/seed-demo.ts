import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { addUser, type StaffUser } from '../accounts/users.ts';
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
  // The initial catalogue is no change to anyone: no 事项调整通知 (notify: false).
  const meta = {
    effectiveFrom: '2021-11-01',
    reason: '演示数据：划转事项初始目录',
    decisionRef: '演示数据',
    notify: false,
  };
  for (const m of DEMO_MATTERS) await putEntry(ctx, 'matter', m, meta, actor);
  for (const m of DEMO_SUPERVISION_MATTERS) await putEntry(ctx, 'supervision-matter', m, meta, actor);
  const keys = [await issueKey(ctx, 'bureau', ['admin', 'system'], 'demo bureau admin', actor)];
  for (const d of DEMO_DEPARTMENTS.filter((x) => x.kind === 'department'))
    keys.push(await issueKey(ctx, d.code, ['system'], `demo ${d.code}`, actor));
  return keys;
}

/** One console account per role (and a second department's staff, to see the scoping). */
const DEMO_ACCOUNTS: StaffUser[] = [
  { username: 'admin', displayName: '张明', department: 'bureau', role: 'bureau-admin' },
  { username: 'staff', displayName: '李华', department: 'bureau', role: 'bureau-staff' },
  { username: 'scjg', displayName: '王芳', department: 'scjg', role: 'department-staff' },
  { username: 'rsj', displayName: '陈刚', department: 'rsj', role: 'department-staff' },
  { username: 'reform', displayName: '赵强', department: 'reform', role: 'reform-office' },
];

/** Creates the demo accounts with random passwords (returned once, to be written to the data folder). */
export async function seedDemoAccounts(
  ctx: HubContext,
): Promise<{ username: string; password: string; role: string; department: string }[]> {
  const actor = { ...SYSTEM_ACTOR, id: 'system:demo-seed' };
  const created = [];
  for (const a of DEMO_ACCOUNTS) {
    const password = randomBytes(9).toString('base64url');
    await addUser(ctx, { ...a, password }, actor);
    created.push({ username: a.username, password, role: a.role, department: a.department });
  }
  return created;
}

export function saveDemoAccounts(
  dataDir: string,
  accounts: { username: string; password: string; role: string; department: string }[],
): string {
  mkdirSync(resolve(dataDir), { recursive: true });
  const file = join(resolve(dataDir), 'demo-accounts.txt');
  writeFileSync(
    file,
    `${accounts.map((a) => `${a.username}\t${a.password}\t${a.role}\t${a.department}`).join('\n')}\n`,
    { mode: 0o600 },
  );
  return file;
}

/** Writes the demo keys into the hub's data folder: they are shown once and cannot be recovered later. */
export function saveDemoKeys(dataDir: string, keys: IssuedKey[]): string {
  mkdirSync(resolve(dataDir), { recursive: true });
  const file = join(resolve(dataDir), 'demo-keys.txt');
  writeFileSync(file, `${keys.map((k) => `${k.department}\t${k.roles.join(',')}\t${k.key}`).join('\n')}\n`, {
    mode: 0o600,
  });
  return file;
}
