import type { Kysely, Selectable } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { type AuditEntry, recordAuditMany } from '../audit/audit-log.ts';
import { deliveryAudit } from '../linkage/deliveries.ts';
import { changeLicenseStatus } from '../linkage/license-status.ts';
import { addCalendarDays, formatShanghai, shanghaiDate } from '../calendar/china-time.ts';
import type { Deadline } from '../calendar/working-calendar.ts';
import { type HubContext, inTransaction } from '../hub-context.ts';
import { notifyStatusChange } from '../linkage/license-actions.ts';
import { pushDelay } from '../linkage/push-timing.ts';
import { withdrawLetters } from '../linkage/letters.ts';
import { SCHEDULED } from '../reviews/special-reviews.ts';
import { deadlineText } from '../../templates/documents/issue.ts';
import type { Database } from '../storage/tables.ts';
import { lockById } from '../storage/lock-row.ts';

/**
 * When a year's schedule is loaded, every deadline computed on the statutory floor (暂定) is computed again
 * on the official schedule, whatever its kind: claim and dispute windows of deliveries (001 §7(一)1, §7(二)1),
 * inquiry replies and deemed consent (001 §12), commitment post-verification and rectification (001 §8),
 * special-review conclusions (003 §7). Where the hub already acted on a floor deadline — auto-claim or
 * escalation, deemed consent — and the official deadline is later and still ahead, the act is reversed with
 * an audit entry and the item is pending again; where the official deadline has passed too, the act stands
 * at the official time. No department is held responsible from a day that turns out to be a holiday.
 * A revocation decided on a floor rectification deadline that the official schedule shows still running is
 * withdrawn (001 §8 经限期整改仍达不到: the period had not ended), the licence's status restored and the
 * supervisors told (001 §7(二)3). A liaison change accepted on the floor is checked again (003 §8 提前五个工作日):
 * too short and not yet in force, it is re-dated to the first day the official schedule allows; already in
 * force, it stands and is reported. Letters the reversed acts owed are withdrawn, or, if issued, followed by
 * a 撤回告知函. Each deadline is counted with the working days it was given when set (kept on the row), not
 * with today's profile; rows from before those were kept fall back to the profile.
 * Each change is audited once: rows stop being provisional when their years are loaded, so later runs
 * (the scheduler repeats this every few minutes) find nothing to do.
 */
export interface RecomputeReport {
  deliveries: number;
  inquiries: number;
  commitments: number;
  specialReviews: number;
  /** Acts taken on a floor deadline that was undone (the item is pending again). */
  reversed: number;
  /** Acts that stand, re-dated to the official deadline. */
  redated: number;
  /**
   * Surveys and hearings (001 §10(四)) and liaison changes already in force (003 §8) whose notice, checked on
   * the floor, turns out shorter than required.
   */
  noticesShort: number;
  /** Liaison changes checked again (003 §8). */
  liaisons: number;
  /** Queued letters withdrawn, and 撤回告知函 queued for letters already issued, because their act was reversed. */
  lettersWithdrawn: number;
  withdrawalNotices: number;
  /** Approval and supervision push delays measured again, whose hours or lateness changed (001 §7(一)1, §7(二)1). */
  pushDelays: number;
}

const RECOMPUTER: Actor = { id: 'system:calendar-recompute', department: null, roles: [] };

const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
const iso = (d: Date | null) => d?.toISOString() ?? null;
const yearOf = (d: Date) => `${shanghaiDate(d).slice(0, 4)}年`;

export async function recomputeProvisionalDeadlines(ctx: HubContext): Promise<RecomputeReport> {
  return inTransaction(ctx, recomputeIn);
}

/** The same inside the caller's transaction (`ctx.db` is the transaction). */
export async function recomputeIn(ctx: HubContext): Promise<RecomputeReport> {
  const report: RecomputeReport = {
    deliveries: 0,
    inquiries: 0,
    commitments: 0,
    specialReviews: 0,
    reversed: 0,
    redated: 0,
    noticesShort: 0,
    liaisons: 0,
    lettersWithdrawn: 0,
    withdrawalNotices: 0,
    pushDelays: 0,
  };
  const audit: AuditEntry[] = [];
  const at = ctx.clock.now();
  await recomputeDeliveries(ctx, at, report, audit);
  await recomputeInquiries(ctx, at, report, audit);
  await recomputeCommitments(ctx, at, report, audit);
  await recomputeSpecialReviews(ctx, at, report, audit);
  await recheckLiaisonNotices(ctx, at, report, audit);
  await recomputePushDelays(ctx, at, report, audit);
  await recordAuditMany(ctx.db, audit);
  return report;
}

