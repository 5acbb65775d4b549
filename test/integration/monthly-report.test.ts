import { afterEach, describe, expect, it } from 'vitest';
import { sweepDeadlines } from '../../core/linkage/sweep.ts';
import { startDemo } from '../support/demo.ts';
import { penaltyFixture, pushApprovalAs } from '../support/linkage.ts';
import type { TestHub } from '../support/test-hub.ts';

let hub: TestHub | undefined;
afterEach(() => hub?.close());

describe('月度通报 figures (001 §7)', () => {
  it(
    'counts pushes, claims, auto-claims, supervision records and license actions per department, ' + 'as JSON and CSV',
    async () => {
      const { hub: h, keys, call, app } = await startDemo({ now: '2026-06-10T10:00:00+08:00' });
      hub = h;
      const a1 = await pushApprovalAs(call, keys.bureau!, { decisionDate: '2026-06-10' });
      await pushApprovalAs(call, keys.bureau!, { matterCode: 'RS-001', decisionDate: '2026-06-10' });
      await call('POST', `/api/v1/deliveries/${a1.body.deliveries[0].id}/claim`, keys.scjg!);
      await call('POST', '/api/v1/supervision-records', keys.scjg!, penaltyFixture());
      await call('POST', '/api/v1/license-actions', keys.scjg!, {
        licenseDocumentNumber: a1.body.licenseDocumentNumber,
        counterpartCode: '914403001922038216',
        action: 'amend',
        reason: '经营地址变更',
        penaltyBasis: { basis: '《食品经营许可管理办法》', result: '责令改正' },
        evidence: [],
      });
      h.clock.set('2026-06-20T10:00:00+08:00');
      await sweepDeadlines(h.ctx);

      const report = (await call('GET', '/api/v1/reports/monthly?month=2026-06', keys.bureau!)).body;
      expect(report).toMatchObject({ month: '2026-06', jurisdiction: '高青县' });
      expect(report.approvals).toEqual([
        expect.objectContaining({ department: 'rsj', pushed: 1, claimedOnTime: 0, autoClaimed: 1 }),
        expect.objectContaining({ department: 'scjg', pushed: 1, claimedOnTime: 1, autoClaimed: 0 }),
        expect.objectContaining({ department: 'zb-scjg', pushed: 1, autoClaimed: 1 }),
      ]);
      expect(report.supervision).toEqual([
        { department: 'scjg', pushed: 1, claimedOnTime: 0, autoClaimed: 1, disputed: 0, overdue: 0, latePushes: 0 },
      ]);
      expect(report.licenseActions).toEqual([{ department: 'scjg', requested: 1, approved: 0, rejected: 0, open: 1 }]);

      const csv = await app.inject({
        url: '/api/v1/reports/monthly?month=2026-06&format=csv',
        headers: { authorization: `Bearer ${keys.bureau}` },
      });
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body).toContain('高青县 2026-06 审管联动月度通报');
      expect(csv.body).toContain(',scjg,1,1,0,0,0,0,0,0');
      expect((await call('GET', '/api/v1/reports/monthly?month=2026-06', keys.scjg!)).status).toBe(403);
    },
  );
});
