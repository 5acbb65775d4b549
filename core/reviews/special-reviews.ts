import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { formatShanghai, shanghaiDate } from '../calendar/china-time.ts';
import { getEntry } from '../catalogue/catalogue-store.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import { createDelivery, windowRule } from '../linkage/deliveries.ts';
import { queueLetter } from '../linkage/letters.ts';
import type { SPECIAL_REVIEW_PROCEDURES } from '../schema/catalogue.ts';
import type { Database, SpecialReviewsTable } from '../storage/tables.ts';

export type SpecialReviewRow = Selectable<SpecialReviewsTable>;

/** Procedures held on a date with the department: announced ahead (001 §10(四), §11). */
export const SCHEDULED = new Set(['site-inspection', 'hearing']);

export interface NewSpecialReview {
  applicationRef: string;
  matterCode: string;
  procedure: (typeof SPECIAL_REVIEW_PROCEDURES)[number];
  materials: { name: string; mediaType: string; sha256: string; url?: string }[];
  scheduledFor?: string;
  conclusionWithinDays: number;
  /** Named in the 联办通知单, 委托书 and 现场勘验评审报告 (001 §11). */
  applicant?: string;
  site?: string;
}

/**
 * 特别审查程序 (003 §9(二)(四), §11–14): as the matter's catalogue entry says — the bureau alone
 * (独立), with a department by a 联办通知单 (联合), or entrusted by a 委托书 (委托) to a department or a
 * third party. The department's liaison receives it (claims), assigns it and returns the conclusion.
 */
export async function openSpecialReview(
  ctx: HubContext,
  input: NewSpecialReview,
  actor: Actor,
): Promise<SpecialReviewRow> {
  const matter = await getEntry(ctx, 'matter', input.matterCode);
  const entry = matter.data!.specialReviews.find((r) => r.procedure === input.procedure);
  if (!entry) {
    throw new HubError(
      'VALIDATION_FAILED',
      { count: 1 },
      {
        details: [
          {
            pointer: '/procedure',
            zh: `事项目录未列明该特别审查程序：${input.procedure}`,
            en: `the matter's catalogue entry lists no ${input.procedure} procedure`,
          },
        ],
      },
    );
  }
  const now = ctx.clock.now();
  let noticeDays: number | null = null;
  let noticeProvisional = false;
  if (SCHEDULED.has(input.procedure)) {
    if (!input.scheduledFor)
      throw new HubError(
        'VALIDATION_FAILED',
        { count: 1 },
        {
          details: [
            {
              pointer: '/scheduledFor',
              zh: '须写明勘验或听证时间',
              en: 'scheduledFor is required for surveys and hearings',
            },
          ],
        },
      );
    const days = ctx.profile.jointWork.surveyNoticeDays;
    noticeDays = days;
    const earliest = ctx.calendar.current.addWorkingDays(shanghaiDate(now), days);
    noticeProvisional = earliest.provisional;
    if (entry.handling !== 'independent' && shanghaiDate(new Date(input.scheduledFor)) < earliest.date)
      throw new HubError('SURVEY_NOTICE_TOO_SHORT', { days, earliest: earliest.date });
  }
  const department = entry.handling === 'independent' ? null : (entry.department ?? null);
  const conclusion = ctx.calendar.current.deadline(now, input.conclusionWithinDays);
  const row: SpecialReviewRow = {
    id: randomUUID(),
    application_ref: input.applicationRef,
    matter_code: input.matterCode,
    procedure: input.procedure,
    handling: entry.handling,
    department,
    third_party: entry.thirdParty ?? null,
    materials: input.materials,
    scheduled_for: input.scheduledFor ? new Date(input.scheduledFor) : null,
    conclusion_due_at: conclusion.dueAt,
    conclusion_days: input.conclusionWithinDays,
    // The notice checked on the floor is checked again when the year is loaded, with the days required then.
    notice_days: noticeDays,
    deadline_provisional: conclusion.provisional || noticeProvisional,
    state: department ? 'sent' : 'in-progress',
    assignee: null,
    conclusion: null,
    report: null,
    approval_id: null,
    applicant: input.applicant ?? null,
    site: input.site ?? null,
    created_at: now,
    created_by: actor.id,
  };
  return ctx.db.transaction().execute(async (tx) => {
    await tx
      .insertInto('special_reviews')
      .values({ ...row, materials: JSON.stringify(row.materials), conclusion: null, report: null })
      .execute();
    const document =
      entry.handling === 'joint' ? 'joint-handling-notice' : entry.handling === 'entrusted' ? 'entrustment' : null;
    if (document)
      await queueLetter(
        tx,
        {
          kind: document,
          recipient: department,
          recipientName: department ?? row.third_party ?? '',
          subjectType: 'special-review',
          subjectId: row.id,
          data: {},
        },
        now,
      );
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'special-review.opened',
      entityType: 'special-review',
      entityId: row.id,
      department,
      subject: `application:${row.application_ref}`,
      after: {
        procedure: row.procedure,
        handling: row.handling,
        document,
        thirdParty: row.third_party,
        conclusionDueAt: row.conclusion_due_at,
      },
    });
    if (department) {
      await createDelivery(
        ctx,
        tx,
        {
          subjectType: 'special-review',
          subjectId: row.id,
          recipient: department,
          channel: 'online',
          rule: windowRule(ctx.profile, 'approval'),
          responsibleAtPush: false,
          message: {
            type: 'special-review.requested',
            subject: { type: 'special-review', id: row.id },
            payload: {
              specialReviewId: row.id,
              document,
              procedure: row.procedure,
              applicationRef: row.application_ref,
              materials: row.materials,
              scheduledFor: row.scheduled_for,
              conclusionDueAt: row.conclusion_due_at,
            },
          },
        },
        actor,
        now,
      );
    }
    return row;
  });
}

