import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { auditRow, recordAudit } from '../audit/audit-log.ts';
import { shanghaiDate } from '../calendar/china-time.ts';
import { getEntry } from '../catalogue/catalogue-store.ts';
import { listDepartments } from '../departments/department-store.ts';
import type { Department } from '../schema/party.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import { checkCounterpartIdentity } from '../identifiers/counterpart-identity.ts';
import { ApprovalDecision } from '../schema/linkage.ts';
import { assertValid } from '../schema/validator.ts';
import { groupWriter } from '../storage/group-writer.ts';
import { insertTogether, type RowsFor } from '../storage/insert-together.ts';
import type { ApprovalsTable, Database } from '../storage/tables.ts';
import { counterpartKey, creditStatusBatched } from './credit.ts';
import { deliveryAudit, planDeliveries, windowRule, type DeliveryRow } from './deliveries.ts';
import { isUniqueViolation, payloadHash } from './idempotency.ts';
import { letterRow } from './letters.ts';
import { attachReviewsToApproval } from '../reviews/special-reviews.ts';
import { routeApproval } from './routing.ts';
import { assertMajorMatterDiscussed } from './major-matters.ts';
import { checkPushContent } from './push-content.ts';
import { pushMessage } from './push-messages.ts';

export { boundaryOf } from './push-content.ts';
import { pushDelay } from './push-timing.ts';

export type ApprovalRow = Selectable<ApprovalsTable>;

export interface PushResult {
  approval: ApprovalRow;
  deliveries: DeliveryRow[];
  /** True when this was a retry of an earlier push with the same Idempotency-Key. */
  replayed: boolean;
}

/** Only the bureau pushes approval decisions (001 §7(一)1). */
function assertBureau(departments: Department[], actor: Actor): string {
  const dept = departments.find((d) => d.code === actor.department);
  if (dept?.kind !== 'bureau') throw new HubError('FORBIDDEN_ROLE', { role: 'bureau / 审批局' });
  return dept.code;
}

async function replayOf(ctx: HubContext, source: string, key: string, hash: string): Promise<PushResult | undefined> {
  const approval = await ctx.db
    .selectFrom('approvals')
    .selectAll()
    .where('source_department', '=', source)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  if (!approval) return undefined;
  if (approval.payload_hash !== hash) throw new HubError('IDEMPOTENCY_KEY_REUSED', { key });
  const deliveries = await ctx.db
    .selectFrom('deliveries')
    .selectAll()
    .where('subject_type', '=', 'approval')
    .where('subject_id', '=', approval.id)
    .orderBy('recipient')
    .execute();
  return { approval, deliveries, replayed: true };
}

export interface PushOptions {
  supersedes?: string;
  commitment?: unknown;
  /**
   * Further writes that belong to the push (a commitment and its letter), made in the push's own
   * transaction with the new approval row, so the push and they are recorded together or not at all.
   */
  alongside?: (tx: Kysely<Database>, approval: ApprovalRow) => Promise<void>;
  /**
   * A licence decided before the hub was deployed (the bureau's 双公示 XK_ load): recorded in the
   * approval store against the catalogue like any push, but routed to no department — the
   * departments had it at the time — unless the bureau asks for it to be pushed again.
   */
  historical?: boolean;
}

/**
 * 审批信息推送: validates the decision, stamps the catalogue version in force on the decision date,
 * routes it to the responsible departments and records one delivery each — all in one statement,
 * so a push is either wholly recorded or not at all. A retry with the same key returns the first result.
 */
export async function pushApproval(
  ctx: HubContext,
  input: unknown,
  idempotencyKey: string,
  actor: Actor,
  opts: PushOptions = {},
): Promise<PushResult> {
  const decision = assertValid(ApprovalDecision, input);
  const departments = await listDepartments(ctx.db);
  const source = assertBureau(departments, actor);
  const hash = payloadHash({
    decision,
    supersedes: opts.supersedes ?? null,
    commitment: opts.commitment ?? null,
    ...(opts.historical ? { historical: true } : {}),
  });
  let result: PushResult;
  try {
    result = await recordPush(ctx, decision, departments, source, idempotencyKey, hash, actor, opts);
  } catch (err) {
    // A retry of a push that already went through answers with the first result, whatever changed
    // since (two concurrent pushes with one key end up here too: the loser sees the winner's row).
    const earlier = await replayOf(ctx, source, idempotencyKey, hash);
    if (!earlier) throw (await licenseNumberTaken(ctx.db, err, decision)) ?? err;
    result = earlier;
  }
  return result;
}

