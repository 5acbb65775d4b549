import { createHash } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  renameSync,
  statSync,
  writeFileSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';
import type { HubContext } from '../../hub-context.ts';
import { adapterActor, ingest, type IngestSummary, type RecordOutcome } from '../ingest.ts';
import type { AdapterFolder } from '../manifest.ts';
import type { CompiledMapping } from '../mapping.ts';
import { readCsv, sniffEncoding } from '../sources/csv-source.ts';
import { signReceiptFile } from '../../security/receipt-files.ts';

export interface FileDropOptions {
  /** The department's exchange folder, holding inbox/, outbox/, archive/ and error/. */
  root: string;
  /** A file without a `.done` marker is taken once its size and time have not changed for this long. */
  stableMs?: number;
  clock?: () => number;
}

export interface FileResult {
  file: string;
  status: 'processed' | 'duplicate' | 'error';
  summary?: IngestSummary;
  reason?: string;
}

const IGNORED = /(^\.)|(\.(tmp|part|done|partial))$/i;

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function moveAside(file: string, dir: string, name: string): string {
  let target = join(dir, name);
  for (let i = 1; existsSync(target); i++) target = join(dir, `${name}.${i}`);
  renameSync(file, target);
  return target;
}

/**
 * 文件交换: a department drops files in inbox/. Only complete files are taken — a `.done` marker,
 * or a size unchanged between scans — and each (name, content) once, even across restarts. Good
 * records are ingested even when others fail; a receipt (回执) listing every record goes to outbox/;
 * the file moves to archive/, or to error/ with a reason file when it cannot be read at all.
 */
export class FileDropInbox {
  readonly dirs: Record<'inbox' | 'outbox' | 'archive' | 'error', string>;
  private readonly seen = new Map<string, { size: number; mtimeMs: number; since: number }>();

  constructor(
    private readonly ctx: HubContext,
    private readonly adapter: AdapterFolder,
    private readonly mapping: CompiledMapping,
    private readonly opts: FileDropOptions,
  ) {
    this.dirs = {
      inbox: join(opts.root, 'inbox'),
      outbox: join(opts.root, 'outbox'),
      archive: join(opts.root, 'archive'),
      error: join(opts.root, 'error'),
    };
    for (const d of Object.values(this.dirs)) mkdirSync(d, { recursive: true });
  }

  /** Takes every complete file in the inbox, oldest name first. */
  async scan(): Promise<FileResult[]> {
    const now = (this.opts.clock ?? Date.now)();
    const results: FileResult[] = [];
    for (const name of readdirSync(this.dirs.inbox).sort()) {
      if (IGNORED.test(name)) continue;
      const file = join(this.dirs.inbox, name);
      const marker = `${file}.done`;
      if (!existsSync(marker) && !this.isStable(name, file, now)) continue;
      results.push(await this.process(name, file));
      rmSync(marker, { force: true });
      this.seen.delete(name);
    }
    return results;
  }

  private isStable(name: string, file: string, now: number): boolean {
    const { size, mtimeMs } = statSync(file);
    const last = this.seen.get(name);
    if (!last || last.size !== size || last.mtimeMs !== mtimeMs) {
      this.seen.set(name, { size, mtimeMs, since: now });
      return false;
    }
    return now - last.since >= (this.opts.stableMs ?? 2000);
  }

  private async process(name: string, file: string): Promise<FileResult> {
    const { manifest } = this.adapter;
    const hash = await sha256(file);
    const db = this.ctx.db;
    const at = this.ctx.clock.now();
    const claimed = await db
      .insertInto('file_intake')
      .values({ adapter: manifest.name, name, sha256: hash, state: 'processing', received_at: at })
      .onConflict((oc) => oc.columns(['adapter', 'name', 'sha256']).doNothing())
      .returning('state')
      .executeTakeFirst();
    if (!claimed) {
      const earlier = await db
        .selectFrom('file_intake')
        .select('state')
        .where('adapter', '=', manifest.name)
        .where('name', '=', name)
        .where('sha256', '=', hash)
        .executeTakeFirstOrThrow();
      if (earlier.state !== 'processing') {
        moveAside(file, this.dirs.archive, `${name}.duplicate`);
        this.writeReceipt(name, [], `重复文件，已于此前处理 / duplicate of a file already processed (sha256 ${hash})`);
        return { file: name, status: 'duplicate' };
      }
      // A crash mid-file left it 'processing': run it again; record keys make that safe.
    }
    const receiptTmp = join(this.dirs.outbox, `${name}.receipt.csv.tmp`);
    const receipt = createWriteStream(receiptTmp);
    receipt.on('error', () => undefined); // a failed receipt surfaces through the file's own error path
    receipt.write(`\uFEFF${stringify([['行号 line', '结果 result', '编号 id', '说明 details']])}`);
    const write = async (o: RecordOutcome) => {
      const text = (o.errors ?? []).map((e) => `${e.field ? `[${e.field}] ` : ''}${e.zh} / ${e.en}`).join('；');
      if (!receipt.write(stringify([[o.line ?? '', o.status, o.id ?? '', text]]))) await once(receipt, 'drain');
    };
    try {
      const encoding = await sniffEncoding(file, manifest.encoding);
      const summary = await ingest(
        this.ctx,
        adapterActor(manifest.name, manifest.department),
        this.mapping,
        readCsv(file, encoding),
        `${manifest.name}:${hash}`,
        write,
      );
      if (summary.records === 0) throw new Error('文件中没有数据行 / the file has no data rows');
      receipt.end();
      await once(receipt, 'finish');
      renameSync(receiptTmp, join(this.dirs.outbox, `${name}.receipt.csv`));
      signReceiptFile(
        this.ctx.security.receiptKey,
        join(this.dirs.outbox, `${name}.receipt.csv`),
        this.ctx.clock.now(),
      );
      moveAside(file, this.dirs.archive, name);
      await db
        .updateTable('file_intake')
        .set({
          state: 'done',
          records: summary.records,
          accepted: summary.accepted + summary.duplicate,
          rejected: summary.rejected,
          finished_at: this.ctx.clock.now(),
        })
        .where('adapter', '=', manifest.name)
        .where('name', '=', name)
        .where('sha256', '=', hash)
        .execute();
      return { file: name, status: 'processed', summary };
    } catch (err) {
      receipt.destroy();
      rmSync(receiptTmp, { force: true });
      const reason = err instanceof Error ? err.message : String(err);
      moveAside(file, this.dirs.error, name);
      writeFileSync(
        join(this.dirs.error, `${name}.reason.txt`),
        `无法读取该文件 / the file could not be read\n${reason}\n`,
      );
      await db
        .updateTable('file_intake')
        .set({ state: 'error', reason, finished_at: this.ctx.clock.now() })
        .where('adapter', '=', manifest.name)
        .where('name', '=', name)
        .where('sha256', '=', hash)
        .execute();
      return { file: name, status: 'error', reason };
    }
  }

  private writeReceipt(name: string, rows: string[][], note: string): void {
    const tmp = join(this.dirs.outbox, `${name}.receipt.csv.tmp`);
    writeFileSync(
      tmp,
      '\uFEFF' +
        stringify([['行号 line', '结果 result', '编号 id', '说明 details'], ...rows, ['', 'duplicate', '', note]]),
    );
    renameSync(tmp, join(this.dirs.outbox, `${name}.duplicate.receipt.csv`));
    signReceiptFile(
      this.ctx.security.receiptKey,
      join(this.dirs.outbox, `${name}.duplicate.receipt.csv`),
      this.ctx.clock.now(),
    );
  }
}
