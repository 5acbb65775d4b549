import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Updateable } from 'kysely';
import { HubError } from '../../errors/hub-error.ts';
import { EncodingProbe, encodingVerdict } from '../../files/encoding-probe.ts';
import { type HubContext, inTransaction } from '../../hub-context.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import type { FileIntakeTable } from '../../storage/tables.ts';
import { payloadHash } from '../../linkage/idempotency.ts';
import { adapterActor, ingest, type IngestSummary } from '../ingest.ts';
import type { AdapterFolder } from '../manifest.ts';
import type { CompiledMapping } from '../mapping.ts';
import { sourceFormatFor } from '../formats.ts';
import {
  displayName,
  hasMarker,
  type InboxEntry,
  listInbox,
  moveInto,
  oddity,
  removeMarker,
  setAside,
} from './inbox-entries.ts';
import { ReceiptWriter } from './receipt.ts';
import { signReceiptFile } from '../../security/receipt-files.ts';

export interface FileDropOptions {
  /** The department's exchange folder, holding inbox/, outbox/, archive/ and error/. */
  root: string;
  /** A file without a `.done` marker is taken once its size and time have not changed for this long. */
  stableMs?: number;
  clock?: () => number;
  /**
   * How long reading one file may go without finishing a record (default 10 minutes): past it, the file is set
   * aside and the scan goes on. A stall limit, not a total one: a file of a million good rows takes longer than
   * any fixed limit, while a stuck read or an endless wait makes no progress at all.
   */
  fileTimeLimitMs?: number;
  /** Approval files hold licences decided before the hub: recorded, pushed to no department (ingest.ts). */
  historical?: boolean;
}

export interface FileResult {
  /** The file's name, or for an entry set aside under a generated name, its original name for people. */
  file: string;
  /**
   * processed: some row taken (rows refused are named in the receipt); rejected: every row refused;
   * duplicate: the same bytes were already processed under the same mapping; error: the file could not
   * be read (or broke part-way); set-aside: an odd inbox entry moved to error/ under a generated name.
   */
  status: 'processed' | 'rejected' | 'duplicate' | 'error' | 'set-aside';
  summary?: IngestSummary;
  code?: string;
  reason?: string;
  /** For a file that broke part-way: the line where it broke. */
  line?: number;
  /** Where the file or entry now is, relative to the exchange folder. */
  movedTo?: string;
}

const DEFAULT_TIME_LIMIT_MS = 10 * 60_000;
/** After the limit, how long the reading may take to wind down (finish the records under way) before it is cut off. */
const GRACE_MS = 10_000;
/** Records of one file pushed at the same time (ingest's default is 64, for smaller payloads). */
const FILE_CONCURRENCY = 256;

/** A file-level problem that belongs to the file (it goes to error/), not to the hub's own machinery. */
function fileLevel(err: unknown): err is HubError {
  return err instanceof HubError && err.code !== 'DATABASE_UNAVAILABLE' && err.code !== 'INTERNAL';
}

async function readFacts(path: Buffer, progressed: () => void): Promise<{ sha256: string; probe: EncodingProbe }> {
  const hash = createHash('sha256');
  const probe = new EncodingProbe();
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    probe.update(chunk as Buffer);
    progressed();
  }
  return { sha256: hash.digest('hex'), probe: probe.end() };
}

/**
 * 文件交换: a department drops files in inbox/. Only complete files are taken — a `.done` marker,
 * or a size unchanged between scans. Good records are ingested even when others fail, each under a
 * key derived from its content (ingest.ts), so resending a file — corrected, re-exported, renamed —
 * never records a row twice. A receipt (回执) listing every record in line order goes to outbox/;
 * the file moves to archive/, or to error/ with a reason file (and a copy of the receipt) when it
 * could not be read or broke part-way. "Already processed" is the same bytes under the same mapping;
 * a file rejected whole, or whose every row was refused, can be dropped again. Odd entries (names
 * that are not UTF-8 or too long, directories, links, unreadable files) are set aside under generated
 * names, and one file never blocks the next: each has a time limit.
 */
