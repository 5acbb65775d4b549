import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { recordAudit, recordAuditMany } from '../audit/audit-log.ts';
import { getDepartment } from '../departments/department-store.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import { createDelivery, SWEEPER } from '../linkage/deliveries.ts';
import { letterRow, queueLetter } from '../linkage/letters.ts';
import { Inquiry } from '../schema/linkage.ts';
import { assertValid } from '../schema/validator.ts';
import type { InquiriesTable } from '../storage/tables.ts';

export type InquiryRow = Selectable<InquiriesTable>;

/** 函询 (001 §12): open 待答复 → replied 已答复, or deemed-consent 逾期视为同意 with the silent side responsible. */
export async function sendInquiry(ctx: HubContext, input: unknown, actor: Actor): Promise<InquiryRow> {
  const body = assertValid(Inquiry, input);
  if (!actor.roles.includes('admin') && actor.department !== body.from) throw new HubError('FORBIDDEN_DEPARTMENT');
  await getDepartment(ctx.db, body.to);
  const at = ctx.clock.now();
  const due = ctx.calendar.current.deadline(at, body.replyWithinDays);
  return ctx.db.transaction().execute(async (tx) => {
    const row: InquiryRow = {
      id: randomUUID(),
      from_department: body.from,
      to_department: body.to,
      subject: body.subject,
      question: body.question,
      attachments: body.attachments ?? [],
      reply_days: body.replyWithinDays,
      due_at: due.dueAt,
      deadline_provisional: due.provisional,
      state: 'open',
      answer: null,
      replied_at: null,
      replied_by: null,
      created_at: at,
      created_by: actor.id,
    };
    await tx
      .insertInto('inquiries')
      .values({ ...row, attachments: JSON.stringify(row.attachments) })
      .execute();
    await queueLetter(
      tx,
      {
        kind: 'inquiry',
        recipient: body.to,
        recipientName: body.to,
        subjectType: 'inquiry',
        subjectId: row.id,
        data: {},
      },
      at,
    );
    await recordAudit(tx, {
      actor,
      at,
      action: 'inquiry.sent',
      entityType: 'inquiry',
      entityId: row.id,
      department: body.from,
      subject: `inquiry:${row.id}`,
      after: { to: body.to, subject: body.subject, dueAt: due.dueAt },
    });
    await createDelivery(
      ctx,
      tx,
      {
        subjectType: 'inquiry',
        subjectId: row.id,
        recipient: body.to,
        channel: 'online',
        rule: { mode: 'none' },
        responsibleAtPush: false,
        message: {
          type: 'inquiry.sent',
          subject: { type: 'inquiry', id: row.id },
          payload: {
            inquiryId: row.id,
            from: body.from,
            subject: body.subject,
            question: body.question,
            dueAt: due.dueAt.toISOString(),
          },
        },
      },
      actor,
      at,
    );
    return row;
  });
}

/** The asked department answers before the deadline; after it, silence has already been taken as consent. */
export async function replyToInquiry(ctx: HubContext, id: string, answer: string, actor: Actor): Promise<InquiryRow> {
  const at = ctx.clock.now();
  await deemConsent(ctx); // an answer after the deadline meets the deemed consent, never races it
  return ctx.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('inquiries').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) throw new HubError('NOT_FOUND', { what: `inquiry ${id} / 函询 ${id}` });
    if (!actor.roles.includes('admin') && actor.department !== row.to_department)
      throw new HubError('FORBIDDEN_DEPARTMENT');
    if (row.state !== 'open')
      throw new HubError('INQUIRY_CLOSED', {
        state: row.state === 'deemed-consent' ? '逾期视为同意 / deemed consent' : '答复 / replied',
      });
    const next = { state: 'replied', answer, replied_at: at, replied_by: actor.id };
    await tx.updateTable('inquiries').set(next).where('id', '=', id).execute();
    await queueLetter(
      tx,
      {
        kind: 'inquiry-reply',
        recipient: row.from_department,
        recipientName: row.from_department,
        subjectType: 'inquiry',
        subjectId: id,
        data: {},
      },
      at,
    );
    await recordAudit(tx, {
      actor,
      at,
      action: 'inquiry.replied',
      entityType: 'inquiry',
      entityId: id,
      department: row.to_department,
      subject: `inquiry:${id}`,
      before: { state: 'open' },
      after: next,
    });
    return { ...row, ...next };
  });
}

/** 逾期不回复的视为同意，并承担相应责任 (001 §12): every open inquiry past its deadline, in one pass. */
export async function deemConsent(ctx: HubContext): Promise<number> {
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const due = await tx
      .selectFrom('inquiries')
      .select(['id', 'to_department', 'due_at'])
      .where('state', '=', 'open')
      .where('due_at', '<=', at)
      .forUpdate()
      .skipLocked()
      .execute();
    if (!due.length) return 0;
    await tx
      .updateTable('inquiries')
      .set({ state: 'deemed-consent' })
      .where(
        'id',
        'in',
        due.map((d) => d.id),
      )
      .execute();
    await tx
      .insertInto('letters')
      .values(
        due.map((d) =>
          letterRow(
            {
              kind: 'inquiry-reply',
              recipient: d.to_department,
              recipientName: d.to_department,
              subjectType: 'inquiry',
              subjectId: d.id,
              data: { deemedConsent: true },
            },
            at,
          ),
        ),
      )
      .execute();
    await recordAuditMany(
      tx,
      due.map((d) => ({
        actor: SWEEPER,
        at,
        action: 'inquiry.deemed-consent',
        entityType: 'inquiry',
        entityId: d.id,
        department: d.to_department,
        subject: `inquiry:${d.id}`,
        after: { state: 'deemed-consent', responsible: d.to_department, dueAt: d.due_at },
      })),
    );
    return due.length;
  });
}

export async function getInquiry(ctx: HubContext, id: string, actor: Actor): Promise<InquiryRow> {
  const row = await ctx.db.selectFrom('inquiries').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new HubError('NOT_FOUND', { what: `inquiry ${id} / 函询 ${id}` });
  if (!actor.roles.includes('admin') && ![row.from_department, row.to_department].includes(actor.department ?? ''))
    throw new HubError('FORBIDDEN_DEPARTMENT');
  return row;
}
