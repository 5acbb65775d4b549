import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import type * as fontkit from 'fontkit';

/**
 * The four typeface roles of GB/T 9704-2012, plus a Song face that supplies any glyph the face of a
 * role lacks, and the free faces that stand in for them when a bureau has not pointed the hub at its
 * licensed official fonts. All defaults arrive with the repository (FandolFang, GPL with the font
 * exception, in templates/fonts/) or with `npm install` (OFL packages); no system font packages are
 * needed. See docs/DOCUMENTS.md.
 */
export type FontRole = 'title' | 'body' | 'hei' | 'kai' | 'song';

export interface FontSource {
  role: FontRole;
  /** Name the role plays in the standard, e.g. 方正小标宋简体. */
  official: string;
  /** What is actually used: the configured official face, or the free default. */
  face: string;
  file: string;
  /** Set for TrueType collections (.ttc): the PostScript name of the face inside. */
  postscriptName?: string;
  configured: boolean;
}

const require = createRequire(import.meta.url);
/** The CommonJS fontkit that pdfkit itself uses, so both share one parsed copy of each font. */
const fontkitCjs = require('fontkit') as typeof fontkit;
const pkgFile = (spec: string) => require.resolve(spec);
const repoFile = (name: string) => new URL(`./fonts/${name}`, import.meta.url).pathname;

const DEFAULTS: Record<FontRole, { official: string; face: string; file: () => string; env: string }> = {
  // 小标宋 is a heavy Song with thick horizontals and little stroke contrast; of the free faces the
  // heaviest Noto Serif SC (Source Han Serif Heavy) comes closest (Bold reads as ordinary bold Song).
  title: {
    official: '方正小标宋简体',
    face: 'Noto Serif SC Black',
    file: () => pkgFile('@expo-google-fonts/noto-serif-sc/900Black/NotoSerifSC_900Black.ttf'),
    env: 'SHENGUAN_FONT_TITLE',
  },
  // FandolFang covers all 6,763 hanzi of GB 2312; what it lacks (ⅰ–ⅹ, rarer name characters such as
  // 堃 喆 玥) is set in the Song face glyph by glyph (see `fallbackRuns`).
  body: {
    official: '仿宋_GB2312',
    face: 'FandolFang Regular',
    file: () => repoFile('FandolFang-Regular.otf'),
    env: 'SHENGUAN_FONT_BODY',
  },
  hei: {
    official: '黑体',
    face: 'Noto Sans SC Medium',
    file: () => pkgFile('@expo-google-fonts/noto-sans-sc/500Medium/NotoSansSC_500Medium.ttf'),
    env: 'SHENGUAN_FONT_HEI',
  },
  kai: {
    official: '楷体_GB2312',
    face: 'LXGW WenKai',
    file: () => pkgFile('@fontsource/lxgw-wenkai/files/lxgw-wenkai-latin-500-normal.woff'),
    env: 'SHENGUAN_FONT_KAI',
  },
  song: {
    official: '宋体',
    face: 'Noto Serif SC Regular',
    file: () => pkgFile('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf'),
    env: 'SHENGUAN_FONT_SONG',
  },
};

export const FONT_ROLES = Object.keys(DEFAULTS) as FontRole[];

/** `SHENGUAN_FONT_BODY=/srv/fonts/simfang.ttf` or `…/fonts.ttc#FangSong` picks a licensed face for a role. */
export function resolveFontSources(env: NodeJS.ProcessEnv = process.env): FontSource[] {
  return FONT_ROLES.map((role) => {
    const d = DEFAULTS[role];
    const configured = env[d.env];
    if (configured) {
      const [file, postscriptName] = configured.split('#');
      return {
        role,
        official: d.official,
        face: postscriptName ?? file!.split('/').pop()!,
        file: file!,
        postscriptName,
        configured: true,
      };
    }
    return { role, official: d.official, face: d.face, file: d.file(), configured: false };
  });
}

/**
 * WOFF 1.0 → plain sfnt. pdfkit reads WOFF only very slowly and LXGW WenKai ships as WOFF, so it is
 * unwrapped once per process (~0.2 s): each table is zlib-inflated unless stored uncompressed.
 */
function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') return woff;
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.readUInt32BE(at),
      checksum: woff.readUInt32BE(at + 16),
      data: compLength < origLength ? inflateSync(raw) : raw,
    };
  });
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const headerSize = 12 + numTables * 16;
  const total = tables.reduce((n, t) => n + ((t.data.length + 3) & ~3), headerSize);
  const out = Buffer.alloc(total);
  out.writeUInt32BE(woff.readUInt32BE(4), 0); // flavor: 0x00010000 (TrueType) or 'OTTO'
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += (t.data.length + 3) & ~3;
  });
  return out;
}

export interface LoadedFont extends FontSource {
  data: Buffer;
  /** Parsed once per process: the seal draws its rim from these glyph outlines. */
  font: fontkit.Font;
  /** The line height pdfkit gives the font per point of size: ascent − descent over units per em, no gap. */
  lineHeightPerPt: number;
}

export function loadFont(source: FontSource): LoadedFont {
  const data = woffToSfnt(readFileSync(source.file));
  const opened = fontkitCjs.create(data, source.postscriptName);
  const font = ('fonts' in opened ? opened.fonts[0] : opened) as fontkit.Font;
  // pdfkit (and so pdfmake) measures a line without the font's lineGap; counting it would put 20 lines
  // on a page of a face with a gap (FandolFang's is 0.2 em) instead of the grid's 22.
  return { ...source, data, font, lineHeightPerPt: (font.ascent - font.descent) / font.unitsPerEm };
}
