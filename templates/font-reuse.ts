/**
 * What pdfkit and fontkit compute afresh for every document although it depends only on the font:
 * shaped runs, and the TrueType glyph records a subset copies. Each is kept per parsed font (fonts are
 * parsed once per process, `templates/render.ts`), so a letter pays only for what is its own. The PDF
 * bytes are the same as without them.
 */
/** Shaped runs per parsed font, kept from one document to the next; see `shareLayouts`. */
const layouts = new WeakMap<object, Map<string, unknown>>();
/** Runs kept per font (a hundred letters' lines, every character seen; a few MB), cleared whole when full. */
const LAYOUTS_PER_FONT = 4_000;

/**
 * pdfkit shapes each word and line with fontkit (GSUB/GPOS lookups, ~40 % of measuring a letter) and
 * caches the result in the font object it makes for each document, so every letter shaped the same
 * characters again. A run's shape depends only on the font and the text, so the cache is kept per
 * parsed font instead, across documents. Runs are read, never changed, by measuring and drawing.
 */
export function shareLayouts(embedded: object): void {
  const proto = Object.getPrototypeOf(embedded) as {
    layoutCached(this: { font: object; layoutRun(text: string): unknown }, text: string): unknown;
  };
  proto.layoutCached = function layoutCached(text) {
    let cache = layouts.get(this.font);
    if (!cache) layouts.set(this.font, (cache = new Map()));
    let run = cache.get(text);
    if (run === undefined) {
      run = this.layoutRun(text);
      if (cache.size >= LAYOUTS_PER_FONT) cache.clear();
      cache.set(text, run);
    }
    return run;
  };
}

interface GlyfRecord {
  bytes: Uint8Array;
  /** A composite glyph's components: where each one's glyph id sits in `bytes`. */
  components: { glyphID: number; pos: number }[] | null;
  advance: number;
  bearing: number;
}
interface TrueTypeSubset {
  font: {
    _variationProcessor?: unknown;
    loca: { offsets: number[] };
    getGlyph(gid: number): {
      _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
      advanceWidth: number;
      _getMetrics(): { leftBearing: number };
    };
    _getTableStream(tag: string): { pos: number; readBuffer(n: number): Uint8Array };
  };
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  includeGlyph(gid: number): number;
}
const glyfRecords = new WeakMap<object, Map<number, GlyfRecord>>();

/**
 * fontkit's TrueType subset decodes every glyph's whole outline, for every document, only to learn
 * whether it is a composite whose component ids must be renumbered. The record it copies (bytes,
 * components, advance and side bearing) is kept per font and glyph; `_addGlyph` below is fontkit's
 * own with that record in place of the decoding. Variable fonts, whose glyphs fontkit re-encodes,
 * keep fontkit's path.
 */
export function cacheTrueTypeGlyphs(fonts: readonly { createSubset(): unknown }[]): void {
  // fontkit's Font type does not declare the table directory every parsed font has.
  const trueType = fonts.find((f) => 'glyf' in (f as unknown as { directory: { tables: object } }).directory.tables);
  if (!trueType) return;
  const proto = Object.getPrototypeOf(trueType.createSubset() as object) as {
    _addGlyph(this: TrueTypeSubset, gid: number): number;
  };
  const addGlyph = proto._addGlyph;
  proto._addGlyph = function (this: TrueTypeSubset, gid: number): number {
    const font = this.font;
    if (font._variationProcessor) return addGlyph.call(this, gid);
    let records = glyfRecords.get(font);
    if (!records) glyfRecords.set(font, (records = new Map()));
    let record = records.get(gid);
    if (!record) {
      const glyph = font.getGlyph(gid);
      const glyf = glyph._decode();
      const stream = font._getTableStream('glyf');
      stream.pos += font.loca.offsets[gid]!;
      record = {
        // A copy: the stream's buffer is the whole font, and a composite's copy is renumbered per subset.
        bytes: Uint8Array.from(stream.readBuffer(font.loca.offsets[gid + 1]! - font.loca.offsets[gid]!)),
        components: glyf && glyf.numberOfContours < 0 ? (glyf.components ?? []) : null,
        advance: glyph.advanceWidth,
        bearing: glyph._getMetrics().leftBearing,
      };
      records.set(gid, record);
    }
    let buffer = record.bytes;
    if (record.components) {
      buffer = Uint8Array.from(buffer);
      const view = new DataView(buffer.buffer);
      for (const component of record.components) view.setUint16(component.pos, this.includeGlyph(component.glyphID));
    }
    this.glyf.push(buffer);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: record.advance, bearing: record.bearing });
    this.offset += buffer.length;
    return this.glyf.length - 1;
  };
}
