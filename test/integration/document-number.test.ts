import { afterEach, describe, expect, it } from 'vitest';
import { nextDocumentNumber } from '../../core/documents/document-number.ts';
import { createTestHub, type TestHub } from '../support/test-hub.ts';

let hub: TestHub;
afterEach(() => hub?.close());

describe('发文字号', () => {
  it('counts per issuer code and year, formatted as GB/T 9704 asks', async () => {
    hub = await createTestHub();
    expect((await nextDocumentNumber(hub.ctx.db, '高审批函', 2026)).text).toBe('高审批函〔2026〕1号');
    expect((await nextDocumentNumber(hub.ctx.db, '高审批函', 2026)).text).toBe('高审批函〔2026〕2号');
    expect((await nextDocumentNumber(hub.ctx.db, '高审批函', 2027)).text).toBe('高审批函〔2027〕1号');
    expect((await nextDocumentNumber(hub.ctx.db, '高审批通', 2026)).text).toBe('高审批通〔2026〕1号');
  });

  it('gives concurrent callers distinct numbers without gaps, and a rolled-back allocation leaves none', async () => {
    hub = await createTestHub();
    const numbers = await Promise.all(
      Array.from({ length: 40 }, () => nextDocumentNumber(hub.ctx.db, '高审批函', 2026).then((n) => n.number)),
    );
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    await expect(
      hub.ctx.db.transaction().execute(async (tx) => {
        await nextDocumentNumber(tx, '高审批函', 2026);
        throw new Error('document could not be stored');
      }),
    ).rejects.toThrow('document could not be stored');
    expect((await nextDocumentNumber(hub.ctx.db, '高审批函', 2026)).number).toBe(41);
  });
});
