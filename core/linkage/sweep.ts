import type { HubContext } from '../hub-context.ts';
import { expireClaims } from './deliveries.ts';

/**
 * The deadline sweep: every pending delivery past its claim deadline is auto-claimed or escalated
 * (deliveries.expireClaims). It reads only the partial index of due, pending rows, in batches locked
 * with SKIP LOCKED, so several hub processes may sweep at once and its cost does not grow with history.
 */
export async function sweepDeadlines(ctx: HubContext, batchSize = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const now = ctx.clock.now();
    const n = await ctx.db.transaction().execute(async (tx) => {
      const due = await tx
        .selectFrom('deliveries')
        .select(['id', 'subject_type', 'subject_id', 'recipient', 'claim_due_at'])
        .where('claim_state', '=', 'pending')
        .where('claim_due_at', '<=', now)
        .orderBy('claim_due_at')
        .limit(batchSize)
        .forUpdate()
        .skipLocked()
        .execute();
      if (due.length) await expireClaims(ctx, tx, due, now);
      return due.length;
    });
    total += n;
    if (n < batchSize) return total;
  }
}
