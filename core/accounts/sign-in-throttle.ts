import { sql, type Kysely } from 'kysely';
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

const scopeOf = (r: { username: string; source: string }): Scope =>
  r.username === ANY ? 'source' : r.source === ANY ? 'account' : 'pair';

export interface SignInAttempt {
  /** Failures of this account from this source, this attempt counted. */
  failures: number;
  /** Set when this attempt, if it fails, blocks the source (for this account or for all). */
  blockedUntil: Date | null;
}

/**
 * Counts the attempt before its password is checked, or refuses it (429, audited) while the pair, the
 * account or the source must wait. Check and count happen under the rows' locks in one short
 * transaction: of a burst sent in parallel, exactly as many attempts get a password check as the
 * limits allow — read-then-count would let all of them through before the first failure was stored.
 * A right password then takes the count back (`recordSignInSuccess`).
 */
export async function beginSignInAttempt(ctx: HubContext, username: string, source: string): Promise<SignInAttempt> {
  const at = ctx.clock.now();
  const lapsed = new Date(at.getTime() - WINDOW_MS);
  const keys = keysOf(username, source);
  // The rows exist before they are locked (an insert cannot be locked against a concurrent insert).
  await ctx.db
    .insertInto('sign_in_throttle')
    .values(keys.map((k) => ({ username: k.username, source: k.source, failures: 0, last_failure_at: at })))
    .onConflict((oc) => oc.columns(['username', 'source']).doNothing())
    .execute();
  const outcome = await ctx.db.transaction().execute(async (tx) => {
    const rows = await tx
      .selectFrom('sign_in_throttle')
      .selectAll()
      .where((eb) => eb.or(keys.map((k) => eb.and([eb('username', '=', k.username), eb('source', '=', k.source)]))))
      // one order for every attempt, so two attempts sharing rows never wait on each other crosswise
      .orderBy('username')
      .orderBy('source')
      .forUpdate()
      .execute();
    const waiting = rows.filter((r) => r.blocked_until && r.blocked_until > at);
    if (waiting.length)
      return {
        refused: true as const,
        until: new Date(Math.max(...waiting.map((r) => r.blocked_until!.getTime()))),
        by: waiting.map(scopeOf),
      };
    const attempt: SignInAttempt = { failures: 0, blockedUntil: null };
    for (const r of rows) {
      const scope = scopeOf(r);
      const failures = r.last_failure_at < lapsed ? 1 : r.failures + 1;
      const wait = waitAfter(scope, failures);
      const until = wait ? new Date(at.getTime() + wait) : null;
      await tx
        .updateTable('sign_in_throttle')
        .set({ failures, last_failure_at: at, blocked_until: until })
        .where('username', '=', r.username)
        .where('source', '=', r.source)
        .execute();
      if (scope === 'pair') attempt.failures = failures;
      if (scope !== 'account' && wait >= BLOCK_MS) attempt.blockedUntil = until;
    }
    return { refused: false as const, attempt };
  });
  if (!outcome.refused) return outcome.attempt;
  await recordAudit(ctx.db, {
    actor: { id: `user:${username}`, department: null, roles: [] },
    at,
    action: 'user.sign-in-throttled',
    entityType: 'user',
    entityId: username,
    after: { from: source, until: outcome.until, by: outcome.by },
  });
  throw new HubError('SIGN_IN_THROTTLED', { until: shown(outcome.until) });
}

/**
 * A right password from this source: its pair and the account-wide count start again, and the
 * attempt counted against the source is taken back (an office behind one address signs in all day).
 */
export async function recordSignInSuccess(db: Kysely<Database>, username: string, source: string): Promise<void> {
  await db
    .deleteFrom('sign_in_throttle')
    .where('username', '=', username)
    .where('source', 'in', [source, ANY])
    .execute();
  await db
    .updateTable('sign_in_throttle')
    .set((eb) => ({
      failures: sql<number>`greatest(${eb.ref('failures')} - 1, 0)`,
      blocked_until: sql<Date | null>`case when ${eb.ref('failures')} - 1 >= ${SOURCE_BLOCK}
        then ${eb.ref('blocked_until')} end`,
    }))
    .where('username', '=', ANY)
    .where('source', '=', source)
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
