import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { getEntry } from '../catalogue/catalogue-store.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import { pushApproval } from '../linkage/approvals.ts';
import { counterpartKey } from '../linkage/credit.ts';
import { createDeliveries } from '../linkage/deliveries.ts';
import { queueLetter } from '../linkage/letters.ts';
import { requestLicenseAction, revokeByBureau } from '../linkage/license-actions.ts';
import { Commitment } from '../schema/linkage.ts';
import { assertValid } from '../schema/validator.ts';
import type { CommitmentsTable, Database } from '../storage/tables.ts';
import { lockById } from '../storage/lock-row.ts';
import type { CommitmentFigures } from '../../templates/documents/monthly-report.ts';
import type { COMMITMENT_STATES } from '../schema/states.ts';

export type CommitmentRow = Selectable<CommitmentsTable>;

/**
 * States: no-check 免于现场核验; verification-pending 待后置核验 (due in 10 working days: 001 §8);
 * met 已兑现; rectifying 限期整改; revoked 已撤销 (not met after rectification).
 */
export type CommitmentState = (typeof COMMITMENT_STATES)[number];

/**
 * 告知承诺 (001 §8, 004 #16): the notice given and the signed commitment are recorded, the decision
 * made on the spot is pushed with the commitment, and under 后置核验 a verification falls due.
 * The push and the commitment are one transaction; a retry with the same Idempotency-Key replays the push
 * and answers with the commitment recorded by the first.
 */
export async function recordCommitment(
  ctx: HubContext,
  input: { commitment: unknown; approval: Record<string, unknown> },
  idempotencyKey: string,
  actor: Actor,
) {
  const commitment = assertValid(Commitment, input.commitment);
  const decisionDate = String(input.approval.decisionDate ?? '');
  const matter = await getEntry(ctx, 'matter', commitment.matterCode, { asOf: decisionDate }).catch(() => undefined);
  const credit = matter?.data?.creditApproval;
  if (!credit || credit.mode !== commitment.verificationMode || input.approval.matterCode !== commitment.matterCode) {
    throw new HubError('NOT_CREDIT_APPROVAL_MATTER', { matter: commitment.matterCode });
  }
  const at = ctx.clock.now();
  const post = commitment.verificationMode === 'post-verification';
  // 001 §8: 申请人承诺达到审批条件后 10 个工作日内核验 — counted from the signing.
  const verificationDays = post ? ctx.profile.commitment.postVerificationDays : null;
  const due = verificationDays
    ? ctx.calendar.current.deadline(new Date(commitment.signedAt), verificationDays)
    : undefined;
  let recorded: CommitmentRow | undefined;
  // The commitment, its letter and audit entry are written in the push's own transaction: both or neither.
  const pushed = await pushApproval(
    ctx,
    { ...input.approval, mode: 'commitment', commitmentRef: commitment.signedDocumentRef },
    idempotencyKey,
    actor,
    {
      commitment,
      alongside: async (tx, approval) => {
        recorded = {
          id: randomUUID(),
          approval_id: approval.id,
          matter_code: commitment.matterCode,
          counterpart_key: counterpartKey(commitment.counterpart),
          commitment: commitment as unknown as Record<string, unknown>,
          verification_mode: commitment.verificationMode,
          state: post ? 'verification-pending' : 'no-check',
          verification_due_at: due?.dueAt ?? null,
          rectification_due_at: null,
          // The periods in force when set: a recompute on a loaded year counts them, not today's profile.
          verification_days: verificationDays,
          rectification_days: null,
          deadline_provisional: due?.provisional ?? false,
          checks: [],
          created_at: at,
          created_by: actor.id,
        };
        await insertCommitment(tx, recorded, actor);
      },
    },
  );
  if (recorded && !pushed.replayed) return { commitment: recorded, approval: pushed };
  // A retry with the same key: the first push recorded the commitment with it.
  const existing = await ctx.db
    .selectFrom('commitments')
    .selectAll()
    .where('approval_id', '=', pushed.approval.id)
    .executeTakeFirstOrThrow();
  return { commitment: existing, approval: pushed };
}

