import { HubError } from '../errors/hub-error.ts';
import type { ProbedEncoding } from '../files/encoding-probe.ts';
import type { SourceRecord } from './mapping.ts';

/**
 * How a department's data is written down (CSV, XML, JSON, 双公示 CSV/XLSX, …). `readFile` gives a
 * file's records, streamed where the format allows; `encoding` is the verdict of the file's bytes
 * against the adapter's setting (a text format asks for it, and a contradiction is a file-level
 * error; a binary format such as XLSX never asks). `readPayload` reads an HTTP body, for formats
 * that arrive over HTTP. `render` writes records (legacy field → text, in `columns` order) back in
 * the format, for an adapter's outbound side. An adapter package adds one with one call.
 */
export interface SourceFormat {
  name: string;
  readFile(file: string, encoding: () => ProbedEncoding): AsyncIterable<SourceRecord>;
  readPayload?(text: string): SourceRecord[];
  render?(records: Record<string, string>[], columns: string[]): string | Buffer;
}

const formats = new Map<string, SourceFormat>();

/** Registers a format under its name; the same object twice is harmless, another under a taken name is refused. */
export function registerSourceFormat(f: SourceFormat): void {
  const taken = formats.get(f.name);
  if (taken && taken !== f) throw new HubError('ADAPTER_EXTENSION_TAKEN', { kind: 'format', name: f.name });
  formats.set(f.name, f);
}

export function sourceFormatFor(name: string): SourceFormat | undefined {
  return formats.get(name);
}

export function sourceFormatNames(): string[] {
  return [...formats.keys()].sort();
}
