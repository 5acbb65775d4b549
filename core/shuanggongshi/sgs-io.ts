import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { sql } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { endOfShanghaiDay, shanghaiDate, startOfShanghaiDay } from '../calendar/china-time.ts';
import { ingest, type IngestSummary, type RecordOutcome } from '../adapters/ingest.ts';
import { compileMapping } from '../adapters/mapping.ts';
import { HubError } from '../errors/hub-error.ts';
import { EncodingProbe, encodingVerdict } from '../files/encoding-probe.ts';
import type { HubContext } from '../hub-context.ts';
import { payloadHash } from '../linkage/idempotency.ts';
import type { Job } from '../scheduler/scheduler.ts';
import type { ApprovalDecision, SupervisionRecord } from '../schema/linkage.ts';
import { approvalToLicenseItems, supervisionToPenaltyItems } from '../schema/shuanggongshi.ts';
import { shuanggongshiFormats, sgsTable, type SgsKind } from './sgs-format.ts';
import { sgsMappingSpec } from './sgs-mapping.ts';

export interface SgsExportOptions {
  kind: SgsKind;
  /** Inclusive range of Shanghai dates. */
  from: string;
  to: string;
  /** decision: by 许可/处罚决定日期; recorded: by the day the hub recorded the record (the daily file). */
  by?: 'decision' | 'recorded';
  format?: 'csv' | 'xlsx';
  encoding?: 'utf-8' | 'gb18030';
  /** Only this department's penalties (CF_). */
  department?: string;
  /** XK_: append the catalogue's matter code as a last column 事项编码 (not in the standard), so the file re-imports. */
  matterColumn?: boolean;
}

export interface SgsFile {
  bytes: Buffer;
  rows: number;
  fileName: string;
  contentType: string;
}

/** The licence as the credit platform should show it now: 无效 once revoked, cancelled, withdrawn or replaced. */
const STILL_VALID = new Set(['valid', 'suspended', 'amended']);

/** The decision date inside the record the row keeps as JSON (an approval's `decision`, a penalty's `record`). */
const decisionDate = (column: 'decision' | 'record') => sql<string>`${sql.ref(column)}->>'decisionDate'`;

/** The export's range, inclusive: by the day the hub recorded the row (the daily file), or by the decision date. */
function inRange(o: SgsExportOptions, column: 'decision' | 'record') {
  const pushedAt = sql.ref('pushed_at');
  return o.by === 'recorded'
    ? sql<boolean>`${pushedAt} >= ${startOfShanghaiDay(o.from)} and ${pushedAt} < ${endOfShanghaiDay(o.to)}`
    : sql<boolean>`${decisionDate(column)} >= ${o.from} and ${decisionDate(column)} <= ${o.to}`;
}

async function licenceRows(ctx: HubContext, o: SgsExportOptions): Promise<Record<string, string>[]> {
  const rows = await ctx.db
    .selectFrom('approvals')
    .select(['decision', 'license_status', 'matter_code', 'pushed_at'])
    .where('state', '=', 'active')
    .where(inRange(o, 'decision'))
    .orderBy(decisionDate('decision'))
    .orderBy('pushed_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => {
    const decision = r.decision as unknown as ApprovalDecision;
    const status = decision.status === 'valid' && STILL_VALID.has(r.license_status) ? 'valid' : 'invalid';
    const items = approvalToLicenseItems({ ...decision, status });
    return o.matterColumn ? { ...items, 事项编码: r.matter_code } : items;
  });
}

/** 行政处罚 are the enforcement records that carry a decision number (CF_WSH is required by the standard). */
const PENALTY_KINDS = ['penalty', 'suspension-order', 'license-revocation'] as const;

async function penaltyRows(ctx: HubContext, o: SgsExportOptions): Promise<Record<string, string>[]> {
  let q = ctx.db
    .selectFrom('supervision_records')
    .select(['record'])
    .where('state', '=', 'active')
    .where('kind', 'in', [...PENALTY_KINDS]);
  if (o.department) q = q.where('source_department', '=', o.department);
  const rows = await q
    .where(inRange(o, 'record'))
    .orderBy(decisionDate('record'))
    .orderBy('pushed_at')
    .orderBy('id')
    .execute();
  return rows
    .map((r) => r.record as unknown as SupervisionRecord)
    .filter((r) => r.documentNumber)
    .map((r) => supervisionToPenaltyItems(r));
}

/**
 * A 双公示 file for a date range: the standard's columns in the standard's order under its 2021
 * headers, one row per licence (XK_) or penalty (CF_) in decision-date order; CSV in GB18030 or
 * UTF-8 (with BOM, for spreadsheet programs), or XLSX. Corrected approvals go out as their
 * correction only; withdrawn records not at all.
 */
