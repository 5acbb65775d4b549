import { createWriteStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { normaliseHeader } from '../catalogue/csv-columns.ts';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsvSync } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { encodeText } from '../files/decode-text.ts';
import { parse } from 'yaml';
import { SYSTEM_ACTOR } from '../audit/actor.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { findDepartment, saveDepartment } from '../departments/department-store.ts';
import { isHubError } from '../errors/hub-error.ts';
import { hubOnStore } from '../hub.ts';
import { loadProfile } from '../policy/load-profile.ts';
import { openStore } from '../storage/open-store.ts';
import { adapterActor, ingest } from './ingest.ts';
import { measureRetention, MAX_RETAINED_RATIO } from './bounded-memory.ts';
import { compileAdapter, mapFile, readSource, runMappingTests } from './dry-run.ts';
import { sourceFormatFor } from './formats.ts';
import type { AdapterFolder } from './manifest.ts';
import { resolveSettings, settingVariable } from './settings.ts';
import type { CompiledMapping, SourceRecord } from './mapping.ts';

/**
 * Legacy → canonical → legacy → canonical for every good fixture record: the outbound side writes
 * the record (through the format's renderer into a real file, read back by the same reader when the
 * format has one), and it must map to the same canonical record, with every source field that held
 * a value written again.
 */
async function roundTrip(adapter: AdapterFolder, mapping: CompiledMapping, good: SourceRecord[]): Promise<string> {
  const pairs = good.flatMap((r) => {
    const m = mapping.map(r);
    return m.ok ? [{ record: r, value: m.value, legacy: mapping.unmap(m.value) }] : [];
  });
  if (!pairs.length) throw new Error('no fixture record maps: the round trip needs at least one good record');
  for (const { record, legacy } of pairs) {
    const lost = mapping.columns.filter((c) => {
      const had = Object.entries(record.fields).find(([k]) => normaliseHeader(k) === normaliseHeader(c))?.[1];
      return had?.trim() && !legacy[c]?.trim();
    });
    if (lost.length)
      throw new Error(
        `line ${record.line}: the outbound side does not write ${lost.join(', ')}: give each a \`from\` rule`,
      );
  }
  const back = await writeAndRead(
    adapter,
    pairs.map((p) => p.legacy),
    mapping.columns,
  );
  if (back.length !== pairs.length) throw new Error(`wrote ${pairs.length} records, read back ${back.length}`);
  back.forEach((r, i) => {
    const again = mapping.map(r);
    if (!again.ok)
      throw new Error(
        `line ${pairs[i]!.record.line}: the written record does not map back: ` +
          `${again.errors.map((e) => e.en).join('; ')}`,
      );
    if (!isDeepStrictEqual(again.value, pairs[i]!.value))
      throw new Error(
        `line ${pairs[i]!.record.line}: changed on the way round: ` +
          `${JSON.stringify(pairs[i]!.value)} → ${JSON.stringify(again.value)}`,
      );
  });
  return `${pairs.length} record(s) written ${writtenAs(adapter)} and read back unchanged`;
}

/**
 * Legacy records written as the delivery writes them (the format's renderer into a real file, in the
 * adapter's encoding) and read back by the format's reader; a format without a renderer passes them as they are.
 */
async function writeAndRead(
  adapter: AdapterFolder,
  records: Record<string, string>[],
  columns: string[],
): Promise<SourceRecord[]> {
  const format = sourceFormatFor(adapter.manifest.format)!;
  if (!format.render) return records.map((fields, i) => ({ fields, line: i + 1 }));
  const file = join(mkdtempSync(join(tmpdir(), 'sg-roundtrip-')), `out.${adapter.manifest.format}`);
  const rendered = format.render(records, columns);
  const encoding = adapter.manifest.encoding ?? 'utf-8';
  writeFileSync(file, typeof rendered === 'string' ? encodeText(rendered, encoding) : rendered);
  const back: SourceRecord[] = [];
  for await (const r of readSource(adapter, file)) back.push(r);
  return back;
}

/** A decision of every kind of value the approval rules write: codes, dates, 长期, nested fields. */
const SAMPLE_APPROVAL = {
  matterCode: 'SC-001',
  counterpart: {
    name: '高青县福源餐饮有限公司',
    category: 'organisation',
    uscc: '914403001922038216',
    contact: { person: '王建国', phone: '0533-6912345', address: '高青县田镇街道青城路88号' },
  },
  licenseDocumentName: '食品经营许可决定书',
  licenseDocumentNumber: '高审批食经〔2026〕118号',
  licenseCategory: 'ordinary',
  certificateName: '食品经营许可证',
  certificateNumber: 'JY23703220012345',
  content: '预包装食品销售（含冷藏冷冻食品），热食类食品制售',
  decisionDate: '2026-03-02',
  validFrom: '2026-03-02',
  validTo: 'long-term',
  issuingAuthority: { name: '高青县行政审批服务局', uscc: '11370322MB2850914M' },
  status: 'valid',
  decisionKind: 'establish',
  mode: 'commitment',
};

