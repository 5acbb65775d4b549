import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import type { HistoricalReviewsTable } from '../storage/tables.ts';
import { lockById } from '../storage/lock-row.ts';

export type HistoricalReviewRow = Selectable<HistoricalReviewsTable>;

/**
 * 行政许可历史遗留问题 (001 §13): the department gives a written opinion; if it requires rectification,
 * the applicant rectifies and the department verifies; then the bureau decides. Each step is kept.
 *   awaiting-opinion → (opinion) → rectifying | ready-for-decision
 *   rectifying → (rectified) → awaiting-verification → (verified ok) → ready-for-decision, (failed) → rectifying
 *   ready-for-decision → (decided) → decided
 */
type Step = 'opinion' | 'rectified' | 'verified' | 'decided';

const TRANSITIONS: Record<Step, { from: string[]; by: 'department' | 'bureau' }> = {
  opinion: { from: ['awaiting-opinion'], by: 'department' },
  rectified: { from: ['rectifying'], by: 'bureau' },
  verified: { from: ['awaiting-verification'], by: 'department' },
  decided: { from: ['ready-for-decision'], by: 'bureau' },
};

export async function openHistoricalReview(
  ctx: HubContext,
  input: { matterCode: string; department: string; counterpart: Record<string, unknown>; description: string },
  actor: Actor,
) {
  const at = ctx.clock.now();
  const row = {
    id: randomUUID(),
    matter_code: input.matterCode,
    department: input.department,
    counterpart: JSON.stringify(input.counterpart),
    description: input.description,
    state: 'awaiting-opinion',
    steps: '[]',
    created_at: at,
    created_by: actor.id,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await tx.insertInto('historical_reviews').values(row).execute();
    await recordAudit(tx, {
      actor,
      at,
      action: 'historical-review.opened',
      entityType: 'historical-review',
      entityId: row.id,
      department: input.department,
      after: input,
    });
  });
  return { ...row, counterpart: input.counterpart, steps: [] };
}

export async function advanceHistoricalReview(
  ctx: HubContext,
  id: string,
  step: Step,
  input: { text: string; requiresRectification?: boolean; passed?: boolean },
  actor: Actor,
  actorIsBureau: boolean,
): Promise<HistoricalReviewRow> {
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const row = await lockById(tx, 'historical_reviews', id, `historical review ${id} / 历史遗留问题 ${id}`);
    const t = TRANSITIONS[step];
    if (!t.from.includes(row.state)) throw new HubError('STEP_NOT_ALLOWED', { state: row.state, action: step });
    const allowed =
      actor.roles.includes('admin') || (t.by === 'bureau' ? actorIsBureau : actor.department === row.department);
    if (!allowed) throw new HubError('FORBIDDEN_DEPARTMENT');
    const state =
      step === 'opinion'
        ? input.requiresRectification
          ? 'rectifying'
          : 'ready-for-decision'
        : step === 'rectified'
          ? 'awaiting-verification'
          : step === 'verified'
            ? input.passed
              ? 'ready-for-decision'
              : 'rectifying'
            : 'decided';
    const steps = [...row.steps, { step, at: at.toISOString(), by: actor.id, ...input }];
    await tx
      .updateTable('historical_reviews')
      .set({ state, steps: JSON.stringify(steps) })
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, {
      actor,
      at,
      action: `historical-review.${step}`,
      entityType: 'historical-review',
      entityId: id,
      department: row.department,
      before: { state: row.state },
      after: { state, ...input },
    });
    return { ...row, state, steps };
  });
}
