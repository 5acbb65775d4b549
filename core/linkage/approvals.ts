import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { shanghaiDate } from '../calendar/china-time.ts';
import { getEntry } from '../catalogue/catalogue-store.ts';
import { getDepartment } from '../departments/department-store.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import { checkCounterpartIdentity } from '../identifiers/counterpart-identity.ts';
import { ApprovalDecision } from '../schema/linkage.ts';
import { assertValid } from '../schema/validator.ts';
import type { ApprovalsTable, Database } from '../storage/tables.ts';
import { counterpartKey, creditStatus } from './credit.ts';
import { createDelivery, type DeliveryRow } from './deliveries.ts';
import { isUniqueViolation, payloadHash } from './idempotency.ts';
import { queueLetter } from './letters.ts';
import { routeApproval } from './routing.ts';

export type ApprovalRow = Selectable<ApprovalsTable>;

export interface PushResult {
  approval: ApprovalRow;
  deliveries: DeliveryRow[];
  /** True when this was a retry of an earlier push with the same Idempotency-Key. */
  replayed: boolean;
}

/** Only the bureau pushes approval decisions (001 §7(一)1). */
async function assertBureau(ctx: HubContext, actor: Actor): Promise<string> {
  if (!actor.department) throw new HubError('FORBIDDEN_ROLE', { role: 'bureau / 审批局' });
  const dept = await getDepartment(ctx.db, actor.department);
  if (dept.kind !== 'bureau') throw new HubError('FORBIDDEN_ROLE', { role: 'bureau / 审批局' });
  return dept.code;
}

async function replayOf(ctx: HubContext, source: string, key: string, hash: string): Promise<PushResult | undefined> {
  const approval = await ctx.db.selectFrom('approvals').selectAll().where('source_department', '=', source).where('idempotency_key', '=', key).executeTakeFirst();
  if (!approval) return undefined;
  if (approval.payload_hash !== hash) throw new HubError('IDEMPOTENCY_KEY_REUSED', { key });
  const deliveries = await ctx.db.selectFrom('deliveries').selectAll().where('subject_type', '=', 'approval').where('subject_id', '=', approval.id).orderBy('recipient').execute();
  return { approval, deliveries, replayed: true };
}

/**
 * 审批信息推送: validates the decision, stamps the catalogue version in force on the decision date,
 * routes it to the responsible departments and records one delivery each — all in one transaction,
 * so a push is either wholly recorded or not at all. A retry with the same key returns the first result.
 */
export async function pushApproval(ctx: HubContext, input: unknown, idempotencyKey: string, actor: Actor, opts: { supersedes?: string } = {}): Promise<PushResult> {
  const decision = assertValid(ApprovalDecision, input);
  const source = await assertBureau(ctx, actor);
  const hash = payloadHash({ decision, supersedes: opts.supersedes ?? null });
  const earlier = await replayOf(ctx, source, idempotencyKey, hash);
  if (earlier) return earlier;

  const at = ctx.clock.now();
  const flags = checkCounterpartIdentity(decision.counterpart, ctx.profile, shanghaiDate(at));
  const matter = await getEntry(ctx, 'matter', decision.matterCode, { asOf: decision.decisionDate }).catch((err: unknown) => {
    if (err instanceof HubError && err.code === 'NOT_FOUND') throw new HubError('MATTER_NOT_IN_CATALOGUE', { matter: decision.matterCode, date: decision.decisionDate });
    throw err;
  });
  const routes = await routeApproval(ctx.db, matter.data!, ctx.profile);
  const key = counterpartKey(decision.counterpart);
  const credit = await creditStatus(ctx, key);
  const p = ctx.profile.approvalPush;

  try {
    return await ctx.db.transaction().execute(async (tx) => {
      const approval: ApprovalRow = {
        id: randomUUID(),
        source_department: source,
        idempotency_key: idempotencyKey,
        payload_hash: hash,
        matter_code: matter.code,
        matter_version: matter.version,
        counterpart_key: key,
        counterpart_name: decision.counterpart.name,
        license_document_number: decision.licenseDocumentNumber,
        decision: decision as unknown as Record<string, unknown>,
        flags,
        credit_warning: credit.status === 'normal' ? null : credit,
        supersedes: opts.supersedes ?? null,
        state: 'active',
        license_status: decision.decisionKind === 'cancel' ? 'cancelled' : 'valid',
        pushed_at: at,
        pushed_by: actor.id,
      };
      await tx
        .insertInto('approvals')
        .values({ ...approval, decision: JSON.stringify(decision), flags: JSON.stringify(flags), credit_warning: approval.credit_warning ? JSON.stringify(credit) : null })
        .execute();
      const subject = `approval:${approval.id}`;
      await recordAudit(tx, {
        actor,
        at,
        action: opts.supersedes ? 'approval.corrected' : 'approval.pushed',
        entityType: 'approval',
        entityId: approval.id,
        department: source,
        subject,
        counterpartKey: key,
        after: { matter: `${matter.code}@${matter.version}`, licenseDocumentNumber: decision.licenseDocumentNumber, flags, credit: credit.status, supersedes: opts.supersedes },
      });
      if (opts.supersedes) await supersede(tx, opts.supersedes, approval.id, actor, at);
      const deliveries: DeliveryRow[] = [];
      for (const route of routes) {
        const delivery = await createDelivery(
          ctx,
          tx,
          {
            subjectType: 'approval',
            subjectId: approval.id,
            recipient: route.recipient,
            via: route.via,
            channel: route.channel,
            rule: p.claimMode === 'push-is-claim' ? { mode: 'push-is-claim', disputeDays: p.disputeDays } : { mode: 'window', claimDays: p.claimDays, disputeDays: p.disputeDays },
            responsibleAtPush: p.responsibilityPassesAt === 'push',
            counterpartKey: key,
            message: {
              type: 'approval.pushed',
              subject: { type: 'approval', id: approval.id },
              payload: { approvalId: approval.id, matterVersion: matter.version, matterName: matter.data!.name, decision, creditWarning: approval.credit_warning, supersedes: opts.supersedes ?? null },
            },
          },
          actor,
          at,
        );
        if (route.channel === 'letter') {
          await queueLetter(tx, { kind: 'approval-notification', recipient: route.recipient, recipientName: route.recipient, subjectType: 'approval', subjectId: approval.id, data: { deliveryId: delivery.id } }, at);
        }
        deliveries.push(delivery);
      }
      return { approval, deliveries, replayed: false };
    });
  } catch (err) {
    // Two concurrent pushes with one key: the loser answers with the winner's result.
    if (isUniqueViolation(err)) {
      const winner = await replayOf(ctx, source, idempotencyKey, hash);
      if (winner) return winner;
    }
    throw err;
  }
}

