import { afterEach, describe, expect, it } from 'vitest';
import { cliActor } from '../../core/audit/actor.ts';
import { queryAudit } from '../../core/audit/audit-log.ts';
import { fileLiaison, listLiaisons } from '../../core/departments/liaisons.ts';
import { withDemo } from '../support/demo.ts';
import { createTestHub, type TestHub } from '../support/test-hub.ts';

let hub: TestHub;
afterEach(() => hub?.close());

const actor = cliActor();
const zhang = { name: '张明', phone: '0915-3261234', role: 'primary' as const };

describe('liaison officers (003 §8) under the Ankang profile', () => {
  it('takes a department’s first liaison at once; a change must be filed 5 working days ahead', async () => {
    // Friday 2026-09-25 is 中秋 (holiday); 5 working days from Thursday 24 Sep: 28, 29, 30 Sep, 8, 9 Oct
    hub = await createTestHub({ profile: 'ankang', now: '2026-09-24T10:00:00+08:00' });
    await withDemo(hub);
    await fileLiaison(hub.ctx, 'rsj', { ...zhang, effectiveFrom: '2026-09-24' }, actor);

    const tooSoon = fileLiaison(
      hub.ctx,
      'rsj',
      { name: '李华', phone: '0915-3265678', role: 'primary', effectiveFrom: '2026-10-08' },
      actor,
    );
    await expect(tooSoon).rejects.toMatchObject({
      code: 'LIAISON_NOTICE_TOO_SHORT',
      zh: '联络员变更须提前 5 个工作日报备，最早可于 2026-10-09 生效',
    });

    await fileLiaison(
      hub.ctx,
      'rsj',
      { name: '李华', phone: '0915-3265678', role: 'primary', effectiveFrom: '2026-10-09' },
      actor,
    );
    expect((await listLiaisons(hub.ctx, 'rsj')).map((l) => l.name)).toEqual(['张明']);
    hub.clock.set('2026-10-09T08:00:00+08:00');
    const current = await listLiaisons(hub.ctx, 'rsj');
    expect(current.map((l) => l.name)).toEqual(['李华']);
    const all = await listLiaisons(hub.ctx, 'rsj', { all: true });
    expect(all.find((l) => l.name === '张明')?.effectiveTo).toBe('2026-10-08');

    const audit = await queryAudit(hub.ctx.db, { entityType: 'liaison', department: 'rsj' });
    expect(audit.map((a) => a.action)).toEqual(['liaison.changed', 'liaison.filed']);
    expect(audit[0]!.before).toEqual([{ id: all[0]!.id, name: '张明', effectiveTo: '2026-10-08' }]);
  });

  it('applies no notice period where the profile has none (Gaoqing)', async () => {
    hub = await createTestHub({ profile: 'gaoqing', now: '2026-09-24T10:00:00+08:00' });
    await withDemo(hub);
    await fileLiaison(hub.ctx, 'rsj', { ...zhang, effectiveFrom: '2026-09-24' }, actor);
    await expect(
      fileLiaison(hub.ctx, 'rsj', { ...zhang, name: '李华', effectiveFrom: '2026-09-24' }, actor),
    ).resolves.toMatchObject({ name: '李华' });
  });
});
