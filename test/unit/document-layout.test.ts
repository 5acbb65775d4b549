import { describe, expect, it } from 'vitest';
import { CELL, documentDefinition, LINE, mm, PAGE, signatureGeometry } from '../../templates/gbt9704.ts';
import { documentFonts, renderPdf } from '../../templates/render.ts';
import { sealSpec, SEAL_DIAMETER } from '../../templates/seal.ts';
import { SAMPLES } from '../support/document-samples.ts';
import { readPdf, type PdfFacts } from '../support/pdf.ts';

/**
 * GB/T 9704-2012 measured from the PDF itself (pdf.js text positions), not from the definition:
 * §5.2.2 grid (28 characters a line, 22 lines of 225/22 mm), justified right edge, Chinese
 * line-breaking rules, and §7.3.5 signature block positions.
 */
const NO_LINE_START = '。，、）」』》〕】；：！？’”';
const NO_LINE_END = '（「『《〔【‘“';
const RIGHT = PAGE.left + PAGE.typeWidth;

interface Line {
  page: number;
  y: number;
  x: number;
  right: number;
  text: string;
}

/** Body lines (3号 type inside the type area), their items joined left to right. */
function bodyLines(pdf: PdfFacts): Line[] {
  const lines: Line[] = [];
  pdf.pages.forEach((p, page) => {
    const rows = new Map<number, typeof p.items>();
    for (const i of p.items.filter(
      (i) => Math.abs(i.size - 16) < 0.01 && i.y > PAGE.top && i.y < PAGE.top + PAGE.typeHeight,
    )) {
      const key = Math.round(i.y * 10) / 10;
      rows.set(key, [...(rows.get(key) ?? []), i]);
    }
    for (const [y, items] of [...rows].sort((a, b) => a[0] - b[0])) {
      items.sort((a, b) => a.x - b.x);
      lines.push({
        page,
        y,
        x: items[0]!.x,
        right: Math.max(...items.map((i) => i.x + i.width)),
        text: items
          .map((i) => i.str)
          .join('')
          .replace(/\s/g, ''),
      });
    }
  });
  return lines;
}

/** Grid cells a line takes: hanzi and full-width marks one, Latin letters and digits about half. */
const cells = (t: string) => [...t].reduce((n, c) => n + (/[\x21-\x7e]/.test(c) ? 0.5 : 1), 0);

const rendered = new Map<string, Promise<PdfFacts>>();
const facts = (kind: string) => {
  if (!rendered.has(kind))
    rendered.set(
      kind,
      renderPdf(documentDefinition(SAMPLES[kind]!(), documentFonts()), new Date('2026-07-01T00:00:00Z')).then((r) =>
        readPdf(r.pdf),
      ),
    );
  return rendered.get(kind)!;
};

const KINDS = Object.keys(SAMPLES);

/** Index of the page a 附件 starts on (附件 at the type area's top left), or the page count when none. */
const enclosureStart = (pdf: PdfFacts) => {
  const at = pdf.pages.findIndex((p) =>
    p.items.some((i) => /^附件\d*$/.test(i.str) && Math.abs(i.x - PAGE.left) < 1 && i.y < PAGE.top + LINE),
  );
  return at < 0 ? pdf.pages.length : at;
};

