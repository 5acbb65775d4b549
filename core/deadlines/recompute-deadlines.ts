import type { Kysely } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { type AuditEntry, recordAuditMany } from '../audit/audit-log.ts';
import { shanghaiDate } from '../calendar/china-time.ts';
import type { Deadline } from '../calendar/working-calendar.ts';
import { type HubContext, inTransaction } from '../hub-context.ts';
import { SCHEDULED } from '../reviews/special-reviews.ts';
import type { Database } from '../storage/tables.ts';

/**
 * When a year's schedule is loaded, every deadline computed on the statutory floor (暂定) is computed again
 * on the official schedule, whatever its kind: claim and dispute windows of deliveries (001 §7(一)1, §7(二)1),
 * inquiry replies and deemed consent (001 §12), commitment post-verification and rectification (001 §8),
 * special-review conclusions (003 §7). Where the hub already acted on a floor deadline — auto-claim or
 * escalation, deemed consent — and the official deadline is later and still ahead, the act is reversed with
 * an audit entry and the item is pending again; where the official deadline has passed too, the act stands
 * at the official time. No department is held responsible from a day that turns out to be a holiday.
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
  /** Surveys and hearings whose notice, checked on the floor, turns out shorter than required (001 §10(四)). */
  noticesShort: number;
}

const RECOMPUTER: Actor = { id: 'system:calendar-recompute', department: null, roles: [] };

const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
const iso = (d: Date | null) => d?.toISOString() ?? null;

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
  };
  const audit: AuditEntry[] = [];
  const at = ctx.clock.now();
  await recomputeDeliveries(ctx, at, report, audit);
  await recomputeInquiries(ctx, at, report, audit);
  await recomputeCommitments(ctx, at, report, audit);
  await recomputeSpecialReviews(ctx, at, report, audit);
  await recordAuditMany(ctx.db, audit);
  return report;
}

function due(ctx: HubContext, from: Date, days: number): Deadline {
  return ctx.calendar.current.deadline(from, days);
}

async function recomputeDeliveries(ctx: HubContext, at: Date, report: RecomputeReport, audit: AuditEntry[]) {
  const db: Kysely<Database> = ctx.db;
  const rows = await db
    .selectFrom('deliveries')
    .selectAll()
    .where('deadline_provisional', '=', true)
    .forUpdate()
    .execute();
  for (const r of rows) {
    // An upheld dispute restarted the claim window at its resolution (deliveries.upholdAfterDispute).
    const claim = r.claim_days && r.claim_due_at ? due(ctx, r.resolved_at ?? r.created_at, r.claim_days) : undefined;
    const dispute = r.dispute_days && r.dispute_due_at ? due(ctx, r.created_at, r.dispute_days) : undefined;
    // The sender's answer to a dispute (003 §7, 004 #31) counts from the dispute.
    const answer =
      r.answer_due_at && r.disputed_at ? due(ctx, r.disputed_at, ctx.profile.disputes.answerDays) : undefined;
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
    audit.push({
      actor: RECOMPUTER,
      at,
      action,
      entityType: 'delivery',
      entityId: r.id,
      department: r.recipient,
      subject: `${r.subject_type}:${r.subject_id}`,
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
    });
    report.deliveries++;
  }
}

async function recomputeInquiries(ctx: HubContext, at: Date, report: RecomputeReport, audit: AuditEntry[]) {
  const rows = await ctx.db
    .selectFrom('inquiries')
    .selectAll()
    .where('deadline_provisional', '=', true)
    .forUpdate()
    .execute();
  for (const r of rows) {
    const d = due(ctx, r.created_at, r.reply_days);
    if (same(d.dueAt, r.due_at) && d.provisional === r.deadline_provisional) continue;
    const next: Record<string, unknown> = { due_at: d.dueAt, deadline_provisional: d.provisional };
    let action = 'inquiry.deadline-recomputed';
    // 001 §12 逾期不回复的视为同意: consent deemed before the official deadline is taken back while it is ahead.
    if (r.state === 'deemed-consent' && !same(d.dueAt, r.due_at)) {
      if (d.dueAt > at) {
        next.state = 'open';
        action = 'inquiry.deemed-consent-reversed';
        report.reversed++;
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
      after: next,
    });
    report.inquiries++;
  }
}

interface CheckEntry {
  at: string;
  onTime?: boolean;
  result?: string;
}

async function recomputeCommitments(ctx: HubContext, at: Date, report: RecomputeReport, audit: AuditEntry[]) {
  const rows = await ctx.db
    .selectFrom('commitments')
    .selectAll()
    .where('deadline_provisional', '=', true)
    .forUpdate()
    .execute();
  const days = ctx.profile.commitment;
  for (const r of rows) {
    const signedAt = (r.commitment as { signedAt?: string }).signedAt;
    // 001 §8: post-verification within N working days of the signing; rectification from the failed check.
    const verification =
      r.verification_due_at && signedAt ? due(ctx, new Date(signedAt), days.postVerificationDays) : undefined;
    const checks = r.checks as CheckEntry[];
    const failed = checks.find((c) => c.result === 'rectifying');
    const rectification =
      r.rectification_due_at && failed ? due(ctx, new Date(failed.at), days.rectificationDays) : undefined;
    const verificationDue = verification?.dueAt ?? r.verification_due_at;
    const rectificationDue = rectification?.dueAt ?? r.rectification_due_at;
    const provisional = Boolean(verification?.provisional || rectification?.provisional);
    if (
      same(verificationDue, r.verification_due_at) &&
      same(rectificationDue, r.rectification_due_at) &&
      provisional === r.deadline_provisional
    )
      continue;
    // Whether a check was on time is judged again against the official deadline (overdue is computed from it).
    const rechecked = checks.map((c) => ({
      ...c,
      onTime: verificationDue ? new Date(c.at) <= verificationDue : c.onTime,
    }));
    const next = {
      verification_due_at: verificationDue,
      rectification_due_at: rectificationDue,
      deadline_provisional: provisional,
      checks: JSON.stringify(rechecked),
    };
    await ctx.db.updateTable('commitments').set(next).where('id', '=', r.id).execute();
    audit.push({
      actor: RECOMPUTER,
      at,
      action: 'commitment.deadline-recomputed',
      entityType: 'commitment',
      entityId: r.id,
      subject: `approval:${r.approval_id}`,
      counterpartKey: r.counterpart_key,
      before: {
        verification_due_at: iso(r.verification_due_at),
        rectification_due_at: iso(r.rectification_due_at),
        checks,
      },
      after: { ...next, checks: rechecked },
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
    const days = ctx.profile.jointWork.surveyNoticeDays;
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