function due(ctx: HubContext, from: Date, days: number): Deadline {
  return ctx.calendar.current.deadline(from, days);
}

/** A table's rows whose deadline was counted on the floor (provisional), locked until the recompute commits. */
async function provisionalRows<T extends 'deliveries' | 'inquiries' | 'commitments'>(
  db: Kysely<Database>,
  table: T,
): Promise<Selectable<Database[T]>[]> {
  // Typed as one table with the flag: the table name is checked by `T`, the rows by the result.
  const rows = await (db as unknown as Kysely<{ provisional: { deadline_provisional: boolean } }>)
    .selectFrom(table as 'provisional')
    .selectAll()
    .where('deadline_provisional', '=', true)
    .forUpdate()
    .execute();
  return rows as unknown as Selectable<Database[T]>[];
}

async function recomputeDeliveries(ctx: HubContext, at: Date, report: RecomputeReport, audit: AuditEntry[]) {
  const db: Kysely<Database> = ctx.db;
  const rows = await provisionalRows(db, 'deliveries');
  for (const r of rows) {
    // An upheld dispute restarted the claim window at its resolution (deliveries.upholdAfterDispute).
    const claim = r.claim_days && r.claim_due_at ? due(ctx, r.resolved_at ?? r.created_at, r.claim_days) : undefined;
    const dispute = r.dispute_days && r.dispute_due_at ? due(ctx, r.created_at, r.dispute_days) : undefined;
    // The sender's answer to a dispute (003 §7, 004 #31) counts from the dispute.
    const answer =
      r.answer_due_at && r.disputed_at
        ? due(ctx, r.disputed_at, r.answer_days ?? ctx.profile.disputes.answerDays)
        : undefined;
    const claimDue = claim?.dueAt ?? r.claim_due_at;
    const disputeDue = dispute?.dueAt ?? r.dispute_due_at;
    const answerDue = answer?.dueAt ?? r.answer_due_at;
    const provisional = Boolean(claim?.provisional || dispute?.provisional || answer?.provisional);
    if (
      same(claimDue, r.claim_due_at) &&
      same(disputeDue, r.dispute_due_at) &&
      same(answerDue, r.answer_due_at) &&
      provisional === r.deadline_provisional
    )
      continue;
    const next: Record<string, unknown> = {
      claim_due_at: claimDue,
      dispute_due_at: disputeDue,
      answer_due_at: answerDue,
      deadline_provisional: provisional,
    };
    // The sweep escalated an unanswered dispute at the floor deadline (disputes.escalateUnansweredDisputes).
    if (r.escalated_at && answerDue && !same(answerDue, r.answer_due_at)) {
      if (answerDue > at) {
        Object.assign(next, { escalated_at: null, escalated_to: null });
        report.reversed++;
      } else {
        next.escalated_at = answerDue;
        report.redated++;
      }
    }
    let action = 'delivery.deadline-recomputed';
    // The sweep acted at the floor deadline (deliveries.expireClaims): undo or re-date it.
    const acted = ['auto-claimed', 'escalated'].includes(r.claim_state) && !same(claimDue, r.claim_due_at);
    const chargedAtDeadline = r.responsible_from && same(r.responsible_from, r.claim_due_at);
    if (acted && claimDue && claimDue > at) {
      Object.assign(next, { claim_state: 'pending', claimed_at: null, claimed_by: null });
      if (chargedAtDeadline) next.responsible_from = null;
      action = 'delivery.auto-claim-reversed';
      report.reversed++;
    } else if (acted) {
      if (r.claim_state === 'auto-claimed') next.claimed_at = claimDue;
      if (chargedAtDeadline) next.responsible_from = claimDue;
      action = 'delivery.auto-claim-redated';
      report.redated++;
    }
    await db.updateTable('deliveries').set(next).where('id', '=', r.id).execute();
    audit.push(
      deliveryAudit(r, RECOMPUTER, at, action, {
        before: {
          claim_state: r.claim_state,
          claim_due_at: iso(r.claim_due_at),
          dispute_due_at: iso(r.dispute_due_at),
          answer_due_at: iso(r.answer_due_at),
          escalated_at: iso(r.escalated_at),
          claimed_at: iso(r.claimed_at),
          responsible_from: iso(r.responsible_from),
          deadline_provisional: r.deadline_provisional,
        },
        after: next,
      }),
    );
    report.deliveries++;
  }
}

