import type { Actor } from '../audit/actor.ts';
import { HubError, type ErrorDetail } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import { pushApproval } from '../linkage/approvals.ts';
import { recordKey } from '../linkage/idempotency.ts';
import { pushSupervisionRecord } from '../linkage/supervision.ts';
import { shanghaiDate } from '../calendar/china-time.ts';
import { checkCounterpartIdentity } from '../identifiers/counterpart-identity.ts';
import type { Counterpart } from '../schema/party.ts';
import type { CompiledMapping, SourceRecord } from './mapping.ts';

export interface RecordOutcome {
  line?: number;
  status: 'accepted' | 'duplicate' | 'rejected';
  id?: string;
  errors?: ErrorDetail[];
  /** What was taken but flagged (a USCC whose check character fails under a lenient policy, …). */
  warnings?: ErrorDetail[];
}

export interface IngestSummary {
  records: number;
  accepted: number;
  duplicate: number;
  rejected: number;
}

export interface IngestOptions {
  /** Records pushed at the same time. */
  concurrency?: number;
  /** When aborted, no further record is read; those already running finish, then ingest throws the reason. */
  signal?: AbortSignal;
  /**
   * For an approval mapping: the records are licences decided before the hub (a 双公示 XK_ load) and
   * go to no department (`pushApproval`'s `historical`). Default false: every record is pushed.
   */
  historical?: boolean;
}

/**
 * An approval adapter speaks for the bureau: only the bureau pushes approval decisions (001 §7(一)1).
 * Checked once per payload, so a department's approval adapter fails with one clear reason instead
 * of a refusal on every row.
 */
async function assertOwner(ctx: HubContext, actor: Actor, mapping: CompiledMapping, adapter: string): Promise<void> {
  if (mapping.target !== 'approval') return;
  const dept = await ctx.db
    .selectFrom('departments')
    .select(['code', 'kind'])
    .where('code', '=', actor.department)
    .executeTakeFirst();
  if (dept?.kind === 'bureau') return;
  throw new HubError('ADAPTER_OWNER_MISMATCH', {
    adapter,
    target: '审批信息（行政许可）',
    targetEn: 'approval decisions',
    owner: '行政审批服务局',
    ownerEn: 'the bureau',
    department: actor.department ?? '-',
  });
}

/** The flags a taken record carries (they are stored with it and audited; the receipt shows them too). */
function warningsOf(ctx: HubContext, value: Record<string, unknown>): ErrorDetail[] {
  const counterpart = value.counterpart as Counterpart | undefined;
  if (!counterpart) return [];
  try {
    return checkCounterpartIdentity(counterpart, ctx.profile, shanghaiDate(ctx.clock.now()));
  } catch {
    return []; // refused identities never reach here: the push itself refused them
  }
}

