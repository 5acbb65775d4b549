import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Whether reading a stream of records keeps memory bounded, measured so that garbage-collection timing
 * cannot decide it. A peak of `heapUsed` counts garbage not yet collected, which varies run to run; what
 * shows records being kept is the heap that *survives* a full collection, growing with the input.
 *
 * So: at several points through the stream, collect fully and sample the surviving heap; from the first
 * sample on, divide its growth by the input read since. Keeping the records costs at least as much heap
 * as their text (ratio ≥ 1); streaming them leaves a ratio near 0.
 */
export interface RetentionSample {
  records: number;
  /** Heap surviving a full collection, minus the first sample's. */
  growth: number;
  /** `growth` divided by the input bytes read since the first sample. */
  ratio: number;
}

export interface RetentionReport {
  records: number;
  samples: RetentionSample[];
  worstRatio: number;
}

/** Above this, records (or something proportional to them) are being kept. */
export const MAX_RETAINED_RATIO = 0.25;

let fullGc: (() => void) | undefined;

/** A full collection on demand, even when node was started without --expose-gc. */
function collect(): void {
  if (!fullGc) {
    setFlagsFromString('--expose-gc');
    fullGc = runInNewContext('gc') as () => void;
  }
  fullGc();
}

/**
 * Reads `records` to the end, sampling `samples` times at even intervals of `expected` records, each
 * record being `bytesPerRecord` of input.
 */
export async function measureRetention(
  records: AsyncIterable<unknown>,
  opts: { expected: number; bytesPerRecord: number; samples?: number },
): Promise<RetentionReport> {
  const every = Math.max(1, Math.floor(opts.expected / (opts.samples ?? 8)));
  const samples: RetentionSample[] = [];
  let base: { records: number; heap: number } | undefined;
  let n = 0;
  const sample = () => {
    collect();
    const heap = process.memoryUsage().heapUsed;
    if (!base) base = { records: n, heap };
    else {
      const growth = heap - base.heap;
      samples.push({ records: n, growth, ratio: growth / ((n - base.records) * opts.bytesPerRecord) });
    }
  };
  for await (const _ of records) if (++n % every === 0) sample();
  return { records: n, samples, worstRatio: Math.max(0, ...samples.map((s) => s.ratio)) };
}
