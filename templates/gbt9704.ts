import type { Content } from 'pdfmake';
import type { TDocumentDefinitions } from './render.ts';
import type { LoadedFont, FontRole } from './fonts.ts';
import { SEAL_DIAMETER, SEAL_RED, sealContent, type SealSpec } from './seal.ts';

/** Millimetres to PDF points. */
export const mm = (v: number) => (v * 72) / 25.4;

/**
 * GB/T 9704-2012 page geometry (§5.2): A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines of
 * 28 characters in 3号 (16 pt) type.
 */
const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  left: mm(28),
  typeWidth: mm(156),
  typeHeight: mm(225),
  lines: 22,
  charsPerLine: 28,
} as const;
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
  /** 主送 */
  addressee?: string;
  body: Block[];
  /** 附件说明 */
  attachments?: string[];
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

/** Squeezes 16 pt characters so that exactly 28 fill the 156 mm line. */
const BODY_SPACING = PAGE.typeWidth / PAGE.charsPerLine - SIZE.body;

function block(b: Block): Content {
  if ('p' in b) return { text: b.p, style: 'body', leadingIndent: SIZE.body * 2 };
  if ('h1' in b) return { text: b.h1, style: 'body', font: 'hei', leadingIndent: SIZE.body * 2 };
  if ('h2' in b) return { text: b.h2, style: 'body', font: 'kai', leadingIndent: SIZE.body * 2 };
  if ('signLines' in b)
    return {
      stack: b.signLines.map((l) => ({
        text: `${l}____________________`,
        style: 'body',
        margin: [SIZE.body * 2, 6, 0, 6],
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
  if ('table' in b) {
    const t = b.table;
    const table: Content = {
      table: {
        headerRows: 1,
        widths: t.widths,
        body: [
          t.header.map((h) => ({ text: h, font: 'hei', alignment: 'center' as const })),
          ...t.rows.map((r) =>
            r.map((c) => ({
              text: String(c),
              alignment: typeof c === 'number' ? ('right' as const) : ('left' as const),
            })),
          ),
        ],
      },
      layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingTop: () => 2, paddingBottom: () => 2 },
      fontSize: 10.5,
      lineHeight: 1,
      margin: [0, 4, 0, 8],
    };
    return t.caption
      ? { stack: [{ text: t.caption, font: 'hei', fontSize: 12, alignment: 'center', margin: [0, 6, 0, 2] }, table] }
      : table;
  }
  const chart = b.bars;
  const max = Math.max(1, ...chart.items.map((i) => i.value));
  const barArea = PAGE.typeWidth - mm(42) - mm(18);
  return {
    stack: [
      { text: chart.caption, font: 'hei', fontSize: 12, alignment: 'center', margin: [0, 6, 0, 4] },
      {
        table: {
          widths: [mm(42), barArea, mm(18)],
          body: chart.items.map((i) => [
            { text: i.label, fontSize: 10.5, alignment: 'right' },
            {
              canvas: [
                { type: 'rect', x: 0, y: 1, w: Math.max(0.5, (i.value / max) * barArea), h: 10, color: '#4A6FA5' },
              ],
            },
            { text: `${i.value}${chart.unit}`, fontSize: 10.5 },
          ]),
        },
        layout: 'noBorders',
        lineHeight: 1,
      },
    ],
    unbreakable: chart.items.length <= 20,
    margin: [0, 0, 0, 8],
  } as Content;
}

/** 版头 of the 文件格式 (§7.2): red issuer mark, 发文字号 two lines below, red line under it. */
function fileHeader(doc: OfficialDocument): Content[] {
  const size = Math.min(42, PAGE.typeWidth / [...doc.header].length);
  return [
    {
      text: doc.header,
      font: 'title',
      fontSize: size,
      color: SEAL_RED,
      alignment: 'center',
      characterSpacing: 0,
      margin: [0, mm(8), 0, 0],
    },
    { text: doc.number ?? '', style: 'body', alignment: 'center', margin: [0, SIZE.body * 2, 0, 0] },
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
function letterHeader(doc: OfficialDocument): { background: Content; footer: Content; spacer: number } {
  const lineY = mm(30) + mm(18);
  const x1 = (PAGE.width - mm(170)) / 2;
  const size = Math.min(30, mm(170) / [...doc.header].length);
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
      {
        text: doc.header,
        font: 'title',
        fontSize: size,
        color: SEAL_RED,
        alignment: 'center',
        absolutePosition: { x: 0, y: mm(30) },
      },
      { canvas: double(x1, lineY, true), absolutePosition: { x: 0, y: 0 } },
    ],
    // The closing double line (thin over thick), 20 mm above the bottom edge; the footer box starts at the bottom margin.
    footer: { canvas: double(x1, MARGINS[3] - mm(20) - 3, false), absolutePosition: { x: 0, y: 0 } },
    spacer: lineY + 3 + mm(3) - PAGE.top,
  };
}

/** 发文机关署名 and 成文日期 (§7.3.5.1): date four characters from the right, issuer centred over it, seal pressed over both. */
function signature(doc: OfficialDocument, fonts: Fonts): Content {
  const date = chineseDate(doc.date);
  const dateWidth = [...date].length * (SIZE.body + BODY_SPACING);
  const right = SIZE.body * 4;
  const centre = PAGE.typeWidth - right - dateWidth / 2;
  const lineHeight = PAGE.typeHeight / PAGE.lines;
  // Pressed over the issuer and date, which sit just below the seal's centre (§7.3.5.1).
  const seal = doc.seal
    ? [
        {
          ...(sealContent(doc.seal, fonts.title.font) as object),
          relativePosition: { x: centre - SEAL_DIAMETER / 2, y: -SEAL_DIAMETER / 2 - lineHeight * 1.4 },
        } as Content,
      ]
    : [];
  return {
    unbreakable: true,
    margin: [0, doc.seal ? SIZE.body * 3 : SIZE.body * 2, 0, 0],
    stack: [
      { text: doc.issuer, style: 'body', alignment: 'center', margin: [centre * 2 - PAGE.typeWidth, 0, 0, 0] },
      { text: date, style: 'body', alignment: 'right', margin: [0, 0, right, 0] },
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

export function documentDefinition(doc: OfficialDocument, fonts: Fonts): TDocumentDefinitions {
  const letter = doc.format === 'letter' ? letterHeader(doc) : null;
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
        ? fileHeader(doc)
        : [
            {
              text: doc.number ? `编号：${doc.number}` : '',
              style: 'body',
              fontSize: SIZE.number4,
              alignment: 'right',
              margin: [0, 0, 0, SIZE.body],
            } as Content,
          ]),
    {
      text: doc.title,
      font: 'title',
      fontSize: SIZE.title,
      alignment: 'center',
      lineHeight: 1.3,
      margin: [SIZE.body, 0, SIZE.body, SIZE.body],
    },
    ...(doc.addressee ? [{ text: `${doc.addressee}：`, style: 'body' } as Content] : []),
    ...doc.body.map(block),
    ...(doc.attachments?.length
      ? [
          {
            text: `附件：${doc.attachments.map((a, i) => (doc.attachments!.length > 1 ? `${i + 1}．${a}` : a)).join('\n')}`,
            style: 'body',
            leadingIndent: SIZE.body * 2,
            margin: [0, SIZE.body, 0, 0],
          } as Content,
        ]
      : []),
    signature(doc, fonts),
    ...colophon(doc, fonts),
  ];
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    info: { title: doc.title, author: doc.issuer, subject: doc.number ?? doc.title },
    background: letter ? (page: number) => (page === 1 ? letter.background : null) : undefined,
    footer: pageNumber(doc, letter?.footer ?? null),
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
