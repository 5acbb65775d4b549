import { createRequire } from 'node:module';

/**
 * pdfmake draws every inline of a line as its own pdfkit text call, and a justified Chinese line is
 * one inline per character: each glyph became some fifteen operators (opacity, colour, an empty `f`,
 * q, the page flip, BT, Tm, Tf, Tc, TJ, ET, Q) — about 110 bytes of content stream, a third of a
 * letter's rendering time and most of what was then compressed. Here a line's inlines of one colour
 * and opacity share one BT … ET under one page flip: each keeps its own Tm with the same coordinates
 * and the same TJ, and font, size and character spacing are set when they change. The glyphs land
 * where they did, in the same colour; the empty `f` (a no-op without a path) is left out. Inlines
 * with links, destinations, page references or font features, and lines with outlines, are drawn by
 * pdfmake as before.
 */

interface EmbeddedFont {
  id: string;
  ascender: number;
  ref(): unknown;
  encode(text: string, features?: unknown): [string[], Position[]];
}
interface Position {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}
interface Inline {
  text: string;
  x: number;
  width: number;
  font: EmbeddedFont;
  fontSize: number;
  characterSpacing?: number;
  color?: unknown;
  opacity?: unknown;
  sup?: boolean;
  sub?: boolean;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
  fontFeatures?: unknown;
  _pageNodeRef?: unknown;
}
interface Line {
  inlines: Inline[];
  id?: unknown;
  _outline?: unknown;
  _pageNodeRef?: unknown;
  getHeight(): number;
  getAscenderHeight(): number;
}
interface PdfKit {
  page: { height: number; fonts: Record<string, unknown> };
  x: number;
  y: number;
  _font: EmbeddedFont;
  opacity(o: number): PdfKit;
  fillColor(c: unknown): PdfKit;
  fontSize(s: number): PdfKit;
  resolveColor(c: unknown, fallback: string): unknown;
  widthOfString(s: string, options: { characterSpacing?: number }): number;
  save(): PdfKit;
  restore(): PdfKit;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): PdfKit;
  addContent(ops: string): PdfKit;
}
interface Renderer {
  pdfDocument: PdfKit;
  renderLine(line: Line, x: number, y: number): void;
}

/** pdfkit's number formatting (PDFObject.number): six decimals at most. */
const number = (n: number) => {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
};

const isPlain = (inline: Inline) =>
  !inline._pageNodeRef &&
  inline.link == null &&
  inline.linkToPage == null &&
  inline.linkToDestination == null &&
  !inline.fontFeatures &&
  typeof inline.text === 'string' &&
  !inline.text.includes('\n');

/**
 * The text-showing operators of one inline, as pdfkit's `_fragment` writes them between its Tf/Tc and
 * ET: the glyphs' hex codes in TJ arrays, split where a glyph's advance differs from its width, and
 * a new Tm for a glyph drawn with an offset.
 */
function showText(doc: PdfKit, inline: Inline, x: number, y: number): void {
  // No closures here: tsx names every function it creates (keepNames), which costs in a per-inline loop.
  const [encoded, positions] = doc._font.encode(inline.text);
  const scale = inline.fontSize / 1000;
  let commands = '';
  let last = 0;
  let hadOffset = false;
  for (let i = 0; i <= positions.length; i++) {
    const pos = positions[i];
    // A segment ends before an offset glyph, after it, after a glyph whose advance is not its width, and at the end.
    const offset = pos !== undefined && (pos.xOffset || pos.yOffset);
    const ends =
      pos === undefined || offset || (i > 0 && positions[i - 1]!.xAdvance !== positions[i - 1]!.advanceWidth);
    if (ends && last < i) {
      const advance = positions[i - 1]!.xAdvance - positions[i - 1]!.advanceWidth;
      commands += `${commands ? ' ' : ''}<${encoded.slice(last, i).join('')}> ${number(-advance)}`;
      last = i;
    }
    if ((pos === undefined || offset) && commands) {
      doc.addContent(`[${commands}] TJ`);
      commands = '';
    }
    if (pos === undefined) break;
    if (offset) {
      doc.addContent(`1 0 0 1 ${number(x + pos.xOffset * scale)} ${number(y + pos.yOffset * scale)} Tm`);
      doc.addContent(`[<${encoded[i]}> ${number(-(pos.xAdvance - pos.advanceWidth))}] TJ`);
      last = i + 1;
      hadOffset = true;
    } else if (hadOffset) {
      doc.addContent(`1 0 0 1 ${number(x)} ${number(y)} Tm`);
      hadOffset = false;
    }
    x += pos.xAdvance * scale;
  }
}