/** Leaves of `part` that differ from `whole` at the same place, as JSON pointers. */
function changedLeaves(part: unknown, whole: unknown, at = ''): string[] {
  if (part && typeof part === 'object' && !Array.isArray(part))
    return Object.entries(part).flatMap(([k, v]) =>
      changedLeaves(v, (whole as Record<string, unknown> | undefined)?.[k], `${at}/${k}`),
    );
  return isDeepStrictEqual(part, whole) ? [] : [at];
}

/**
 * The approval outbound side (`outbound.approval`): a sample decision → the department's shape → a
 * real file → read back → canonical again, every value as it was, and written out the same again.
 */
async function approvalRoundTrip(adapter: AdapterFolder, out: CompiledMapping): Promise<string> {
  const written = out.write(SAMPLE_APPROVAL);
  if (!written.ok)
    throw new Error(`the sample approval cannot be written: ${written.errors.map((e) => e.en).join('; ')}`);
  const [back] = await writeAndRead(adapter, [written.fields], out.columns);
  if (!back) throw new Error('the written approval was not read back');
  const again = out.map(back, { partial: true });
  if (!again.ok) throw new Error(`the written approval does not map back: ${again.errors.map((e) => e.en).join('; ')}`);
  const changed = changedLeaves(again.value, SAMPLE_APPROVAL);
  if (changed.length) throw new Error(`changed on the way round: ${changed.join(', ')}`);
  if (!isDeepStrictEqual(out.unmap(again.value), written.fields))
    throw new Error('written again, the approval differs from the first writing');
  return `${Object.keys(written.fields).length} field(s) written ${writtenAs(adapter)} and read back unchanged`;
}

const writtenAs = (adapter: AdapterFolder) =>
  sourceFormatFor(adapter.manifest.format)?.render ? `as ${adapter.manifest.format}` : 'as fields';

export interface CheckResult {
  check: string;
  status: 'pass' | 'fail' | 'skipped';
  detail: string;
}

const BATCH = 100_000;

async function firstFixture(dir: string): Promise<string> {
  const cases = (parse(readFileSync(join(dir, 'tests.yaml'), 'utf8')) as { cases: { input: string }[] }).cases;
  return join(dir, cases[0]!.input);
}

/**
 * `shenguan adapter check DIR`: one suite for any adapter. Manifest valid; mapping tests pass; round
 * trip where both directions exist; malformed input gives per-record errors, no crash; a duplicate is
 * not ingested twice (on a throwaway embedded store); a 100k-record CSV batch streams in bounded memory.
 * A check the adapter declares unsupported is skipped with its written reason; each failure says what to fix.
 */
