import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HubError } from '../../core/errors/hub-error.ts';
import { PROFILES_DIR, loadProfile, parseProfile } from '../../core/policy/load-profile.ts';

describe('policy profiles', () => {
  it('loads every shipped profile', () => {
    const names = readdirSync(PROFILES_DIR).filter((f) => f.endsWith('.yaml'));
    expect(names.sort()).toEqual(['ankang.yaml', 'gaoqing.yaml', 'zhanyi.yaml']);
    for (const n of names) expect(loadProfile(n.replace('.yaml', '')).id).toBe(n.replace('.yaml', ''));
  });

  it('Gaoqing (001 §7(一)1): claim or dispute within 1 working day, auto-claim with responsibility', () => {
    expect(loadProfile('gaoqing').approvalPush).toMatchObject({
      claimMode: 'window',
      claimDays: 1,
      disputeDays: 1,
      onClaimExpiry: 'auto-claim',
      responsibilityPassesAt: 'claim',
    });
    expect(loadProfile('gaoqing').commitment.postVerificationDays).toBe(10);
  });

  it('Zhanyi (002 §13): push is claim', () => {
    expect(loadProfile('zhanyi').approvalPush).toMatchObject({
      claimMode: 'push-is-claim',
      responsibilityPassesAt: 'push',
    });
    // 002 §13 审批和监管信息“推送即认领”: supervision information too.
    expect(loadProfile('zhanyi').supervisionPush.claimMode).toBe('push-is-claim');
    expect(loadProfile('gaoqing').supervisionPush.claimMode).toBe('window');
  });

  it('Ankang (003 §6, §8, §9(一)): responsibility at push, letter fallback, liaison change 5 working days ahead', () => {
    const p = loadProfile('ankang');
    expect(p.approvalPush).toMatchObject({ responsibilityPassesAt: 'push', letterFallback: true });
    expect(p.liaison.changeNoticeDays).toBe(5);
  });

  it('reports every schema problem with its pointer', () => {
    const text = 'id: test\nname: 测试\nsource: x\napprovalPush:\n  claimMode: sometimes\n';
    expect(() => parseProfile(text, 'test.yaml')).toThrowError(
      expect.objectContaining({
        code: 'PROFILE_INVALID',
        details: expect.arrayContaining([
          expect.objectContaining({ pointer: '/approvalPush/claimMode' }),
          expect.objectContaining({ pointer: '/bureau' }),
        ]),
      }),
    );
  });

  it('reports a YAML syntax error with its line', () => {
    try {
      parseProfile('id: test\nname: [unclosed\n', 'broken.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HubError);
      expect((e as HubError).details[0]?.line).toBeGreaterThan(0);
    }
  });

  it('names a missing profile', () => {
    expect(() => loadProfile('atlantis')).toThrowError(expect.objectContaining({ code: 'PROFILE_NOT_FOUND' }));
  });
});
