import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Actor } from '../audit/actor.ts';
import { invalidate } from '../cache/reference-cache.ts';
import { isIsoDate, shanghaiDate } from '../calendar/china-time.ts';
import { listDepartments } from '../departments/department-store.ts';
import { HubError, type ErrorDetail } from '../errors/hub-error.ts';
import { decodeText, encodeText, type TextEncoding } from '../files/decode-text.ts';
import type { HubContext } from '../hub-context.ts';
import { CATALOGUE_SCHEMAS, type CatalogueKind } from '../schema/catalogue.ts';
import { check } from '../schema/validator.ts';
import { listEntries, putEntry } from './catalogue-store.ts';
import { COLUMNS, CellError, detectKind, normaliseHeader, type Column } from './csv-columns.ts';

export interface ImportOptions {
  kind?: CatalogueKind;
  encoding?: string;
  /** Used for rows that do not give their own 生效日期; default today. */
  effectiveFrom?: string;
  reason?: string;
  /** The decision behind the import's changes (002 §3 动态调整决定). */
  decisionRef?: string;
}

/** A row as read: where it came from and what it holds, before validation. */
interface Candidate {
  kind: CatalogueKind;
  line?: number;
  pointer?: string;
  data: Record<string, unknown>;
  effectiveFrom?: string;
  reason?: string;
  problems: ErrorDetail[];
}

export interface ImportReport {
  fileEncoding: TextEncoding;
  imported: { kind: CatalogueKind; code: string; version: number; changed: boolean; line?: number }[];
  rejected: { kind: CatalogueKind; code?: string; line?: number; pointer?: string; errors: ErrorDetail[] }[];
  warnings: ErrorDetail[];
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let obj = target;
  for (const k of keys.slice(0, -1)) obj = (obj[k] ??= {}) as Record<string, unknown>;
  obj[keys.at(-1)!] = value;
}

function getPath(source: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), source);
}

function columnForPointer(columns: Column[], pointer: string): Column | undefined {
  const path = pointer
    .split('/')
    .filter(Boolean)
    .filter((s) => !/^\d+$/.test(s))
    .join('.');
  return columns
    .filter((c) => path === c.field || path.startsWith(`${c.field}.`) || c.field.startsWith(`${path}.`))
    .sort((a, b) => b.field.length - a.field.length)[0];
}

function readCsv(text: string, forced: CatalogueKind | undefined, warnings: ErrorDetail[]): Candidate[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(text, { info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as never;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new HubError(
      'CATALOGUE_IMPORT_INVALID',
      { count: 1 },
      {
        cause: e,
        details: [{ line, zh: `CSV 格式错误：${(e as Error).message}`, en: `CSV syntax: ${(e as Error).message}` }],
      },
    );
  }
  const header = records[0]?.record ?? [];
  const kind = forced ?? detectKind(header);
  if (!kind) {
    throw new HubError(
      'CATALOGUE_IMPORT_INVALID',
      { count: 1 },
      {
        details: [
          {
            line: 1,
            zh: '表头中找不到“事项编码”或“监管事项编码”列',
            en: 'header has no 事项编码 or 监管事项编码 column',
          },
        ],
      },
    );
  }
  const byHeader = new Map(COLUMNS[kind].map((c) => [normaliseHeader(c.header), c]));
  const columns = header.map((h) => byHeader.get(normaliseHeader(h)));
  header.forEach((h, i) => {
    if (!columns[i])
      warnings.push({ line: 1, field: h, zh: `未识别的列“${h}”已忽略`, en: `unknown column '${h}' ignored` });
  });
  return records.slice(1).map(({ record, info }) => {
    const c: Candidate = { kind, line: info.lines, data: {}, problems: [] };
    record.forEach((cell, i) => {
      const col = columns[i];
      if (!col || cell === '') return;
      try {
        const value = col.read(cell);
        if (value === undefined) return;
        if (col.field === '$effectiveFrom') c.effectiveFrom = String(value);
        else if (col.field === '$reason') c.reason = String(value);
        else setPath(c.data, col.field, value);
      } catch (e) {
        if (!(e instanceof CellError)) throw e;
        c.problems.push({
          line: info.lines,
          field: col.header,
          zh: `${col.header}：${e.zh}`,
          en: `${col.header}: ${e.en}`,
        });
      }
    });
    return c;
  });
}

function readJson(text: string, forced: CatalogueKind | undefined): Candidate[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new HubError(
      'CATALOGUE_IMPORT_INVALID',
      { count: 1 },
      {
        cause: e,
        details: [{ zh: `JSON 格式错误：${(e as Error).message}`, en: `JSON syntax: ${(e as Error).message}` }],
      },
    );
  }
  const doc = (
    Array.isArray(json) ? { [forced === 'supervision-matter' ? 'supervisionMatters' : 'matters']: json } : json
  ) as Record<string, unknown>;
  const out: Candidate[] = [];
  for (const [key, kind] of [
    ['matters', 'matter'],
    ['supervisionMatters', 'supervision-matter'],
  ] as const) {
    ((doc[key] as unknown[] | undefined) ?? []).forEach((item, i) => {
      const { effectiveFrom, reason, ...data } = (item ?? {}) as Record<string, unknown>;
      out.push({
        kind,
        pointer: `/${key}/${i}`,
        data,
        effectiveFrom: effectiveFrom as string | undefined,
        reason: reason as string | undefined,
        problems: [],
      });
    });
  }
  return out.map((c) => ({
    ...c,
    effectiveFrom: c.effectiveFrom ?? (doc.effectiveFrom as string | undefined),
    reason: c.reason ?? (doc.reason as string | undefined),
  }));
}