async function insertCommitment(tx: Kysely<Database>, row: CommitmentRow, actor: Actor): Promise<void> {
  await tx
    .insertInto('commitments')
    .values({ ...row, commitment: JSON.stringify(row.commitment), checks: '[]' })
    .execute();
  await queueLetter(
    tx,
    {
      kind: 'commitment',
      recipient: null,
      recipientName: (row.commitment as { counterpart: { name: string } }).counterpart.name,
      subjectType: 'commitment',
      subjectId: row.id,
      data: {},
    },
    row.created_at,
  );
  await recordAudit(tx, {
    actor,
    at: row.created_at,
    action: 'commitment.recorded',
    entityType: 'commitment',
    entityId: row.id,
    subject: `approval:${row.approval_id}`,
    counterpartKey: row.counterpart_key,
    after: {
      state: row.state,
      verificationDueAt: row.verification_due_at,
      signedDocumentRef: (row.commitment as { signedDocumentRef: string }).signedDocumentRef,
    },
  });
}

async function lockCommitment(tx: Kysely<Database>, id: string) {
  const row = await lockById(tx, 'commitments', id, `commitment ${id} / 告知承诺 ${id}`);
  const approval = await lockById(tx, 'approvals', row.approval_id);
  return { row, approval };
}

/**
 * The bureau's post-verification. Met → done. Not met → a rectification deadline; still not met once
 * it has passed → the bureau revokes (001 §8: 经限期整改仍达不到法定条件的，依法撤销审批决定).
 * Each result is pushed to the supervising departments.
 */
export async function recordVerification(
  ctx: HubContext,
  id: string,
  check: { met: boolean; findings: string },
  actor: Actor,
) {
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const { row, approval } = await lockCommitment(tx, id);
    if (!actor.roles.includes('admin') && actor.department !== approval.source_department)
      throw new HubError('FORBIDDEN_DEPARTMENT');
    if (!['verification-pending', 'rectifying'].includes(row.state))
      throw new HubError('STEP_NOT_ALLOWED', { state: row.state, action: 'verified / 核验' });
    const onTime = row.verification_due_at ? at <= row.verification_due_at : true;
    let next: {
      state: CommitmentState;
      rectification_due_at?: Date;
      rectification_days?: number;
      deadline_provisional?: boolean;
    };
    if (check.met) next = { state: 'met' };
    else if (row.state === 'verification-pending') {
      const rectificationDays = ctx.profile.commitment.rectificationDays;
      const rectification = ctx.calendar.current.deadline(at, rectificationDays);
      next = {
        state: 'rectifying',
        rectification_due_at: rectification.dueAt,
        rectification_days: rectificationDays,
        deadline_provisional: row.deadline_provisional || rectification.provisional,
      };
    } else if (row.rectification_due_at && at > row.rectification_due_at) next = { state: 'revoked' };
    else next = { state: 'rectifying' }; // still within the rectification period: recorded, not yet final
    const checks = [
      ...row.checks,
      { at: at.toISOString(), by: actor.id, met: check.met, findings: check.findings, onTime, result: next.state },
    ];
    await tx
      .updateTable('commitments')
      .set({ ...next, checks: JSON.stringify(checks) })
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, {
      actor,
      at,
      action: `commitment.${next.state === 'revoked' ? 'revoked' : 'checked'}`,
      entityType: 'commitment',
      entityId: id,
      subject: `approval:${approval.id}`,
      counterpartKey: row.counterpart_key,
      before: { state: row.state },
      after: { ...next, met: check.met, findings: check.findings, onTime },
    });
    if (next.state === 'revoked') {
      await revokeByBureau(
        ctx,
        tx,
        approval,
        { reason: '告知承诺经限期整改仍未兑现，依法撤销', basis: '001 §8 信用审批', result: check.findings },
        'commitment',
        // One revocation per deciding check: a revocation withdrawn on recompute leaves the next check free.
        `commitment:${id}:check-${checks.length}`,
        actor,
        at,
      );
    }
    const recipients = await tx
      .selectFrom('deliveries')
      .select(['recipient', 'via'])
      .where('subject_type', '=', 'approval')
      .where('subject_id', '=', approval.id)
      .execute();
    await createDeliveries(
      ctx,
      tx,
      recipients.map((r) => ({
        subjectType: 'commitment-check',
        subjectId: id,
        recipient: r.recipient,
        via: r.via,
        channel: 'online' as const,
        rule: { mode: 'none' as const },
        responsibleAtPush: false,
        counterpartKey: row.counterpart_key,
        message: {
          type: 'commitment.checked' as const,
          subject: { type: 'commitment', id },
          payload: {
            commitmentId: id,
            approvalId: approval.id,
            met: check.met,
            findings: check.findings,
            state: next.state,
            rectificationDueAt: next.rectification_due_at ?? row.rectification_due_at,
          },
        },
      })),
      actor,
      at,
    );
    return { ...row, ...next, checks };
  });
}

