import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { HubError } from '../errors/hub-error.ts';
import { loadAdapter, type AdapterFolder } from './manifest.ts';
import { loadMapping, type CompiledMapping, type MappedRecord, type SourceRecord } from './mapping.ts';
import type { ProbedEncoding } from '../files/encoding-probe.ts';
import { sourceFormatFor } from './formats.ts';
import { resolveSettings, type AdapterSettings } from './settings.ts';
import { sniffEncoding } from './sources/csv-source.ts';

/** An adapter folder with its mapping compiled and its settings checked: what the hub runs. */
export interface LoadedAdapter {
  adapter: AdapterFolder;
  mapping: CompiledMapping;
  settings: AdapterSettings;
}

/**
 * Loads an adapter: manifest (its transport and format must be registered), mapping, settings
 * (from the environment, a secret file or `configured`, validated against the manifest's schema).
 */
export function openAdapter(
  dir: string,
  env: NodeJS.ProcessEnv = process.env,
  configured: Record<string, unknown> = {},
): LoadedAdapter {
  const { adapter, mapping } = compileAdapter(dir);
  return { adapter, mapping, settings: resolveSettings(adapter.manifest, env, configured) };
}

/** Manifest and mapping only: what trying a mapping needs (no settings, so no secrets). */
export function compileAdapter(dir: string): Omit<LoadedAdapter, 'settings'> {
  const adapter = loadAdapter(dir);
  return { adapter, mapping: loadMapping(join(adapter.dir, 'mapping.yaml')) };
}

/**
 * The legacy records of a file in the adapter's format (CSV and XLSX stream; XML and JSON are read whole,
 * within their size limits).
 */
export async function* readSource(adapter: AdapterFolder, file: string): AsyncGenerator<SourceRecord> {
  const { encoding } = adapter.manifest;
  const format = sourceFormatFor(adapter.manifest.format)!;
  const verdict = await sniffEncoding(file, encoding).catch((err: unknown) => err);
  yield* format.readFile(file, () => {
    if (verdict instanceof Error) throw verdict;
    return verdict as ProbedEncoding;
  });
}

/** Records of an HTTP body in the adapter's format. */
export function payloadRecords(formatName: string, text: string): SourceRecord[] {
  const format = sourceFormatFor(formatName);
  if (!format?.readPayload)
    throw new HubError('PAYLOAD_UNREADABLE', {
      reason: `${formatName} is taken by file drop / ${formatName} 请通过文件交换`,
    });
  try {
    return format.readPayload(text);
  } catch (err) {
    if (err instanceof HubError) throw err;
    throw new HubError('PAYLOAD_UNREADABLE', { reason: (err as Error).message });
  }
}

/** `shenguan map`: every record of a file mapped to canonical JSON or to its errors, touching nothing. */
export async function* mapFile(dir: string, file: string): AsyncGenerator<MappedRecord> {
  const { adapter, mapping } = compileAdapter(dir);
  for await (const record of readSource(adapter, resolve(file))) yield mapping.map(record);
}

interface TestCase {
  name: string;
  input: string;
  expected: string;
}

/** What a mapping test compares: per record, the canonical value or the (field, pointer) of each error. */
function comparable(r: MappedRecord) {
  return r.ok
    ? { line: r.line, value: r.value }
    : { line: r.line, errors: r.errors.map((e) => ({ field: e.field, pointer: e.pointer })) };
}

/** `shenguan adapter test`: runs the mapping tests beside the mapping (tests.yaml: input fixture → expected JSON). */
export async function runMappingTests(dir: string): Promise<{ name: string; ok: boolean; problems: string[] }[]> {
  const { adapter } = compileAdapter(dir);
  const cases = (parse(readFileSync(join(adapter.dir, 'tests.yaml'), 'utf8')) as { cases: TestCase[] }).cases;
  const results = [];
  for (const c of cases) {
    const actual = [];
    for await (const r of mapFile(adapter.dir, join(adapter.dir, c.input))) actual.push(comparable(r));
    const expected = JSON.parse(readFileSync(join(adapter.dir, c.expected), 'utf8')) as unknown[];
    const problems: string[] = [];
    if (actual.length !== expected.length) problems.push(`expected ${expected.length} records, got ${actual.length}`);
    actual.forEach((a, i) => {
      if (!isDeepStrictEqual(a, expected[i]))
        problems.push(
          `record ${i + 1} (line ${a.line}): expected ${JSON.stringify(expected[i])}, got ${JSON.stringify(a)}`,
        );
    });
    results.push({ name: c.name, ok: problems.length === 0, problems });
  }
  return results;
}
