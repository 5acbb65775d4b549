import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { documentDefinition, mm } from '../../templates/gbt9704.ts';
import { documentFonts, renderPdf } from '../../templates/render.ts';
import { SAMPLES } from '../support/document-samples.ts';

/**
 * The drawn seal measured from the PDF: its form XObject's drawing commands are interpreted (q/Q, cm,
 * paths) into points in the seal's own box, then checked against the conventions for an organ's round
 * seal (国发〔1999〕25号: round, star in the centre, the name 自左而右环行 around it or its last part
 * in a straight line under the star; engraving practice for a 4.2 cm seal: rim 1–1.2 mm, star 14 mm
 * across its points) and against issue 14's complaint (rim characters touching the ring, differing in size).
 */
type M = [number, number, number, number, number, number];
const apply = (m: M, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];
/** m, then n (as `cm` concatenates): m's axes carried by n's linear part, m's origin by the whole of n. */
const times = (m: M, n: M): M => {
  const linear: M = [n[0], n[1], n[2], n[3], 0, 0];
  return [...apply(linear, m[0], m[1]), ...apply(linear, m[2], m[3]), ...apply(n, m[4], m[5])];
};

interface Shape {
  op: 'f' | 'S';
  points: [number, number][];
  /** The matrix the shape was drawn under: its scale is the character's size. */
  ctm: M;
  lineWidth: number;
}

function interpret(stream: string): Shape[] {
  const shapes: Shape[] = [];
  const stack: M[] = [];
  let ctm: M = [1, 0, 0, 1, 0, 0];
  let lineWidth = 1;
  let points: [number, number][] = [];
  const nums: number[] = [];
  for (const token of stream.split(/\s+/).filter(Boolean)) {
    if (/^-?[\d.]+$/.test(token)) {
      nums.push(Number(token));
      continue;
    }
    const args = nums.splice(0);
    if (token === 'q') stack.push(ctm);
    else if (token === 'Q') ctm = stack.pop()!;
    else if (token === 'cm') ctm = times(args as M, ctm);
    else if (token === 'w') lineWidth = args[0]!;
    else if (token === 'm' || token === 'l') points.push(apply(ctm, args[0]!, args[1]!));
    else if (token === 'c') for (let i = 0; i < 6; i += 2) points.push(apply(ctm, args[i]!, args[i + 1]!));
    else if (token === 'f' || token === 'S') {
      shapes.push({ op: token, points, ctm, lineWidth });
      points = [];
    }
  }
  return shapes;
}

async function sealOf(kind: string) {
  const { pdf } = await renderPdf(
    documentDefinition(SAMPLES[kind]!(), documentFonts()),
    new Date('2026-07-01T00:00:00Z'),
  );
  const raw = pdf.toString('latin1');
  const forms = [...raw.matchAll(/(\d+) 0 obj\s*<<([\s\S]*?)>>\s*stream\r?\n/g)].filter((m) =>
    m[2]!.includes('/Subtype /Form'),
  );
  const [form] = forms;
  const start = form!.index! + form![0].length;
  const stream = inflateSync(Buffer.from(raw.slice(start, raw.indexOf('endstream', start)), 'latin1')).toString(
    'latin1',
  );
  const box = /\/BBox \[([\d.\s]+)\]/.exec(form![2]!)![1]!.trim().split(/\s+/).map(Number);
  return { forms: forms.length, shapes: interpret(stream), size: box[2]!, pdf: raw };
}

const centre = (s: Shape) => {
  const xs = s.points.map((p) => p[0]);
  const ys = s.points.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2] as const;
};

