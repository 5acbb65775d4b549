import type { Content } from 'pdfmake';
import type { TDocumentDefinitions } from './render.ts';
import type { LoadedFont, FontRole } from './fonts.ts';
import { SEAL_DIAMETER, SEAL_RED, sealContent, type SealSpec } from './seal.ts';
import { titleLines } from './title-lines.ts';

/** Millimetres to PDF points. */
export const mm = (v: number) => (v * 72) / 25.4;

/**
 * GB/T 9704-2012 page geometry (§5.2): A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines of
 * 28 characters in 3号 (16 pt) type.
 */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  left: mm(28),
  typeWidth: mm(156),
  typeHeight: mm(225),
  lines: 22,
  charsPerLine: 28,
} as const;
/** Line pitch of the body grid: 225 mm over 22 lines. */
export const LINE = PAGE.typeHeight / PAGE.lines;
const MARGINS: [number, number, number, number] = [
  PAGE.left,
  PAGE.top,
  PAGE.width - PAGE.left - PAGE.typeWidth,
  PAGE.height - PAGE.top - PAGE.typeHeight,
];

/** 字号 in points: 2号 22, 3号 16, 4号 14. */
const SIZE = { title: 22, body: 16, number4: 14 } as const;

export type Block =
  | { p: string }
  /** 一、 in Hei */
  | { h1: string }
  /** （一） in Kai */
  | { h2: string }
  | { table: { caption?: string; widths: (number | '*')[]; header: string[]; rows: (string | number)[][] } }
  /** A horizontal bar chart: one bar per label, the value printed after it. */
  | { bars: { caption: string; unit: string; items: { label: string; value: number }[] } }
  /** Blank lines to be signed in ink: 承诺人（签字）：______ */
  | { signLines: string[] };

/** Everything a document says, as plain data: stored with the PDF and rendered again to the same bytes. */
export interface OfficialDocument {
  /** 信函格式 (letters, 函), 文件格式, or a form (告知承诺书, 通知单, 报告) with title and 编号 but no red 版头. */
  format: 'letter' | 'file' | 'form';
  /** 发文机关 in full, as signed. */
  issuer: string;
  /** Red 版头 text: the issuer for letters, issuer + 文件 for files. */
  header: string;
  /** 发文字号, e.g. 高审批函〔2026〕12号; null for forms filled in by others. */
  number: string | null;
  title: string;
  /** Names in the title (counterpart, matter) that a line break should not part (§7.3.1). */
  titleKeep?: string[];
  /** 主送 */
  addressee?: string;
  body: Block[];
  /** 附件说明 */
  attachments?: string[];
  /**
   * 附件 carried in the same PDF (§8): each on its own pages after the signature, before the 版记, headed
   * 附件 (numbered when more than one) with its title, which is the 附件说明's wording.
   */
  enclosures?: OfficialDocument[];
  /**
   * A 回执 for the addressee to fill in and return: after the signature, below a dashed cut line, so the
   * issuer's signature and seal close the document and the 回执 carries only the addressee's own lines.
   */
  tearOff?: { title: string; body: Block[] };
  /** 成文日期, YYYY-MM-DD. */
  date: string;
  /** The seal pressed over signature and date; null when the issuer signs by hand (e.g. a department's reply). */
  seal: SealSpec | null;
  /** 抄送 */
  cc?: string[];
  /** 印发机关 (版记, file format only). */
  printedBy?: string;
}

/** 成文日期 in Arabic numerals without leading zeros (GB/T 9704 §7.3.5.1): 2026年10月8日. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

type Fonts = Record<FontRole, LoadedFont>;

/** pdfmake's line height is a multiple of the font's own; this gives exactly 22 lines in 225 mm. */
function bodyLineHeight(fonts: Fonts): number {
  return PAGE.typeHeight / PAGE.lines / (SIZE.body * fonts.body.lineHeightPerPt);
}

/**
 * Squeezes 16 pt characters so that exactly 28 fill the 156 mm line (§5.2.2). A hair less than the
 * exact quotient, so that rounding never pushes the 28th character onto the next line; justification
 * (`alignment: 'justify'`) then spreads the remainder and lines end flush at the type area's edge.
 */
