import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import type { ErrorDetail } from '../../errors/hub-error.ts';
import type { RecordOutcome } from '../ingest.ts';

const RECEIPT_HEADER = ['行号 line', '结果 result', '编号 id', '说明 details'];

function detailText(errors: ErrorDetail[] = []): string {
  return errors.map((e) => `${e.field ? `[${e.field}] ` : ''}${e.zh} / ${e.en}`).join('；');
}

/**
 * A 回执 written as the file is read: a UTF-8 CSV (with BOM, for spreadsheet programs) with one row
 * per record in line order, and for a file that broke, a last row naming the line and the reason.
 * It is written to `<final>.tmp` and renamed when complete, so a department never reads half a receipt.
 * Writes go through a FileHandle and are awaited, so a failing disk or name is an error, never a wait.
 */
export class ReceiptWriter {
  private pending: string[] = [];
  private size = 0;

  private constructor(
    private readonly handle: FileHandle,
    private readonly tmp: string,
  ) {}

  static async create(final: string): Promise<ReceiptWriter> {
    const tmp = `${final}.tmp`;
    const writer = new ReceiptWriter(await open(tmp, 'w'), tmp);
    writer.pending.push('\uFEFF');
    writer.row(RECEIPT_HEADER);
    return writer;
  }

  row(cells: (string | number)[]): void {
    const text = stringify([cells]);
    this.pending.push(text);
    this.size += text.length;
  }

  async outcome(o: RecordOutcome): Promise<void> {
    const warnings = o.warnings?.length ? `警告 / warning: ${detailText(o.warnings)}` : '';
    this.row([o.line ?? '', o.status, o.id ?? '', [detailText(o.errors), warnings].filter(Boolean).join('；')]);
    if (this.size > 64 * 1024) await this.flush();
  }

  private async flush(): Promise<void> {
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (text) await this.handle.write(text);
  }

  /** Completes the receipt under its final name. */
  async commit(final: string): Promise<void> {
    await this.flush();
    await this.handle.close();
    await rename(this.tmp, final);
  }

  async discard(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.tmp, { force: true });
  }
}
