import { readFileSync } from 'node:fs';
import type { Content } from 'pdfmake';
import type * as fontkit from 'fontkit';

/** 印章 red; GB/T 9704 asks for red seals and headers without naming a value. */
export const SEAL_RED = '#D7000F';
/** Diameter of an organ's round seal (4.2 cm), in points. */
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

/** One character as an SVG path, centred on (x, y), turned by `angle` degrees, `w`×`h` points. */
function glyphPath(font: fontkit.Font, ch: string, x: number, y: number, angle: number, w: number, h: number): string {
  const glyph = font.glyphForCodePoint(ch.codePointAt(0)!);
  const box = glyph.bbox;
  const gw = Math.max(box.maxX - box.minX, 1);
  const gh = Math.max(box.maxY - box.minY, 1);
  // Font units have y up; SVG has y down: flip, then centre the glyph's ink box on the origin.
  const sx = w / Math.max(gw, gh);
  const sy = h / Math.max(gw, gh);
  const transform = `translate(${f(x)} ${f(y)}) rotate(${f(angle)}) scale(${f(sx * 1000) / 1000} ${f(-sy * 1000) / 1000}) translate(${f(-(box.minX + gw / 2))} ${f(-(box.minY + gh / 2))})`;
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

function drawSeal(spec: SealSpec, font: fontkit.Font, diameter: number): string {
  const R = diameter / 2;
  const ring = diameter * 0.03;
  const rimChars = [...spec.rim];
  const n = rimChars.length;
  const span = Math.min(250, 20 * Math.max(n - 1, 1)); // degrees of arc the issuer's name covers
  const charH = diameter * (n > 16 ? 0.13 : 0.16);
  const radius = R - ring - charH * 0.62;
  const step = n > 1 ? span / (n - 1) : 0;
  const charW = Math.min(charH * 0.78, ((step * Math.PI) / 180) * radius * 0.92);
  const parts = rimChars.map((ch, i) => {
    const deg = -90 - span / 2 + i * step; // from lower left, over the top, to lower right
    const a = (deg * Math.PI) / 180;
    return glyphPath(font, ch, R + radius * Math.cos(a), R + radius * Math.sin(a), deg + 90, charW, charH);
  });
  parts.push(star(R, R, diameter * 0.17));
  const bottom = [...spec.bottom];
  if (bottom.length) {
    const width = diameter * 0.56;
    const bw = width / bottom.length;
    const y = R + diameter * 0.28;
    bottom.forEach((ch, i) => {
      parts.push(glyphPath(font, ch, R - width / 2 + bw * (i + 0.5), y, 0, bw * 0.9, diameter * 0.11));
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