const BODY_SPACING = PAGE.typeWidth / PAGE.charsPerLine - SIZE.body - 0.001;
/** One grid cell: the advance of a full-width character in the body. */
export const CELL = PAGE.typeWidth / PAGE.charsPerLine;

/**
 * Whether a face has a glyph for a code point, asked of fontkit (a cmap lookup through restructure)
 * once per face and character in a process rather than for every character of every document.
 */
const coverage = new WeakMap<object, Map<number, boolean>>();
function hasGlyph(face: LoadedFont['font'], cp: number): boolean {
  let known = coverage.get(face);
  if (!known) coverage.set(face, (known = new Map()));
  let has = known.get(cp);
  if (has === undefined) known.set(cp, (has = face.hasGlyphForCodePoint(cp)));
  return has;
}

/**
 * Text in a role's face, with each character that face lacks set in the Song face instead, so a
 * rare character in a company name (堃, 喆) never prints as a blank box.
 */
function withFallback(
  text: string,
  role: FontRole,
  fonts: Fonts,
  /** The height each line should keep, per point of type: a fallback run must not make its line taller. */
  linePerPt = LINE / SIZE.body,
): string | Content[] {
  const face = fonts[role].font;
  const runs: { text: string; song: boolean; code: boolean }[] = [];
  // A long code (统一社会信用代码, 许可文书号) may break anywhere, as Chinese setting allows, rather
  // than leave a half-empty, widely spaced line before it.
  for (const [i, part] of text.split(/([A-Za-z0-9]{10,})/).entries()) {
    if (!part) continue;
    if (i % 2 === 1) {
      runs.push({ text: part, song: false, code: true });
      continue;
    }
    for (const ch of part) {
      const cp = ch.codePointAt(0)!;
      const song = cp > 0x20 && !hasGlyph(face, cp) && hasGlyph(fonts.song.font, cp);
      const last = runs.at(-1);
      if (last && !last.code && last.song === song) last.text += ch;
      else runs.push({ text: ch, song, code: false });
    }
  }
  if (runs.every((r) => !r.song && !r.code)) return text;
  const songLine = linePerPt / fonts.song.lineHeightPerPt;
  return runs.map((r) =>
    r.song
      ? { text: r.text, font: 'song', lineHeight: songLine }
      : r.code
        ? { text: r.text, wordBreak: 'break-all' }
        : { text: r.text },
  ) as Content[];
}

/** Width of a string in the body face at 3号 on the grid: hanzi one cell, digits and Latin their own advance. */
function bodyWidth(text: string, fonts: Fonts, role: FontRole = 'body'): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const face = hasGlyph(fonts[role].font, cp) ? fonts[role].font : fonts.song.font;
    w += (face.glyphForCodePoint(cp).advanceWidth / face.unitsPerEm) * SIZE.body + BODY_SPACING;
  }
  return w;
}

function block(b: Block, fonts: Fonts): Content {
  const para = (text: string, role: FontRole) =>
    ({
      text: withFallback(text, role, fonts),
      style: 'body',
      font: role,
      // Hei and Kai headings keep the grid's pitch too, whatever their faces' own line heights.
      lineHeight: LINE / (SIZE.body * fonts[role].lineHeightPerPt),
      alignment: 'justify',
      leadingIndent: CELL * 2 - 0.01,
    }) as Content;
  if ('p' in b) return para(b.p, 'body');
  // A heading never ends a page: see `pageBreakBefore` in documentDefinition.
  if ('h1' in b) return { ...(para(b.h1, 'hei') as object), headlineLevel: 1 } as Content;
  if ('h2' in b) return para(b.h2, 'kai');
  if ('signLines' in b)
    return {
      stack: b.signLines.map((l) => ({
        // The line runs to the right edge of the type area whatever the label's length.
        text: `${l}${'_'.repeat(
          Math.max(4, Math.floor((PAGE.typeWidth - CELL * 2 - bodyWidth(l, fonts)) / bodyWidth('_', fonts)) - 1),
        )}`,
        noWrap: true,
        characterSpacing: 0,
        style: 'body',
        margin: [CELL * 2, 6, 0, 6],
      })),
      unbreakable: true,
    };
  const empty = ('table' in b && !b.table.rows.length) || ('bars' in b && !b.bars.items.length);
  if (empty) {
    const caption = 'table' in b ? b.table.caption : 'bars' in b ? b.bars.caption : '';
    return {
      text: `${caption ? `${caption}：` : ''}本期无数据。`,
      style: 'body',
      fontSize: 12,
      alignment: 'center',
      margin: [0, 4, 0, 8],
    };
  }
  if ('table' in b) return table(b.table);
  return barChart(b.bars);
}