export async function checkAdapter(dir: string): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const run = async (check: string, fn: () => Promise<string>) => {
    try {
      results.push({ check, status: 'pass', detail: await fn() });
    } catch (err) {
      results.push({
        check,
        status: 'fail',
        detail: isHubError(err)
          ? `${err.en}: ${err.details.map((d) => `${d.pointer ?? d.field ?? ''} ${d.en}`).join('; ')}`
          : (err as Error).message,
      });
    }
  };
  let opened: ReturnType<typeof compileAdapter> | undefined;
  await run('manifest', async () => {
    opened = compileAdapter(dir);
    const { name, version, department, transport, format } = opened.adapter.manifest;
    return `${name}@${version} for ${department}, ${transport}/${format}`;
  });
  if (!opened) return results;
  const { adapter, mapping } = opened;
  const unsupported = adapter.manifest.unsupported ?? {};
  await run('settings', async () => {
    // With this process's environment: a deployment runs the kit where the hub runs.
    const values = resolveSettings(adapter.manifest);
    const names = Object.keys(adapter.manifest.settings?.properties ?? {});
    return names.length
      ? `${names.map((n) => `${n}=${JSON.stringify(values[n]) ?? '(unset)'}`).join(', ')} ` +
          `(environment: ${names.map((n) => settingVariable(adapter.manifest.name, n)).join(', ')})`
      : 'no settings';
  });
  const skip = (check: string, reason: string) => results.push({ check, status: 'skipped', detail: reason });

  await run('mapping-tests', async () => {
    const r = await runMappingTests(dir);
    const failed = r.filter((x) => !x.ok);
    if (failed.length)
      throw new Error(
        `fix mapping.yaml or the expected fixtures: ${failed.map((f) => `${f.name}: ${f.problems[0]}`).join(' | ')}`,
      );
    return `${r.length} case(s) pass`;
  });

  const fixture = await firstFixture(adapter.dir);
  const good: SourceRecord[] = [];
  for await (const r of readSource(adapter, fixture)) good.push(r);

  if (unsupported['round-trip']) skip('round-trip', unsupported['round-trip']);
  else if (!mapping.outbound) {
    if (adapter.manifest.directions.includes('outbound'))
      results.push({
        check: 'round-trip',
        status: 'fail',
        detail:
          'outbound declared but mapping.yaml has no outbound side: add `outbound: {}` (with dateFormat / ' +
          'listSeparator as the system writes them), or declare unsupported.round-trip with the reason',
      });
    else skip('round-trip', 'inbound only: mapping.yaml declares no outbound side');
  } else await run('round-trip', () => roundTrip(adapter, mapping, good));
  // What the department receives but does not send: approval pushes in its own shape.
  const approvalOut = mapping.target === 'approval' ? undefined : mapping.outboundFor('approval');
  if (approvalOut) await run('round-trip-approval', () => approvalRoundTrip(adapter, approvalOut));
  await run('malformed-input', async () => {
    const garbage: SourceRecord = {
      line: 1,
      fields: Object.fromEntries(Object.keys(good[0]?.fields ?? { x: '' }).map((k) => [k, '§§无效§§'])),
    };
    const mapped = mapping.map(garbage);
    if (mapped.ok)
      throw new Error(
        'a record of garbage mapped without errors: mark required fields and give codes/types so bad values are caught',
      );
    if (!mapped.errors.every((e) => e.line === 1 && (e.field || e.pointer)))
      throw new Error('errors must name the line and the source field');
    return `${mapped.errors.length} per-record errors, first: ${mapped.errors[0]!.en}`;
  });

  await run('duplicates', async () => {
    const store = await openStore({ dataDir: 'memory://' });
    try {
      const hub = await hubOnStore(store, loadProfile('gaoqing'));
      await seedDemo(hub.ctx);
      if (!(await findDepartment(hub.ctx.db, adapter.manifest.department))) {
        await saveDepartment(
          hub.ctx,
          {
            code: adapter.manifest.department,
            name: adapter.manifest.department,
            kind: 'department',
            onlineChannel: true,
          },
          SYSTEM_ACTOR,
        );
      }
      const actor = adapterActor(adapter.manifest.name, adapter.manifest.department);
      async function* records() {
        yield* good;
      }
      // As the hub would run it: an XK_ load with `historical` records without pushing.
      let historical = false;
      try {
        historical = resolveSettings(adapter.manifest).historical === true;
      } catch {
        // the settings check above reports the problem
      }
      const first = await ingest(hub.ctx, actor, mapping, records(), 'conformance', () => undefined, { historical });
      const second = await ingest(hub.ctx, actor, mapping, records(), 'conformance', () => undefined, {
        historical,
      });
      if (first.accepted === 0)
        throw new Error('no fixture record was accepted: the first fixture needs at least one good record');
      if (second.accepted !== 0 || second.duplicate !== first.accepted)
        throw new Error(`second pass accepted ${second.accepted} again: idempotency keys must come from the source`);
      return `${first.accepted} accepted, then ${second.duplicate} recognised as duplicates`;
    } finally {
      await store.close();
    }
  });

  if (unsupported.streaming) skip('streaming-100k', unsupported.streaming);
  else if (adapter.manifest.format !== 'csv')
    skip(
      'streaming-100k',
      adapter.manifest.format.startsWith('shuanggongshi')
        ? `${adapter.manifest.format}: an XLSX export is read whole (exceljs); ` +
            'its CSV form streams through the csv reader the csv adapters check'
        : `${adapter.manifest.format} payloads arrive over HTTP, bounded by the request size limit; ` +
            'files stream only as CSV',
    );
  else {
    await run('streaming-100k', async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'sg-check-')), 'batch.csv');
      const encoding = adapter.manifest.encoding ?? 'utf-8';
      const text =
        encoding === 'utf-8' ? readFileSync(fixture, 'utf8') : iconv.decode(readFileSync(fixture), 'gb18030');
      const [header, row] = parseCsvSync(text, { relax_column_count: true }) as string[][];
      const out = createWriteStream(file);
      const enc = (s: string) => encodeText(s, encoding);
      out.write(enc(stringify([header!])));
      const line = enc(stringify([row!]));
      for (let i = 0; i < BATCH; i++) if (!out.write(line)) await once(out, 'drain');
      out.end();
      await once(out, 'finish');
      const report = await measureRetention(mapFile(adapter.dir, file), {
        expected: BATCH,
        bytesPerRecord: line.length,
      });
      if (report.records !== BATCH) throw new Error(`read ${report.records} of ${BATCH} records`);
      const grew = (report.samples.at(-1)?.growth ?? 0) / 2 ** 20;
      if (report.worstRatio > MAX_RETAINED_RATIO)
        throw new Error(
          `heap kept ${(report.worstRatio * 100).toFixed(0)}% of the input read (${grew.toFixed(1)} MiB over ` +
            `${report.samples.length} samples) while streaming: records must not be collected in memory`,
        );
      return `${report.records} records, heap kept ≤ ${(report.worstRatio * 100).toFixed(1)}% of the input read`;
    });
  }
  return results;
}
