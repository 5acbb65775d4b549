import { afterEach, describe, expect, it } from 'vitest';
import { BLOCK_MS, PAIR_BLOCK, SOURCE_BLOCK, waitAfter } from '../../core/accounts/sign-in-throttle.ts';
import { signIn } from '../../core/accounts/users.ts';
import { isHubError } from '../../core/errors/hub-error.ts';
import { addStaff, PASSWORD } from '../support/console.ts';
import { bearer, startDemo } from '../support/demo.ts';
import type { TestHub } from '../support/test-hub.ts';

let hub: TestHub;
afterEach(() => hub?.close());

/** The demo county with wangfang's console account (scjg), on a fresh hub closed after the test. */
async function startWithWangfang() {
  const demo = await startDemo({ now: '2026-06-10T10:00:00+08:00' });
  hub = demo.hub;
  await addStaff(hub, 'wangfang', 'scjg', 'department-staff');
  return demo;
}

const ATTACKER = '203.0.113.9';
const USER_AT_HOME = '198.51.100.7';

/** The throttle's row for an account and a source address. */
const throttleOf = (username: string, source: string) =>
  hub.ctx.db
    .selectFrom('sign_in_throttle')
    .selectAll()
    .where('username', '=', username)
    .where('source', '=', source)
    .executeTakeFirstOrThrow();

async function attempt(username: string, password: string, from: string): Promise<string> {
  try {
    await signIn(hub.ctx, username, password, from);
    return 'ok';
  } catch (err) {
    if (isHubError(err)) return err.code;
    throw err;
  }
}

