import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDemoIdentity, verifyPdfSignature } from '../../core/documents/pdf-signature.ts';
import { RenderPool, renderSignedHere, renderWorkers } from '../../core/documents/render-pool.ts';
import { SAMPLES } from '../support/document-samples.ts';

const sign = { id: makeDemoIdentity('高青县行政审批服务局'), reason: 'test', location: 'gaoqing' };
const at = new Date('2026-06-10T02:00:00Z');
const pool = new RenderPool(2);

/**
 * How busy this thread's event loop was until the returned function is called (0–1). A share, not a
 * duration: it does not grow when the machine is loaded, so the comparison below holds under any load.
 */
function loopBusy(): () => number {
  const start = performance.eventLoopUtilization();
  return () => performance.eventLoopUtilization(start).utilization;
}
afterAll(() => pool.close());

describe('render pool (worker threads)', () => {
  it('renders and signs in workers to the same bytes as in this thread, while this thread stays free', async () => {
    const kinds = ['inquiry', 'approval-notification', 'survey-report', 'entrustment'];
    await pool.render(SAMPLES.inquiry!(), at, sign); // workers started, fonts parsed
    let stop = loopBusy();
    const here = await Promise.all(kinds.map((k) => renderSignedHere(SAMPLES[k]!(), at, sign)));
    const busyHere = stop();
    stop = loopBusy();
    const there = await Promise.all(kinds.map((k) => pool.render(SAMPLES[k]!(), at, sign)));
    const busyThere = stop();
    for (const [i, r] of there.entries()) {
      expect(r.pdf.equals(here[i]!.pdf), kinds[i]).toBe(true);
      expect(r).toMatchObject({
        sha256: here[i]!.sha256,
        pages: here[i]!.pages,
        unsignedSha256: here[i]!.unsignedSha256,
        renderer: here[i]!.renderer,
      });
      expect(verifyPdfSignature(r.pdf).valid).toBe(true);
    }
    // Rendering here keeps this thread's event loop busy; through the pool it mostly waits for messages.
    expect(busyThere).toBeLessThan(busyHere / 2);
  });

  it('fails the job, not the pool, when a document cannot be rendered', async () => {
    const broken = { ...SAMPLES.inquiry!(), body: [{ nonsense: true }] } as never;
    await expect(pool.render(broken, at, sign)).rejects.toThrow();
    expect((await pool.render(SAMPLES.inquiry!(), at, sign)).pages).toBeGreaterThan(0);
  });

  it('takes its size from SHENGUAN_RENDER_WORKERS, one per core by default, 0 for the calling thread', () => {
    expect(renderWorkers({ SHENGUAN_RENDER_WORKERS: '0' })).toBe(0);
    expect(renderWorkers({ SHENGUAN_RENDER_WORKERS: '3' })).toBe(3);
    expect(renderWorkers({})).toBeGreaterThanOrEqual(1);
  });
});
