import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Content } from 'pdfmake';
import type * as fontkit from 'fontkit';

/** 印章 red; GB/T 9704 asks for red seals and headers without naming a value. */
export const SEAL_RED = '#D7000F';
/** Diameter of a county-level organ's round seal (4.2 cm), in points. */
export const SEAL_DIAMETER = (42 / 25.4) * 72;

export interface SealSpec {
  /** Text around the rim, e.g. 高青县人民政府行政审批服务局. */
  rim: string;
  /** Horizontal line under the star, e.g. 行政审批专用章 (004 #20); empty for an organ's plain seal. */
  bottom: string;
}

/** Splits the configured seal wording: a trailing 行政审批专用章 goes under the star, the issuer around the rim. */
export function sealSpec(wording: string): SealSpec {
  const special = '行政审批专用章';
  return wording.endsWith(special) && wording.length > special.length
    ? { rim: wording.slice(0, -special.length), bottom: special }
    : { rim: wording, bottom: '' };
}

const f = (n: number) => Number(n.toFixed(3));

/** An affine matrix [a b c d e f] as PDF's `cm` takes it: x' = a·x + c·y + e, y' = b·x + d·y + f. */
type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/**
 * One character in outline, its em box centred on (x, y), turned by `angle` degrees, `w`×`h` points.
 * Scaled by the em box, not the ink box, so that every character of a wording has one size (人 stays
 * smaller than 審 as it is in type) and sits on one line. The outline stays in font units under its
 * own `cm`, so a seal's commands are exact and short.
 */
function glyphOps(font: fontkit.Font, ch: string, x: number, y: number, angle: number, w: number, h: number): string {
  const glyph = font.glyphForCodePoint(ch.codePointAt(0)!);
  const em = font.unitsPerEm;
  const a = (angle * Math.PI) / 180;
  const [cos, sin] = [Math.cos(a), Math.sin(a)];
  // The ideographic em box runs from 0.88 em above the baseline to 0.12 em below it: its centre is 0.38 em up.
  const m = multiply(multiply([cos, sin, -sin, cos, x, y], [w / em, 0, 0, -h / em, 0, 0]), [
    1,
    0,
    0,
    1,
    -glyph.advanceWidth / 2,
    -0.38 * em,
  ]);
  const ops: string[] = [];
  let cx = 0;
  let cy = 0;
  for (const { command, args } of glyph.path.commands) {
    const p = args.map((v) => Math.round(v));
    if (command === 'moveTo') ops.push(`${p[0]} ${p[1]} m`);
    else if (command === 'lineTo') ops.push(`${p[0]} ${p[1]} l`);
    else if (command === 'bezierCurveTo') ops.push(`${p.join(' ')} c`);
    else if (command === 'quadraticCurveTo') {
      // A quadratic segment as the cubic PDF draws: control points two thirds of the way to the quadratic's.
      const [qx, qy, ex, ey] = args as [number, number, number, number];
      const c1 = [cx + ((qx - cx) * 2) / 3, cy + ((qy - cy) * 2) / 3];
      const c2 = [ex + ((qx - ex) * 2) / 3, ey + ((qy - ey) * 2) / 3];
      ops.push(`${[...c1, ...c2, ex, ey].map((v) => f(v)).join(' ')} c`);
    } else if (command === 'closePath') ops.push('h');
    if (args.length) [cx, cy] = args.slice(-2) as [number, number];
  }
  // The scale terms are ~0.01 (points per font unit): they keep six decimals, or the outline would distort.
  return `q ${m.map((v, i) => (i < 4 ? Number(v.toFixed(6)) : f(v))).join(' ')} cm ${ops.join(' ')} f Q`;
}

