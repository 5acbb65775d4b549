import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import type { SourceRecord } from '../mapping.ts';

/**
 * The encoding of a legacy file: the adapter's setting if given, else a UTF-8 BOM, else whether
 * the first 64 KiB are valid UTF-8 (a multi-byte character cut at the boundary is tolerated),
 * else GB18030 (which reads GBK and GB2312 too).
 */
export async function sniffEncoding(file: string, configured?: string): Promise<'utf-8' | 'gb18030'> {
  if (configured) return configured === 'utf-8' ? 'utf-8' : 'gb18030';
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(65536), 0, 65536, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(
        head.subarray(0, bytesRead === 65536 ? lastCharBoundary(head) : bytesRead),
      );
      return 'utf-8';
    } catch {
      return 'gb18030';
    }
  } finally {
    await handle.close();
  }
}

function lastCharBoundary(buf: Buffer): number {
  let i = buf.length - 1;
  while (i > 0 && (buf[i]! & 0xc0) === 0x80) i--;
  return i;
}

/**
 * Streams a CSV file as records keyed by its header row, each with its line number, so a
 * 100k-row file is read in bounded memory. Decoding streams too.
 */
export async function* readCsv(file: string, encoding: 'utf-8' | 'gb18030'): AsyncGenerator<SourceRecord> {
  const bytes = createReadStream(file);
  const text = (encoding === 'utf-8' ? bytes : bytes.pipe(iconv.decodeStream('gb18030'))) as Readable;
  const parser = text.pipe(
    parse({
      bom: true,
      columns: (h: string[]) => h.map((c) => c.trim()),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    yield { fields: record, line: info.lines };
  }
}