async function recordPush(
  ctx: HubContext,
  decision: ApprovalDecision,
  departments: Department[],
  source: string,
  idempotencyKey: string,
  hash: string,
  actor: Actor,
  { supersedes, commitment, alongside, historical }: PushOptions,
): Promise<PushResult> {
  const at = ctx.clock.now();
  checkPushContent(decision, ctx, shanghaiDate(at), { commitment, historical });
  const flags = checkCounterpartIdentity(decision.counterpart, ctx.profile, shanghaiDate(at));
  const matterOn = (code: string) =>
    getEntry(ctx, 'matter', code, { asOf: decision.decisionDate }).catch((err: unknown) => {
      if (err instanceof HubError && err.code === 'NOT_FOUND')
        throw new HubError('MATTER_NOT_IN_CATALOGUE', { matter: code, date: decision.decisionDate });
      throw err;
    });
  const matter = await matterOn(decision.matterCode);
  // 一业一证 (001 §7(一)1): every matter on the integrated licence brings its departments.
  const others = (decision.integratedLicense?.matters ?? []).filter((m) => m.code !== matter.code);
  const matters = [matter.data!, ...(await Promise.all(others.map(async (m) => (await matterOn(m.code)).data!)))];
  // A decision taken before the hub existed could not have gone to its joint meeting through it.
  if (!historical) await assertMajorMatterDiscussed(ctx.db, matters, decision);
  const routes = historical ? [] : routeApproval(departments, matters, ctx.profile);
  const key = counterpartKey(decision.counterpart);
  // A plain push reads nothing first: the database's one-holder guard (`license_holders_one_holder`) refuses
  // a number another counterpart holds, answered as the check below would (licenseNumberTaken).
  const replaced =
    supersedes || decision.supersedesLicense ? await licensesReplaced(ctx.db, decision, key, supersedes) : [];
  const credit = await creditStatusBatched(ctx, key);
  const p = ctx.profile.approvalPush;
  const delay = pushDelay(ctx, decision, at, p.pushWindowHours);
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
    supersedes: supersedes ?? null,
    state: 'active',
    license_status: decision.decisionKind === 'cancel' ? 'cancelled' : 'valid',
    pushed_at: at,
    pushed_by: actor.id,
    // Not a push: its delay would say nothing about how promptly the bureau pushes (001 §7(一)1).
    push_delay_hours: historical ? null : delay.hours,
    pushed_late: historical ? false : delay.late,
    push_window_hours: p.pushWindowHours,
    push_delay_provisional: historical ? false : delay.provisional,
    suspended_until: null,
  };
  const plan = await planDeliveries(
    ctx,
    ctx.db,
    routes.map((route) => ({
      subjectType: 'approval',
      subjectId: approval.id,
      recipient: route.recipient,
      via: route.via,
      channel: route.channel,
      rule:
        p.claimMode === 'push-is-claim'
          ? { mode: 'push-is-claim' as const, disputeDays: p.disputeDays }
          : windowRule(ctx.profile, 'approval'),
      responsibleAtPush: p.responsibilityPassesAt === 'push',
      counterpartKey: key,
      // 信息推送清单 (002 §13): each department receives its own fields of the decision, composed when sent.
      message: pushMessage('approval.pushed', { type: 'approval', id: approval.id }, route.recipient, commitment),
    })),
    actor,
    at,
    { inPushEntry: true },
  );
  const inserts: RowsFor[] = [
    {
      table: 'approvals',
      rows: [
        {
          ...approval,
          decision: JSON.stringify(decision),
          flags: JSON.stringify(flags),
          credit_warning: approval.credit_warning ? JSON.stringify(credit) : null,
        },
      ],
    },
    { table: 'deliveries', rows: plan.rows },
    // One entry covers the push and the deliveries it made (core/audit/push-entries.ts).
    {
      table: 'audit_log',
      rows: [
        auditRow({
          actor,
          at,
          action: historical ? 'approval.loaded' : supersedes ? 'approval.corrected' : 'approval.pushed',
          entityType: 'approval',
          entityId: approval.id,
          department: source,
          subject: `approval:${approval.id}`,
          counterpartKey: key,
          after: {
            matter: `${matter.code}@${matter.version}`,
            licenseDocumentNumber: decision.licenseDocumentNumber,
            flags,
            credit: credit.status,
            supersedes,
            supersedesLicenses: replaced.map((r) => r.id),
            departments: routes.map((r) => r.recipient),
            deliveries: plan.covered,
            pushDelayHours: historical ? null : delay.hours,
            pushedLate: historical ? false : delay.late,
            ...(historical ? { historical: true } : {}),
            majorExemption: decision.majorExemption,
            jointMeetingRef: decision.jointMeetingRef,
          },
        }),
      ],
    },
    { table: 'outbox', rows: plan.outbox },
    {
      table: 'letters',
      rows: plan.rows
        .filter((d) => d.channel === 'letter')
        .map((d) =>
          letterRow(
            {
              kind: 'approval-notification',
              recipient: d.recipient,
              recipientName: d.recipient,
              subjectType: 'approval',
              subjectId: approval.id,
              data: { deliveryId: d.id },
            },
            at,
          ),
        ),
    },
  ];
  // A plain push is one statement (merged with concurrent pushes by the group writer). A push that also
  // replaces licences, links special reviews or carries further writes is one transaction instead; either
  // way it is wholly recorded or not at all, and a retry with the same key finds it complete.
  if (supersedes || replaced.length || decision.applicationRef || alongside) {
    await ctx.db.transaction().execute(async (tx) => {
      if (supersedes) await supersede(tx, supersedes, approval.id, actor, at);
      for (const r of replaced) await supersede(tx, r.id, approval.id, actor, at);
      await insertTogether(tx, inserts);
      // 003 §9(四), §14: the special-review conclusions of this application go with the decision.
      if (decision.applicationRef) await attachReviewsToApproval(tx, decision.applicationRef, approval.id);
      await alongside?.(tx, approval);
    });
  } else {
    await groupWriter(ctx.db).write(inserts);
  }
  return { approval, deliveries: plan.rows, replayed: false };
}

