import { describe, expect, it } from 'vitest';
import { MAX_RETAINED_RATIO, measureRetention } from '../../core/adapters/bounded-memory.ts';

const RECORDS = 100_000;
const LINE = 120;

/** Records like a parsed CSV row: fresh strings and an object per row, about LINE bytes of input each. */
async function* rows(keep?: unknown[]) {
  for (let i = 0; i < RECORDS; i++) {
    const record = {
      line: i + 2,
      name: `某某食品经营部${i}`,
      code: `91370322MA${String(i).padStart(8, '0')}`,
      fine: `${i % 97}`,
    };
    keep?.push(record);
    yield record;
  }
}

describe('bounded-memory measure', () => {
  it('passes a stream that lets its records go, on every one of several runs', async () => {
    for (let run = 0; run < 3; run++) {
      const report = await measureRetention(rows(), { expected: RECORDS, bytesPerRecord: LINE });
      expect(report.records).toBe(RECORDS);
      expect(report.samples.length).toBeGreaterThanOrEqual(6);
      expect(report.worstRatio).toBeLessThan(MAX_RETAINED_RATIO);
    }
  }, 60_000);

  it('fails a stream that keeps its records, by their share of the input', async () => {
    const kept: unknown[] = [];
    const report = await measureRetention(rows(kept), { expected: RECORDS, bytesPerRecord: LINE });
    expect(kept).toHaveLength(RECORDS);
    expect(report.worstRatio).toBeGreaterThan(MAX_RETAINED_RATIO);
  }, 60_000);
});