async function recomputeInquiries(ctx: HubContext, at: Date, report: RecomputeReport, audit: AuditEntry[]) {
  const rows = await provisionalRows(ctx.db, 'inquiries');
  for (const r of rows) {
    const d = due(ctx, r.created_at, r.reply_days);
    if (same(d.dueAt, r.due_at) && d.provisional === r.deadline_provisional) continue;
    const next: Record<string, unknown> = { due_at: d.dueAt, deadline_provisional: d.provisional };
    let action = 'inquiry.deadline-recomputed';
    // 001 §12 逾期不回复的视为同意: consent deemed before the official deadline is taken back while it is ahead.
    let letters: Awaited<ReturnType<typeof withdrawLetters>> | undefined;
    if (r.state === 'deemed-consent' && !same(d.dueAt, r.due_at)) {
      if (d.dueAt > at) {
        next.state = 'open';
        action = 'inquiry.deemed-consent-reversed';
        report.reversed++;
        // The 视为同意 letter is no longer owed: withdrawn if still queued, else followed by a 撤回告知函.
        letters = await withdrawLetters(
          ctx.db,
          { kind: 'inquiry-reply', subjectType: 'inquiry', subjectId: r.id, data: { deemedConsent: true } },
          {
            reason: `经按${yearOf(d.dueAt)}国务院办公厅节假日安排重新计算，该函询的答复期限为${deadlineText(d.dueAtLocal)}，我单位认定视为同意时答复期限尚未届满`,
            followUp: `请贵单位于${deadlineText(d.dueAtLocal)}前书面答复；逾期不答复的，视为同意，并承担相应责任`,
          },
          at,
        );
        report.lettersWithdrawn += letters.withdrawn.length;
        report.withdrawalNotices += letters.withdrawalNotices.length;
      } else {
        action = 'inquiry.deemed-consent-redated';
        report.redated++;
      }
    }
    await ctx.db.updateTable('inquiries').set(next).where('id', '=', r.id).execute();
    audit.push({
      actor: RECOMPUTER,
      at,
      action,
      entityType: 'inquiry',
      entityId: r.id,
      department: r.to_department,
      subject: `inquiry:${r.id}`,
      before: { state: r.state, due_at: iso(r.due_at), deadline_provisional: r.deadline_provisional },
      after: letters
        ? { ...next, lettersWithdrawn: letters.withdrawn, withdrawalNotices: letters.withdrawalNotices }
        : next,
    });
    report.inquiries++;
  }
}

interface CheckEntry {
  at: string;
  onTime?: boolean;
  result?: string;
  revocationWithdrawn?: string;
}

