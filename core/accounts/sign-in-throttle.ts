import type { Kysely } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { formatShanghai } from '../calendar/china-time.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import type { Database } from '../storage/tables.ts';

/**
 * Sign-in throttling that cannot be turned into a lockout: failures slow down the (account, source
 * address) pair — growing waits, then a block of that source for that account — and a source trying
 * many accounts is blocked as a whole. The account itself only ever gets a short wait, so whoever knows
 * a user name cannot keep its owner out; the owner signs in from their own address. Counts lapse after
 * an hour without failures. Rows: (user, source), (user, '*') for the account, ('*', source) for the source.
 */
const ANY = '*';
const WINDOW_MS = 60 * 60_000;
export const BLOCK_MS = 30 * 60_000;
/** Pair failures before waits start, and before the source is blocked for this account. */
const PAIR_FREE = 3;
export const PAIR_BLOCK = 10;
/** Failures from one source across accounts before the source is blocked altogether. */
export const SOURCE_BLOCK = 30;
/** Account-wide failures before its (short, capped) wait starts. */
const ACCOUNT_FREE = 5;
const ACCOUNT_MAX_WAIT_MS = 5_000;

type Scope = 'pair' | 'account' | 'source';

/** How long after the n-th failure the next attempt must wait. */
export function waitAfter(scope: Scope, failures: number): number {
  if (scope === 'pair') {
    if (failures >= PAIR_BLOCK) return BLOCK_MS;
    return failures < PAIR_FREE ? 0 : Math.min(2 ** (failures - PAIR_FREE) * 1000, 60_000);
  }
  if (scope === 'source') return failures >= SOURCE_BLOCK ? BLOCK_MS : 0;
  return failures < ACCOUNT_FREE ? 0 : Math.min(2 ** (failures - ACCOUNT_FREE) * 1000, ACCOUNT_MAX_WAIT_MS);
}

const keysOf = (username: string, source: string) =>
  [
    { username, source, scope: 'pair' },
    { username, source: ANY, scope: 'account' },
    { username: ANY, source, scope: 'source' },
  ] as const;

const shown = (d: Date) => formatShanghai(d).slice(0, 19).replace('T', ' ');

/** Refuses the attempt (429, audited) while the pair, the account or the source must wait. */
export async function checkSignInAllowed(ctx: HubContext, username: string, source: string): Promise<void> {
  const at = ctx.clock.now();
  const rows = await ctx.db
    .selectFrom('sign_in_throttle')
    .selectAll()
    .where((eb) =>
      eb.or(
        keysOf(username, source).map((k) => eb.and([eb('username', '=', k.username), eb('source', '=', k.source)])),
      ),
    )
    .where('blocked_until', '>', at)
    .execute();
  if (!rows.length) return;
  const until = new Date(Math.max(...rows.map((r) => r.blocked_until!.getTime())));
  await recordAudit(ctx.db, {
    actor: { id: `user:${username}`, department: null, roles: [] },
    at,
    action: 'user.sign-in-throttled',
    entityType: 'user',
    entityId: username,
    after: {
      from: source,
      until,
      by: rows.map((r) => (r.username === ANY ? 'source' : r.source === ANY ? 'account' : 'pair')),
    },
  });
  throw new HubError('SIGN_IN_THROTTLED', { until: shown(until) });
}

/** Counts a failure on all three rows; returns when the source is blocked for this account, if it now is. */
export async function recordSignInFailure(
  db: Kysely<Database>,
  username: string,
  source: string,
  at: Date,
): Promise<{ blockedUntil: Date | null; failures: number }> {
  let result = { blockedUntil: null as Date | null, failures: 0 };
  const lapsed = new Date(at.getTime() - WINDOW_MS);
  for (const k of keysOf(username, source)) {
    const row = await db
      .insertInto('sign_in_throttle')
      .values({ username: k.username, source: k.source, failures: 1, last_failure_at: at, blocked_until: null })
      .onConflict((oc) =>
        oc.columns(['username', 'source']).doUpdateSet((eb) => ({
          failures: eb
            .case()
            .when('sign_in_throttle.last_failure_at', '<', lapsed)
            .then(1)
            .else(eb('sign_in_throttle.failures', '+', 1))
            .end(),
          last_failure_at: at,
        })),
      )
      .returning('failures')
      .executeTakeFirstOrThrow();
    const wait = waitAfter(k.scope, row.failures);
    const until = wait ? new Date(at.getTime() + wait) : null;
    await db
      .updateTable('sign_in_throttle')
      .set({ blocked_until: until })
      .where('username', '=', k.username)
      .where('source', '=', k.source)
      .execute();
    if (k.scope === 'pair') result = { blockedUntil: wait >= BLOCK_MS ? until : null, failures: row.failures };
    if (k.scope === 'source' && wait >= BLOCK_MS) result = { ...result, blockedUntil: until };
  }
  return result;
}

/** A right password from this source: its pair and the account-wide count start again. */
export async function recordSignInSuccess(db: Kysely<Database>, username: string, source: string): Promise<void> {
  await db
    .deleteFrom('sign_in_throttle')
    .where('username', '=', username)
    .where('source', 'in', [source, ANY])
    .execute();
}

export interface SignInBlock {
  username: string | null;
  source: string | null;
  failures: number;
  lastFailureAt: string;
  blockedUntil: string;
}

/** Sources and accounts that must wait now, longest first: what the administrator sees. */
export async function listSignInBlocks(ctx: HubContext): Promise<SignInBlock[]> {
  const rows = await ctx.db
    .selectFrom('sign_in_throttle')
    .selectAll()
    .where('blocked_until', '>', ctx.clock.now())
    .orderBy('blocked_until', 'desc')
    .limit(1000)
    .execute();
  return rows.map((r) => ({
    username: r.username === ANY ? null : r.username,
    source: r.source === ANY ? null : r.source,
    failures: r.failures,
    lastFailureAt: r.last_failure_at.toISOString(),
    blockedUntil: r.blocked_until!.toISOString(),
  }));
}

/** Clears the counts and blocks of a source and/or an account (at least one must be named); audited. */
export async function clearSignInBlocks(
  ctx: HubContext,
  which: { source?: string; username?: string },
  actor: Actor,
): Promise<number> {
  if (!which.source && !which.username)
    throw new HubError(
      'VALIDATION_FAILED',
      { count: 1 },
      { details: [{ pointer: '/source', zh: '须指明来源地址或用户名', en: 'name a source address or a user' }] },
    );
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    let q = tx.deleteFrom('sign_in_throttle');
    // a source: its rows for every account and its source-wide row; an account: its rows from every source
    if (which.source) q = q.where('source', '=', which.source);
    if (which.username) q = q.where('username', '=', which.username);
    const removed = await q.returning(['username', 'source']).execute();
    await recordAudit(tx, {
      actor,
      at,
      action: 'sign-in-block.cleared',
      entityType: 'sign-in-throttle',
      entityId: `${which.username ?? ANY}@${which.source ?? ANY}`,
      department: null,
      after: { ...which, rows: removed.length },
    });
    return removed.length;
  });
}

/** Counts older than the window mean nothing; the daily clean-up removes them. */
export async function forgetLapsedThrottles(ctx: HubContext): Promise<void> {
  const at = ctx.clock.now();
  await ctx.db
    .deleteFrom('sign_in_throttle')
    .where('last_failure_at', '<', new Date(at.getTime() - WINDOW_MS))
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<', at)]))
    .execute();
}