function starOps(cx: number, cy: number, r: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.382;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${f(cx + radius * Math.cos(a))} ${f(cy + radius * Math.sin(a))}`;
  });
  return `${points.map((p, i) => `${p} ${i ? 'l' : 'm'}`).join(' ')} h f`;
}

/** A circle as four Bézier quarter arcs (κ = 0.5523). */
function circleOps(cx: number, cy: number, r: number): string {
  const k = 0.5523 * r;
  return [
    `${f(cx + r)} ${f(cy)} m`,
    `${f(cx + r)} ${f(cy + k)} ${f(cx + k)} ${f(cy + r)} ${f(cx)} ${f(cy + r)} c`,
    `${f(cx - k)} ${f(cy + r)} ${f(cx - r)} ${f(cy + k)} ${f(cx - r)} ${f(cy)} c`,
    `${f(cx - r)} ${f(cy - k)} ${f(cx - k)} ${f(cy - r)} ${f(cx)} ${f(cy - r)} c`,
    `${f(cx + k)} ${f(cy - r)} ${f(cx + r)} ${f(cy - k)} ${f(cx + r)} ${f(cy)} c`,
  ].join(' ');
}

/** Millimetres in the seal's own units (points), scaled with its diameter from the 42 mm standard. */
const at42 = (diameter: number) => (v: number) => (v / 42) * diameter;

const RED = [0xd7, 0x00, 0x0f].map((v) => f(v / 255)).join(' ');

/** The seal's drawing commands, made once per seal and process: the PDF draws them from one form XObject. */
const drawn = new Map<string, string>();

/**
 * The seal as PDF drawing commands in its own box (origin top left, y down as pdfkit draws, `diameter`
 * points square). Geometry after the published conventions for the round seals of organs (国务院
 * 《关于国家行政机关和企业事业单位社会团体印章管理的规定》, 国发〔1999〕25号: round, a five-pointed
 * star in the centre, the name around it 自左而右环行 in 宋体, or its last part in a straight line
 * under the star; and the engraving conventions for a 4.2 cm seal: rim 1–1.2 mm, star 14 mm across its
 * points): 42 mm across, a 1.2 mm ring, the organ's name running clockwise from lower left over
 * 200–250 degrees with a clear gap to the ring, every character the same size and narrower than tall;
 * a special seal's name (行政审批专用章) in one straight line under the star.
 */
function sealOperators(spec: SealSpec, font: fontkit.Font, diameter = SEAL_DIAMETER): string {
  const key = `${font.postscriptName}|${spec.rim}|${spec.bottom}|${diameter}`;
  let ops = drawn.get(key);
  if (!ops) drawn.set(key, (ops = drawSeal(spec, font, diameter)));
  return ops;
}

function drawSeal(spec: SealSpec, font: fontkit.Font, diameter: number): string {
  const u = at42(diameter);
  const R = diameter / 2;
  const ring = u(1.2);
  const rimChars = [...spec.rim];
  const n = rimChars.length;
  const span = Math.min(250, Math.max(200, n * 17)); // degrees of arc the issuer's name covers
  const charH = u(n > 16 ? 5.2 : 6.2);
  const radius = R - ring - u(0.9) - charH / 2;
  const step = n > 1 ? span / (n - 1) : 0;
  // Narrower than tall (长体), with a visible gap between neighbours along the arc.
  const charW = Math.min(charH * 0.8, ((step * Math.PI) / 180) * radius * 0.86);
  const parts = rimChars.map((ch, i) => {
    const deg = -90 - span / 2 + i * step; // from lower left, over the top, to lower right
    const a = (deg * Math.PI) / 180;
    return glyphOps(font, ch, R + radius * Math.cos(a), R + radius * Math.sin(a), deg + 90, charW, charH);
  });
  parts.push(starOps(R, R - u(0.6), u(7)));
  const bottom = [...spec.bottom];
  if (bottom.length) {
    const width = Math.min(u(22), bottom.length * u(3.4));
    const bw = width / bottom.length;
    const y = R + u(11.2);
    bottom.forEach((ch, i) => {
      parts.push(glyphOps(font, ch, R - width / 2 + bw * (i + 0.5), y, 0, bw * 0.92, u(4.4)));
    });
  }
  // Slightly translucent (the ExtGState /GS0 of the form), as ink over the 署名 and date.
  return ['/GS0 gs', `${RED} RG ${f(ring)} w ${circleOps(R, R, R - ring / 2)} S`, `${RED} rg`, ...parts].join('\n');
}

/** The seal as pdfmake content: a configured image (`SHENGUAN_SEAL_IMAGE`, PNG or JPEG) or the generated one. */
export function sealContent(spec: SealSpec, font: fontkit.Font, imageFile = process.env.SHENGUAN_SEAL_IMAGE): Content {
  if (imageFile) {
    const bytes = readFileSync(imageFile);
    const type = bytes[0] === 0x89 ? 'png' : 'jpeg';
    return {
      image: `data:image/${type};base64,${bytes.toString('base64')}`,
      width: SEAL_DIAMETER,
      height: SEAL_DIAMETER,
    };
  }
  // A stand-in SVG pdfmake measures cheaply; templates/render.ts draws the seal's form XObject in its place.
  return {
    svg:
      `<svg xmlns="http://www.w3.org/2000/svg" width="${SEAL_DIAMETER}" height="${SEAL_DIAMETER}" ` +
      `data-seal="${sealKey(spec, font)}"/>`,
    width: SEAL_DIAMETER,
    height: SEAL_DIAMETER,
  };
}

/** Seals by the key their stand-in carries, for the renderer. */
const specs = new Map<string, { spec: SealSpec; font: fontkit.Font }>();
function sealKey(spec: SealSpec, font: fontkit.Font): string {
  const key = createHash('sha256')
    .update(`${font.postscriptName}|${spec.rim}|${spec.bottom}`)
    .digest('hex')
    .slice(0, 16);
  specs.set(key, { spec, font });
  return key;
}

/** The seal a stand-in SVG names, or undefined when the SVG is another one. */
export function sealOfStandIn(svg: unknown): { key: string; ops: string } | undefined {
  if (typeof svg !== 'string') return undefined;
  const key = /data-seal="([0-9a-f]{16})"/.exec(svg)?.[1];
  const seal = key ? specs.get(key) : undefined;
  return seal && key ? { key, ops: sealOperators(seal.spec, seal.font) } : undefined;
}