async function recomputeCommitments(ctx: HubContext, at: Date, report: RecomputeReport, audit: AuditEntry[]) {
  const rows = await provisionalRows(ctx.db, 'commitments');
  const days = ctx.profile.commitment;
  for (const r of rows) {
    const signedAt = (r.commitment as { signedAt?: string }).signedAt;
    // 001 §8: post-verification within N working days of the signing; rectification from the failed check.
    const verification =
      r.verification_due_at && signedAt
        ? due(ctx, new Date(signedAt), r.verification_days ?? days.postVerificationDays)
        : undefined;
    const checks = r.checks as CheckEntry[];
    const failed = checks.find((c) => c.result === 'rectifying');
    const rectification =
      r.rectification_due_at && failed
        ? due(ctx, new Date(failed.at), r.rectification_days ?? days.rectificationDays)
        : undefined;
    const verificationDue = verification?.dueAt ?? r.verification_due_at;
    const rectificationDue = rectification?.dueAt ?? r.rectification_due_at;
    const provisional = Boolean(verification?.provisional || rectification?.provisional);
    if (
      same(verificationDue, r.verification_due_at) &&
      same(rectificationDue, r.rectification_due_at) &&
      provisional === r.deadline_provisional
    )
      continue;
    // 001 §8 经限期整改仍达不到法定条件的，依法撤销: a revocation decided by a check made before the official end
    // of the rectification period was decided too early, whatever the date now. It is withdrawn and the
    // commitment is rectifying again; the next check after the period decides.
    const premature =
      r.state === 'revoked' && rectificationDue && !same(rectificationDue, r.rectification_due_at)
        ? [...checks].reverse().find((c) => c.result === 'revoked' && new Date(c.at) <= rectificationDue)
        : undefined;
    // Whether a check was on time is judged again against the official deadline (overdue is computed from it).
    const rechecked = checks.map((c) => ({
      ...c,
      onTime: verificationDue ? new Date(c.at) <= verificationDue : c.onTime,
      ...(c === premature ? { result: 'rectifying', revocationWithdrawn: at.toISOString() } : {}),
    }));
    const next = {
      verification_due_at: verificationDue,
      rectification_due_at: rectificationDue,
      deadline_provisional: provisional,
      checks: JSON.stringify(rechecked),
      ...(premature ? { state: 'rectifying' } : {}),
    };
    await ctx.db.updateTable('commitments').set(next).where('id', '=', r.id).execute();
    let withdrawal: Record<string, unknown> | undefined;
    if (premature) {
      const key = `commitment:${r.id}:check-${checks.indexOf(premature) + 1}`;
      withdrawal = await withdrawRevocation(ctx, r, key, rectificationDue!, at, report, audit);
      report.reversed++;
    }
    audit.push({
      actor: RECOMPUTER,
      at,
      action: premature ? 'commitment.revocation-withdrawn' : 'commitment.deadline-recomputed',
      entityType: 'commitment',
      entityId: r.id,
      subject: `approval:${r.approval_id}`,
      counterpartKey: r.counterpart_key,
      before: {
        state: r.state,
        verification_due_at: iso(r.verification_due_at),
        rectification_due_at: iso(r.rectification_due_at),
        checks,
      },
      after: { ...next, checks: rechecked, ...(withdrawal ? { revocation: withdrawal } : {}) },
    });
    report.commitments++;
  }
}

async function recomputeSpecialReviews(ctx: HubContext, at: Date, report: RecomputeReport, audit: AuditEntry[]) {
  const rows = await ctx.db
    .selectFrom('special_reviews')
    .selectAll()
    .where('deadline_provisional', '=', true)
    .where('conclusion_days', 'is not', null)
    .forUpdate()
    .execute();
  for (const r of rows) {
    const d = due(ctx, r.created_at, r.conclusion_days!);
    if (same(d.dueAt, r.conclusion_due_at) && d.provisional === r.deadline_provisional) continue;
    const next = { conclusion_due_at: d.dueAt, deadline_provisional: d.provisional };
    await ctx.db.updateTable('special_reviews').set(next).where('id', '=', r.id).execute();
    // The survey or hearing was announced against the floor (special-reviews.ts, 001 §10(四), §11): if the
    // official schedule makes the notice too short and it is still ahead, staff must be told to reschedule.
    const days = r.notice_days ?? ctx.profile.jointWork.surveyNoticeDays;
    if (r.scheduled_for && r.scheduled_for > at && r.handling !== 'independent' && SCHEDULED.has(r.procedure)) {
      const earliest = ctx.calendar.current.addWorkingDays(shanghaiDate(r.created_at), days).date;
      if (shanghaiDate(r.scheduled_for) < earliest) {
        audit.push({
          actor: RECOMPUTER,
          at,
          action: 'special-review.notice-short',
          entityType: 'special-review',
          entityId: r.id,
          department: r.department,
          subject: `application:${r.application_ref}`,
          after: { scheduledFor: iso(r.scheduled_for), earliest, noticeDays: days },
        });
        report.noticesShort++;
      }
    }
    audit.push({
      actor: RECOMPUTER,
      at,
      action: 'special-review.deadline-recomputed',
      entityType: 'special-review',
      entityId: r.id,
      department: r.department,
      subject: `application:${r.application_ref}`,
      before: { conclusion_due_at: iso(r.conclusion_due_at), created: shanghaiDate(r.created_at) },
      after: next,
    });
    report.specialReviews++;
  }
}