export class FileDropInbox {
  readonly dirs: Record<'inbox' | 'outbox' | 'archive' | 'error', string>;
  private readonly seen = new Map<string, { size: number; mtimeMs: number; since: number }>();
  /** What "the same mapping" means for "already processed": the mapping's rules and the encoding read in. */
  private readonly mappingHash: string;

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
    this.mappingHash = payloadHash({ mapping: mapping.hash, encoding: adapter.manifest.encoding ?? null });
  }

  /**
   * Takes every complete entry in the inbox, in name order. A problem with one entry never stops the
   * scan; if the hub's own machinery failed (the database), the scan still goes through the inbox
   * and then reports that failure so the job is seen to fail and runs again.
   */
  async scan(): Promise<FileResult[]> {
    const now = (this.opts.clock ?? Date.now)();
    const results: FileResult[] = [];
    let failure: unknown;
    for (const entry of listInbox(this.dirs.inbox)) {
      try {
        const result = await this.take(entry, now);
        if (result) results.push(result);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue; // removed while we looked
        failure ??= err;
        results.push({ file: displayName(entry), status: 'error', reason: (err as Error).message });
      }
    }
    if (failure) throw failure;
    return results;
  }

  private async take(entry: InboxEntry, now: number): Promise<FileResult | undefined> {
    const problem = oddity(entry);
    const notAFile = problem && ['FILE_IS_SYMLINK', 'FILE_IS_DIRECTORY', 'FILE_NOT_REGULAR'].includes(problem.code);
    // A file is taken (or set aside) only once complete; links, directories and pipes are moved at once.
    if (!notAFile && !hasMarker(entry) && !this.isStable(entry, now)) return undefined;
    this.seen.delete(entry.bytes.toString('latin1'));
    const result = problem ? await this.setAside(entry, problem) : await this.process(entry, entry.name!);
    removeMarker(entry);
    return result;
  }

  private isStable(entry: InboxEntry, now: number): boolean {
    const key = entry.bytes.toString('latin1');
    const { size, mtimeMs } = statSync(entry.path);
    const last = this.seen.get(key);
    if (!last || last.size !== size || last.mtimeMs !== mtimeMs) {
      this.seen.set(key, { size, mtimeMs, since: now });
      return false;
    }
    return now - last.since >= (this.opts.stableMs ?? 2000);
  }

  private async setAside(entry: InboxEntry, problem: HubError): Promise<FileResult> {
    const at = this.ctx.clock.now();
    const moved = setAside(entry, this.dirs.error, problem, at);
    await inTransaction(this.ctx, async (tx) => {
      const row = await tx.db
        .insertInto('file_intake')
        .values({
          adapter: this.adapter.manifest.name,
          name: displayName(entry),
          sha256: '',
          mapping_hash: this.mappingHash,
          state: 'error',
          code: problem.code,
          reason: `${problem.zh} / ${problem.en}`,
          received_at: at,
          finished_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await this.audit(tx, 'file-drop.set-aside', row.id, { name: displayName(entry), code: problem.code, moved });
    });
    return {
      file: displayName(entry),
      status: 'set-aside',
      code: problem.code,
      reason: problem.en,
      movedTo: `error/${moved}`,
    };
  }

  /** Each file's fate is a state change of the hub: recorded with the adapter as actor. */
  private audit(tx: HubContext, action: string, id: string, after: Record<string, unknown>): Promise<void> {
    const { manifest } = this.adapter;
    return recordAudit(tx.db, {
      actor: adapterActor(manifest.name, manifest.department),
      at: tx.clock.now(),
      action,
      entityType: 'file-intake',
      entityId: id,
      department: manifest.department,
      after,
    });
  }

  /** Closes an attempt: its row and its audit entry in one transaction. */
  private finish(id: string, values: Updateable<FileIntakeTable> & { state: string }): Promise<void> {
    return inTransaction(this.ctx, async (tx) => {
      await tx.db
        .updateTable('file_intake')
        .set({ ...values, finished_at: tx.clock.now() })
        .where('id', '=', id)
        .execute();
      await this.audit(tx, `file-drop.${values.state}`, id, values);
    });
  }

  /**
   * Claims (sha256, mapping) for this attempt. A finished claim makes the file a duplicate; one left
   * 'processing' by a crash is taken over (content keys make re-running safe). Intake rows from before
   * content keys (mapping_hash '') count when they took rows: those rows carry position-based keys.
   */
  private async claim(name: string, sha256: string, at: Date): Promise<{ id: string } | 'duplicate'> {
    const adapter = this.adapter.manifest.name;
    for (let attempt = 0; attempt < 2; attempt++) {
      const earlier = await this.ctx.db
        .selectFrom('file_intake')
        .select(['id', 'state', 'mapping_hash'])
        .where('adapter', '=', adapter)
        .where('sha256', '=', sha256)
        .where((eb) =>
          eb.or([
            eb.and([eb('mapping_hash', '=', this.mappingHash), eb('state', 'in', ['processing', 'done'])]),
            eb.and([eb('mapping_hash', '=', ''), eb('state', '=', 'done'), eb('accepted', '>', 0)]),
          ]),
        )
        .orderBy('received_at')
        .executeTakeFirst();
      if (earlier?.state === 'done') return 'duplicate';
      if (earlier) {
        await this.ctx.db
          .updateTable('file_intake')
          .set({ name, received_at: at })
          .where('id', '=', earlier.id)
          .execute();
        return { id: earlier.id };
      }
      const claimed = await this.ctx.db
        .insertInto('file_intake')
        .values({ adapter, name, sha256, mapping_hash: this.mappingHash, state: 'processing', received_at: at })
        .onConflict((oc) =>
          oc
            .columns(['adapter', 'sha256', 'mapping_hash'])
            .where(sql<boolean>`state in ('processing', 'done')`)
            .doNothing(),
        )
        .returning('id')
        .executeTakeFirst();
      if (claimed) return claimed;
    }
    throw new HubError('CONFLICT', { what: `file ${name} is being processed / 文件 ${name} 正在处理` });
  }

  /**
   * Reads one file while it progresses; stalled past the limit (plus a grace for a stuck wait) it is set aside
   * anyway.
   */
  private async process(entry: InboxEntry, name: string): Promise<FileResult> {
    const limitMs = this.opts.fileTimeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    const limit = new AbortController();
    const state = { abandoned: false };
    const timer = setTimeout(
      () => limit.abort(new HubError('FILE_TIME_LIMIT', { seconds: Math.max(1, Math.round(limitMs / 1000)) })),
      limitMs,
    );
    let graceTimer: NodeJS.Timeout | undefined;
    // If the reading does not wind down once aborted (a wait that never ends), the file is set aside without it.
    const hardStop = new Promise<FileResult>((resolve) => {
      limit.signal.addEventListener('abort', () => {
        graceTimer = setTimeout(() => {
          state.abandoned = true;
          const error = limit.signal.reason as HubError;
          const result: FileResult = { file: name, status: 'error', code: error.code, reason: error.en };
          try {
            const moved = moveInto(entry.path, this.dirs.error, name);
            writeFileSync(join(this.dirs.error, `${moved}.reason.txt`), `${error.code}\n${error.zh}\n${error.en}\n`);
            result.movedTo = `error/${moved}`;
          } catch {
            // The stuck reading may yet have moved it; a timer callback must never throw.
          }
          resolve(result);
        }, GRACE_MS);
      });
    });
    try {
      // each chunk hashed and each record finished restarts the stall timer
      const progressed = () => void timer.refresh();
      return await Promise.race([this.read(entry, name, limit.signal, state, progressed), hardStop]);
    } finally {
      clearTimeout(timer);
      clearTimeout(graceTimer);
    }
  }

  private async read(
    entry: InboxEntry,
    name: string,
    signal: AbortSignal,
    state: { abandoned: boolean },
    progressed: () => void,
  ): Promise<FileResult> {
    const { manifest } = this.adapter;
    const { sha256, probe } = await readFacts(entry.path, progressed);
    const claim = await this.claim(name, sha256, this.ctx.clock.now());
    if (claim === 'duplicate') {
      const moved = moveInto(entry.path, this.dirs.archive, `${name}.duplicate`);
      const receipt = await ReceiptWriter.create(join(this.dirs.outbox, `${name}.duplicate.receipt.csv`));
      receipt.row([
        '',
        'duplicate',
        '',
        `重复文件：相同内容已按相同映射处理 / the same bytes were already processed under the same mapping (sha256 ${sha256})`,
      ]);
      await receipt.commit(join(this.dirs.outbox, `${name}.duplicate.receipt.csv`));
      signReceiptFile(
        this.ctx.security.receiptKey,
        join(this.dirs.outbox, `${name}.duplicate.receipt.csv`),
        this.ctx.clock.now(),
      );
      await this.audit(this.ctx, 'file-drop.duplicate', `${manifest.name}:${sha256}`, { name, moved });
      return { file: name, status: 'duplicate', movedTo: `archive/${moved}` };
    }
    const receiptPath = join(this.dirs.outbox, `${name}.receipt.csv`);
    const receipt = await ReceiptWriter.create(receiptPath);
    const summary: IngestSummary = { records: 0, accepted: 0, duplicate: 0, rejected: 0 };
    const count = (status: 'accepted' | 'duplicate' | 'rejected') => {
      progressed();
      summary.records++;
      summary[status]++;
    };
    try {
      const format = sourceFormatFor(manifest.format);
      if (!format)
        throw new HubError('ADAPTER_EXTENSION_UNKNOWN', {
          adapter: manifest.name,
          kind: 'format',
          name: manifest.format,
          known: '-',
        });
      await ingest(
        this.ctx,
        adapterActor(manifest.name, manifest.department),
        this.mapping,
        // A text format asks for the verdict (a contradiction is the file's error); XLSX never does.
        format.readFile(entry.path.toString(), () => encodingVerdict(probe, manifest.encoding)),
        manifest.name,
        (o) => {
          count(o.status);
          return receipt.outcome(o);
        },
        // A file is a bulk load: more records in flight let the group writer merge ~80 pushes per statement
        // instead of ~13, which costs PostgreSQL a third less per row; memory stays bounded (≤ 1,024 outcomes held).
        { signal, historical: this.opts.historical ?? false, concurrency: FILE_CONCURRENCY },
      );
      if (summary.records === 0) throw new HubError('FILE_NO_DATA_ROWS');
      if (state.abandoned) return { file: name, status: 'error', code: 'FILE_TIME_LIMIT' };
      await receipt.commit(receiptPath);
      signReceiptFile(this.ctx.security.receiptKey, receiptPath, this.ctx.clock.now());
      const moved = moveInto(entry.path, this.dirs.archive, name);
      // Every row refused: nothing was taken, so the file is not "processed" — once the adapter
      // or the data is fixed, the same file can be dropped again.
      const taken = summary.accepted + summary.duplicate > 0;
      await this.finish(claim.id, {
        state: taken ? 'done' : 'rejected',
        name,
        records: summary.records,
        accepted: summary.accepted,
        duplicate: summary.duplicate,
        rejected: summary.rejected,
      });
      return { file: name, status: taken ? 'processed' : 'rejected', summary, movedTo: `archive/${moved}` };
    } catch (err) {
      if (!fileLevel(err) || state.abandoned) {
        // Not the file's fault (the database is down): it stays in the inbox for the next scan.
        await receipt.discard();
        throw err;
      }
      const line = err.code === 'FILE_BROKEN' ? err.details[0]?.line : undefined;
      receipt.row([line ?? '', 'error', '', `${err.code} ${err.zh} / ${err.en}`]);
      await receipt.commit(receiptPath);
      signReceiptFile(this.ctx.security.receiptKey, receiptPath, this.ctx.clock.now());
      const moved = moveInto(entry.path, this.dirs.error, name);
      copyFileSync(receiptPath, join(this.dirs.error, `${moved}.receipt.csv`));
      writeFileSync(
        join(this.dirs.error, `${moved}.reason.txt`),
        [
          err.code,
          `无法完整读取该文件 / the file could not be read in full`,
          err.zh,
          err.en,
          ...(summary.records
            ? [
                `出错前已读 ${summary.records} 条：接收 ${summary.accepted}，重复 ${summary.duplicate}，` +
                  `拒绝 ${summary.rejected} / before that, ${summary.records} records read: ` +
                  `${summary.accepted} accepted, ${summary.duplicate} duplicate, ${summary.rejected} rejected`,
              ]
            : []),
          `回执 / receipt: outbox/${name}.receipt.csv (copy: error/${moved}.receipt.csv)`,
          '更正后重新投放整个文件即可，已接收的记录不会重复登记 / correct the file and drop all of it again: ' +
            'records already accepted are not recorded twice',
          '',
        ].join('\n'),
      );
      await this.finish(claim.id, {
        state: 'error',
        name,
        code: err.code,
        reason: `${err.zh} / ${err.en}`,
        broken_line: line ?? null,
        records: summary.records,
        accepted: summary.accepted,
        duplicate: summary.duplicate,
        rejected: summary.rejected,
      });
      return {
        file: name,
        status: 'error',
        code: err.code,
        reason: err.en,
        summary,
        ...(line ? { line } : {}),
        movedTo: `error/${moved}`,
      };
    }
  }
}
