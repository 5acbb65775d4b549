import { mkdirSync, writeFileSync } from 'node:fs';
import { documentDefinition } from '../../templates/gbt9704.ts';
import { documentFonts, renderPdf } from '../../templates/render.ts';
import { SAMPLES } from './document-samples.ts';

/** Writes every sample document to a folder (default .tmp/samples) to be looked at as page images. */
const out = process.argv[2] ?? '.tmp/samples';
mkdirSync(out, { recursive: true });
for (const [kind, make] of Object.entries(SAMPLES)) {
  if (process.argv[3] && kind !== process.argv[3]) continue;
  const { pdf, pages } = await renderPdf(documentDefinition(make(), documentFonts()), new Date('2026-07-01T00:00:00Z'));
  writeFileSync(`${out}/${kind}.pdf`, pdf);
  console.log(`${kind}: ${pages} pages`);
}