/**
 * A supervising department finds the commitment false (001 §8): a revocation request through the license-action
 * flow.
 */
export async function reportFalseCommitment(
  ctx: HubContext,
  id: string,
  report: { findings: string; basis: string },
  idempotencyKey: string,
  actor: Actor,
) {
  const row = await ctx.db.selectFrom('commitments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new HubError('NOT_FOUND', { what: `commitment ${id} / 告知承诺 ${id}` });
  const approval = await ctx.db
    .selectFrom('approvals')
    .select(['license_document_number', 'counterpart_key'])
    .where('id', '=', row.approval_id)
    .executeTakeFirstOrThrow();
  return requestLicenseAction(
    ctx,
    {
      licenseDocumentNumber: approval.license_document_number,
      counterpartCode: approval.counterpart_key,
      action: 'revoke',
      reason: '申请人违反告知承诺（虚假承诺）',
      penaltyBasis: { basis: report.basis, result: report.findings },
      evidence: [],
    },
    idempotencyKey,
    actor,
  );
}

/** Post-verifications still pending past their due date: the accountability list (001 §15). */
export async function overdueVerifications(ctx: HubContext) {
  return ctx.db
    .selectFrom('commitments')
    .selectAll()
    .where('state', '=', 'verification-pending')
    .where('verification_due_at', '<', ctx.clock.now())
    .orderBy('verification_due_at')
    .execute();
}

/**
 * Commitment figures of the month (001 §7, §15), each event in its own month: recorded when recorded, a
 * check when made, a verification that became overdue in the month its period ended (24:00 of the last day:
 * due on 10-16 counts in October), rectifying and revoked by the check that decided it.
 */
export async function commitmentFigures(ctx: HubContext, from: Date, to: Date): Promise<CommitmentFigures> {
  const rows = await ctx.db
    .selectFrom('commitments')
    .select(['state', 'verification_due_at', 'checks', 'created_at'])
    .where((eb) =>
      eb.or([
        eb.and([eb('created_at', '>=', from), eb('created_at', '<', to)]),
        eb.and([eb('verification_due_at', '>', from), eb('verification_due_at', '<=', to)]),
        eb.and([eb('created_at', '<', to), eb('state', 'in', ['verification-pending', 'rectifying', 'revoked'])]),
      ]),
    )
    .execute();
  const now = ctx.clock.now();
  type Check = { at?: string; onTime?: boolean; result?: string };
  const checksIn = (r: (typeof rows)[number]) =>
    (r.checks as Check[]).filter((c) => c.at && new Date(c.at) >= from && new Date(c.at) < to);
  const firstCheck = (r: (typeof rows)[number]) => r.checks[0] as Check | undefined;
  const created = rows.filter((r) => r.created_at >= from && r.created_at < to);
  const firstInMonth = (r: (typeof rows)[number]) => {
    const c = firstCheck(r);
    return c?.at && new Date(c.at) >= from && new Date(c.at) < to ? c : undefined;
  };
  return {
    total: created.length,
    postVerification: created.filter((r) => r.verification_due_at).length,
    verifiedOnTime: rows.filter((r) => firstInMonth(r)?.onTime === true).length,
    verifiedLate: rows.filter((r) => firstInMonth(r)?.onTime === false).length,
    // Became overdue in the month: its period ended in the month and it was not verified by then.
    overdue: rows.filter(
      (r) =>
        r.verification_due_at &&
        r.verification_due_at > from &&
        r.verification_due_at <= to &&
        r.verification_due_at < now &&
        (r.state === 'verification-pending' || firstCheck(r)?.onTime === false),
    ).length,
    rectifying: rows.filter((r) => checksIn(r).some((c) => c.result === 'rectifying')).length,
    revoked: rows.filter((r) => checksIn(r).some((c) => c.result === 'revoked')).length,
  };
}