/**
 * A license number names one license: the active licenses of other counterparts under this number that
 * the push explicitly replaces. Without `supersedesLicense` another holder means 409; naming a holder
 * that does not hold the number is refused too. A correction replaces its own original, which is not counted.
 */
async function licensesReplaced(
  db: Kysely<Database>,
  decision: ApprovalDecision,
  key: string,
  correctionOf: string | undefined,
): Promise<ApprovalRow[]> {
  const others = (await activeLicensesNumbered(db, decision.licenseDocumentNumber)).filter(
    (r) => r.counterpart_key !== key && r.id !== correctionOf,
  );
  const named = decision.supersedesLicense;
  if (!named) {
    if (others.length)
      throw new HubError('LICENSE_NUMBER_TAKEN', {
        number: decision.licenseDocumentNumber,
        holder: `${others[0]!.counterpart_name} (${others[0]!.counterpart_key})`,
      });
    return [];
  }
  const replaced = others.filter((r) => r.counterpart_key === normaliseCounterpartCode(named.counterpartCode));
  if (!replaced.length)
    throw new HubError('LICENSE_COUNTERPART_MISMATCH', {
      number: decision.licenseDocumentNumber,
      counterpart: named.counterpartCode,
    });
  const rest = others.filter((r) => !replaced.includes(r));
  if (rest.length)
    throw new HubError('LICENSE_NUMBER_TAKEN', {
      number: decision.licenseDocumentNumber,
      holder: `${rest[0]!.counterpart_name} (${rest[0]!.counterpart_key})`,
    });
  return replaced;
}

/**
 * The database's own guard (migration 0031, `license_holders_one_holder`): a push that passed the check above
 * while another holder's push of the same number committed meanwhile is refused like the check refuses it.
 */
