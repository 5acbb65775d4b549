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

const f = (n: number) => Number(n.toFixed(2));

/**
 * One character as an SVG path, its em box centred on (x, y), turned by `angle` degrees, `w`×`h`
 * points. Scaled by the em box, not the ink box, so that every character of a wording has one size
 * (人 stays smaller than 審 as it is in type) and sits on one line.
 */
function glyphPath(font: fontkit.Font, ch: string, x: number, y: number, angle: number, w: number, h: number): string {
  const glyph = font.glyphForCodePoint(ch.codePointAt(0)!);
  const em = font.unitsPerEm;
  // The ideographic em box runs from 0.88 em above the baseline to 0.12 em below it.
  const cx = glyph.advanceWidth / 2;
  const cy = 0.38 * em;
  const transform = `translate(${f(x)} ${f(y)}) rotate(${f(angle)}) scale(${f((w / em) * 1000) / 1000} ${f((-h / em) * 1000) / 1000}) translate(${f(-cx)} ${f(-cy)})`;
  return `<path transform="${transform}" d="${glyph.path.toSVG()}"/>`;
}

function star(cx: number, cy: number, r: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.382;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${f(cx + radius * Math.cos(a))},${f(cy + radius * Math.sin(a))}`;
  });
  return `<polygon points="${points.join(' ')}"/>`;
}

/**
 * A red round seal drawn from glyph outlines, so it needs no font inside the SVG renderer and
 * renders identically everywhere: ring, issuer along the upper arc, a star, and the special-seal
 * wording across the lower half.
 */
const drawn = new Map<string, string>();

function sealSvg(spec: SealSpec, font: fontkit.Font, diameter = SEAL_DIAMETER): string {
  const key = `${font.postscriptName}|${spec.rim}|${spec.bottom}|${diameter}`;
  let svg = drawn.get(key);
  if (!svg) drawn.set(key, (svg = drawSeal(spec, font, diameter)));
  return svg;
}

/** Millimetres in the seal's own units (points), scaled with its diameter from the 42 mm standard. */
const at42 = (diameter: number) => (v: number) => (v / 42) * diameter;

/**
 * Geometry after the published conventions for the round seals of county-level organs (国务院
 * 《关于国家行政机关和企业事业单位社会团体印章的规定》): 42 mm across, a five-pointed star in the
 * centre (14 mm across its points), the organ's name in Song type running clockwise along the rim
 * over 200–250 degrees with a clear gap to the ring, every character the same size and narrower
 * than tall; a special seal's name (行政审批专用章) in one straight line under the star.
 */
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
    return glyphPath(font, ch, R + radius * Math.cos(a), R + radius * Math.sin(a), deg + 90, charW, charH);
  });
  parts.push(star(R, R - u(0.6), u(7)));
  const bottom = [...spec.bottom];
  if (bottom.length) {
    const width = Math.min(u(22), bottom.length * u(3.4));
    const bw = width / bottom.length;
    const y = R + u(11.2);
    bottom.forEach((ch, i) => {
      parts.push(glyphPath(font, ch, R - width / 2 + bw * (i + 0.5), y, 0, bw * 0.92, u(4.4)));
    });
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${f(diameter)}" height="${f(diameter)}" viewBox="0 0 ${f(diameter)} ${f(diameter)}"><circle cx="${f(R)}" cy="${f(R)}" r="${f(R - ring / 2)}" fill="none" stroke="${SEAL_RED}" stroke-width="${f(ring)}"/><g fill="${SEAL_RED}" fill-opacity="0.92">${parts.join('')}</g></svg>`;
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
  return { svg: sealSvg(spec, font), width: SEAL_DIAMETER, height: SEAL_DIAMETER };
}
