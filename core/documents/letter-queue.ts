import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import type { HubContext } from '../hub-context.ts';
import { documentSource, type DocumentKind } from './document-sources.ts';
import { issueDocument, type DocumentMeta } from './documents.ts';
import { metricsOf } from '../metrics/hub-metrics.ts';

const ISSUER: Actor = { id: 'system:documents', department: null, roles: [] };
/** After this many failed renderings a letter is marked failed (visible, replayable) instead of retried each minute. */
const MAX_LETTER_ATTEMPTS = 5;

/**
 * Issues the letters the flows queued (in the same transaction as their own change, so none is
 * lost): one transaction per letter, claimed with SKIP LOCKED so several hub processes share the work.
 * A letter that cannot be rendered keeps its place with the error recorded.
 */
export async function issueQueuedLetters(
  ctx: HubContext,
  limit = 50,
): Promise<{ issued: DocumentMeta[]; failed: number }> {
  const issued: DocumentMeta[] = [];
  const failedIds: string[] = [];
  for (let i = 0; i < limit; i++) {
    let claimed: { id: string; kind: string; subject_type: string; subject_id: string; attempts: number } | undefined;
    try {
      const started = performance.now();
      const doc = await ctx.db.transaction().execute(async (tx) => {
        let next = tx.selectFrom('letters').selectAll().where('state', '=', 'queued');
        if (failedIds.length) next = next.where('id', 'not in', failedIds); // one try per letter per run
        const letter = await next
          .orderBy('created_at')
          .orderBy('id')
          .limit(1)
          .forUpdate()
          .skipLocked()
          .executeTakeFirst();
        if (!letter) return null;
        claimed = letter;
        const prepared = await documentSource(letter.kind)(
          ctx,
          tx,
          letter.subject_id,
          letter.data as Record<string, unknown>,
        );
        const meta = await issueDocument(
          ctx,
          tx,
          {
            kind: letter.kind as DocumentKind,
            subjectType: letter.subject_type,
            subjectId: letter.subject_id,
            letterId: letter.id,
            prepared,
          },
          ISSUER,
        );
        await tx
          .updateTable('letters')
          .set({ state: 'issued', document_id: meta.id, attempts: letter.attempts + 1, last_error: null })
          .where('id', '=', letter.id)
          .execute();
        return meta;
      });
      if (!doc) break;
      metricsOf(ctx).documentRender.observe({ kind: claimed!.kind }, (performance.now() - started) / 1000);
      issued.push(doc);
    } catch (err) {
      if (!claimed) throw err;
      failedIds.push(claimed.id);
      await recordFailure(ctx, claimed, err);
    }
  }
  return { issued, failed: failedIds.length };
}

async function recordFailure(
  ctx: HubContext,
  letter: { id: string; kind: string; subject_type: string; subject_id: string; attempts: number },
  err: unknown,
) {
  const attempts = letter.attempts + 1;
  const state = attempts >= MAX_LETTER_ATTEMPTS ? 'failed' : 'queued';
  const message = err instanceof Error ? err.message : String(err);
  await ctx.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('letters')
      .set({ attempts, last_error: message.slice(0, 2000), state })
      .where('id', '=', letter.id)
      .execute();
    await recordAudit(tx, {
      actor: ISSUER,
      at: ctx.clock.now(),
      action: 'letter.render-failed',
      entityType: 'letter',
      entityId: letter.id,
      subject: `${letter.subject_type}:${letter.subject_id}`,
      after: { kind: letter.kind, attempts, state, error: message },
    });
  });
}
