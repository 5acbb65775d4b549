import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import { addUser, STAFF_ROLES, type StaffRole } from './users.ts';

/** The password policy: at least this long, and none of the last few passwords again. */
export const MIN_PASSWORD_LENGTH = 10;
const PASSWORD_HISTORY = 5;
// The same OWASP argon2id setting as sign-in (19 MiB, 2 passes, 1 lane), so every stored hash is alike.
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export type FieldErrors = Record<string, string>;

/** Length and character mix, in Chinese, per field; empty when the new password is acceptable. */
function passwordPolicyErrors(next: string, repeat: string, username: string): FieldErrors {
  const errors: FieldErrors = {};
  if (next.length < MIN_PASSWORD_LENGTH) errors.next = `新密码至少 ${MIN_PASSWORD_LENGTH} 位，现为 ${next.length} 位。`;
  else if (next.length > 128) errors.next = '新密码最多 128 位。';
  else if (next.toLowerCase().includes(username.toLowerCase())) errors.next = '新密码不能包含用户名。';
  if (!errors.next && next !== repeat) errors.repeat = '两次输入的新密码不一致。';
  return errors;
}

/** Stores a new hash, keeping the old one in the history so it cannot be chosen again. */
async function storePassword(ctx: HubContext, username: string, password: string, actor: Actor, action: string) {
  const at = ctx.clock.now();
  const passwordHash = await hash(password, ARGON2);
  await ctx.db.transaction().execute(async (tx) => {
    const old = await tx
      .selectFrom('users')
      .select(['password_hash', 'department'])
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('password_history')
      .values({ username, password_hash: old.password_hash, replaced_at: at })
      .execute();
    await tx
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: at, failed_attempts: 0, locked_until: null })
      .where('username', '=', username)
      .execute();
    await recordAudit(tx, {
      actor,
      at,
      action,
      entityType: 'user',
      entityId: username,
      department: old.department,
    });
  });
}

/**
 * A user changes their own password: the current one must be right, the new one must meet the
 * policy and must not be the current or one of the last PASSWORD_HISTORY ones.
 */
export async function changeOwnPassword(
  ctx: HubContext,
  username: string,
  input: { current: string; next: string; repeat: string },
  actor: Actor,
): Promise<FieldErrors> {
  const row = await ctx.db
    .selectFrom('users')
    .select('password_hash')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  if (!(await verify(row.password_hash, input.current))) return { current: '当前密码不正确。' };
  const errors = passwordPolicyErrors(input.next, input.repeat, username);
  if (Object.keys(errors).length) return errors;
  const history = await ctx.db
    .selectFrom('password_history')
    .select('password_hash')
    .where('username', '=', username)
    .orderBy('id', 'desc')
    .limit(PASSWORD_HISTORY - 1)
    .execute();
  for (const h of [row.password_hash, ...history.map((x) => x.password_hash)])
    if (await verify(h, input.next)) return { next: `新密码不能与最近 ${PASSWORD_HISTORY} 次用过的密码相同。` };
  await storePassword(ctx, username, input.next, actor, 'user.password-changed');
  return {};
}

/** A one-time password the administrator hands over; 16 characters from a set without look-alikes. */
function temporaryPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...randomBytes(16)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** The administrator resets a password: a temporary one is returned once, and every session ends. */
export async function resetPassword(ctx: HubContext, username: string, actor: Actor): Promise<string> {
  await accountRow(ctx, username);
  const password = temporaryPassword();
  await storePassword(ctx, username, password, actor, 'user.password-reset');
  await ctx.db.deleteFrom('sessions').where('username', '=', username).execute();
  return password;
}

async function accountRow(ctx: HubContext, username: string) {
  const row = await ctx.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  if (!row) throw new HubError('NOT_FOUND', { what: `user ${username} / 用户 ${username}` });
  return row;
}

/** Disables or re-enables an account; disabling ends its sessions at once. */
export async function setAccountDisabled(ctx: HubContext, username: string, disabled: boolean, actor: Actor) {
  if (actor.id === `user:${username}` && disabled)
    throw new HubError('ACCOUNT_INVALID', { reason: '不能停用自己的账号 / you cannot disable your own account' });
  const row = await accountRow(ctx, username);
  if (row.disabled === disabled) return;
  const at = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    await tx.updateTable('users').set({ disabled, updated_at: at }).where('username', '=', username).execute();
    if (disabled) await tx.deleteFrom('sessions').where('username', '=', username).execute();
    await recordAudit(tx, {
      actor,
      at,
      action: disabled ? 'user.disabled' : 'user.enabled',
      entityType: 'user',
      entityId: username,
      department: row.department,
      before: { disabled: row.disabled },
      after: { disabled },
    });
  });
}

/** Creates an account with a temporary password, returned once. */
export async function createAccount(
  ctx: HubContext,
  u: { username: string; displayName: string; department: string; role: string; email?: string },
  actor: Actor,
): Promise<string> {
  if (!STAFF_ROLES.includes(u.role as StaffRole))
    throw new HubError('ACCOUNT_INVALID', { reason: `角色须为 ${STAFF_ROLES.join(' / ')} / unknown role` });
  const password = temporaryPassword();
  const { email, ...user } = u;
  await addUser(ctx, { ...user, role: u.role as StaffRole, password }, actor);
  // Where notifications of new and near-deadline items are e-mailed to (optional).
  if (email) await ctx.db.updateTable('users').set({ email }).where('username', '=', u.username).execute();
  return password;
}

/** Every account with whether it is disabled or blocked from signing in, and until when. */
export async function listAccounts(ctx: HubContext) {
  return ctx.db
    .selectFrom('users')
    .select(['username', 'display_name', 'department', 'role', 'disabled', 'locked_until', 'failed_attempts'])
    .orderBy('department')
    .orderBy('username')
    .execute();
}