export async function exportShuanggongshi(ctx: HubContext, o: SgsExportOptions): Promise<SgsFile> {
  const records = o.kind === 'XK' ? await licenceRows(ctx, o) : await penaltyRows(ctx, o);
  const table = sgsTable(o.kind, records, o.kind === 'XK' && o.matterColumn ? ['事项编码'] : []);
  const base = `${o.kind}_${o.from.replaceAll('-', '')}${o.to === o.from ? '' : `-${o.to.replaceAll('-', '')}`}`;
  if ((o.format ?? 'csv') === 'xlsx') {
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    const sheet = workbook.addWorksheet(o.kind === 'XK' ? '行政许可' : '行政处罚');
    // Every cell is text: a licence number or a code must not turn into a number or a date.
    for (const row of table) sheet.addRow(row).eachCell((c) => void (c.numFmt = '@'));
    return {
      bytes: Buffer.from(await workbook.xlsx.writeBuffer()),
      rows: records.length,
      fileName: `${base}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
  }
  const text = stringify(table, { record_delimiter: 'windows' });
  const gb = (o.encoding ?? 'gb18030') === 'gb18030';
  return {
    bytes: gb ? iconv.encode(text, 'gb18030') : Buffer.from(`\uFEFF${text}`, 'utf8'),
    rows: records.length,
    fileName: `${base}.csv`,
    contentType: `text/csv; charset=${gb ? 'GB18030' : 'utf-8'}`,
  };
}

export interface SgsImportResult extends IngestSummary {
  outcomes: RecordOutcome[];
}

/**
 * A 双公示 export uploaded through the API or the CLI, mapped by the built-in mapping of its kind and
 * taken like a file drop (each record under a key from its content alone — the key the file drop,
 * the CLI and a historical load give the same record — so a re-upload, or the file already dropped in
 * the inbox, records nothing twice and answers `duplicate` with the record first stored; every
 * record's outcome in line order, flagged ones with their warnings). XK_ belongs to the
 * bureau and is a historical load unless `push` is asked for; CF_ records are the uploading
 * department's own. `matterCode` fills 事项编码 for XK_ rows without one.
 */
export async function importShuanggongshi(
  ctx: HubContext,
  kind: SgsKind,
  bytes: Buffer,
  actor: Actor,
  opts: { push?: boolean; matterCode?: string; encoding?: 'utf-8' | 'gbk' | 'gb18030' } = {},
): Promise<SgsImportResult> {
  const spec = sgsMappingSpec(kind);
  if (kind === 'XK' && opts.matterCode)
    spec.fields['/matterCode'] = { from: '事项编码', required: true, default: opts.matterCode };
  const mapping = compileMapping(spec);
  const format = shuanggongshiFormats.find((f) => f.name === `shuanggongshi-${kind.toLowerCase()}`)!;
  const probe = new EncodingProbe();
  probe.update(bytes);
  const verdict = probe.end();
  // exceljs and the CSV reader both read files; the upload is written to a private temporary folder.
  const dir = mkdtempSync(join(tmpdir(), 'sg-sgs-'));
  const file = join(dir, 'upload');
  writeFileSync(file, bytes, { mode: 0o600 });
  const outcomes: RecordOutcome[] = [];
  try {
    const summary = await ingest(
      ctx,
      actor,
      mapping,
      format.readFile(file, () => encodingVerdict(verdict, opts.encoding)),
      `shuanggongshi-${kind.toLowerCase()}`,
      (o) => void outcomes.push(o),
      { historical: kind === 'XK' && !opts.push },
    );
    if (summary.records === 0) throw new HubError('FILE_NO_DATA_ROWS');
    return { ...summary, outcomes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The daily 双公示 files for the credit platform: at 01:00 the previous day's records (by the day
 * the hub recorded them), XK_ and CF_, written atomically into the configured folder as
 * `XK_<yyyymmdd>.<ext>` and `CF_<yyyymmdd>.<ext>`; an empty day gives files with the header only,
 * so the platform sees the day was exported. Each run is audited with its row counts and hashes.
 */
export function shuanggongshiExportJob(
  ctx: HubContext,
  folder: string,
  opts: Pick<SgsExportOptions, 'format' | 'encoding' | 'matterColumn'> = {},
): Job {
  return {
    name: 'shuanggongshi-export',
    cron: '0 0 1 * * *',
    coordinated: true,
    run: () => exportDay(ctx, folder, shanghaiDate(new Date(ctx.clock.now().getTime() - 86_400_000)), opts),
  };
}

export async function exportDay(
  ctx: HubContext,
  folder: string,
  day: string,
  opts: Pick<SgsExportOptions, 'format' | 'encoding' | 'matterColumn'> = {},
): Promise<{ file: string; rows: number }[]> {
  await mkdir(folder, { recursive: true });
  const written: { file: string; rows: number; sha256: string }[] = [];
  for (const kind of ['XK', 'CF'] as const) {
    const out = await exportShuanggongshi(ctx, { ...opts, kind, from: day, to: day, by: 'recorded' });
    const tmp = join(folder, `.${out.fileName}.tmp`);
    await writeFile(tmp, out.bytes);
    await rename(tmp, join(folder, out.fileName));
    written.push({ file: out.fileName, rows: out.rows, sha256: payloadHash(out.bytes.toString('base64')) });
  }
  await recordAudit(ctx.db, {
    actor: { id: 'system:shuanggongshi-export', department: null, roles: ['system'] },
    at: ctx.clock.now(),
    action: 'shuanggongshi.exported',
    entityType: 'shuanggongshi-export',
    entityId: day,
    department: null,
    after: { folder, files: written },
  });
  return written.map(({ file, rows }) => ({ file, rows }));
}