/**
 * Withdraws the revocation a premature check decided (revokeByBureau, origin commitment): the license action
 * is withdrawn 撤回, the licence gets back the status it had before (unless something changed it since), every
 * supervising department is told (001 §7(二)3 同时推送至监管部门), and the letter to the applicant is withdrawn
 * or, if issued, followed by a 撤回告知函 giving the official rectification deadline.
 */
async function withdrawRevocation(
  ctx: HubContext,
  commitment: { id: string; approval_id: string; counterpart_key: string },
  /** The revocation's key (commitments.recordVerification); `commitment:<id>` before keys named the check. */
  idempotencyKey: string,
  rectificationDue: Date,
  at: Date,
  report: RecomputeReport,
  audit: AuditEntry[],
): Promise<Record<string, unknown>> {
  const db = ctx.db;
  const action = await db
    .selectFrom('license_actions')
    .selectAll()
    .where('approval_id', '=', commitment.approval_id)
    .where('origin', '=', 'commitment')
    .where('state', '=', 'approved')
    .where('idempotency_key', 'in', [idempotencyKey, `commitment:${commitment.id}`])
    .orderBy('created_at', 'desc')
    .forUpdate()
    .executeTakeFirst();
  if (!action) return { licenseAction: null };
  const dueText = deadlineText(formatShanghai(rectificationDue));
  const reason = `经按${yearOf(rectificationDue)}国务院办公厅节假日安排重新计算，告知承诺整改期限为${dueText}，作出撤销决定时整改期限尚未届满`;
  await db
    .updateTable('license_actions')
    .set({ state: 'withdrawn', withdrawn_at: at, withdrawn_reason: reason })
    .where('id', '=', action.id)
    .execute();
  audit.push({
    actor: RECOMPUTER,
    at,
    action: 'license-action.withdrawn',
    entityType: 'license-action',
    entityId: action.id,
    department: action.requested_by,
    subject: `approval:${commitment.approval_id}`,
    counterpartKey: commitment.counterpart_key,
    before: { state: action.state },
    after: { state: 'withdrawn', reason },
  });
  const approval = await lockById(db, 'approvals', commitment.approval_id);
  const history = await db
    .selectFrom('license_status_history')
    .select(['id', 'status', 'until', 'license_action_id'])
    .where('approval_id', '=', approval.id)
    .orderBy('id', 'desc')
    .execute();
  const own = history.findIndex((h) => h.license_action_id === action.id);
  // Restored only while the revocation is the latest word on the licence; a later change stands.
  let restored: string | null = null;
  if (own === 0 && approval.license_status === 'revoked') {
    const previous = history[1];
    restored = previous?.status ?? 'valid';
    await changeLicenseStatus(
      db,
      approval,
      {
        status: restored,
        until: previous?.until ?? null,
        reason: `撤销决定撤回：${reason}`,
        licenseActionId: action.id,
      },
      RECOMPUTER,
      at,
      audit,
    );
  }
  const told = await notifyStatusChange(
    ctx,
    db,
    approval,
    restored ?? approval.license_status,
    { withdrawnLicenseActionId: action.id, reason, rectificationDueAt: rectificationDue.toISOString() },
    RECOMPUTER,
    at,
  );
  const letters = await withdrawLetters(
    db,
    { kind: 'applicant-letter', subjectType: 'license-action', subjectId: action.id },
    {
      reason,
      followUp: `该许可继续有效。请于${dueText}前完成整改；整改期限届满仍达不到法定条件的，将依法撤销该许可`,
    },
    at,
  );
  report.lettersWithdrawn += letters.withdrawn.length;
  report.withdrawalNotices += letters.withdrawalNotices.length;
  return { licenseAction: action.id, licenseStatus: restored, supervisorsTold: told, letters };
}

/**
 * 003 §8 提前五个工作日报备: a liaison change whose notice was checked on the floor is checked again on the
 * official schedule, with the days required when it was filed. Short and not yet in force: re-dated to the
 * first day allowed (the predecessor serves until the day before). Short and in force: it stands, reported.
 */