async function licenseNumberTaken(
  db: Kysely<Database>,
  err: unknown,
  decision: ApprovalDecision,
): Promise<HubError | undefined> {
  const constraint = (err as { constraint?: string } | undefined)?.constraint;
  if (!isUniqueViolation(err) || (constraint ?? String(err)).indexOf('license_holders_one_holder') < 0) return;
  const holder = (await activeLicensesNumbered(db, decision.licenseDocumentNumber))[0];
  return new HubError('LICENSE_NUMBER_TAKEN', {
    number: decision.licenseDocumentNumber,
    holder: holder ? `${holder.counterpart_name} (${holder.counterpart_key})` : '-',
  });
}

/** A corrected approval replaces the original: its open deliveries are closed as superseded. */
async function supersede(
  tx: Kysely<Database>,
  originalId: string,
  replacementId: string,
  actor: Actor,
  at: Date,
): Promise<void> {
  const original = await tx
    .selectFrom('approvals')
    .select(['id', 'state', 'counterpart_key'])
    .where('id', '=', originalId)
    .forUpdate()
    .executeTakeFirst();
  if (!original) throw new HubError('NOT_FOUND', { what: `approval ${originalId} / 审批信息 ${originalId}` });
  if (original.state !== 'active')
    throw new HubError('CONFLICT', { what: `approval ${originalId} is already ${original.state}` });
  await tx.updateTable('approvals').set({ state: 'superseded' }).where('id', '=', originalId).execute();
  const open = await tx
    .selectFrom('deliveries')
    .selectAll()
    .where('subject_type', '=', 'approval')
    .where('subject_id', '=', originalId)
    .where('claim_state', 'in', ['pending', 'claimed', 'disputed'])
    .execute();
  for (const d of open) {
    const resolution =
      d.claim_state === 'disputed'
        ? {
            resolved_at: at,
            resolved_by: actor.id,
            resolution: 'corrected',
            resolution_reason: `replaced by ${replacementId}`,
          }
        : {};
    await tx
      .updateTable('deliveries')
      .set({ claim_state: 'superseded', ...resolution })
      .where('id', '=', d.id)
      .execute();
    await recordAudit(
      tx,
      deliveryAudit(d, actor, at, 'delivery.superseded', {
        before: { claim_state: d.claim_state },
        after: { claim_state: 'superseded', replacement: replacementId },
      }),
    );
  }
}

export async function getApproval(ctx: HubContext, id: string) {
  const approval = await ctx.db.selectFrom('approvals').selectAll().where('id', '=', id).executeTakeFirst();
  if (!approval) throw new HubError('NOT_FOUND', { what: `approval ${id} / 审批信息 ${id}` });
  const deliveries = await ctx.db
    .selectFrom('deliveries')
    .selectAll()
    .where('subject_type', '=', 'approval')
    .where('subject_id', '=', id)
    .orderBy('recipient')
    .execute();
  const history = await ctx.db
    .selectFrom('license_status_history')
    .selectAll()
    .where('approval_id', '=', id)
    .orderBy('id')
    .execute();
  return { approval, deliveries, history };
}

/** A counterpart code (USCC or ID number) as the hub keys counterparts. */
function normaliseCounterpartCode(code: string): string {
  return code.trim().toUpperCase();
}

/** Every approval in force under a license document number (one holder, unless something went wrong earlier). */
export async function activeLicensesNumbered(db: Kysely<Database>, licenseDocumentNumber: string) {
  return db
    .selectFrom('approvals')
    .selectAll()
    .where('license_document_number', '=', licenseDocumentNumber)
    .where('state', '=', 'active')
    .orderBy('pushed_at', 'desc')
    .execute();
}

/**
 * The approval in force for a license document number and its holder. A license is named by number and
 * counterpart together (a 撤销 must never reach another company's license that shares a number): a number
 * held only by someone else is refused as a mismatch.
 */
export async function findActiveLicense(
  db: Kysely<Database>,
  licenseDocumentNumber: string,
  counterpartCode: string,
): Promise<ApprovalRow> {
  const rows = await activeLicensesNumbered(db, licenseDocumentNumber);
  if (!rows.length) throw new HubError('LICENSE_NOT_FOUND', { number: licenseDocumentNumber });
  const row = rows.find((r) => r.counterpart_key === normaliseCounterpartCode(counterpartCode));
  if (!row)
    throw new HubError('LICENSE_COUNTERPART_MISMATCH', { number: licenseDocumentNumber, counterpart: counterpartCode });
  return row;
}