/** Table cells: 五号 (10.5 pt) Song, headers in Hei; no character squeeze, so numbers line up. */
const CELL_STYLE = { fontSize: 10.5, lineHeight: 1.15, characterSpacing: 0, alignment: 'left' as const };

/**
 * A table whose caption and column headers are its header rows: pdfmake repeats them on every page
 * the table runs onto and keeps them with the first row, so neither is stranded at a page foot.
 * Header texts break only where they carry a line break (e.g. 平均认领\n（工作小时）).
 */
function table(t: Extract<Block, { table: unknown }>['table']): Content {
  const n = t.header.length;
  const captionRow = t.caption
    ? [
        [
          {
            text: t.caption,
            font: 'hei',
            fontSize: 12,
            alignment: 'center',
            colSpan: n,
            border: [false, false, false, true],
          },
          ...Array.from({ length: n - 1 }, () => ({})),
        ],
      ]
    : [];
  return {
    table: {
      headerRows: captionRow.length + 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: t.widths,
      body: [
        ...captionRow,
        t.header.map((h) => ({
          stack: h.split('\n').map((line) => ({ text: line, noWrap: true })),
          font: 'hei',
          alignment: 'center' as const,
        })),
        ...t.rows.map((r) =>
          r.map((c) => ({
            text: String(c),
            // Figures (and the dash for none) align right, so that units line up down a column.
            alignment: typeof c === 'number' || /^[\d.,%—-]+$/.test(c) ? ('right' as const) : ('left' as const),
          })),
        ),
      ],
    },
    layout: {
      hLineWidth: (i: number) => (captionRow.length && i === 0 ? 0 : 0.5),
      vLineWidth: (_i: number, _node: unknown, row?: number) => (captionRow.length && row === 0 ? 0 : 0.5),
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    ...CELL_STYLE,
    margin: [0, 4, 0, 8],
  } as Content;
}

/** A tick step of 1, 2 or 5 × 10ⁿ giving four to six ticks up to the largest value. */
function ticks(max: number): number[] {
  const raw = Math.max(max, 1) / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw)!;
  const top = Math.ceil(Math.max(max, 1) / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Number((i * step).toFixed(6)));
}

/**
 * A horizontal bar chart that fits the type area: labels on the left (up to 9 characters on one
 * line), bars against a value axis with gridlines and tick labels under it, the value with its unit
 * after each bar. Long lists are cut by the caller to a top N, so a chart never runs over pages.
 */
function barChart(chart: Extract<Block, { bars: unknown }>['bars']): Content {
  const labelWidth = mm(40);
  const valueWidth = mm(20);
  const area = PAGE.typeWidth - labelWidth - valueWidth - 12;
  const scale = ticks(Math.max(...chart.items.map((i) => i.value)));
  const top = scale.at(-1)!;
  const rowHeight = 13;
  const grid = (h: number) =>
    scale.map((v) => ({
      type: 'line' as const,
      x1: (v / top) * area,
      y1: 0,
      x2: (v / top) * area,
      y2: h,
      lineWidth: 0.3,
      lineColor: '#BBBBBB',
    }));
  const rows = chart.items.map((i) => [
    { text: i.label, alignment: 'right' as const, noWrap: true, fontSize: [...i.label].length > 9 ? 8 : 10.5 },
    {
      canvas: [
        ...grid(rowHeight),
        { type: 'rect', x: 0, y: 2, w: Math.max(0.5, (i.value / top) * area), h: rowHeight - 4, color: '#4A6FA5' },
      ],
    },
    { text: `${i.value}${chart.unit}` },
  ]);
  const axis = [
    { text: `（${chart.unit}）`, alignment: 'right' as const },
    {
      stack: [
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: area, y2: 0, lineWidth: 0.8 }] },
        {
          // Tick labels centred under their gridlines (the first, 0, starts at the axis); the last one
          // reaches half a step into the empty value column.
          columns: scale.map((v, k) => ({
            text: String(v),
            width: k === 0 ? area / (scale.length - 1) / 2 : area / (scale.length - 1),
            alignment: k === 0 ? ('left' as const) : ('center' as const),
            fontSize: 8,
          })),
          columnGap: 0,
          margin: [0, 1, 0, 0],
        },
      ],
    },
    { text: '' },
  ];
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [labelWidth, area, valueWidth],
      body: [
        [
          { text: chart.caption, font: 'hei', fontSize: 12, alignment: 'center', colSpan: 3, margin: [0, 4, 0, 4] },
          {},
          {},
        ],
        ...rows,
        axis,
      ],
    },
    layout: {
      defaultBorder: false,
      paddingTop: () => 0,
      paddingBottom: () => 0,
      paddingLeft: () => 2,
      paddingRight: () => 2,
    },
    ...CELL_STYLE,
    lineHeight: 1,
    unbreakable: chart.items.length <= 30,
    margin: [0, 4, 0, 10],
  } as Content;
}

