import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import pdfmake from 'pdfmake';

import { FONT_ROLES, loadFont, resolveFontSources, type FontRole, type LoadedFont } from './fonts.ts';
import { cacheTrueTypeGlyphs, shareLayouts } from './font-reuse.ts';
import { huffmanCodedCffPrograms } from './font-programs.ts';
import { measureWordsByNode } from './inline-styles.ts';
import { drawLinesAsTextBlocks } from './render-lines.ts';
import { SEAL_DIAMETER, sealOfStandIn } from './seal.ts';

export type TDocumentDefinitions = Parameters<typeof pdfmake.createPdf>[0];

let fonts: Record<FontRole, LoadedFont> | undefined;

/**
 * pdfkit parses every font afresh for each document (~25 ms per CJK face). The bytes never change
 * within a process, so pdfmake is handed a short marker instead of the font, and a font format
 * registered with fontkit (its extension point) answers the marker with the font parsed once at
 * start. Each document still makes its own subset, so the output is unaffected.
 */
const MARKER = 'SGFONT:';
const parsed = new Map<string, unknown>();
function registerParsedFontFormat(): void {
  const fontkit = createRequire(import.meta.url)('fontkit') as { registerFormat(format: unknown): void };
  class ParsedFont {
    static probe(data: Uint8Array): boolean {
      return Buffer.from(data.subarray(0, MARKER.length)).toString('latin1') === MARKER;
    }
    constructor(stream: { buffer: Uint8Array }) {
      // biome-ignore lint/correctness/noConstructorReturn: fontkit constructs formats; this hands back a parsed font
      return parsed.get(Buffer.from(stream.buffer).toString('latin1')) as ParsedFont;
    }
  }
  fontkit.registerFormat(ParsedFont);
}

/**
 * pdfmake measures a run as its glyphs plus the character spacing (n − 1) times, but pdfkit draws the
 * spacing after every glyph, the last included. With the body's negative spacing (28 characters of
 * 16 pt in 156 mm, §5.2.2) every one-character word (each hanzi is one) was measured 0.2 pt too wide,
 * so a line took 27 characters instead of 28. Measured as drawn, the grid holds.
 */
function measureRunsAsDrawn(): void {
  const require = createRequire(import.meta.url);
  const TextInlines = (require('pdfmake/js/TextInlines') as { default: { prototype: Record<string, unknown> } })
    .default;
  TextInlines.prototype.widthOfText = function widthOfText(
    text: string,
    inline: {
      font: { widthOfString(t: string, size: number, features: unknown): number };
      fontSize: number;
      fontFeatures: unknown;
      characterSpacing?: number;
    },
  ): number {
    return (
      inline.font.widthOfString(text, inline.fontSize, inline.fontFeatures) +
      (inline.characterSpacing ?? 0) * text.length
    );
  };
}

/**
 * pdfkit's embedded-font class is not exported: its prototype is taken from the first font pdfmake
 * asks for, and given the shared run cache and the CFF program compression (templates/font-*.ts).
 */
function patchEmbeddedFonts(): void {
  const require = createRequire(import.meta.url);
  const Doc = (require('pdfmake/js/PDFDocument') as { default: { prototype: Record<string, unknown> } }).default;
  const provideFont = Doc.prototype.provideFont as (...args: unknown[]) => object;
  let patched = false;
  Doc.prototype.provideFont = function (this: unknown, ...args: unknown[]) {
    const embedded = provideFont.apply(this, args);
    if (!patched) {
      patched = true;
      shareLayouts(embedded);
      huffmanCodedCffPrograms(embedded as Parameters<typeof huffmanCodedCffPrograms>[0]);
    }
    return embedded;
  };
}

interface PdfKitDocument {
  page: { xobjects: Record<string, unknown> };
  ref(data: Record<string, unknown>): unknown;
  save(): PdfKitDocument;
  restore(): PdfKitDocument;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): PdfKitDocument;
  addContent(ops: string): PdfKitDocument;
}
/** Each seal's form XObject in each document: one content stream however often the seal is pressed. */
const sealForms = new WeakMap<PdfKitDocument, Map<string, unknown>>();
/** Each seal's content stream, deflated once per process. */
const sealStreams = new Map<string, Buffer>();

/**
 * The seal is drawn from outlines once per process (`sealOperators`) and placed in each PDF as one
 * form XObject (ISO 32000 §8.10), instead of pdfmake parsing and converting an SVG of ~30 glyph
 * outlines for every document. pdfmake is given a stand-in SVG for layout; its SVG renderer draws the
 * form where the stand-in is and hands any other SVG on.
 */