describe('the drawn seal, measured from the PDF drawing commands', () => {
  it('is one form XObject per document, pressed wherever the document is sealed', async () => {
    // The 告知函 with its enclosed 告知承诺书 is sealed twice: one form, two uses.
    const letter = await sealOf('approval-notification');
    expect(letter.forms).toBe(1);
    // Content streams are compressed: count the uses in the page streams.
    const pages = [...letter.pdf.matchAll(/stream\r?\n/g)].map((m) => {
      const end = letter.pdf.indexOf('endstream', m.index!);
      try {
        return inflateSync(Buffer.from(letter.pdf.slice(m.index! + m[0].length, end), 'latin1')).toString('latin1');
      } catch {
        return '';
      }
    });
    expect(pages.join('\n').match(/\/Seal[0-9a-f]+ Do/g)).toHaveLength(2);
  });

  it.each([
    ['joint-handling-notice', 14, 7],
    ['license-action-request', 10, 0],
  ])(
    '%s: 42 mm, 1.2 mm rim, 14 mm star, %i rim characters clockwise with a gap to the rim, %i under the star',
    async (kind, rimCount, bottomCount) => {
      const { shapes, size } = await sealOf(kind);
      const R = size / 2;
      expect(size).toBeCloseTo(mm(42), 1);
      const ring = shapes.find((s) => s.op === 'S')!;
      // The ring's outer edge is the seal's edge; its stroke is 1.2 mm. (Its on-curve points are the nearest;
      // Bézier control points lie outside the circle.)
      const ringRadius = Math.min(...ring.points.map(([x, y]) => Math.hypot(x - R, y - R)));
      expect(ringRadius + ring.lineWidth / 2).toBeCloseTo(mm(21), 1);
      expect(ring.lineWidth).toBeCloseTo(mm(1.2), 2);
      const inner = ringRadius - ring.lineWidth / 2;
      // The star: ten vertices, the five points on a 14 mm circle, one pointing straight up, centred.
      const fills = shapes.filter((s) => s.op === 'f');
      const star = fills.find((s) => s.ctm.join() === '1,0,0,1,0,0')!;
      expect(star.points).toHaveLength(10);
      const [sx, sy] = centre(star);
      const tips = star.points.filter((_, i) => i % 2 === 0);
      const tipRadius = Math.hypot(tips[0]![0] - sx, tips[0]![1] - (R - mm(0.6)));
      expect(2 * tipRadius).toBeCloseTo(mm(14), 1);
      expect(sx).toBeCloseTo(R, 1);
      expect(tips[0]![0]).toBeCloseTo(R, 1);
      expect(tips[0]![1]).toBeLessThan(sy);
      // The rim characters (高青县人民政府行政审批服务局, 14; a department's name), and a special seal's wording below the star.
      const glyphs = fills.filter((s) => s !== star);
      // The wording under the star is set upright (no rotation) below the centre; the rim's characters are turned.
      const bottom = glyphs.filter((g) => Math.abs(g.ctm[1]) < 1e-9 && g.ctm[5] > R);
      const rim = glyphs.filter((g) => !bottom.includes(g));
      expect(rim).toHaveLength(rimCount);
      // Every rim character the same size: one em scale for all (issue 14: "differ in size").
      const scale = (g: Shape) => Math.hypot(g.ctm[0], g.ctm[1]) * 1000;
      const scaleV = (g: Shape) => Math.hypot(g.ctm[2], g.ctm[3]) * 1000;
      // (The matrices carry six decimals: equal within 0.2 %.)
      const spread = (v: number[]) => Math.max(...v) / Math.min(...v);
      expect(spread(rim.map(scale))).toBeLessThan(1.002);
      expect(spread(rim.map(scaleV))).toBeLessThan(1.002);
      // Narrower than tall (长体).
      expect(scale(rim[0]!)).toBeLessThan(scaleV(rim[0]!));
      // A clear gap to the ring: no ink within 0.5 mm of its inner edge (issue 14: "touch the ring"). Control
      // points are counted too, so the ink reaches no further than this.
      const reach = Math.max(...rim.flatMap((g) => g.points.map(([x, y]) => Math.hypot(x - R, y - R))));
      expect(inner - reach).toBeGreaterThan(mm(0.5));
      // 自左而右环行: from lower left over the top to lower right, evenly spaced, symmetric, 200–250°.
      const angles = rim
        .map((g) => (Math.atan2(centre(g)[1] - R, centre(g)[0] - R) * 180) / Math.PI)
        .map((a) => (a < 90 ? a + 360 : a)); // lower left ≈ 145°, top 270°, lower right ≈ 395°
      for (let i = 1; i < angles.length; i++) expect(angles[i]!).toBeGreaterThan(angles[i - 1]!);
      const span = angles.at(-1)! - angles[0]!;
      expect(span).toBeGreaterThanOrEqual(195);
      expect(span).toBeLessThanOrEqual(250);
      // Symmetric about the vertical (ink centres: within 1.5°, as glyphs' ink is not centred in their em box).
      expect(Math.abs((angles[0]! + angles.at(-1)!) / 2 - 270)).toBeLessThan(1.5);
      // The special seal's wording in one straight line under the star, centred, inside the ring.
      expect(bottom).toHaveLength(bottomCount);
      if (!bottomCount) return;
      const ys = bottom.map((g) => g.ctm[5]);
      expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(0.01);
      expect(ys[0]!).toBeGreaterThan(sy + tipRadius * 0.8);
      const xs = bottom.map((g) => centre(g)[0]);
      expect((xs[0]! + xs.at(-1)!) / 2).toBeCloseTo(R, 0);
      for (const g of bottom) for (const [x, y] of g.points) expect(Math.hypot(x - R, y - R)).toBeLessThan(inner);
    },
  );
});
