import { afterEach, describe, expect, it } from 'vitest';
import { creditStatusBatched } from '../../core/linkage/credit.ts';
import { startDemo } from '../support/demo.ts';
import { abnormalOperationFixture, approvalFixture, OTHER_COUNTERPART, post } from '../support/linkage.ts';
import type { TestHub } from '../support/test-hub.ts';

let hub: TestHub;
afterEach(() => hub?.close());

const FUYUAN = '914403001922038216';
const OTHER = OTHER_COUNTERPART;

describe('credit status read for concurrent pushes (issue 17)', () => {
  it('gives each push the warning of its own counterpart when the reads share one query', async () => {
    let keys: Record<string, string>;
    let app: Awaited<ReturnType<typeof startDemo>>['app'];
    ({ hub, keys, app } = await startDemo({ now: '2026-06-10T10:00:00+08:00' }));
    const listed = await post(app, '/api/v1/supervision-records', keys.scjg!, abnormalOperationFixture());
    expect(listed.status).toBe(201);
    // Asked in one tick: the first read goes alone, the other three share the next query.
    const reports = await Promise.all(
      [FUYUAN, OTHER.uscc, FUYUAN, OTHER.uscc].map((key) => creditStatusBatched(hub.ctx, key)),
    );
    expect(reports.map((r) => [r.counterpartKey, r.status, r.reasons.length])).toEqual([
      [FUYUAN, 'strict', 1],
      [OTHER.uscc, 'normal', 0],
      [FUYUAN, 'strict', 1],
      [OTHER.uscc, 'normal', 0],
    ]);
    // And through the push: each approval carries the warning of its own counterpart.
    const pushes = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        post(
          app,
          '/api/v1/approvals',
          keys.bureau!,
          approvalFixture({ decisionDate: '2026-06-10', ...(i % 2 ? { counterpart: OTHER } : {}) }),
        ),
      ),
    );
    pushes.forEach((p, i) => {
      expect(p.status, JSON.stringify(p.body)).toBe(201);
      if (i % 2) expect(p.body.creditWarning).toBeNull();
      else expect(p.body.creditWarning).toMatchObject({ counterpartKey: FUYUAN, status: 'strict' });
    });
  });
});