function drawSealsAsForms(): void {
  const require = createRequire(import.meta.url);
  const Renderer = (require('pdfmake/js/Renderer') as { default: { prototype: Record<string, unknown> } }).default;
  const renderSVG = Renderer.prototype.renderSVG as (this: { pdfDocument: PdfKitDocument }, svg: unknown) => void;
  Renderer.prototype.renderSVG = function (
    this: { pdfDocument: PdfKitDocument },
    svg: { svg: unknown; x: number; y: number },
  ) {
    const seal = sealOfStandIn(svg.svg);
    if (!seal) return renderSVG.call(this, svg);
    const doc = this.pdfDocument;
    let forms = sealForms.get(doc);
    if (!forms) sealForms.set(doc, (forms = new Map()));
    // Named after the seal, not a counter: the same document renders to the same bytes in any process.
    const name = `Seal${seal.key.slice(0, 8)}`;
    let form = forms.get(seal.key);
    if (!form) {
      let stream = sealStreams.get(seal.key);
      if (!stream) sealStreams.set(seal.key, (stream = deflateSync(Buffer.from(seal.ops, 'latin1'))));
      form = doc.ref({
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, SEAL_DIAMETER, SEAL_DIAMETER],
        Resources: { ExtGState: { GS0: { Type: 'ExtGState', ca: 0.92, CA: 0.92 } } },
        Filter: 'FlateDecode',
      });
      (form as { end(chunk: Uint8Array): void }).end(stream);
      forms.set(seal.key, form);
    }
    doc.page.xobjects[name] = form;
    doc.save().transform(1, 0, 0, 1, svg.x, svg.y).addContent(`/${name} Do`).restore();
  };
}

/**
 * Bumped whenever a release writes other bytes for the same document model (layout, drawing, font
 * embedding, compression): verify can compare bytes only with a rendering by the same renderer.
 */
const RENDERING_VERSION = 4;
let identity: string | undefined;

/**
 * The renderer's identity as stored with each issued document: the rendering version, the pdfmake and
 * pdfkit versions and a digest of the font files in use (a bureau that installs its licensed faces
 * renders other bytes too). Two processes with the same identity render a model to the same bytes.
 */
export function rendererIdentity(): string {
  if (identity) return identity;
  const loaded = documentFonts();
  const pdfmakeRequire = createRequire(createRequire(import.meta.url).resolve('pdfmake/package.json'));
  const version = (name: string) => (pdfmakeRequire(`${name}/package.json`) as { version: string }).version;
  const digest = createHash('sha256');
  for (const role of FONT_ROLES) digest.update(loaded[role].data);
  const fontsDigest = digest.digest('hex').slice(0, 16);
  identity = `r${RENDERING_VERSION} pdfmake@${version('pdfmake')} pdfkit@${version('pdfkit')} fonts:${fontsDigest}`;
  return identity;
}

export function documentFonts(): Record<FontRole, LoadedFont> {
  if (fonts) return fonts;
  registerParsedFontFormat();
  measureRunsAsDrawn();
  drawSealsAsForms();
  patchEmbeddedFonts();
  measureWordsByNode();
  drawLinesAsTextBlocks();
  const loaded = Object.fromEntries(resolveFontSources().map((s) => [s.role, loadFont(s)])) as Record<
    FontRole,
    LoadedFont
  >;
  cacheTrueTypeGlyphs(Object.values(loaded).map((f) => f.font));
  const dictionary: Record<string, { normal: string; bold: string }> = {};
  // Faces of body lines (FangSong, the Hei and Kai headings, the Song that stands in for single
  // glyphs) are given the ideographic em box as ascent and descent, where their hanzi sit in any case:
  // mixed in one line they share its baseline, and every line keeps the grid's pitch (§5.2.2).
  for (const role of ['body', 'hei', 'kai', 'song'] as const) {
    const face = loaded[role].font;
    const em = face.unitsPerEm;
    const boxed: Record<string, number> = { ascent: 0.88 * em, descent: -0.12 * em, lineGap: 0 };
    loaded[role] = {
      ...loaded[role],
      font: new Proxy(face, {
        get: (t, p, r) => (typeof p === 'string' && p in boxed ? boxed[p] : Reflect.get(t, p, r)),
      }),
      lineHeightPerPt: 1,
    };
  }
  for (const role of FONT_ROLES) {
    const f = loaded[role];
    const vfsName = `shenguan-${role}.font`;
    parsed.set(MARKER + role, f.font);
    (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } }).virtualfs.writeFileSync(
      vfsName,
      Buffer.from(MARKER + role, 'latin1'),
    );
    dictionary[role] = { normal: vfsName, bold: vfsName };
  }
  pdfmake.setFonts(dictionary);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  fonts = loaded;
  return loaded;
}

export interface RenderedPdf {
  pdf: Buffer;
  sha256: string;
  pages: number;
}

/**
 * Renders a definition to PDF bytes. The creation date comes from the document (never the wall
 * clock), and pdfkit derives the file ID and font subset tags from the content, so the same
 * definition always gives the same bytes.
 */
export async function renderPdf(definition: TDocumentDefinitions, createdAt: Date): Promise<RenderedPdf> {
  documentFonts();
  let pages = 0;
  const footer = definition.footer;
  const counted: TDocumentDefinitions = {
    ...definition,
    info: { ...definition.info, creator: 'Shenguan Hub', producer: 'Shenguan Hub (pdfmake)', creationDate: createdAt },
    footer: (
      current: number,
      count: number,
      size: Parameters<Extract<TDocumentDefinitions['footer'], (...args: never[]) => unknown>>[2],
    ) => {
      pages = count;
      return typeof footer === 'function' ? footer(current, count, size) : (footer ?? null);
    },
  };
  const pdf = await pdfmake.createPdf(counted).getBuffer();
  return { pdf, sha256: createHash('sha256').update(pdf).digest('hex'), pages };
}
