import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { documentDefinition } from '../../templates/gbt9704.ts';
import { documentFonts, renderPdf } from '../../templates/render.ts';
import { textBlocks } from '../../templates/render-lines.ts';
import { SAMPLES } from '../support/document-samples.ts';
import { readPdf } from '../support/pdf.ts';

const hasPdftoppm = spawnSync('pdftoppm', ['-v']).status === 0;
const at = new Date('2026-07-01T00:00:00Z');
const kinds = ['approval-notification', 'monthly-report', 'survey-report', 'deemed-consent'];

async function bothWays(kind: string) {
  textBlocks.enabled = false;
  const own = (await renderPdf(documentDefinition(SAMPLES[kind]!(), documentFonts()), at)).pdf;
  textBlocks.enabled = true;
  const blocks = (await renderPdf(documentDefinition(SAMPLES[kind]!(), documentFonts()), at)).pdf;
  return { own, blocks };
}
afterEach(() => {
  textBlocks.enabled = true;
});

/** Page images at 100 dpi, by poppler. */
function pages(pdf: Buffer): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'sg-png-'));
  writeFileSync(join(dir, 'a.pdf'), pdf);
  spawnSync('pdftoppm', ['-r', '100', '-png', join(dir, 'a.pdf'), join(dir, 'p')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => readFileSync(join(dir, f)));
}

describe('lines drawn as one text block per colour', () => {
  it('put every text item where pdfmake drew it, in a shorter content stream', async () => {
    for (const kind of kinds) {
      const { own, blocks } = await bothWays(kind);
      const [a, b] = [await readPdf(own), await readPdf(blocks)];
      expect(
        b.pages.map((p) => p.items),
        kind,
      ).toEqual(a.pages.map((p) => p.items));
      expect(blocks.length, kind).toBeLessThan(own.length);
    }
  });

  it.skipIf(!hasPdftoppm)('give the same page images', async () => {
    for (const kind of kinds) {
      const { own, blocks } = await bothWays(kind);
      const [a, b] = [pages(own), pages(blocks)];
      expect(b.length, kind).toBe(a.length);
      for (const [i, png] of b.entries()) expect(png.equals(a[i]!), `${kind} page ${i + 1}`).toBe(true);
    }
  });
});
