import { open } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { HubError } from '../errors/hub-error.ts';
import type { SourceFormat } from '../adapters/formats.ts';
import type { SourceRecord } from '../adapters/mapping.ts';
import { readCsv } from '../adapters/sources/csv-source.ts';
import { stringify } from 'csv-stringify/sync';
import { LICENSE_ITEMS, PENALTY_ITEMS, type ItemMapping } from '../schema/shuanggongshi.ts';

export type SgsKind = 'XK' | 'CF';

export const KIND_ITEMS: Record<SgsKind, ItemMapping[]> = { XK: LICENSE_ITEMS, CF: PENALTY_ITEMS };
const KIND_ZH: Record<SgsKind, string> = { XK: '行政许可', CF: '行政处罚' };
/** Without these a file is not of the kind, whatever else it has. */
const KEY_ITEMS: Record<SgsKind, string[]> = {
  XK: ['XK_XDR_MC', 'XK_WSH', 'XK_JDRQ'],
  CF: ['CF_XDR_MC', 'CF_WSH', 'CF_JDRQ'],
};

/**
 * Header spellings real exports use for one column: full-width or half-width brackets, spaces,
 * `_`/`-`, a leading `*` for required columns, upper- or lower-case item codes.
 */
function normaliseSgsHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .replace(/[\s*＊]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[-－＿]/g, '_')
    .toUpperCase();
}

function headerTable(kind: SgsKind): Map<string, string> {
  const table = new Map<string, string>();
  for (const m of KIND_ITEMS[kind]) {
    const names = [m.item, m.zh, ...(m.aliases ?? [])];
    // 行政相对人代码_1(统一社会信用代码) also appears as 代码_1(统一社会信用代码), 代码_1 and
    // 行政相对人代码-统一社会信用代码.
    for (const n of [...names]) if (n.startsWith('行政相对人代码')) names.push(n.slice('行政相对人'.length));
    const named = /^行政相对人代码_\d\((.+)\)$/.exec(m.zh);
    if (named) names.push(`行政相对人代码_${named[1]}`);
    for (const n of names) table.set(normaliseSgsHeader(n), m.item);
  }
  return table;
}
const TABLES: Record<SgsKind, Map<string, string>> = { XK: headerTable('XK'), CF: headerTable('CF') };

/**
 * Each header → its item code (unknown headers, such as an extension column 事项编码, keep their
 * own name). Refuses a header that is not of the kind (naming the other kind when it is that),
 * and two columns that are the same item.
 */
function recogniseHeader(kind: SgsKind, headers: string[]): Map<string, string> {
  const table = TABLES[kind];
  const out = new Map<string, string>();
  const seen = new Map<string, string>();
  for (const h of headers) {
    const item = table.get(normaliseSgsHeader(h));
    if (!item) {
      out.set(h, h.trim());
      continue;
    }
    const earlier = seen.get(item);
    if (earlier !== undefined)
      throw new HubError('SHUANGGONGSHI_HEADER', {
        kind: KIND_ZH[kind],
        kindEn: kind,
        reason: `“${earlier}”与“${h}”是同一项 ${item} / columns '${earlier}' and '${h}' are both ${item}`,
      });
    seen.set(item, h);
    out.set(h, item);
  }
  const missing = KEY_ITEMS[kind].filter((k) => !seen.has(k));
  if (missing.length) {
    const other: SgsKind = kind === 'XK' ? 'CF' : 'XK';
    const isOther = KEY_ITEMS[other].every((k) => headers.some((h) => TABLES[other].get(normaliseSgsHeader(h)) === k));
    throw new HubError('SHUANGGONGSHI_HEADER', {
      kind: KIND_ZH[kind],
      kindEn: kind,
      reason: isOther
        ? `这是${KIND_ZH[other]}（${other}_）文件 / this is a ${other}_ file`
        : `缺少列 ${missing.map((m) => KIND_ITEMS[kind].find((i) => i.item === m)!.zh).join('、')} / ` +
          `missing columns ${missing.join(', ')}`,
    });
  }
  return out;
}

