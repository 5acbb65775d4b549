import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  lstatSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import iconv from 'iconv-lite';
import { HubError } from '../../errors/hub-error.ts';

/**
 * One entry of an inbox, named by its raw bytes: a name written by a GBK system is not valid UTF-8,
 * and as a JS string it would be a different (non-existent) path. Every file operation uses `path`.
 */
export interface InboxEntry {
  bytes: Buffer;
  path: Buffer;
  /** The name as text when it is valid UTF-8; otherwise null (see `displayName`). */
  name: string | null;
}

/** What the hub appends to a name: the longest is `<name>.duplicate.receipt.csv.tmp` plus a `.NN` for a clash. */
const LONGEST_SUFFIX = Buffer.byteLength('.duplicate.receipt.csv.tmp') + 4;
/** Most file systems cap a name at 255 bytes; an inbox name must leave room for what the hub appends. */
const MAX_NAME_BYTES = 255 - LONGEST_SUFFIX;

/** Temporary names and markers that are never data files (hidden files, uploads still under way). */
const IGNORED = /(^\.)|(\.(tmp|part|done|partial))$/i;

function utf8Name(bytes: Buffer): string | null {
  const text = bytes.toString('utf8');
  return Buffer.from(text, 'utf8').equals(bytes) ? text : null;
}

/** The entries of an inbox in byte order, without temporary names and `.done` markers. */
export function listInbox(dir: string): InboxEntry[] {
  const dirBytes = Buffer.from(dir);
  return readdirSync(dirBytes, { encoding: 'buffer' })
    .filter((bytes) => !IGNORED.test(bytes.toString('latin1')))
    .sort(Buffer.compare)
    .map((bytes) => ({ bytes, path: Buffer.concat([dirBytes, Buffer.from('/'), bytes]), name: utf8Name(bytes) }));
}

/** A name for people: UTF-8 as it is, otherwise its GB18030 reading (what a GBK system meant) marked as such. */
export function displayName(entry: InboxEntry): string {
  return entry.name ?? `${iconv.decode(entry.bytes, 'gb18030')} (GB18030?)`;
}

function markerOf(entry: InboxEntry): Buffer {
  return Buffer.concat([entry.path, Buffer.from('.done')]);
}

/** Whether the department marked the file complete; a name with no room for `.done` has no marker. */
export function hasMarker(entry: InboxEntry): boolean {
  try {
    return statSync(markerOf(entry), { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false; // ENAMETOOLONG
  }
}

export function removeMarker(entry: InboxEntry): void {
  try {
    rmSync(markerOf(entry), { force: true });
  } catch {
    // ENAMETOOLONG: there can be no marker
  }
}

/**
 * Why an entry cannot be taken as a data file, or undefined if it can. Links are not followed
 * (a link could point anywhere on the machine); directories, pipes and devices are not files;
 * a name that is not UTF-8 or too long to carry the hub's suffixes would break the receipt.
 */
export function oddity(entry: InboxEntry): HubError | undefined {
  const shown = displayName(entry);
  const stat = lstatSync(entry.path);
  if (stat.isSymbolicLink()) return new HubError('FILE_IS_SYMLINK', { name: shown });
  if (stat.isDirectory()) return new HubError('FILE_IS_DIRECTORY', { name: shown });
  if (!stat.isFile()) return new HubError('FILE_NOT_REGULAR', { name: shown });
  if (entry.name === null) return new HubError('FILE_NAME_UNDECODABLE', { hex: entry.bytes.toString('hex') });
  if (entry.bytes.length > MAX_NAME_BYTES)
    return new HubError('FILE_NAME_TOO_LONG', { bytes: entry.bytes.length, max: MAX_NAME_BYTES });
  try {
    closeSync(openSync(entry.path, 'r'));
  } catch (err) {
    return new HubError('FILE_UNREADABLE', { reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  return undefined;
}

/** Moves a file or other entry into `dir` under `name`, numbering it if the name is taken; returns the new name. */
export function moveInto(from: Buffer | string, dir: string, name: string): string {
  let target = name;
  for (let i = 1; existsSync(join(dir, target)); i++) target = `${name}.${i}`;
  renameSync(from, join(dir, target));
  return target;
}

function stamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/**
 * Sets an odd entry aside in error/ under a generated name that is always safe (ASCII, short), with a
 * reason file naming the error, the original name (as text and as bytes) and what to do. The entry
 * itself is moved, not followed or read: a link stays a link, a directory keeps its content.
 */
export function setAside(entry: InboxEntry, errorDir: string, error: HubError, at: Date): string {
  const id = createHash('sha256').update(entry.bytes).digest('hex').slice(0, 12);
  const moved = moveInto(entry.path, errorDir, `set-aside-${stamp(at)}-${id}`);
  removeMarker(entry);
  writeFileSync(
    join(errorDir, `${moved}.reason.txt`),
    [
      `${error.code}`,
      `${error.zh}`,
      `${error.en}`,
      `原文件名 / original name: ${displayName(entry)}`,
      `原文件名字节 / name bytes (hex): ${entry.bytes.toString('hex')}`,
      `时间 / at: ${at.toISOString()}`,
      '已移出收件目录，其后的文件照常处理；请更正后重新投放 / moved out of the inbox so the files after it go on; ' +
        'correct it and drop it again',
      '',
    ].join('\n'),
  );
  return basename(moved);
}
