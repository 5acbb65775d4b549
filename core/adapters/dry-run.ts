import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { HubError } from '../errors/hub-error.ts';
import { loadAdapter, type AdapterFolder } from './manifest.ts';
import { loadMapping, type CompiledMapping, type MappedRecord, type SourceRecord } from './mapping.ts';
import { decodeText } from '../files/decode-text.ts';
import { readCsv, sniffEncoding } from './sources/csv-source.ts';
import { jsonRecords } from './sources/json-source.ts';
import { exchangeMessageRecords } from './sources/xml-source.ts';

/** An adapter folder with its mapping compiled: what the hub runs. */
export interface LoadedAdapter {
  adapter: AdapterFolder;
  mapping: CompiledMapping;
}

export function openAdapter(dir: string): LoadedAdapter {
  const adapter = loadAdapter(dir);
  return { adapter, mapping: loadMapping(join(adapter.dir, 'mapping.yaml')) };
}

/** The legacy records of a file in the adapter's format (CSV streams; XML and JSON payloads are read whole, within their size limits). */
export async function* readSource(adapter: AdapterFolder, file: string): AsyncGenerator<SourceRecord> {
  const { format, encoding } = adapter.manifest;
  if (format === 'csv') {
    yield* readCsv(file, await sniffEncoding(file, encoding));
    return;
  }
  yield* payloadRecords(format, decodeText(readFileSync(file), encoding).text);
}

/** Records of an XML or JSON payload (a file's content or an HTTP body). */
export function payloadRecords(format: 'xml' | 'json' | 'csv', text: string): SourceRecord[] {
  if (format === 'xml') return exchangeMessageRecords(text).records;
  if (format === 'json') {
    try {
      return jsonRecords(JSON.parse(text));
    } catch (err) {
      throw new HubError('PAYLOAD_UNREADABLE', { reason: (err as Error).message });
    }
  }
  throw new HubError('PAYLOAD_UNREADABLE', { reason: 'CSV is taken by file drop / CSV 请通过文件交换' });
}

/** `shenguan map`: every record of a file mapped to canonical JSON or to its errors, touching nothing. */
export async function* mapFile(dir: string, file: string): AsyncGenerator<MappedRecord> {
  const { adapter, mapping } = openAdapter(dir);
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
  const { adapter } = openAdapter(dir);
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