/** A cell as the text an export means: dates as YYYY-MM-DD, rich text joined, formulas by their result. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date)
    return (
      `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}-` +
      `${String(v.getUTCDate()).padStart(2, '0')}`
    );
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('error' in v) return '';
  }
  return String(v).trim();
}

/** 证件类型 and 许可类别 columns: the standard asks for 其他 with its name (“其他-军官证”, 其他（备案）). */
const OTHER_NAMED: Record<SgsKind, string[]> = {
  XK: ['XK_XDR_ZJLX', 'XK_FR_ZJLX', 'XK_XKLB'],
  CF: ['CF_XDR_ZJLX', 'CF_FR_ZJLX'],
};
const NAMED_OTHER = /^其他\s*[-－—:：(（]/;

/**
 * Values as the standard's filling rules allow them, read to the value lists' words: 其他 with its
 * name is 其他 (the canonical record keeps no name); a blank 行政许可决定文书号 is the 许可编号 ("如无
 * 行政许可决定文书编号，填写该行政许可的许可编号").
 */
function standardValues(kind: SgsKind, fields: Record<string, string>): Record<string, string> {
  for (const item of OTHER_NAMED[kind]) if (NAMED_OTHER.test(fields[item]?.trim() ?? '')) fields[item] = '其他';
  if (kind === 'XK' && !fields.XK_WSH?.trim() && fields.XK_XKBH?.trim()) fields.XK_WSH = fields.XK_XKBH;
  return fields;
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

async function isXlsx(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return head.equals(XLSX_MAGIC);
  } finally {
    await handle.close();
  }
}

/**
 * The first worksheet of an XLSX export: the header is the first of the top five rows holding the
 * kind's key columns (exports often put a title row above it); each record's line is its row number.
 */
async function* readXlsx(kind: SgsKind, file: string): AsyncGenerator<SourceRecord> {
  // Loaded on first use: most hub processes and commands never read a spreadsheet.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (err) {
    throw new HubError('FILE_BROKEN', { line: 1, reason: `XLSX: ${(err as Error).message}` });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new HubError('FILE_NO_DATA_ROWS');
  let header: { row: number; names: Map<string, string>; columns: string[] } | undefined;
  let firstProblem: unknown;
  for (let r = 1; r <= Math.min(5, sheet.rowCount) && !header; r++) {
    const cells = (sheet.getRow(r).values as ExcelJS.CellValue[]).slice(1).map(cellText);
    if (cells.filter(Boolean).length < 2) continue;
    try {
      header = { row: r, names: recogniseHeader(kind, cells), columns: cells };
    } catch (err) {
      firstProblem ??= err;
    }
  }
  if (!header) throw firstProblem ?? new HubError('FILE_NO_DATA_ROWS');
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as ExcelJS.CellValue[]).slice(1).map(cellText);
    if (!values.some(Boolean)) continue;
    const fields: Record<string, string> = {};
    header.columns.forEach((h, i) => {
      if (h) fields[header.names.get(h) ?? h] = values[i] ?? '';
    });
    yield { fields: standardValues(kind, fields), line: r };
  }
}

/** A CSV export: its header recognised once, every record's fields renamed to item codes. */
async function* readSgsCsv(kind: SgsKind, file: string, encoding: 'utf-8' | 'gb18030'): AsyncGenerator<SourceRecord> {
  let names: Map<string, string> | undefined;
  for await (const record of readCsv(file, encoding)) {
    names ??= recogniseHeader(kind, Object.keys(record.fields));
    const fields: Record<string, string> = {};
    for (const [h, v] of Object.entries(record.fields)) fields[names.get(h) ?? h] = v;
    yield { ...record, fields: standardValues(kind, fields) };
  }
}

/** The standard's header row and the records under it, columns in the standard's order. */
export function sgsTable(kind: SgsKind, records: Record<string, string>[], extra: string[] = []): string[][] {
  const items = KIND_ITEMS[kind];
  return [
    [...items.map((m) => m.zh), ...extra],
    ...records.map((r) => [...items.map((m) => r[m.item] ?? ''), ...extra.map((e) => r[e] ?? '')]),
  ];
}

function sgsFormat(kind: SgsKind): SourceFormat {
  return {
    name: `shuanggongshi-${kind.toLowerCase()}`,
    async *readFile(file, encoding) {
      if (await isXlsx(file)) yield* readXlsx(kind, file);
      else yield* readSgsCsv(kind, file, encoding());
    },
    render: (records) => {
      const standard = new Set(KIND_ITEMS[kind].map((m) => m.item));
      const extra = [...new Set(records.flatMap((r) => Object.keys(r)))].filter((k) => !standard.has(k));
      return stringify(sgsTable(kind, records, extra));
    },
  };
}

/** 双公示 行政许可 (XK_) and 行政处罚 (CF_) exports, CSV (UTF-8 with or without BOM, GBK, GB18030) or XLSX. */
export const shuanggongshiFormats: SourceFormat[] = [sgsFormat('XK'), sgsFormat('CF')];
