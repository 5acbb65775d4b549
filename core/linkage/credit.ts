import type { Kysely } from 'kysely';
import { shanghaiDate } from '../calendar/china-time.ts';
import type { HubContext } from '../hub-context.ts';
import type { Counterpart } from '../schema/party.ts';
import type { Database } from '../storage/tables.ts';

/** 信用状态: 正常 / 严格准入 / 限制准入. */
export type CreditStatus = 'normal' | 'strict' | 'restricted';

export interface CreditReason {
  recordId: string;
  kind: string;
  department: string;
  documentNumber: string | null;
  decisionDate: string;
  until: string | null;
  effect: 'strict' | 'restricted';
}

export interface CreditReport {
  counterpartKey: string;
  status: CreditStatus;
  reasons: CreditReason[];
}

/** A counterpart is identified by its USCC or, for a person, its ID number. */
export function counterpartKey(c: Counterpart): string {
  return (c.uscc ?? c.idNumber ?? `name:${c.name}`).trim().toUpperCase();
}

const SEVERITY: Record<CreditStatus, number> = { normal: 0, strict: 1, restricted: 2 };

/**
 * Derived, never stored: the active, unexpired supervision records whose kind the policy gives an
 * effect (001 §7(二)1). Withdrawing a record or reaching its end date lifts its effect by itself.
 */
export async function creditStatus(ctx: HubContext, key: string, db: Kysely<Database> = ctx.db): Promise<CreditReport> {
  const today = shanghaiDate(ctx.clock.now());
  const effects = ctx.profile.credit.effects as Record<string, 'strict' | 'restricted' | undefined>;
  const kinds = Object.keys(effects).filter((k) => effects[k]);
  if (!kinds.length) return { counterpartKey: key, status: 'normal', reasons: [] };
  return reportOf(key, await recordsOf(db, [key], kinds, today), effects);
}

type EffectRow = { id: string; kind: string; source_department: string; counterpart_key: string | null } & {
  record: Record<string, unknown>;
  effective_until: string | null;
};

function recordsOf(db: Kysely<Database>, keys: string[], kinds: string[], today: string): Promise<EffectRow[]> {
  return db
    .selectFrom('supervision_records')
    .select(['id', 'kind', 'source_department', 'record', 'effective_until', 'counterpart_key'])
    .where('counterpart_key', 'in', keys)
    .where('state', '=', 'active')
    .where('kind', 'in', kinds)
    .where((eb) => eb.or([eb('effective_until', 'is', null), eb('effective_until', '>=', today)]))
    .orderBy('pushed_at')
    .execute();
}

interface Waiting {
  key: string;
  resolve(rows: EffectRow[]): void;
  reject(err: unknown): void;
}

/**
 * Credit reads of concurrent pushes share one query: the first read goes at once, reads asked for
 * while it is in flight wait for it and then go together (as the group writer does for the pushes'
 * writes), so under load the per-push SELECT becomes one per group.
 */
class CreditReader {
  private queue: Waiting[] = [];
  private busy = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly kinds: string[],
    private readonly today: string,
  ) {}

  read(key: string): Promise<EffectRow[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ key, resolve, reject });
      if (!this.busy) void this.next();
    });
  }

  private async next(): Promise<void> {
    const batch = this.queue.splice(0, 500);
    if (!batch.length) return;
    this.busy = true;
    try {
      const rows = await recordsOf(this.db, [...new Set(batch.map((w) => w.key))], this.kinds, this.today);
      for (const w of batch) w.resolve(rows.filter((r) => r.counterpart_key === w.key));
    } catch (err) {
      for (const w of batch) w.reject(err);
    } finally {
      this.busy = false;
      void this.next();
    }
  }
}

const readers = new WeakMap<Kysely<Database>, Map<string, CreditReader>>();

/** creditStatus for a push: the read is merged with those of concurrent pushes on the same handle. */
export async function creditStatusBatched(ctx: HubContext, key: string): Promise<CreditReport> {
  const today = shanghaiDate(ctx.clock.now());
  const effects = ctx.profile.credit.effects as Record<string, 'strict' | 'restricted' | undefined>;
  const kinds = Object.keys(effects).filter((k) => effects[k]);
  if (!kinds.length) return { counterpartKey: key, status: 'normal', reasons: [] };
  let byDay = readers.get(ctx.db);
  if (!byDay) readers.set(ctx.db, (byDay = new Map()));
  const id = `${today}|${kinds.join(',')}`;
  let reader = byDay.get(id);
  if (!reader) {
    byDay.clear(); // yesterday's reader is done with
    byDay.set(id, (reader = new CreditReader(ctx.db, kinds, today)));
  }
  return reportOf(key, await reader.read(key), effects);
}

function reportOf(
  key: string,
  rows: EffectRow[],
  effects: Record<string, 'strict' | 'restricted' | undefined>,
): CreditReport {
  const reasons = rows.map((r) => ({
    recordId: r.id,
    kind: r.kind,
    department: r.source_department,
    documentNumber: (r.record.documentNumber as string | undefined) ?? null,
    decisionDate: r.record.decisionDate as string,
    until: r.effective_until,
    effect: effects[r.kind]!,
  }));
  const status = reasons.reduce<CreditStatus>((s, r) => (SEVERITY[r.effect] > SEVERITY[s] ? r.effect : s), 'normal');
  return { counterpartKey: key, status, reasons };
}
