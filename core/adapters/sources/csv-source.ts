import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { HubError } from '../../errors/hub-error.ts';
import { EncodingProbe, encodingVerdict, type ProbedEncoding } from '../../files/encoding-probe.ts';
import type { SourceRecord } from '../mapping.ts';

/**
 * The encoding to read a legacy file in: the whole file is checked against the adapter's setting
 * (a BOM wins over it, and bytes that contradict it are a file-level error naming the byte — see
 * encoding-probe.ts); without a setting, a BOM or valid UTF-8 means UTF-8, else GB18030.
 */
export async function sniffEncoding(file: string, configured?: string): Promise<ProbedEncoding> {
  const probe = new EncodingProbe();
  for await (const chunk of createReadStream(file)) probe.update(chunk as Buffer);
  return encodingVerdict(probe.end(), configured);
}

/** csv-parse's reasons, in both languages, for the breaks a legacy export most often has. */
const BREAKS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: '引号未闭合 / a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: '引号闭合后紧跟其他字符 / text right after a closing quote',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: '字段数与表头不符 / the field count differs from the header',
};

/**
 * Streams a CSV file as records keyed by its header row, each with its line number, so a
 * 100k-row file is read in bounded memory. Decoding streams too. A file that breaks part-way
 * (say an unterminated quote near its end) yields every record before the break, then throws
 * FILE_BROKEN naming the line where the broken record starts.
 *
 * The parser is fed by hand and hands each record over synchronously (`on_record`), rather than
 * being read as a stream: a stream that errors discards the records it still buffers, and which
 * ones that were would depend on timing.
 */
export async function* readCsv(file: string, encoding: 'utf-8' | 'gb18030'): AsyncGenerator<SourceRecord> {
  const bytes = createReadStream(file);
  const text = (encoding === 'utf-8' ? bytes : bytes.pipe(iconv.decodeStream('gb18030'))) as Readable;
  // pipe() does not forward errors: a read error must end the decoding, not leave it waiting forever.
  bytes.on('error', (err) => text.destroy(err));
  const ready: SourceRecord[] = [];
  let failure: unknown;
  const parser = parse({
    bom: true,
    columns: (h: string[]) => h.map((c) => c.trim()),
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    on_record: ({ record, info }: { record: Record<string, string>; info: { lines: number } }) => {
      ready.push({ fields: record, line: info.lines });
      return null; // nothing goes down the stream: the records are taken here
    },
  });
  parser.on('error', (err) => void (failure ??= err));
  let lastLine = 1; // the header
  function* drain(): Generator<SourceRecord> {
    for (const record of ready.splice(0)) {
      lastLine = record.line!;
      yield record;
    }
  }
  try {
    for await (const chunk of text) {
      parser.write(chunk);
      yield* drain();
      if (failure) break;
    }
    if (!failure) await new Promise<void>((resolve) => parser.end(() => resolve()));
    yield* drain();
  } finally {
    bytes.destroy();
  }
  if (!failure) return;
  const code = (failure as { code?: string }).code ?? '';
  if (!code.startsWith('CSV_')) throw failure;
  // An unclosed quote is only noticed at the end of the file; the broken record began after the last good one.
  const at = code === 'CSV_QUOTE_NOT_CLOSED' ? lastLine + 1 : ((failure as { lines?: number }).lines ?? lastLine + 1);
  const message = (failure as Error).message;
  throw new HubError(
    'FILE_BROKEN',
    { line: at, reason: BREAKS[code] ?? message },
    { cause: failure, details: [{ line: at, code, zh: message, en: message }] },
  );
}