async function step(
  ctx: HubContext,
  id: string,
  actor: Actor,
  allowed: string[],
  action: string,
  apply: (row: SpecialReviewRow, tx: Kysely<Database>, at: Date) => Promise<Partial<SpecialReviewRow>>,
  after?: (row: SpecialReviewRow, tx: Kysely<Database>, at: Date) => Promise<void>,
) {
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('special_reviews').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) throw new HubError('NOT_FOUND', { what: `special review ${id} / 特别审查 ${id}` });
    if (!allowed.includes(row.state)) throw new HubError('STEP_NOT_ALLOWED', { state: row.state, action });
    const next = await apply(row, tx, at);
    const stored = Object.fromEntries(
      Object.entries(next).map(([k, v]) => [k, k === 'conclusion' || k === 'report' ? JSON.stringify(v) : v]),
    );
    await tx.updateTable('special_reviews').set(stored).where('id', '=', id).execute();
    await recordAudit(tx, {
      actor,
      at,
      action: `special-review.${action.split(' ')[0]}`,
      entityType: 'special-review',
      entityId: id,
      department: row.department,
      subject: `application:${row.application_ref}`,
      before: { state: row.state },
      after: next,
    });
    const updated = { ...row, ...next } as SpecialReviewRow;
    await after?.(updated, tx, at);
    return updated;
  });
}

/** Who answers for the review's conclusion: the department it went to, or the bureau for 独立 and third parties. */
function assertHandler(row: SpecialReviewRow, actor: Actor, bureau: boolean): void {
  if (actor.roles.includes('admin')) return;
  const ok = row.department ? actor.department === row.department : bureau;
  if (!ok) throw new HubError('FORBIDDEN_DEPARTMENT');
}

export const assignSpecialReview = (ctx: HubContext, id: string, assignee: string, actor: Actor) =>
  step(ctx, id, actor, ['sent', 'assigned'], 'assigned / 分派', async (row) => {
    assertHandler(row, actor, false);
    return { state: 'assigned', assignee };
  });

/** The conclusion 审查结论 (003 §9(四)), on time or not, attached to the approval once it is pushed. */
export const concludeSpecialReview = (
  ctx: HubContext,
  id: string,
  c: { passed: boolean; conclusion: string },
  actor: Actor,
  actorIsBureau: boolean,
) =>
  step(ctx, id, actor, ['sent', 'assigned', 'in-progress'], 'concluded / 出具结论', async (row, _tx, at) => {
    assertHandler(row, actor, actorIsBureau);
    return {
      state: 'concluded',
      conclusion: {
        ...c,
        by: actor.id,
        at: at.toISOString(),
        onTime: !row.conclusion_due_at || at <= row.conclusion_due_at,
      },
    };
  });

/** 现场勘验评审报告 (001 §11): written once, then signed by the bureau and by the department. */
export const writeSurveyReport = (ctx: HubContext, id: string, findings: string, actor: Actor) =>
  step(ctx, id, actor, ['sent', 'assigned', 'in-progress', 'concluded'], 'reported / 出具勘验报告', async (row) => {
    if (row.procedure !== 'site-inspection')
      throw new HubError('STEP_NOT_ALLOWED', { state: row.procedure, action: 'reported / 出具勘验报告' });
    if (row.report) throw new HubError('STEP_NOT_ALLOWED', { state: 'reported', action: 'reported again / 重复出具' });
    return { report: { findings, signatures: [] } };
  });

export const signSurveyReport = (
  ctx: HubContext,
  id: string,
  signer: { party: 'bureau' | 'department'; name: string },
  actor: Actor,
) =>
  step(
    ctx,
    id,
    actor,
    ['sent', 'assigned', 'in-progress', 'concluded'],
    'signed / 签字确认',
    async (row, _tx, at) => {
      if (!row.report) throw new HubError('STEP_NOT_ALLOWED', { state: 'no report', action: 'signed / 签字确认' });
      if (signer.party === 'department') assertHandler(row, actor, false);
      // 001 §11: the report is signed by those present at the survey, so not before it took place.
      if (row.scheduled_for && at < row.scheduled_for)
        throw new HubError('SIGNED_BEFORE_SURVEY', { scheduledFor: formatShanghai(row.scheduled_for) });
      const report = row.report as { findings: string; signatures: { party: string }[] };
      const signatures = [
        ...report.signatures.filter((s) => s.party !== signer.party),
        { ...signer, by: actor.id, at: at.toISOString() },
      ];
      return {
        report: {
          ...report,
          signatures,
          complete: ['bureau', 'department'].every((p) => signatures.some((s) => s.party === p)),
        },
      };
    },
    async (row, tx, at) => {
      // Signed by both sides: the 现场勘验评审报告 is issued (again, if a signature is later replaced).
      if ((row.report as { complete?: boolean }).complete)
        await queueLetter(
          tx,
          {
            kind: 'survey-report',
            recipient: row.department,
            recipientName: row.department ?? row.third_party ?? '',
            subjectType: 'special-review',
            subjectId: row.id,
            data: {},
          },
          at,
        );
    },
  );

/** Links the reviews of an application to the approval decided on it. */
export async function attachReviewsToApproval(
  db: Kysely<Database>,
  applicationRef: string,
  approvalId: string,
): Promise<void> {
  await db
    .updateTable('special_reviews')
    .set({ approval_id: approvalId })
    .where('application_ref', '=', applicationRef)
    .where('approval_id', 'is', null)
    .execute();
}