describe('sign-in throttling per account and source', () => {
  it('slows and then blocks the attacker’s source while the user signs in from elsewhere', async () => {
    const demo = await startWithWangfang();
    let attempts = 0;
    const waits: number[] = [];
    for (let failures = 1; failures <= PAIR_BLOCK; failures++) {
      attempts++;
      const code = await attempt('wangfang', `guess-${failures}`, ATTACKER);
      expect(code).toBe(failures < PAIR_BLOCK ? 'SIGN_IN_FAILED' : 'SIGN_IN_THROTTLED');
      const wait = waitAfter('pair', failures);
      waits.push(wait);
      if (wait && failures < PAIR_BLOCK) {
        // trying again before the wait is over is refused without even checking the password
        attempts++;
        expect(await attempt('wangfang', PASSWORD, ATTACKER)).toBe('SIGN_IN_THROTTLED');
        hub.clock.advance(wait);
      }
    }
    expect(waits).toEqual([0, 0, 1000, 2000, 4000, 8000, 16000, 32000, 60000, BLOCK_MS]);

    // blocked: even the right password from that source is refused for half an hour
    attempts++;
    expect(await attempt('wangfang', PASSWORD, ATTACKER)).toBe('SIGN_IN_THROTTLED');
    // the account itself waits a few seconds at most, and its owner signs in from their own address
    hub.clock.advance(5_000);
    attempts++;
    expect(await attempt('wangfang', PASSWORD, USER_AT_HOME)).toBe('ok');
    attempts++;
    expect(await attempt('wangfang', PASSWORD, ATTACKER)).toBe('SIGN_IN_THROTTLED');

    // every attempt is in the audit log
    const audited = await hub.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_id', '=', 'wangfang')
      .where('action', 'like', 'user.sign%')
      .orderBy('id')
      .execute();
    expect(audited).toHaveLength(attempts);
    expect(audited.filter((a) => a.action === 'user.sign-in-blocked')).toHaveLength(1);

    // the administrator sees the block and clears it
    const blocks = await demo.app.inject({
      method: 'GET',
      url: '/api/v1/sign-in-blocks',
      headers: bearer(demo.keys.bureau!),
    });
    expect(blocks.json()).toEqual([
      expect.objectContaining({ username: 'wangfang', source: ATTACKER, failures: PAIR_BLOCK }),
    ]);
    expect(
      (await demo.app.inject({ method: 'GET', url: '/api/v1/sign-in-blocks', headers: bearer(demo.keys.scjg!) }))
        .statusCode,
    ).toBe(403);
    const cleared = await demo.app.inject({
      method: 'DELETE',
      url: `/api/v1/sign-in-blocks?source=${ATTACKER}`,
      headers: bearer(demo.keys.bureau!),
    });
    expect(cleared.json()).toEqual({ cleared: 2 }); // the pair and the source's own count
    expect(await attempt('wangfang', PASSWORD, ATTACKER)).toBe('ok');
    expect(
      await hub.ctx.db.selectFrom('audit_log').where('action', '=', 'sign-in-block.cleared').selectAll().execute(),
    ).toHaveLength(1);
  }, 240_000);

  it('blocks a source that tries many accounts, for every account, but not other sources', async () => {
    await startWithWangfang();
    for (let i = 1; i < SOURCE_BLOCK; i++) expect(await attempt(`user${i}`, 'x', ATTACKER)).toBe('SIGN_IN_FAILED');
    expect(await attempt('user-last', 'x', ATTACKER)).toBe('SIGN_IN_THROTTLED');
    expect(await attempt('wangfang', PASSWORD, ATTACKER)).toBe('SIGN_IN_THROTTLED');
    expect(await attempt('wangfang', PASSWORD, USER_AT_HOME)).toBe('ok');
    hub.clock.advance(BLOCK_MS + 1000);
    expect(await attempt('wangfang', PASSWORD, ATTACKER)).toBe('ok');
  }, 240_000);

  it('counts parallel bursts exactly: the block comes at the configured count, the owner still signs in', async () => {
    await startWithWangfang();
    const burst = (n: number, user: (i: number) => string, from = ATTACKER) =>
      Promise.all(Array.from({ length: n }, (_, i) => attempt(user(i), `guess-${i}`, from)));
    const passwordChecks = async (action = 'user.sign-in-%') =>
      (
        await hub.ctx.db
          .selectFrom('audit_log')
          .select('action')
          .where('action', 'in', ['user.sign-in-failed', 'user.sign-in-blocked'])
          .where('action', 'like', action)
          .execute()
      ).length;

    // the clock stands still: of twelve guesses at once, only the free ones reach the password check
    const first = await burst(12, () => 'wangfang');
    expect(first.filter((c) => c === 'SIGN_IN_FAILED')).toHaveLength(3);
    expect(first.filter((c) => c === 'SIGN_IN_THROTTLED')).toHaveLength(9);
    expect(await passwordChecks()).toBe(3);
    // after each wait, a burst gets exactly one more guess, up to the block at PAIR_BLOCK failures
    for (let failures = 3; failures < PAIR_BLOCK; failures++) {
      hub.clock.advance(waitAfter('pair', failures));
      await burst(6, () => 'wangfang');
      expect(await passwordChecks()).toBe(failures + 1);
    }
    expect(await passwordChecks('user.sign-in-blocked')).toBe(1);
    const pair = await throttleOf('wangfang', ATTACKER);
    expect(pair.failures).toBe(PAIR_BLOCK);
    expect(pair.blocked_until).toEqual(new Date(hub.clock.now().getTime() + BLOCK_MS));

    // the owner signs in from home (after the account's few seconds) while the attacker keeps trying
    hub.clock.advance(5_000);
    const [owner, ...attacker] = await Promise.all([
      attempt('wangfang', PASSWORD, USER_AT_HOME),
      ...Array.from({ length: 6 }, () => attempt('wangfang', PASSWORD, ATTACKER)),
    ]);
    expect(owner).toBe('ok');
    expect(attacker).toEqual(Array(6).fill('SIGN_IN_THROTTLED'));
    expect(await passwordChecks()).toBe(PAIR_BLOCK);
  }, 240_000);

  it('blocks a source at exactly SOURCE_BLOCK failures across accounts, also in one parallel burst', async () => {
    await startWithWangfang();
    const codes = await Promise.all(
      Array.from({ length: SOURCE_BLOCK + 15 }, (_, i) => attempt(`user${i}`, 'x', ATTACKER)),
    );
    expect(codes.filter((c) => c === 'SIGN_IN_FAILED')).toHaveLength(SOURCE_BLOCK - 1);
    expect(codes.filter((c) => c === 'SIGN_IN_THROTTLED')).toHaveLength(16);
    const source = await throttleOf('*', ATTACKER); // '*': every account from the source
    expect(source.failures).toBe(SOURCE_BLOCK);
    expect(await attempt('wangfang', PASSWORD, ATTACKER)).toBe('SIGN_IN_THROTTLED');
    expect(await attempt('wangfang', PASSWORD, USER_AT_HOME)).toBe('ok');
  }, 240_000);

  it('does not count right passwords against a shared source address', async () => {
    await startWithWangfang();
    for (let i = 0; i < SOURCE_BLOCK + 5; i++) expect(await attempt('wangfang', PASSWORD, USER_AT_HOME)).toBe('ok');
    expect(await attempt('wangfang', 'wrong', USER_AT_HOME)).toBe('SIGN_IN_FAILED');
  }, 240_000);
});
