import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { openAdapter } from '../../core/adapters/dry-run.ts';
import { adapterActor, ingest } from '../../core/adapters/ingest.ts';
import type { SourceRecord } from '../../core/adapters/mapping.ts';
import { withDemo } from '../support/demo.ts';
import { createTestHub, type TestHub } from '../support/test-hub.ts';

const ADAPTER = fileURLToPath(new URL('../../adapters/wjj-filedrop', import.meta.url));

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const survivingHeap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

let hub: TestHub;
afterEach(async () => {
  await hub?.close();
});

describe('ingest keeps memory bounded while a file is read', () => {
  it('holds none of the records it has read while the file’s time-limit signal lives', async () => {
    hub = await createTestHub({ now: '2026-06-12T10:00:00+08:00' });
    await withDemo(hub);
    const { adapter, mapping } = openAdapter(ADAPTER);
    // The file drop's signal lives as long as the file is read: a million-row file must not pile up behind it.
    const limit = new AbortController();
    const records = 1_000;
    const bytesEach = 20_000;
    async function* source(): AsyncGenerator<SourceRecord> {
      // Each record its own text; none maps (no columns the adapter knows), so nothing is written.
      for (let i = 0; i < records; i++)
        yield { line: i + 2, fields: { 备注: randomBytes(bytesEach / 2).toString('hex') } };
    }
    const before = survivingHeap();
    const summary = await ingest(
      hub.ctx,
      adapterActor(adapter.manifest.name, adapter.manifest.department),
      mapping,
      source(),
      adapter.manifest.name,
      () => undefined,
      { signal: limit.signal },
    );
    const grown = survivingHeap() - before;
    expect(summary).toMatchObject({ records, rejected: records });
    // Keeping them would be ≥ 20 MB (their text); streaming leaves a small fraction of that.
    expect(grown).toBeLessThan((records * bytesEach) / 10);
    expect(limit.signal.aborted).toBe(false);
  });
});