describe('GB/T 9704-2012 layout, measured from the PDF', () => {
  it.each(KINDS)('%s: 28 characters a line, justified to the right edge, 22 lines at 225/22 mm', async (kind) => {
    const lines = bodyLines(await facts(kind));
    expect(lines.length).toBeGreaterThan(3);
    // Full lines: those that reach the right edge. Every line ends flush with it or short of it.
    const full = lines.filter((l) => Math.abs(l.right - RIGHT) < mm(0.3));
    expect(full.length, kind).toBeGreaterThan(0);
    for (const l of lines) expect(l.right, `${kind}: ${l.text}`).toBeLessThan(RIGHT + mm(0.3));
    // A full line of hanzi only holds exactly 28 characters (26 after a paragraph's two-character
    // indent); Chinese line-breaking may move one character over, never more.
    const plain = full.filter((l) => /^[\u3000-\u9fff\uff00-\uffef]+$/.test(l.text));
    for (const l of plain) {
      const indented = Math.abs(l.x - (PAGE.left + CELL * 2)) < 1;
      const expected = indented ? 26 : 28;
      expect(cells(l.text), `${kind}: ${l.text}`).toBeGreaterThanOrEqual(expected - 1);
      expect(cells(l.text), `${kind}: ${l.text}`).toBeLessThanOrEqual(expected);
    }
    expect(
      plain.filter((l) => cells(l.text) === (Math.abs(l.x - (PAGE.left + CELL * 2)) < 1 ? 26 : 28)).length,
    ).toBeGreaterThanOrEqual(Math.floor(plain.length * 0.5));
    // Consecutive lines of one paragraph are one grid line apart: 22 lines in 225 mm.
    const pitches = lines.slice(1).flatMap((l, i) => (l.page === lines[i]!.page ? [l.y - lines[i]!.y] : []));
    const onGrid = pitches.filter((p) => Math.abs(p - LINE) < 0.05);
    expect(onGrid.length, `${kind}: ${pitches.map((p) => p.toFixed(2)).join(' ')}`).toBeGreaterThanOrEqual(
      Math.ceil(pitches.length * 0.5),
    );
    expect(Math.abs(LINE - mm(225) / 22)).toBeLessThan(1e-9);
  });

  it.each(KINDS)('%s: no line starts with a closing mark or ends with an opening one', async (kind) => {
    for (const l of bodyLines(await facts(kind))) {
      expect(NO_LINE_START.includes(l.text[0]!), `${kind} line starts with ${l.text[0]}: ${l.text}`).toBe(false);
      expect(NO_LINE_END.includes(l.text.at(-1)!), `${kind} line ends with ${l.text.at(-1)}: ${l.text}`).toBe(false);
    }
  });

  it.each(KINDS)(
    '%s: 署名 centred over the date, the date four characters in from the right (§7.3.5.1)',
    async (kind) => {
      const doc = SAMPLES[kind]!();
      const pdf = await facts(kind);
      // The main text's signature is on its last page: the page before the first 附件, if any (§8).
      const signed = enclosureStart(pdf) - 1;
      const last = pdf.pages[signed]!;
      const date = `${Number(doc.date.slice(0, 4))}年${Number(doc.date.slice(5, 7))}月${Number(doc.date.slice(8))}日`;
      const dateItem = last.items.filter((i) => i.size === 16 && i.str === date).at(-1);
      expect(dateItem, `${kind}: date ${date} on the last page`).toBeDefined();
      const issuerItems = last.items.filter((i) => i.size === 16 && Math.abs(i.y - (dateItem!.y - LINE)) < 0.5);
      const left = Math.min(...issuerItems.map((i) => i.x));
      const right = Math.max(...issuerItems.map((i) => i.x + i.width));
      expect(issuerItems.map((i) => i.str).join('')).toBe(doc.issuer);
      // Centred within half a millimetre, digits at their own width (not counted as full cells).
      expect(Math.abs((left + right) / 2 - (dateItem!.x + dateItem!.width / 2))).toBeLessThan(mm(0.5));
      expect(Math.abs(RIGHT - (dateItem!.x + dateItem!.width) - CELL * 4)).toBeLessThan(mm(0.5));
      // The signature never stands alone: body text precedes it on its page (§7.3.5.5).
      const above = bodyLines(pdf).filter((l) => l.page === signed && l.y < dateItem!.y - LINE - 1);
      expect(above.length, `${kind}: text above the signature on its page`).toBeGreaterThan(0);
    },
  );

  it('presses the seal over 署名 and date, and keeps the date off 行政审批专用章', () => {
    const fonts = documentFonts();
    const special = sealSpec('高青县人民政府行政审批服务局行政审批专用章');
    const g = signatureGeometry('高青县行政审批服务局', '2026年6月17日', special, fonts);
    // Horizontally the seal's centre is the date's (and so the 署名's) centre.
    expect(g.sealX + SEAL_DIAMETER / 2).toBeCloseTo(g.centre, 6);
    const centreY = g.sealY + SEAL_DIAMETER / 2;
    // 署名 and date sit at and just below the centre ("居印章中心偏下").
    expect(centreY).toBeGreaterThanOrEqual(LINE * 0.5);
    expect(centreY).toBeLessThanOrEqual(LINE * 1.01);
    // The special wording's top (11.2 mm below centre less half its 4.4 mm height) is under the
    // date's ink: the date line is centred 1.5 lines below the 署名's top, its ink half an em deep.
    const wordingTop = centreY + mm(11.2 - 2.2) * (SEAL_DIAMETER / mm(42));
    expect(wordingTop).toBeGreaterThan(LINE * 1.5 + 8);
    const plain = signatureGeometry(
      '高青县市场监督管理局',
      '2026年6月15日',
      { rim: '高青县市场监督管理局', bottom: '' },
      fonts,
    );
    expect(plain.sealY + SEAL_DIAMETER / 2).toBeLessThan(centreY);
  });

  it('appends the enclosed 告知承诺书 on its own pages: 附件 on the first line, its title on the third (§8)', async () => {
    const pdf = await facts('approval-notification');
    const start = enclosureStart(pdf);
    expect(start).toBeLessThan(pdf.pages.length);
    const first = pdf.pages[start]!;
    const label = first.items.find((i) => i.str === '附件')!;
    const title = first.items.find((i) => i.size === 22)!;
    // Line 1 holds 附件 and the enclosure's 编号; the title's first line sits on line 3.
    expect(label.y - PAGE.top).toBeLessThan(LINE);
    expect(first.items.some((i) => i.str.includes('编号：高审批诺〔2026〕7号'))).toBe(true);
    expect(title.str).toBe('食品经营许可告知承诺书');
    expect(title.y - label.y).toBeGreaterThan(LINE * 1.5);
    expect(title.y - label.y).toBeLessThan(LINE * 2.5);
    // The 附件说明 names it with the same words, and the whole commitment follows, down to its signing lines.
    const main = pdf.pages
      .slice(0, start)
      .map((p) => p.text)
      .join('');
    expect(main).toContain('附件：食品经营许可告知承诺书');
    const enclosed = pdf.pages
      .slice(start)
      .map((p) => p.text)
      .join('');
    for (const part of ['申请人基本情况', '（三）申请材料', '食品安全管理制度文本', '三、申请人承诺', '申请人（签章）'])
      expect(enclosed).toContain(part);
    // §8: the 附件 comes before the 版记; the letter's 抄送 is on the last page, after it.
    expect(main).not.toContain('抄送');
    expect(pdf.pages.at(-1)!.text).toContain('抄送：高青县人民政府办公室。');
    // Pages are numbered on through the 附件 (§7.5).
    expect(pdf.pages.at(-1)!.text).toContain(`— ${pdf.pages.length} —`);
  });

  it('breaks titles at word boundaries into a trapezoid (§7.3.1)', async () => {
    const pdf = await facts('approval-notification');
    const title = pdf.pages[0]!.items.filter((i) => i.size === 22).map((i) => i.str);
    expect(title).toEqual(['关于高青县福源堃餐饮有限公司', '食品经营许可审批信息的告知函']);
  });

  it('sets a character the FangSong face lacks in the Song face, and embeds every face', async () => {
    const pdf = await facts('approval-notification');
    expect(pdf.text).toContain('堃');
    expect(pdf.embeddedFonts).toEqual(
      expect.arrayContaining(['FandolFang-Regular', 'NotoSerifSC-Black', 'NotoSerifSC-Regular']),
    );
    expect(pdf.unembeddedFonts).toEqual([]);
  });

  it('puts the 文件 mark 35 mm and the letter mark 30 mm below the type area and page tops (§7.2.3, §10.1)', async () => {
    const file = (await facts('monthly-report')).pages[0]!.items.find((i) => i.str.endsWith('文件'))!;
    const letter = (await facts('inquiry')).pages[0]!.items.find(
      (i) => i.str === '高青县行政审批服务局' && i.size > 20,
    )!;
    // pdf.js gives the baseline; the ideographic em box's top is 0.88 em above it.
    expect(file.y - file.size * 0.88 - PAGE.top).toBeCloseTo(mm(35), 0);
    expect(letter.y - letter.size * 0.88).toBeCloseTo(mm(30), 0);
  });
});
