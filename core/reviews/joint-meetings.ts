import { randomUUID } from 'node:crypto';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';

/**
 * 联席会议 for major matters (001 §5(8), §9; 002 §11): convened with attendees, closed with minutes and decisions
 * linked to approvals.
 */
export async function conveneMeeting(
  ctx: HubContext,
  input: { title: string; scheduledFor: string; attendees: string[]; approvals: string[]; agenda: string },
  actor: Actor,
) {
  const at = ctx.clock.now();
  const row = {
    id: randomUUID(),
    title: input.title,
    scheduled_for: new Date(input.scheduledFor),
    attendees: JSON.stringify(input.attendees),
    approvals: JSON.stringify(input.approvals),
    agenda: input.agenda,
    minutes: null,
    decisions: '[]',
    state: 'convened',
    created_at: at,
    created_by: actor.id,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await tx.insertInto('joint_meetings').values(row).execute();
    await recordAudit(tx, {
      actor,
      at,
      action: 'joint-meeting.convened',
      entityType: 'joint-meeting',
      entityId: row.id,
      after: input,
    });
  });
  return { id: row.id, state: row.state };
}

export async function recordMinutes(
  ctx: HubContext,
  id: string,
  input: { minutes: string; decisions: { text: string; approvalId?: string }[] },
  actor: Actor,
) {
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('joint_meetings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) throw new HubError('NOT_FOUND', { what: `joint meeting ${id} / 联席会议 ${id}` });
    if (row.state !== 'convened')
      throw new HubError('STEP_NOT_ALLOWED', { state: row.state, action: 'minuted / 形成纪要' });
    await tx
      .updateTable('joint_meetings')
      .set({ minutes: input.minutes, decisions: JSON.stringify(input.decisions), state: 'minuted' })
      .where('id', '=', id)
      .execute();
    for (const d of input.decisions.filter((x) => x.approvalId)) {
      await recordAudit(tx, {
        actor,
        at,
        action: 'joint-meeting.decision',
        entityType: 'joint-meeting',
        entityId: id,
        subject: `approval:${d.approvalId}`,
        after: { meeting: row.title, decision: d.text },
      });
    }
    await recordAudit(tx, {
      actor,
      at,
      action: 'joint-meeting.minuted',
      entityType: 'joint-meeting',
      entityId: id,
      after: input,
    });
    return { id, state: 'minuted', decisions: input.decisions };
  });
}
