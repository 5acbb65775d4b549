import { getDocumentProxy } from 'unpdf';

export interface PdfFacts {
  pages: {
    width: number;
    height: number;
    text: string;
    items: { str: string; x: number; y: number; size: number; width: number }[];
  }[];
  text: string;
  /** BaseFont names of embedded font programs (subset tag stripped). */
  embeddedFonts: string[];
  /** Fonts referenced without a font program: must be none. */
  unembeddedFonts: string[];
}

/** Text with positions (PDF points from the top-left), page sizes and embedded fonts, via pdf.js. */
export async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const pages: PdfFacts['pages'] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items = content.items
      .filter(
        (i): i is typeof i & { str: string; transform: number[]; width: number } => 'str' in i && i.str.trim() !== '',
      )
      .map((i) => ({
        str: i.str,
        x: i.transform[4]!,
        y: height - i.transform[5]!,
        size: Math.hypot(i.transform[2]!, i.transform[3]!),
        width: i.width,
      }));
    pages.push({ width, height, items, text: items.map((i) => i.str).join('') });
  }
  await doc.cleanup();
  // pdfkit writes font dictionaries uncompressed: every /FontDescriptor names its /FontFile2 when embedded.
  const raw = Buffer.from(bytes).toString('latin1');
  const descriptors = [...raw.matchAll(/\/Type \/FontDescriptor[\s\S]*?>>/g)].map((m) => m[0]);
  const name = (d: string) => /\/FontName \/(?:[A-Z]{6}\+)?([^\s/]+)/.exec(d)?.[1] ?? '?';
  return {
    pages,
    text: pages.map((p) => p.text).join('\n'),
    embeddedFonts: descriptors.filter((d) => /\/FontFile[23]? /.test(d)).map(name),
    unembeddedFonts: descriptors.filter((d) => !/\/FontFile[23]? /.test(d)).map(name),
  };
}
