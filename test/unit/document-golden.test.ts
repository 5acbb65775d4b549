import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentDefinition } from '../../templates/gbt9704.ts';
import { documentFonts, renderPdf } from '../../templates/render.ts';
import { SAMPLES } from '../support/document-samples.ts';
import { readPdf } from '../support/pdf.ts';

/**
 * Golden texts: the full text of every kind of document, extracted from its PDF line by line, against
 * a reviewed copy in test/fixtures/documents/. A wording change shows up here as a diff to review;
 * after reviewing, `UPDATE_GOLDEN=1 npx vitest run test/unit/document-golden.test.ts` rewrites them.
 */
const fixture = (kind: string) => new URL(`../fixtures/documents/${kind}.txt`, import.meta.url);

async function extractedText(kind: string): Promise<string> {
  const { pdf } = await renderPdf(
    documentDefinition(SAMPLES[kind]!(), documentFonts()),
    new Date('2026-07-01T00:00:00Z'),
  );
  const facts = await readPdf(pdf);
  return facts.pages
    .map((page, n) => {
      const rows = new Map<number, typeof page.items>();
      for (const i of page.items) {
        const y = Math.round(i.y);
        rows.set(y, [...(rows.get(y) ?? []), i]);
      }
      const lines = [...rows]
        .sort((a, b) => a[0] - b[0])
        .map(([, items]) =>
          items
            .sort((a, b) => a.x - b.x)
            .map((i) => i.str)
            .join('')
            .replace(/\s+/g, ''),
        );
      return [`[第${n + 1}页]`, ...lines].join('\n');
    })
    .join('\n');
}

describe('golden texts of the official documents', () => {
  it.each(Object.keys(SAMPLES))('%s reads as reviewed', async (kind) => {
    const text = `${await extractedText(kind)}\n`;
    if (process.env.UPDATE_GOLDEN || !existsSync(fixture(kind))) writeFileSync(fixture(kind), text);
    expect(text).toBe(readFileSync(fixture(kind), 'utf8'));
  });
});
