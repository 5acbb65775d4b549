import { constants, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { documentDefinition } from '../../templates/gbt9704.ts';
import { documentFonts, renderPdf } from '../../templates/render.ts';
import { SAMPLES } from '../support/document-samples.ts';

/** Each embedded font program's dictionary and stream bytes, as written. */
function fontPrograms(pdf: Buffer): { dict: string; stream: Buffer }[] {
  const raw = pdf.toString('latin1');
  const refs = [...raw.matchAll(/\/FontFile[23]? (\d+) 0 R/g)].map((m) => m[1]!);
  return refs.map((n) => {
    const m = new RegExp(`\\n${n} 0 obj\\n<<([^]*?)>>\\nstream\\n`).exec(raw)!;
    const length = Number(/\/Length (\d+)/.exec(m[1]!)![1]);
    const start = m.index + m[0].length;
    expect(raw.slice(start + length, start + length + 10)).toBe('\nendstream');
    return { dict: m[1]!, stream: pdf.subarray(start, start + length) };
  });
}

describe('embedded font programs', () => {
  it('deflate a CFF subset by Huffman coding alone and TrueType subsets as pdfkit does', async () => {
    const { pdf } = await renderPdf(
      documentDefinition(SAMPLES['approval-notification']!(), documentFonts()),
      new Date('2026-07-01T00:00:00Z'),
    );
    const programs = fontPrograms(pdf);
    const cff = programs.filter((p) => p.dict.includes('/Subtype /CIDFontType0C'));
    expect(cff).toHaveLength(1); // FandolFang, the body face
    for (const p of programs) {
      expect(p.dict).toContain('/Filter /FlateDecode');
      const font = inflateSync(p.stream);
      const isCff = cff.includes(p);
      // A CFF starts with its header (major version 1); fontkit's TrueType subsets with the sfnt tag 'true'.
      expect(font.toString('latin1', 0, isCff ? 1 : 4)).toBe(isCff ? '\x01' : 'true');
      const again = deflateSync(font, isCff ? { strategy: constants.Z_HUFFMAN_ONLY } : {});
      expect(again.equals(p.stream)).toBe(true);
    }
  });
});
