import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Kysely, Selectable } from 'kysely';
import type { Actor, Role } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { formatShanghai } from '../calendar/china-time.ts';
import { getDepartment } from '../departments/department-store.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import type { Database, UsersTable } from '../storage/tables.ts';
import { beginSignInAttempt, recordSignInSuccess } from './sign-in-throttle.ts';

/** Console roles: 审批局管理员, 审批局工作人员, 监管部门工作人员, 审改办 (read-only oversight). */
export const STAFF_ROLES = ['bureau-admin', 'bureau-staff', 'department-staff', 'reform-office'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const STAFF_ROLE_ZH: Record<StaffRole, string> = {
  'bureau-admin': '审批局管理员',
  'bureau-staff': '审批局工作人员',
  'department-staff': '监管部门工作人员',
  'reform-office': '审改办',
};

/** Which department kinds each role belongs to. */
const ROLE_DEPARTMENT_KINDS: Record<StaffRole, string[]> = {
  'bureau-admin': ['bureau'],
  'bureau-staff': ['bureau'],
  'department-staff': ['department', 'higher-level', 'law-enforcement'],
  'reform-office': ['reform-office'],
};

export const SESSION_HOURS = 12;
const MIN_PASSWORD = 10;

// OWASP's argon2id setting: 19 MiB, 2 passes, 1 lane. The library's default algorithm is argon2id.
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };
/** Verified against when the user name is unknown, so the answer takes as long either way. */
let dummyHash: Promise<string> | undefined;

export type UserRow = Selectable<UsersTable>;
export interface StaffUser {
  username: string;
  displayName: string;
  department: string;
  role: StaffRole;
}

const toUser = (r: Pick<UserRow, 'username' | 'display_name' | 'department' | 'role'>): StaffUser => ({
  username: r.username,
  displayName: r.display_name,
  department: r.department,
  role: r.role as StaffRole,
});

/** The hub-wide actor a signed-in user acts as: the bureau's administrator may act for the bureau on anything. */
export function actorOf(user: StaffUser): Actor {
  const roles: Role[] =
    user.role === 'bureau-admin' ? ['admin', 'system'] : user.role === 'reform-office' ? [] : ['system'];
  return { id: `user:${user.username}`, department: user.department, roles };
}

/** Bureau staff and the reform office read every department's items; department staff only their own. */
export const seesAllDepartments = (user: StaffUser) => user.role !== 'department-staff';

export async function addUser(ctx: HubContext, u: StaffUser & { password: string }, actor: Actor): Promise<StaffUser> {
  if (!/^[a-z][a-z0-9._-]{2,31}$/.test(u.username))
    throw new HubError('ACCOUNT_INVALID', {
      reason:
        '用户名须为 3–32 位小写字母、数字、点、下划线或连字符，以字母开头 / user name: 3–32 of a-z 0-9 . _ -, starting with a letter',
    });
  if (!STAFF_ROLES.includes(u.role))
    throw new HubError('ACCOUNT_INVALID', { reason: `角色须为 ${STAFF_ROLES.join(' / ')} / role must be one of them` });
  if (u.password.length < MIN_PASSWORD)
    throw new HubError('ACCOUNT_INVALID', {
      reason: `密码至少 ${MIN_PASSWORD} 位 / password needs ${MIN_PASSWORD} characters`,
    });
  const dept = await getDepartment(ctx.db, u.department);
  if (!ROLE_DEPARTMENT_KINDS[u.role].includes(dept.kind))
    throw new HubError('ACCOUNT_INVALID', {
      reason:
        `${STAFF_ROLE_ZH[u.role]}不能属于${dept.name} / ` +
        `role ${u.role} does not fit a department of kind ${dept.kind}`,
    });
  const at = ctx.clock.now();
  const row = {
    username: u.username,
    display_name: u.displayName,
    department: u.department,
    role: u.role,
    password_hash: await hash(u.password, ARGON2),
    created_at: at,
    updated_at: at,
  };
  await ctx.db.transaction().execute(async (tx) => {
    const inserted = await tx
      .insertInto('users')
      .values(row)
      .onConflict((oc) => oc.column('username').doNothing())
      .returning('username')
      .executeTakeFirst();
    if (!inserted) throw new HubError('CONFLICT', { what: `user ${u.username} exists / 用户 ${u.username} 已存在` });
    await recordAudit(tx, {
      actor,
      at,
      action: 'user.added',
      entityType: 'user',
      entityId: u.username,
      department: u.department,
      after: { role: u.role, displayName: u.displayName },
    });
  });
  return toUser(row);
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Checks a password (argon2id). Failures slow down and then block the source they come from
 * (`sign-in-throttle.ts`), never the account as such, so no one can lock another user out.
 * Every attempt goes to the audit log.
 */
export async function signIn(
  ctx: HubContext,
  username: string,
  password: string,
  from: string,
): Promise<{ user: StaffUser; token: string; expiresAt: Date }> {
  const at = ctx.clock.now();
  const row = await ctx.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  const audit = (db: Kysely<Database>, action: string, after: Record<string, unknown>) =>
    recordAudit(db, {
      actor: { id: `user:${username}`, department: row?.department ?? null, roles: [] },
      at,
      action,
      entityType: 'user',
      entityId: username,
      department: row?.department ?? null,
      after: { from, ...after },
    });
  const attempt = await beginSignInAttempt(ctx, username, from);
  const valid = row && !row.disabled && (await verify(row.password_hash, password));
  if (!row || row.disabled || !valid) {
    // an unknown name costs the same time as a wrong password, so the answer does not tell them apart
    if (!row || row.disabled) await verify(await (dummyHash ??= hash('not-a-password', ARGON2)), password);
    await audit(ctx.db, attempt.blockedUntil ? 'user.sign-in-blocked' : 'user.sign-in-failed', {
      reason: !row ? 'unknown user' : row.disabled ? 'disabled' : 'wrong password',
      failedAttempts: attempt.failures,
      ...(attempt.blockedUntil ? { blockedUntil: attempt.blockedUntil } : {}),
    });
    if (attempt.blockedUntil)
      throw new HubError('SIGN_IN_THROTTLED', {
        until: formatShanghai(attempt.blockedUntil).slice(0, 19).replace('T', ' '),
      });
    throw new HubError('SIGN_IN_FAILED');
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(at.getTime() + SESSION_HOURS * 3_600_000);
  await ctx.db.transaction().execute(async (tx) => {
    await recordSignInSuccess(tx, username, from);
    await tx
      .insertInto('sessions')
      .values({ token_hash: tokenHash(token), username, created_at: at, expires_at: expiresAt })
      .execute();
    await audit(tx, 'user.signed-in', { expiresAt });
  });
  return { user: toUser(row), token, expiresAt };
}

/** The user behind a session cookie, or undefined when it is unknown, expired or the account is disabled. */
export async function userOfSession(ctx: HubContext, token: string): Promise<StaffUser | undefined> {
  const row = await ctx.db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.username', 's.username')
    .select(['u.username', 'u.display_name', 'u.department', 'u.role', 'u.disabled'])
    .where('s.token_hash', '=', tokenHash(token))
    .where('s.expires_at', '>', ctx.clock.now())
    .executeTakeFirst();
  return row && !row.disabled ? toUser(row) : undefined;
}

export async function signOut(ctx: HubContext, token: string, user: StaffUser): Promise<void> {
  const at = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    await tx.deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).execute();
    await recordAudit(tx, {
      actor: actorOf(user),
      at,
      action: 'user.signed-out',
      entityType: 'user',
      entityId: user.username,
      department: user.department,
    });
  });
}