/**
 * Where a hanzi's ink sits in a text box of the title face: the ideographic em box runs from 0.88 em
 * above the baseline to 0.12 em below it, and pdfmake puts the baseline one ascent below the box top.
 */
function inkOffsets(fonts: Fonts, size: number): { top: number; bottom: number } {
  const f = fonts.title.font;
  const ascent = f.ascent / f.unitsPerEm;
  return { top: (ascent - 0.88) * size, bottom: (ascent + 0.12) * size };
}

/** The red issuer mark (发文机关标志) of both headers, centred in one line at `size`; the caller places it. */
function issuerMark(doc: OfficialDocument, size: number) {
  return {
    text: doc.header,
    font: 'title',
    fontSize: size,
    color: SEAL_RED,
    alignment: 'center' as const,
    characterSpacing: 0,
    lineHeight: 1,
  };
}

/**
 * 版头 of the 文件格式 (§7.2.3): the red issuer mark's top edge 35 mm below the type area's top,
 * 发文字号 two lines below it (§7.2.4), the red rule 4 mm under the number (§7.2.6).
 */
function fileHeader(doc: OfficialDocument, fonts: Fonts): Content[] {
  const size = Math.min(42, PAGE.typeWidth / [...doc.header].length);
  const ink = inkOffsets(fonts, size);
  return [
    { ...issuerMark(doc, size), margin: [0, mm(35) - ink.top, 0, 0] },
    {
      text: doc.number ?? '',
      style: 'body',
      alignment: 'center',
      characterSpacing: 0,
      margin: [0, LINE * 2 - (size * fonts.title.lineHeightPerPt - ink.bottom), 0, 0],
    },
    {
      canvas: [{ type: 'line', x1: 0, y1: mm(4), x2: PAGE.typeWidth, y2: mm(4), lineWidth: 1.5, lineColor: SEAL_RED }],
      margin: [0, 0, 0, mm(4) + SIZE.body * 2],
    },
  ];
}

/**
 * 信函格式 (§10.1): issuer name in red 30 mm from the top edge, red double line (thick over thin)
 * 170 mm wide, 发文字号 flush right under it; the first page shows no page number.
 */
function letterHeader(doc: OfficialDocument, fonts: Fonts): { background: Content; footer: Content; spacer: number } {
  const x1 = (PAGE.width - mm(170)) / 2;
  const size = Math.min(30, mm(170) / [...doc.header].length);
  const ink = inkOffsets(fonts, size);
  // The double line 4 mm under the mark's lower edge.
  const lineY = mm(30) - ink.top + ink.bottom + mm(4);
  const double = (x: number, y: number, thickFirst: boolean) => [
    {
      type: 'line' as const,
      x1: x,
      y1: y,
      x2: x + mm(170),
      y2: y,
      lineWidth: thickFirst ? 2 : 0.6,
      lineColor: SEAL_RED,
    },
    {
      type: 'line' as const,
      x1: x,
      y1: y + 3,
      x2: x + mm(170),
      y2: y + 3,
      lineWidth: thickFirst ? 0.6 : 2,
      lineColor: SEAL_RED,
    },
  ];
  return {
    background: [
      { ...issuerMark(doc, size), absolutePosition: { x: 0, y: mm(30) - ink.top } },
      { canvas: double(x1, lineY, true), absolutePosition: { x: 0, y: 0 } },
    ],
    // The closing double line (thin over thick), 20 mm above the bottom edge; the footer box starts at the bottom
    // margin.
    footer: { canvas: double(x1, MARGINS[3] - mm(20) - 3, false), absolutePosition: { x: 0, y: 0 } },
    spacer: lineY + 3 + mm(3) - PAGE.top,
  };
}