/** A promise with its resolve function (Promise.withResolvers is Node 22). */
function deferred(): { promise: Promise<void>; resolve(): void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** The department system an adapter speaks for, as an actor in the audit log. */
export function adapterActor(name: string, department: string): Actor {
  return { id: `adapter:${name}`, department, roles: ['system'] };
}

/**
 * Maps each legacy record and hands it to the linkage flow, a few at a time. Every record gets its
 * own outcome — a bad record never stops the good ones beside it — reported through `onOutcome`
 * in source order (a receipt lists lines in order). Keys come from the record's content alone
 * (`recordKey`), so reprocessing a payload, a corrected copy of it, or the same record by another
 * path (file drop, API upload, 前置库) never records anything twice. `keySpace` names the source in
 * errors (its first `:` part is the adapter); it is not part of the key.
 * If the source breaks part-way, the records before the break are finished and reported, then the
 * source's error is thrown.
 */
export async function ingest(
  ctx: HubContext,
  actor: Actor,
  mapping: CompiledMapping,
  records: AsyncIterable<SourceRecord>,
  keySpace: string,
  onOutcome: (o: RecordOutcome) => void | Promise<void>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const { concurrency = 64, signal, historical = false } = options;
  await assertOwner(ctx, actor, mapping, keySpace.split(':')[0]!);
  const summary: IngestSummary = { records: 0, accepted: 0, duplicate: 0, rejected: 0 };
  const inFlight = new Set<Promise<void>>();
  // Resolved when a record finishes: the reading loop waits on this one promise for a free slot rather
  // than racing every record in flight (a reaction on each of up to `concurrency` promises per record).
  let slotFreed = deferred();
  // The same record twice in one payload: the second waits for the first, so which one is
  // "accepted" and which the "duplicate" does not depend on timing.
  const running = new Map<string, Promise<unknown>>();
  // Outcomes finish out of order and are reported in order. A record's slot is free as soon as its
  // push is done; what bounds memory is one shared wait: reading stops while `window` records are
  // read but not yet reported (a slow record, or a receipt stream that is flushing, holds the rest).
  const window = concurrency * 4;
  const waiting = new Map<number, RecordOutcome>();
  let nextToReport = 0;
  let reporting = Promise.resolve();
  let reportFailure: unknown;
  let progressed = deferred();
  const report = (index: number, outcome: RecordOutcome) => {
    waiting.set(index, outcome);
    reporting = reporting.then(async () => {
      for (let o = waiting.get(nextToReport); o; o = waiting.get(nextToReport)) {
        waiting.delete(nextToReport++);
        await onOutcome(o);
        progressed.resolve();
        progressed = deferred();
      }
    });
    reporting.catch((err: unknown) => {
      reportFailure ??= err;
      progressed.resolve();
    });
  };

  const push = async (record: SourceRecord, value: Record<string, unknown>): Promise<RecordOutcome> => {
    const key = recordKey(value);
    const earlier = running.get(key);
    if (earlier) await earlier.catch(() => undefined);
    // The push checked the counterpart's identity already: its flags are the record's warnings.
    const attempt: Promise<{ id: string; replayed: boolean; flags?: ErrorDetail[] }> =
      mapping.target === 'approval'
        ? pushApproval(ctx, value, key, actor, { historical }).then((r) => ({
            id: r.approval.id,
            replayed: r.replayed,
            flags: r.approval.flags as ErrorDetail[],
          }))
        : pushSupervisionRecord(ctx, value, key, actor).then((r) => ({
            id: r.record.id,
            replayed: r.replayed,
            flags: r.flags,
          }));
    running.set(key, attempt);
    try {
      const result = await attempt;
      const warnings = result.flags ?? warningsOf(ctx, value);
      return {
        line: record.line,
        status: result.replayed ? 'duplicate' : 'accepted',
        id: result.id,
        ...(warnings.length ? { warnings: warnings.map((w) => ({ ...w, line: record.line })) } : {}),
      };
    } catch (err) {
      if (!(err instanceof HubError)) throw err;
      return {
        line: record.line,
        status: 'rejected',
        errors: err.details.length
          ? err.details.map((d) => ({ ...d, line: record.line }))
          : [{ line: record.line, code: err.code, zh: err.zh, en: err.en }],
      };
    } finally {
      if (running.get(key) === attempt) running.delete(key);
    }
  };

  const one = async (record: SourceRecord, index: number) => {
    const mapped = mapping.map(record);
    const outcome: RecordOutcome = mapped.ok
      ? await push(record, mapped.value)
      : { line: record.line, status: 'rejected', errors: mapped.errors };
    summary[outcome.status]++;
    report(index, outcome);
  };

  const iterator = records[Symbol.asyncIterator]();
  // The next record, or 'aborted'. Each wait listens for the abort only while it lasts: racing every read
  // against one promise that never settles would attach a reaction to it per record, each holding that
  // record, so a long file would keep every record it read until the file was done.
  const nextOrAborted = () =>
    new Promise<IteratorResult<SourceRecord> | 'aborted'>((resolve, reject) => {
      if (signal?.aborted) return resolve('aborted');
      const onAbort = () => resolve('aborted');
      signal?.addEventListener('abort', onAbort, { once: true });
      iterator.next().then(
        (next) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(next);
        },
        (err: unknown) => {
          signal?.removeEventListener('abort', onAbort);
          reject(err);
        },
      );
    });
  let index = 0;
  let unexpected: unknown;
  try {
    for (;;) {
      // A source that stalls (or a deadline that passes while waiting for it) must not hold ingest.
      const next = await nextOrAborted();
      if (next === 'aborted') {
        void iterator.return?.()?.catch(() => undefined);
        throw signal!.reason;
      }
      if (next.done) break;
      summary.records++;
      const p = one(next.value, index++)
        .catch((err: unknown) => {
          unexpected ??= err;
          progressed.resolve(); // its outcome never comes: the reading loop must not wait for it
        })
        .finally(() => {
          inFlight.delete(p);
          slotFreed.resolve();
          slotFreed = deferred();
        });
      inFlight.add(p);
      while (inFlight.size >= concurrency) await slotFreed.promise;
      while (index - nextToReport >= window && !reportFailure && !unexpected) await progressed.promise;
      if (unexpected || reportFailure) break;
    }
  } finally {
    // Whether the source ended or broke, no record is left running after ingest returns or throws,
    // and every finished record has been reported.
    await Promise.all(inFlight);
    await reporting.catch(() => undefined);
  }
  if (unexpected) throw unexpected;
  if (reportFailure) throw reportFailure;
  return summary;
}