async function recheckLiaisonNotices(ctx: HubContext, at: Date, report: RecomputeReport, audit: AuditEntry[]) {
  const rows = await ctx.db
    .selectFrom('liaisons')
    .selectAll()
    .where('notice_provisional', '=', true)
    .orderBy('id')
    .forUpdate()
    .execute();
  const today = shanghaiDate(at);
  for (const r of rows) {
    const days = r.notice_days ?? ctx.profile.liaison.changeNoticeDays;
    const earliest = days > 0 ? ctx.calendar.current.addWorkingDays(shanghaiDate(r.filed_at), days) : undefined;
    if (earliest?.provisional) continue; // still reaches a year not loaded: checked when that year is
    const short = earliest !== undefined && r.effective_from < earliest.date;
    const next: Record<string, unknown> = { notice_provisional: false };
    let action = 'liaison.notice-rechecked';
    if (short && r.effective_from > today) {
      next.effective_from = earliest.date;
      const endOn = addCalendarDays(earliest.date, -1);
      // The holder this change replaces was ended the day before the old start (departments/liaisons.ts).
      await ctx.db
        .updateTable('liaisons')
        .set({ effective_to: endOn })
        .where('department_code', '=', r.department_code)
        .where('role', '=', r.role)
        .where('id', '!=', r.id)
        .where('effective_to', '=', addCalendarDays(r.effective_from, -1))
        .execute();
      action = 'liaison.change-redated';
      report.redated++;
    } else if (short) {
      action = 'liaison.notice-short';
      report.noticesShort++;
    }
    await ctx.db.updateTable('liaisons').set(next).where('id', '=', r.id).execute();
    audit.push({
      actor: RECOMPUTER,
      at,
      action,
      entityType: 'liaison',
      entityId: String(r.id),
      department: r.department_code,
      before: { effectiveFrom: r.effective_from, filed: shanghaiDate(r.filed_at) },
      after: { ...next, earliest: earliest?.date ?? null, noticeDays: days },
    });
    report.liaisons++;
  }
}

/**
 * 001 §7(一)1, §7(二)1 即时推送, §15: a push delay measured across a year not loaded counted the floor's days;
 * measured again on the official schedule, with the window in force at the push, so no push is late by a day
 * that turns out to be a holiday (nor on time by one that turns out worked).
 */
async function recomputePushDelays(ctx: HubContext, at: Date, report: RecomputeReport, audit: AuditEntry[]) {
  const columns = ['id', 'pushed_at', 'push_delay_hours', 'pushed_late', 'push_window_hours'] as const;
  const approvals = await ctx.db
    .selectFrom('approvals')
    .select([...columns, 'source_department', 'counterpart_key', 'decision as content'])
    .where('push_delay_provisional', '=', true)
    .forUpdate()
    .execute();
  const records = await ctx.db
    .selectFrom('supervision_records')
    .select([...columns, 'source_department', 'counterpart_key', 'record as content'])
    .where('push_delay_provisional', '=', true)
    .forUpdate()
    .execute();
  const kinds = [
    {
      table: 'approvals',
      rows: approvals,
      window: ctx.profile.approvalPush.pushWindowHours,
      entityType: 'approval',
      action: 'approval.push-delay-recomputed',
    },
    {
      table: 'supervision_records',
      rows: records,
      window: ctx.profile.supervisionPush.pushWindowHours,
      entityType: 'supervision-record',
      action: 'supervision.push-delay-recomputed',
    },
  ] as const;
  for (const kind of kinds) {
    for (const r of kind.rows) {
      const window = r.push_window_hours ?? kind.window;
      const d = pushDelay(ctx, r.content as { decisionDate: string; decidedAt?: string }, r.pushed_at, window);
      if (d.provisional) continue;
      const next = { push_delay_hours: d.hours, pushed_late: d.late, push_delay_provisional: false };
      await ctx.db.updateTable(kind.table).set(next).where('id', '=', r.id).execute();
      if (d.hours === r.push_delay_hours && d.late === r.pushed_late) continue;
      audit.push({
        actor: RECOMPUTER,
        at,
        action: kind.action,
        entityType: kind.entityType,
        entityId: r.id,
        department: r.source_department,
        subject: `${kind.entityType}:${r.id}`,
        counterpartKey: r.counterpart_key,
        before: { push_delay_hours: r.push_delay_hours, pushed_late: r.pushed_late },
        after: { ...next, pushWindowHours: window },
      });
      report.pushDelays++;
    }
  }
}