/**
 * Where the signature block sits, in points from the left of the type area and from the top of the
 * block (the 署名 line's top), shared by the renderer and the layout test.
 *
 * §7.3.5.1: the date stands four characters in from the right edge, in Arabic numerals at their own
 * (half-cell) width; the 署名 is centred over the date; both sit just below the seal's centre, the seal
 * red, its top within one line of the text above. With a special seal (行政审批专用章 under the star)
 * the seal is set so that the date ends above that wording rather than over it.
 */
export function signatureGeometry(
  issuer: string,
  date: string,
  seal: SealSpec | null,
  fonts: Fonts,
): { issuerX: number; dateX: number; centre: number; sealX: number; sealY: number; issuerWidth: number } {
  const dateWidth = bodyWidth(date, fonts) - BODY_SPACING;
  const issuerWidth = bodyWidth(issuer, fonts) - BODY_SPACING;
  const right = CELL * 4;
  const dateX = PAGE.typeWidth - right - dateWidth;
  const centre = dateX + dateWidth / 2;
  // A 署名 longer than the date would run past the right edge if centred on it: it then ends flush with
  // the date's right end's margin of one cell instead.
  const issuerX = Math.min(centre - issuerWidth / 2, PAGE.typeWidth - CELL - issuerWidth);
  const sealCentreY = seal?.bottom ? LINE : LINE * 0.55;
  return {
    issuerX,
    dateX,
    centre,
    issuerWidth,
    sealX: centre - SEAL_DIAMETER / 2,
    sealY: sealCentreY - SEAL_DIAMETER / 2,
  };
}

function signature(doc: OfficialDocument, fonts: Fonts): Content {
  const date = chineseDate(doc.date);
  const g = signatureGeometry(doc.issuer, date, doc.seal, fonts);
  const seal = doc.seal
    ? [
        {
          ...(sealContent(doc.seal, fonts.title.font) as object),
          relativePosition: { x: g.sealX, y: g.sealY - LINE * 2 },
        } as Content,
      ]
    : [];
  return {
    // Two blank lines above the 署名 bring the seal's top within one line of the text (§7.3.5.1).
    margin: [0, doc.seal ? LINE * 2 : LINE, 0, 0],
    stack: [
      { text: withFallback(doc.issuer, 'body', fonts), style: 'body', margin: [g.issuerX, 0, 0, 0] },
      { text: date, style: 'body', margin: [g.dateX, 0, 0, 0] },
      ...seal,
    ],
  };
}