/**
 * Imports catalogue entries from CSV (UTF-8 or GB18030, Chinese headers) or JSON. Every row is
 * checked on its own: good rows become new versions, each bad one is reported with its line
 * (or JSON pointer) and field, and a bad row never stops the good ones.
 */
export async function importCatalogue(
  ctx: HubContext,
  bytes: Uint8Array,
  fileName: string,
  opts: ImportOptions,
  actor: Actor,
): Promise<ImportReport> {
  const { text, encoding } = decodeText(bytes, opts.encoding);
  const warnings: ErrorDetail[] = [];
  const candidates = /\.json$/i.test(fileName) ? readJson(text, opts.kind) : readCsv(text, opts.kind, warnings);
  const departments = new Set((await listDepartments(ctx.db)).map((d) => d.code));
  const today = shanghaiDate(ctx.clock.now());
  const seen = new Set<string>();
  const report: ImportReport = { fileEncoding: encoding, imported: [], rejected: [], warnings };
  const accepted: (Candidate & { effectiveFrom: string; reason: string })[] = [];

  for (const c of candidates) {
    const where = { line: c.line, pointer: c.pointer };
    const columns = COLUMNS[c.kind];
    const problems = [...c.problems];
    const effectiveFrom = c.effectiveFrom ?? opts.effectiveFrom ?? today;
    if (!isIsoDate(effectiveFrom))
      problems.push({
        ...where,
        field: '生效日期',
        zh: `生效日期“${effectiveFrom}”应为 YYYY-MM-DD`,
        en: `effective date '${effectiveFrom}' is not YYYY-MM-DD`,
      });
    if (!problems.length) {
      const result = check(CATALOGUE_SCHEMAS[c.kind], c.data);
      if (!result.ok) {
        for (const d of result.details) {
          const col = d.pointer ? columnForPointer(columns, d.pointer) : undefined;
          problems.push({
            ...d,
            ...where,
            field: col?.header,
            pointer: c.pointer ? `${c.pointer}${d.pointer}` : d.pointer,
          });
        }
      }
    }
    const refs =
      c.kind === 'matter'
        ? ((getPath(c.data, 'supervisionDepartments') as string[] | undefined) ?? [])
        : [String(getPath(c.data, 'department') ?? '')];
    for (const ref of refs.filter((r) => r && !departments.has(r))) {
      const field = '监管部门';
      problems.push({
        ...where,
        field,
        code: 'UNKNOWN_DEPARTMENT',
        zh: `${field}：部门代码“${ref}”不存在`,
        en: `${field}: no department with code '${ref}'`,
      });
    }
    const key = `${c.kind}:${String(c.data.code)}`;
    if (!problems.length && seen.has(key))
      problems.push({
        ...where,
        field: '事项编码',
        zh: `事项编码“${String(c.data.code)}”在文件中重复`,
        en: `code '${String(c.data.code)}' appears twice in the file`,
      });
    seen.add(key);
    if (problems.length)
      report.rejected.push({ kind: c.kind, code: c.data.code as string | undefined, ...where, errors: problems });
    else accepted.push({ ...c, effectiveFrom, reason: c.reason ?? opts.reason ?? `导入 ${fileName}` });
  }

  await ctx.db.transaction().execute(async (tx) => {
    for (const c of accepted) {
      const { entry, changed } = await putEntry(
        ctx,
        c.kind,
        c.data,
        { effectiveFrom: c.effectiveFrom, reason: c.reason, decisionRef: opts.decisionRef },
        actor,
        tx,
      );
      report.imported.push({ kind: c.kind, code: entry.code, version: entry.version, changed, line: c.line });
    }
  });
  invalidate(ctx.db, 'catalogue:');
  return report;
}

/** Exports the entries in force as JSON or CSV (UTF-8 with BOM so Excel opens it, or GB18030). */
export async function exportCatalogue(
  ctx: HubContext,
  kind: CatalogueKind,
  format: 'json' | 'csv',
  encoding: TextEncoding = 'utf-8',
  asOf?: string,
): Promise<Buffer> {
  const entries = await listEntries(ctx, kind, asOf);
  if (format === 'json') {
    const key = kind === 'matter' ? 'matters' : 'supervisionMatters';
    return Buffer.from(
      JSON.stringify({ [key]: entries.map((e) => ({ ...e.data, effectiveFrom: e.effectiveFrom })) }, null, 2),
    );
  }
  const columns = COLUMNS[kind];
  const rows = entries.map((e) =>
    columns.map((c) =>
      c.field === '$effectiveFrom'
        ? e.effectiveFrom
        : c.field === '$reason'
          ? e.reason
          : c.write(getPath(e.data as Record<string, unknown>, c.field)),
    ),
  );
  const csv = stringify([columns.map((c) => c.header), ...rows]);
  return encoding === 'utf-8'
    ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encodeText(csv, 'utf-8')])
    : encodeText(csv, encoding);
}
