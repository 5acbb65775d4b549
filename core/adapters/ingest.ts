import type { Actor } from '../audit/actor.ts';
import { HubError, type ErrorDetail } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import { pushApproval } from '../linkage/approvals.ts';
import { pushSupervisionRecord } from '../linkage/supervision.ts';
import type { CompiledMapping, SourceRecord } from './mapping.ts';

export interface RecordOutcome {
  line?: number;
  status: 'accepted' | 'duplicate' | 'rejected';
  id?: string;
  errors?: ErrorDetail[];
}

export interface IngestSummary {
  records: number;
  accepted: number;
  duplicate: number;
  rejected: number;
}

/** The department system an adapter speaks for, as an actor in the audit log. */
export function adapterActor(name: string, department: string): Actor {
  return { id: `adapter:${name}`, department, roles: ['system'] };
}

/**
 * Maps each legacy record and hands it to the linkage flow, a few at a time. Every record gets its
 * own outcome — a bad record never stops the good ones beside it — and its idempotency key is
 * derived from the source (`keyPrefix:line`), so reprocessing a payload never records anything twice.
 */
export async function ingest(
  ctx: HubContext,
  actor: Actor,
  mapping: CompiledMapping,
  records: AsyncIterable<SourceRecord>,
  keyPrefix: string,
  onOutcome: (o: RecordOutcome) => void | Promise<void>,
  concurrency = 16,
): Promise<IngestSummary> {
  const summary: IngestSummary = { records: 0, accepted: 0, duplicate: 0, rejected: 0 };
  const inFlight = new Set<Promise<void>>();
  const one = async (record: SourceRecord, index: number) => {
    const mapped = mapping.map(record);
    let outcome: RecordOutcome;
    if (!mapped.ok) outcome = { line: record.line, status: 'rejected', errors: mapped.errors };
    else {
      try {
        const key = `${keyPrefix}:${record.line ?? index}`;
        const result =
          mapping.target === 'approval'
            ? await pushApproval(ctx, mapped.value, key, actor).then((r) => ({
                id: r.approval.id,
                replayed: r.replayed,
              }))
            : await pushSupervisionRecord(ctx, mapped.value, key, actor).then((r) => ({
                id: r.record.id,
                replayed: r.replayed,
              }));
        outcome = { line: record.line, status: result.replayed ? 'duplicate' : 'accepted', id: result.id };
      } catch (err) {
        if (!(err instanceof HubError)) throw err;
        outcome = {
          line: record.line,
          status: 'rejected',
          errors: err.details.length
            ? err.details.map((d) => ({ ...d, line: record.line }))
            : [{ line: record.line, code: err.code, zh: err.zh, en: err.en }],
        };
      }
    }
    summary[outcome.status]++;
    await onOutcome(outcome);
  };
  let index = 0;
  let unexpected: unknown;
  try {
    for await (const record of records) {
      summary.records++;
      const p = one(record, index++)
        .catch((err: unknown) => void (unexpected ??= err))
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
      if (unexpected) break;
    }
  } finally {
    // Whether the source ended or broke, no record is left running after ingest returns or throws.
    await Promise.all(inFlight);
  }
  if (unexpected) throw unexpected;
  return summary;
}