/** 版记 (§7.4): 抄送 and 印发 lines between rules, kept at the foot of the last page. */
function colophon(doc: OfficialDocument, fonts: Fonts): Content[] {
  const rows: Content[] = [];
  const rowHeight = SIZE.number4 * fonts.body.lineHeightPerPt + 6;
  const rule = (w: number): Content => ({
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: PAGE.typeWidth, y2: 0, lineWidth: w }],
  });
  // 信函格式 (§10.1): the 版记 has no 印发 line and no rules.
  if (doc.format === 'letter') {
    if (!doc.cc?.length) return [];
    const height = rowHeight;
    return [
      { text: '', margin: [0, height, 0, 0], unbreakable: true },
      {
        text: `抄送：${doc.cc.join('，')}。`,
        fontSize: SIZE.number4,
        lineHeight: 1,
        characterSpacing: 0,
        margin: [SIZE.number4, 0, SIZE.number4, 0],
        absolutePosition: { x: PAGE.left, y: PAGE.top + PAGE.typeHeight - height },
      },
    ];
  }
  if (doc.cc?.length)
    rows.push(
      {
        text: `抄送：${doc.cc.join('，')}。`,
        fontSize: SIZE.number4,
        lineHeight: 1,
        margin: [SIZE.number4, 3, SIZE.number4, 3],
      },
      rule(0.7),
    );
  if (doc.format === 'file' && doc.printedBy) {
    rows.push(
      {
        columns: [
          { text: doc.printedBy, width: '*' },
          { text: `${chineseDate(doc.date)}印发`, width: 'auto' },
        ],
        fontSize: SIZE.number4,
        lineHeight: 1,
        margin: [SIZE.number4, 3, SIZE.number4, 3],
      },
      rule(1),
    );
  }
  if (!rows.length) return [];
  const stack: Content[] = [rule(1), ...rows];
  const height = (rows.length / 2) * rowHeight + 2;
  // A spacer as tall as the 版记 moves it to a new page when the last one is full; then it is drawn at the foot.
  return [
    { text: '', margin: [0, height, 0, 0], unbreakable: true },
    { stack, absolutePosition: { x: PAGE.left, y: PAGE.top + PAGE.typeHeight - height - 1 } },
  ];
}

/** 页码 (§7.5): "— 1 —" in 4号, right on odd pages and left on even pages, one character in from the edge. */
function pageNumber(_doc: OfficialDocument, letterFirstPage: Content | null) {
  return (page: number): Content | null => {
    if (letterFirstPage && page === 1) return letterFirstPage;
    const odd = page % 2 === 1;
    return {
      text: `— ${page} —`,
      font: 'body',
      fontSize: SIZE.number4,
      alignment: odd ? 'right' : 'left',
      margin: [odd ? 0 : PAGE.left + SIZE.number4, mm(7), odd ? MARGINS[2] + SIZE.number4 : 0, 0],
    };
  };
}

/** Title lines hold at most 18 characters of 2号 type, one body character in from each edge. */
const TITLE_EMS = Math.floor((PAGE.typeWidth - SIZE.body * 2) / SIZE.title);

const isHeading = (b: Block) => 'h1' in b || 'h2' in b;

/** The title (§7.3.1): 2号 小标宋, centred, broken at word boundaries into a 梯形 or 菱形. */
function titleBlock(doc: OfficialDocument, fonts: Fonts): Content {
  return {
    text: withFallback(
      titleLines(doc.title, TITLE_EMS, doc.titleKeep).join('\n'),
      'title',
      fonts,
      1.3 * fonts.title.lineHeightPerPt,
    ),
    font: 'title',
    fontSize: SIZE.title,
    alignment: 'center',
    characterSpacing: 0,
    lineHeight: 1.3,
    margin: [0, 0, 0, LINE],
  };
}

/**
 * 主送, body, 附件说明 and signature. §7.3.5.5: the signature never stands alone on a page; it keeps the
 * last block of text with it, and `after` (the 版记's spacer) with it too, so the 版记 never stands alone.
 */
function mainText(doc: OfficialDocument, fonts: Fonts, after: Content[]): Content[] {
  const blocks = doc.body.map((b) => block(b, fonts));
  // §7.3.4: 附件说明 one line below the text, indented two characters, numbered when more than one, each
  // further name aligned under the first (after 附件：).
  const attachments: Content[] = (doc.attachments ?? []).map(
    (a, i, all) =>
      ({
        text: withFallback(`${i ? '' : '附件：'}${all.length > 1 ? `${i + 1}．` : ''}${a}`, 'body', fonts),
        style: 'body',
        margin: [CELL * (i ? 5 : 2) - 0.01, i ? 0 : LINE, 0, 0],
      }) as Content,
  );
  // Lines to be signed in ink keep the statement they sign (and its date) on their page.
  let kept = doc.body.at(-1) && 'signLines' in doc.body.at(-1)! ? 3 : 1;
  // …and a heading over them goes with them rather than end the page before.
  while (kept < doc.body.length && isHeading(doc.body[doc.body.length - kept - 1]!)) kept++;
  return [
    ...(doc.addressee ? [{ text: withFallback(`${doc.addressee}：`, 'body', fonts), style: 'body' } as Content] : []),
    ...blocks.slice(0, -kept),
    { stack: [...blocks.slice(-kept), ...attachments, signature(doc, fonts), ...after], unbreakable: true },
  ];
}

