import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import type { HubContext } from '../hub-context.ts';
import { documentSource, type DocumentKind } from './document-sources.ts';
import { issueDocument, renderStaged, stageDocument, storeDocument, type DocumentMeta } from './documents.ts';
import { renderWorkers } from './render-pool.ts';
import { metricsOf } from '../metrics/hub-metrics.ts';

const ISSUER: Actor = { id: 'system:documents', department: null, roles: [] };
/** After this many failed renderings a letter is marked failed (visible, replayable) instead of retried each minute. */
const MAX_LETTER_ATTEMPTS = 5;

/**
 * Issues the letters the flows queued (in the same transaction as their own change, so none is
 * lost), claimed with SKIP LOCKED so several hub processes share the work: a few at a time in one
 * transaction, rendered side by side in the render pool (render-pool.ts), or one per transaction
 * after a batch failed. A letter that cannot be rendered keeps its place with the error recorded.
 */
export async function issueQueuedLetters(
  ctx: HubContext,
  limit = 50,
): Promise<{ issued: DocumentMeta[]; failed: number }> {
  const issued: DocumentMeta[] = [];
  const failedIds: string[] = [];
  const batch = Math.min(limit, Math.max(1, renderWorkers()) * 2);
  while (batch > 1 && issued.length + failedIds.length < limit) {
    // Several letters in one transaction, rendered side by side in the render pool; a batch in which
    // anything fails is rolled back whole (numbers included, so no gap) and issued one by one below,
    // where each failure is recorded against its own letter.
    const done = await issueBatch(ctx, Math.min(batch, limit - issued.length - failedIds.length), failedIds).catch(
      () => null,
    );
    if (done === null) break;
    if (!done.length) return { issued, failed: failedIds.length };
    issued.push(...done);
  }
  for (let i = issued.length + failedIds.length; i < limit; i++) {
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

/** Claims up to `size` letters, stages them in order, renders them in parallel and stores them, in one transaction. */
async function issueBatch(ctx: HubContext, size: number, skip: string[]): Promise<DocumentMeta[]> {
  const started = performance.now();
  const issued = await ctx.db.transaction().execute(async (tx) => {
    let next = tx.selectFrom('letters').selectAll().where('state', '=', 'queued');
    if (skip.length) next = next.where('id', 'not in', skip);
    const letters = await next.orderBy('created_at').orderBy('id').limit(size).forUpdate().skipLocked().execute();
    const staged = [];
    for (const letter of letters) {
      const prepared = await documentSource(letter.kind)(
        ctx,
        tx,
        letter.subject_id,
        letter.data as Record<string, unknown>,
      );
      staged.push({
        letter,
        doc: await stageDocument(ctx, tx, {
          kind: letter.kind as DocumentKind,
          subjectType: letter.subject_type,
          subjectId: letter.subject_id,
          letterId: letter.id,
          prepared,
        }),
      });
    }
    const rendered = await Promise.all(staged.map((s) => renderStaged(ctx, s.doc)));
    const metas: DocumentMeta[] = [];
    for (const [i, { letter, doc }] of staged.entries()) {
      const meta = await storeDocument(ctx, tx, doc, rendered[i]!, ISSUER);
      await tx
        .updateTable('letters')
        .set({ state: 'issued', document_id: meta.id, attempts: letter.attempts + 1, last_error: null })
        .where('id', '=', letter.id)
        .execute();
      metas.push(meta);
    }
    return metas;
  });
  for (const meta of issued)
    metricsOf(ctx).documentRender.observe({ kind: meta.kind }, (performance.now() - started) / 1000 / issued.length);
  return issued;
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