/** Off, every line is drawn by pdfmake's own renderer: the test compares the two. */
export const textBlocks = { enabled: true };

export function drawLinesAsTextBlocks(): void {
  const require = createRequire(import.meta.url);
  const Renderer = (require('pdfmake/js/Renderer') as { default: { prototype: Renderer } }).default;
  const renderLine = Renderer.prototype.renderLine;
  const TextDecorator = (
    require('pdfmake/js/TextDecorator') as {
      default: new (
        doc: PdfKit,
      ) => {
        drawBackground(l: Line, x: number, y: number): void;
        drawDecorations(l: Line, x: number, y: number): void;
      };
    }
  ).default;

  Renderer.prototype.renderLine = function (this: Renderer, line: Line, x = 0, y = 0) {
    if (!textBlocks.enabled || line._outline || line._pageNodeRef || line.id || !line.inlines.every(isPlain))
      return renderLine.call(this, line, x, y);
    const doc = this.pdfDocument;
    const lineHeight = line.getHeight();
    const descent = lineHeight - line.getAscenderHeight();
    const decorator = new TextDecorator(doc);
    decorator.drawBackground(line, x, y);
    let open = false;
    let opacity: number | undefined;
    let color: unknown;
    let font: EmbeddedFont | undefined;
    let size: number | undefined;
    let spacing = 0;
    // Only the last inline drawn decides where pdfkit's cursor stays; measuring each would cost a width per character.
    let last = line.inlines.length - 1;
    while (last >= 0 && line.inlines[last]!.text.length === 0) last--;
    for (const [index, inline] of line.inlines.entries()) {
      const o = typeof inline.opacity === 'number' ? inline.opacity : 1;
      const c = doc.resolveColor(inline.color, 'black');
      if (open && (o !== opacity || c !== color)) {
        doc.addContent('ET');
        doc.restore();
        open = false;
      }
      // What pdfmake sets for each inline, in its order: opacity and fill colour stay in force after the line.
      if (!open) {
        doc.opacity(o);
        doc.fillColor(c);
        opacity = o;
        color = c;
      }
      doc._font = inline.font;
      doc.fontSize(inline.fontSize);
      const text = inline.text;
      if (text.length === 0) continue;
      // Computed in pdfmake's order, so that the coordinates round to the same digits.
      const shiftToBaseline = lineHeight - (inline.font.ascender / 1000) * inline.fontSize - descent;
      let baselineY = y + shiftToBaseline;
      if (inline.sup) baselineY -= inline.fontSize * 0.75;
      if (inline.sub) baselineY += inline.fontSize * 0.35;
      if (!open) {
        doc.save();
        doc.transform(1, 0, 0, -1, 0, doc.page.height);
        doc.addContent('BT');
        open = true;
        font = undefined;
        size = undefined;
        spacing = 0;
      }
      doc.page.fonts[inline.font.id] ??= inline.font.ref();
      const tx = x + inline.x;
      const ty = doc.page.height - baselineY - (inline.font.ascender / 1000) * inline.fontSize;
      doc.addContent(`1 0 0 1 ${number(tx)} ${number(ty)} Tm`);
      if (inline.font !== font || inline.fontSize !== size) {
        doc.addContent(`/${inline.font.id} ${number(inline.fontSize)} Tf`);
        font = inline.font;
        size = inline.fontSize;
      }
      const cs = inline.characterSpacing || 0;
      if (cs !== spacing) {
        doc.addContent(`${number(cs)} Tc`);
        spacing = cs;
      }
      showText(doc, inline, tx, ty);
      if (index === last) {
        // Where pdfkit leaves its text cursor after the line.
        doc.x = tx + doc.widthOfString(text, { characterSpacing: inline.characterSpacing });
        doc.y = baselineY;
      }
    }
    if (open) {
      doc.addContent('ET');
      doc.restore();
    }
    decorator.drawDecorations(line, x, y);
  };
}