/**
 * A 附件 (§8): on a new page, 附件 (with its number when there are several) in 3号 Hei flush left on the
 * first line, the title centred on the third, then the enclosed document's own text and signature. Its
 * 编号, when it has one, stands on the first line at the right.
 */
function enclosure(enc: OfficialDocument, label: string, fonts: Fonts, after: Content[]): Content[] {
  return [
    {
      columns: [
        { text: label, font: 'hei', fontSize: SIZE.body, width: 'auto' },
        {
          text: enc.number ? `编号：${enc.number}` : '',
          style: 'body',
          fontSize: SIZE.number4,
          alignment: 'right',
          characterSpacing: 0,
        },
      ],
      pageBreak: 'before',
      margin: [0, 0, 0, LINE],
    } as Content,
    titleBlock(enc, fonts),
    ...mainText(enc, fonts, after),
  ];
}

/** The 回执: a dashed cut line across the type area, its title centred in Hei, then its lines, kept together. */
function tearOff(t: NonNullable<OfficialDocument['tearOff']>, fonts: Fonts, after: Content[]): Content[] {
  return [
    {
      stack: [
        {
          canvas: [
            { type: 'line', x1: 0, y1: 0, x2: PAGE.typeWidth, y2: 0, lineWidth: 0.6, dash: { length: 4, space: 3 } },
          ],
          // Clear of the seal, which reaches about 11 mm below the date line.
          margin: [0, mm(13), 0, LINE / 2],
        },
        { text: t.title, font: 'hei', style: 'body', alignment: 'center' },
        ...t.body.map((b) => block(b, fonts)),
        ...after,
      ],
      unbreakable: true,
    } as Content,
  ];
}

export function documentDefinition(doc: OfficialDocument, fonts: Fonts): TDocumentDefinitions {
  const letter = doc.format === 'letter' ? letterHeader(doc, fonts) : null;
  const [versoSpacer = [], versoMark = []] = ((c) => (c.length ? [[c[0]!], c.slice(1)] : []))(colophon(doc, fonts));
  const enclosures = doc.enclosures ?? [];
  // §8: 附件 come after the signature and before the 版记, which then ends the last 附件.
  const enclosed = enclosures.flatMap((e, i) =>
    enclosure(
      e,
      enclosures.length > 1 ? `附件${i + 1}` : '附件',
      fonts,
      i === enclosures.length - 1 ? versoSpacer : [],
    ),
  );
  const content: Content[] = [
    ...(letter
      ? [
          {
            text: doc.number ?? '',
            style: 'body',
            alignment: 'right',
            margin: [0, letter.spacer, 0, SIZE.body],
          } as Content,
        ]
      : doc.format === 'file'
        ? fileHeader(doc, fonts)
        : [
            {
              text: doc.number ? `编号：${doc.number}` : '',
              style: 'body',
              fontSize: SIZE.number4,
              alignment: 'right',
              margin: [0, 0, 0, SIZE.body],
            } as Content,
          ]),
    titleBlock(doc, fonts),
    ...mainText(doc, fonts, enclosed.length || doc.tearOff ? [] : versoSpacer),
    ...(doc.tearOff ? tearOff(doc.tearOff, fonts, enclosed.length ? [] : versoSpacer) : []),
    ...enclosed,
    ...versoMark,
  ];
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    info: { title: doc.title, author: doc.issuer, subject: doc.number ?? doc.title },
    background: letter ? (page: number) => (page === 1 ? letter.background : null) : undefined,
    footer: pageNumber(doc, letter?.footer ?? null),
    pageBreakBefore: (node, pages) => node.headlineLevel === 1 && pages.getFollowingNodesOnPage().length === 0,
    content,
    defaultStyle: {
      font: 'body',
      fontSize: SIZE.body,
      lineHeight: bodyLineHeight(fonts),
      characterSpacing: BODY_SPACING,
    },
    styles: { body: { font: 'body', fontSize: SIZE.body } },
  };
}