/** A corrected approval replaces the original: its open deliveries are closed as superseded. */
async function supersede(tx: Kysely<Database>, originalId: string, replacementId: string, actor: Actor, at: Date): Promise<void> {
  const original = await tx.selectFrom('approvals').select(['id', 'state', 'counterpart_key']).where('id', '=', originalId).forUpdate().executeTakeFirst();
  if (!original) throw new HubError('NOT_FOUND', { what: `approval ${originalId} / 审批信息 ${originalId}` });
  if (original.state !== 'active') throw new HubError('CONFLICT', { what: `approval ${originalId} is already ${original.state}` });
  await tx.updateTable('approvals').set({ state: 'superseded' }).where('id', '=', originalId).execute();
  const open = await tx.selectFrom('deliveries').selectAll().where('subject_type', '=', 'approval').where('subject_id', '=', originalId).where('claim_state', 'in', ['pending', 'claimed', 'disputed']).execute();
  for (const d of open) {
    const resolution = d.claim_state === 'disputed' ? { resolved_at: at, resolved_by: actor.id, resolution: 'corrected', resolution_reason: `replaced by ${replacementId}` } : {};
    await tx.updateTable('deliveries').set({ claim_state: 'superseded', ...resolution }).where('id', '=', d.id).execute();
    await recordAudit(tx, { actor, at, action: 'delivery.superseded', entityType: 'delivery', entityId: d.id, department: d.recipient, subject: `approval:${originalId}`, before: { claim_state: d.claim_state }, after: { claim_state: 'superseded', replacement: replacementId } });
  }
}

export async function getApproval(ctx: HubContext, id: string) {
  const approval = await ctx.db.selectFrom('approvals').selectAll().where('id', '=', id).executeTakeFirst();
  if (!approval) throw new HubError('NOT_FOUND', { what: `approval ${id} / 审批信息 ${id}` });
  const deliveries = await ctx.db.selectFrom('deliveries').selectAll().where('subject_type', '=', 'approval').where('subject_id', '=', id).orderBy('recipient').execute();
  const history = await ctx.db.selectFrom('license_status_history').selectAll().where('approval_id', '=', id).orderBy('id').execute();
  return { approval, deliveries, history };
}

/** The approval currently in force for a license document number. */
export async function findActiveLicense(db: Kysely<Database>, licenseDocumentNumber: string): Promise<ApprovalRow> {
  const row = await db.selectFrom('approvals').selectAll().where('license_document_number', '=', licenseDocumentNumber).where('state', '=', 'active').orderBy('pushed_at', 'desc').limit(1).executeTakeFirst();
  if (!row) throw new HubError('LICENSE_NOT_FOUND', { number: licenseDocumentNumber });
  return row;
}
