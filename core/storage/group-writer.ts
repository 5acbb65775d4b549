import type { Kysely } from 'kysely';
import { insertTogether, type RowsFor } from './insert-together.ts';
import type { Database } from './tables.ts';

interface Pending {
  inserts: RowsFor[];
  resolve(): void;
  reject(err: unknown): void;
}

/**
 * Group commit for pushes: writes that arrive while a statement is in flight are merged into the
 * next one, so under load many pushes share one round trip and one commit. Each write is still
 * atomic — if a merged statement fails (say one push reuses an idempotency key), every write in it
 * is retried on its own and only the faulty one fails.
 */
class GroupWriter {
  private queue: Pending[] = [];
  private inFlight = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly maxInFlight = 2,
    private readonly maxBatch = 100,
  ) {}

  write(inserts: RowsFor[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ inserts, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      void this.flush(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async flush(batch: Pending[]): Promise<void> {
    if (batch.length === 1) return this.writeOne(batch[0]!);
    try {
      await insertTogether(this.db, merge(batch.map((p) => p.inserts)));
      for (const p of batch) p.resolve();
    } catch {
      await Promise.all(batch.map((p) => this.writeOne(p)));
    }
  }

  private async writeOne(p: Pending): Promise<void> {
    try {
      await insertTogether(this.db, p.inserts);
      p.resolve();
    } catch (err) {
      p.reject(err);
    }
  }
}

/** One part per table, rows in arrival order (so audit ids follow the order of events). */
function merge(all: RowsFor[][]): RowsFor[] {
  const byTable = new Map<string, RowsFor>();
  for (const inserts of all) {
    for (const part of inserts) {
      const existing = byTable.get(part.table);
      if (existing) (existing.rows as unknown[]).push(...part.rows);
      else byTable.set(part.table, { table: part.table, rows: [...part.rows] } as RowsFor);
    }
  }
  return [...byTable.values()];
}

const writers = new WeakMap<Kysely<Database>, GroupWriter>();

export function groupWriter(db: Kysely<Database>): GroupWriter {
  let w = writers.get(db);
  if (!w) writers.set(db, (w = new GroupWriter(db)));
  return w;
}
