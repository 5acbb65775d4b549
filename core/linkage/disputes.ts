import { recordAuditMany } from '../audit/audit-log.ts';
import { listDepartments } from '../departments/department-store.ts';
import type { HubContext } from '../hub-context.ts';
import { createDeliveries, deliveryAudit, SWEEPER } from './deliveries.ts';

/**
 * A dispute the sender has not answered by its deadline (profile `disputes.answerDays`) goes to the reform
 * office (审改办: 003 §7 经协商无法确定的事项报审改办研究解决; 004 #31 督查考核): the delivery is marked escalated,
 * the office gets a notification in its inbox, and the audit log records it. Runs with the deadline sweep;
 * SKIP LOCKED so several processes may run it at once, and each dispute is escalated once.
 */
export async function escalateUnansweredDisputes(ctx: HubContext, batchSize = 200): Promise<number> {
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const due = await tx
      .selectFrom('deliveries')
      .selectAll()
      .where('claim_state', '=', 'disputed')
      .where('escalated_at', 'is', null)
      .where('answer_due_at', '<=', at)
      .orderBy('answer_due_at')
      .limit(batchSize)
      .forUpdate()
      .skipLocked()
      .execute();
    if (!due.length) return 0;
    const office = (await listDepartments(tx)).find((d) => d.kind === 'reform-office')?.code ?? null;
    await tx
      .updateTable('deliveries')
      .set({ escalated_at: at, escalated_to: office })
      .where(
        'id',
        'in',
        due.map((d) => d.id),
      )
      .execute();
    await recordAuditMany(
      tx,
      due.map((d) =>
        deliveryAudit(d, SWEEPER, at, 'delivery.dispute-escalated', {
          before: { claim_state: d.claim_state, answer_due_at: d.answer_due_at },
          after: { escalated_to: office ?? 'none registered / 未登记审改办', escalated_at: at },
        }),
      ),
    );
    if (office) {
      await createDeliveries(
        { ...ctx, db: tx },
        tx,
        due.map((d) => ({
          subjectType: 'dispute-escalation',
          subjectId: d.id,
          recipient: office,
          channel: 'online' as const,
          rule: { mode: 'none' as const },
          responsibleAtPush: false,
          message: {
            type: 'dispute.escalated' as const,
            subject: { type: 'delivery', id: d.id },
            payload: {
              deliveryId: d.id,
              subject: { type: d.subject_type, id: d.subject_id },
              disputedBy: d.recipient,
              disputedAt: d.disputed_at,
              reason: d.dispute_reason,
              answerDueAt: d.answer_due_at,
            },
          },
        })),
        SWEEPER,
        at,
      );
    }
    return due.length;
  });
}

/**
 * The reform office's list: disputes escalated to it, oldest first, open ones (no answer yet) by default.
 * For the console's dashboard and the API; reads the deliveries themselves, so list and figures agree.
 */
export async function escalatedDisputes(
  ctx: HubContext,
  q: { open?: boolean; department?: string; limit?: number } = {},
) {
  let query = ctx.db
    .selectFrom('deliveries')
    .select([
      'id',
      'subject_type',
      'subject_id',
      'recipient',
      'disputed_at',
      'disputed_by',
      'dispute_reason',
      'answer_due_at',
      'escalated_at',
      'escalated_to',
      'resolution',
      'resolved_at',
    ])
    .where('escalated_at', 'is not', null)
    .orderBy('escalated_at')
    .orderBy('id')
    .limit(q.limit ?? 100);
  if (q.open ?? true) query = query.where('resolution', 'is', null);
  if (q.department) query = query.where('recipient', '=', q.department);
  return query.execute();
}
