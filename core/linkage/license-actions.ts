import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { HubError } from '../errors/hub-error.ts';
import { type HubContext, within } from '../hub-context.ts';
import { changeLicenseStatus } from './license-status.ts';
import { LicenseActionRequest } from '../schema/linkage.ts';
import { assertValid } from '../schema/validator.ts';
import type { Database } from '../storage/tables.ts';
import { lockById } from '../storage/lock-row.ts';
import { findActiveLicense, type ApprovalRow } from './approvals.ts';
import { createDeliveries, createDelivery, windowRule } from './deliveries.ts';
import { isUniqueViolation, payloadHash } from './idempotency.ts';
import { queueLetter } from './letters.ts';

/** License status after an approved action: 变更 / 撤回 / 撤销 / 注销 (001 §7(二)3); 不予延期 / 换证 (002 §15). */
const STATUS_AFTER = {
  amend: 'amended',
  withdraw: 'withdrawn',
  revoke: 'revoked',
  cancel: 'cancelled',
  'refuse-renewal': 'renewal-refused',
  replace: 'replaced',
} as const;

/** The departments an approval was routed to, as (recipient, via) pairs. */
async function routesOf(
  db: Kysely<Database>,
  approvalId: string,
): Promise<{ recipient: string; via: string | null }[]> {
  const rows = await db
    .selectFrom('deliveries')
    .select(['recipient', 'via'])
    .where('subject_type', '=', 'approval')
    .where('subject_id', '=', approvalId)
    .orderBy('recipient')
    .execute();
  return [...new Map(rows.map((r) => [r.recipient, r])).values()];
}

/** Every department that supervises the approval, including those forwarding for a higher level. */
async function supervisors(db: Kysely<Database>, approvalId: string): Promise<string[]> {
  return [
    ...new Set(
      (await routesOf(db, approvalId)).flatMap((r) => [r.recipient, r.via].filter((x): x is string => Boolean(x))),
    ),
  ];
}

/**
 * 函告: a supervising department asks the bureau to amend, withdraw, revoke or cancel a license,
 * with the penalty basis and evidence (001 §7(二)3, 003 §9(六)). It reaches the bureau's inbox.
 */
export async function requestLicenseAction(ctx: HubContext, input: unknown, idempotencyKey: string, actor: Actor) {
  const request = assertValid(LicenseActionRequest, input);
  const department = actor.department;
  if (!department) throw new HubError('FORBIDDEN_ROLE', { role: 'department / 监管部门' });
  const approval = await findActiveLicense(ctx.db, request.licenseDocumentNumber, request.counterpartCode);
  if (!actor.roles.includes('admin') && !(await supervisors(ctx.db, approval.id)).includes(department)) {
    throw new HubError('NOT_RESPONSIBLE_DEPARTMENT', { department });
  }
  const hash = payloadHash(request);
  const sent = () =>
    ctx.db
      .selectFrom('license_actions')
      .selectAll()
      .where('requested_by', '=', department)
      .where('idempotency_key', '=', idempotencyKey)
      .executeTakeFirst();
  const existing = await sent();
  if (existing) {
    if (payloadHash(existing.request) !== hash) throw new HubError('IDEMPOTENCY_KEY_REUSED', { key: idempotencyKey });
    return { action: existing, replayed: true };
  }
  const at = ctx.clock.now();
  try {
    return await ctx.db.transaction().execute(async (tx) => {
      const action = await openAction(ctx, tx, approval, department, idempotencyKey, request, 'department', actor, at);
      return { action, replayed: false };
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      const winner = await sent();
      if (winner) return { action: winner, replayed: true };
    }
    throw err;
  }
}

async function openAction(
  ctx: HubContext,
  tx: Kysely<Database>,
  approval: ApprovalRow,
  requestedBy: string,
  idempotencyKey: string,
  request: LicenseActionRequest,
  origin: 'department' | 'revocation-request' | 'commitment',
  actor: Actor,
  at: Date,
) {
  ctx = within(ctx, tx); // helpers called with ctx must use the transaction too
  const row = {
    id: randomUUID(),
    approval_id: approval.id,
    requested_by: requestedBy,
    idempotency_key: idempotencyKey,
    action: request.action,
    request: request as unknown as Record<string, unknown>,
    origin,
    state: 'requested',
    decided_at: null,
    decided_by: null,
    decision_reason: null,
    created_at: at,
  };
  await tx
    .insertInto('license_actions')
    .values({ ...row, request: JSON.stringify(request) })
    .execute();
  await recordAudit(tx, {
    actor,
    at,
    action: 'license-action.requested',
    entityType: 'license-action',
    entityId: row.id,
    department: requestedBy,
    subject: `approval:${approval.id}`,
    counterpartKey: approval.counterpart_key,
    after: { action: request.action, reason: request.reason, origin },
  });
  if (origin === 'department') {
    // 函告 (003 §9(六)): the department's formal letter, issued in its name.
    await queueLetter(
      tx,
      {
        kind: 'license-action-request',
        recipient: approval.source_department,
        recipientName: ctx.profile.bureau.name,
        subjectType: 'license-action',
        subjectId: row.id,
        data: {},
      },
      at,
    );
    await createDelivery(
      ctx,
      tx,
      {
        subjectType: 'license-action',
        subjectId: row.id,
        recipient: approval.source_department,
        channel: 'online',
        rule: windowRule(ctx.profile, 'supervision'),
        responsibleAtPush: false,
        counterpartKey: approval.counterpart_key,
        message: {
          type: 'license-action.requested',
          subject: { type: 'license-action', id: row.id },
          payload: { licenseActionId: row.id, approvalId: approval.id, requestedBy, request },
        },
      },
      actor,
      at,
    );
  }
  return row;
}

/**
 * The bureau reviews the letter and decides (with reason). An approval changes the license status
 * and its history, the decision goes back to the department, and a letter to the original
 * applicant is queued (003 §9(六): 将结果推送…和函告原申请人).
 */
export async function decideLicenseAction(
  ctx: HubContext,
  id: string,
  decision: { approve: boolean; reason: string },
  actor: Actor,
) {
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const action = await lockById(tx, 'license_actions', id, `license action ${id} / 函告 ${id}`);
    const approval = await lockApprovalOf(tx, action.approval_id, actor);
    if (action.state !== 'requested') throw new HubError('LICENSE_ACTION_CLOSED', { state: action.state });
    return applyDecision(ctx, tx, action, approval, decision, actor, at);
  });
}

async function applyDecision(
  ctx: HubContext,
  tx: Kysely<Database>,
  action: { id: string; action: string; requested_by: string; origin: string },
  approval: ApprovalRow,
  decision: { approve: boolean; reason: string },
  actor: Actor,
  at: Date,
) {
  ctx = within(ctx, tx); // helpers called with ctx must use the transaction too
  const state = decision.approve ? 'approved' : 'rejected';
  await tx
    .updateTable('license_actions')
    .set({ state, decided_at: at, decided_by: actor.id, decision_reason: decision.reason })
    .where('id', '=', action.id)
    .execute();
  const subject = `approval:${approval.id}`;
  await recordAudit(tx, {
    actor,
    at,
    action: `license-action.${state}`,
    entityType: 'license-action',
    entityId: action.id,
    department: action.requested_by,
    subject,
    counterpartKey: approval.counterpart_key,
    before: { state: 'requested' },
    after: { state, reason: decision.reason },
  });
  let letterId: string | null = null;
  if (decision.approve) {
    const status = STATUS_AFTER[action.action as keyof typeof STATUS_AFTER];
    await changeLicenseStatus(tx, approval, { status, reason: decision.reason, licenseActionId: action.id }, actor, at);
    letterId = await queueLetter(
      tx,
      {
        kind: 'applicant-letter',
        recipient: null,
        recipientName: approval.counterpart_name,
        subjectType: 'license-action',
        subjectId: action.id,
        data: {
          action: action.action,
          reason: decision.reason,
          licenseDocumentNumber: approval.license_document_number,
        },
      },
      at,
    );
  }
  // 001 §7(二)3 同时推送至监管部门, 002 §15: the outcome, approved or not, goes to every department
  // supervising the license (and to the one that asked, if it is not among them).
  await notifySupervisors(
    ctx,
    tx,
    approval,
    {
      subjectType: 'license-decision',
      subjectId: action.id,
      type: 'license-action.decided',
      subject: { type: 'license-action', id: action.id },
      payload: {
        licenseActionId: action.id,
        approvalId: approval.id,
        licenseDocumentNumber: approval.license_document_number,
        counterpartKey: approval.counterpart_key,
        action: action.action,
        state,
        licenseStatus: decision.approve
          ? STATUS_AFTER[action.action as keyof typeof STATUS_AFTER]
          : approval.license_status,
        reason: decision.reason,
      },
    },
    action.origin === 'department' ? [action.requested_by] : [],
    actor,
    at,
  );
  return { id: action.id, state, letterId };
}

/**
 * Sends a license's news to every department supervising it (and to `also`), for information: nothing to
 * claim. Used for license-action outcomes and for status changes that enforcement brings about.
 */
async function notifySupervisors(
  ctx: HubContext,
  tx: Kysely<Database>,
  approval: Pick<ApprovalRow, 'id' | 'counterpart_key'>,
  m: {
    subjectType: string;
    subjectId: string;
    type: 'license-action.decided' | 'license.status-changed';
    subject: { type: string; id: string };
    payload: Record<string, unknown>;
  },
  also: string[],
  actor: Actor,
  at: Date,
  except: string[] = [],
): Promise<string[]> {
  const routes = await routesOf(tx, approval.id);
  const list = [...routes.map((r) => ({ recipient: r.recipient, via: r.via }))];
  for (const d of also) if (!list.some((r) => r.recipient === d)) list.push({ recipient: d, via: null });
  const recipients = list.filter((r) => !except.includes(r.recipient));
  if (!recipients.length) return [];
  await createDeliveries(
    ctx,
    tx,
    recipients.map((r) => ({
      subjectType: m.subjectType,
      subjectId: m.subjectId,
      recipient: r.recipient,
      via: r.via,
      channel: 'online' as const,
      rule: { mode: 'none' as const },
      responsibleAtPush: false,
      counterpartKey: approval.counterpart_key,
      message: { type: m.type, subject: m.subject, payload: m.payload },
    })),
    actor,
    at,
  );
  return recipients.map((r) => r.recipient);
}

/**
 * A licence's new status, told to every department supervising it (002 §15; 001 §7(二)3): the licence,
 * its holder, the status it had (`approval` as read before the change) and the new one, plus what the
 * caller adds (until when, the reason, the evidence, a withdrawn action).
 */
export function notifyStatusChange(
  ctx: HubContext,
  tx: Kysely<Database>,
  approval: Pick<ApprovalRow, 'id' | 'counterpart_key' | 'license_document_number' | 'license_status'>,
  licenseStatus: string,
  details: Record<string, unknown>,
  actor: Actor,
  at: Date,
  except: string[] = [],
): Promise<string[]> {
  return notifySupervisors(
    ctx,
    tx,
    approval,
    {
      subjectType: 'license-status',
      subjectId: approval.id,
      type: 'license.status-changed',
      subject: { type: 'approval', id: approval.id },
      payload: {
        approvalId: approval.id,
        licenseDocumentNumber: approval.license_document_number,
        counterpartKey: approval.counterpart_key,
        previousStatus: approval.license_status,
        licenseStatus,
        ...details,
      },
    },
    [],
    actor,
    at,
    except,
  );
}

/**
 * The bureau revokes on its own findings (a revocation request upheld, a commitment still unmet after
 * rectification: 001 §8): recorded as a license action decided at once, with history and applicant letter.
 */
export async function revokeByBureau(
  ctx: HubContext,
  tx: Kysely<Database>,
  approval: ApprovalRow,
  grounds: { reason: string; basis: string; result: string },
  origin: 'revocation-request' | 'commitment',
  idempotencyKey: string,
  actor: Actor,
  at: Date,
) {
  ctx = within(ctx, tx); // helpers called with ctx must use the transaction too
  const request: LicenseActionRequest = {
    licenseDocumentNumber: approval.license_document_number,
    counterpartCode: approval.counterpart_key,
    action: 'revoke',
    reason: grounds.reason,
    penaltyBasis: { basis: grounds.basis, result: grounds.result },
    evidence: [],
  };
  const action = await openAction(
    ctx,
    tx,
    approval,
    approval.source_department,
    idempotencyKey,
    request,
    origin,
    actor,
    at,
  );
  return applyDecision(ctx, tx, action, approval, { approve: true, reason: grounds.reason }, actor, at);
}

/**
 * 利害关系人请求撤销 (002 §15): the bureau records the request; the supervising departments are asked
 * to investigate jointly; findings accumulate; a written answer closes it (revoking if so decided).
 */
export async function openRevocationRequest(
  ctx: HubContext,
  input: {
    licenseDocumentNumber: string;
    counterpartCode: string;
    requester: { name: string; contact?: string };
    grounds: string;
  },
  actor: Actor,
) {
  const approval = await findActiveLicense(ctx.db, input.licenseDocumentNumber, input.counterpartCode);
  if (!actor.roles.includes('admin') && actor.department !== approval.source_department)
    throw new HubError('FORBIDDEN_DEPARTMENT');
  const at = ctx.clock.now();
  const routes = await routesOf(ctx.db, approval.id);
  return ctx.db.transaction().execute(async (tx) => {
    const id = randomUUID();
    await tx
      .insertInto('revocation_requests')
      .values({
        id,
        approval_id: approval.id,
        requester: JSON.stringify(input.requester),
        grounds: input.grounds,
        state: 'investigating',
        findings: '[]',
        created_at: at,
        created_by: actor.id,
      })
      .execute();
    await recordAudit(tx, {
      actor,
      at,
      action: 'revocation.requested',
      entityType: 'revocation-request',
      entityId: id,
      department: approval.source_department,
      subject: `approval:${approval.id}`,
      counterpartKey: approval.counterpart_key,
      after: input,
    });
    for (const route of routes) {
      await createDelivery(
        ctx,
        tx,
        {
          subjectType: 'revocation-request',
          subjectId: id,
          recipient: route.recipient,
          via: route.via,
          channel: 'online',
          rule: windowRule(ctx.profile, 'approval'),
          responsibleAtPush: false,
          counterpartKey: approval.counterpart_key,
          message: {
            type: 'revocation.investigation',
            subject: { type: 'revocation-request', id },
            payload: { revocationRequestId: id, approvalId: approval.id, grounds: input.grounds },
          },
        },
        actor,
        at,
      );
    }
    return { id, approvalId: approval.id, investigators: routes.map((r) => r.recipient) };
  });
}

export async function addRevocationFinding(ctx: HubContext, id: string, text: string, actor: Actor) {
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const req = await lockInvestigation(tx, id);
    const approval = await tx
      .selectFrom('approvals')
      .select(['id', 'source_department', 'counterpart_key'])
      .where('id', '=', req.approval_id)
      .executeTakeFirstOrThrow();
    const allowed = [approval.source_department, ...(await supervisors(tx, approval.id))];
    if (!actor.roles.includes('admin') && !allowed.includes(actor.department ?? ''))
      throw new HubError('FORBIDDEN_DEPARTMENT');
    const findings = [...req.findings, { by: actor.id, department: actor.department, at: at.toISOString(), text }];
    await tx
      .updateTable('revocation_requests')
      .set({ findings: JSON.stringify(findings) })
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, {
      actor,
      at,
      action: 'revocation.finding-added',
      entityType: 'revocation-request',
      entityId: id,
      subject: `approval:${approval.id}`,
      counterpartKey: approval.counterpart_key,
      after: { text },
    });
    return { id, findings };
  });
}

/** The written answer to the interested party; `revoke` revokes the license through the license-action record. */
export async function answerRevocationRequest(
  ctx: HubContext,
  id: string,
  answer: { outcome: 'revoke' | 'dismiss'; answer: string },
  actor: Actor,
) {
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const req = await lockInvestigation(tx, id);
    const approval = await lockApprovalOf(tx, req.approval_id, actor);
    await tx
      .updateTable('revocation_requests')
      .set({
        state: 'answered',
        outcome: answer.outcome,
        answer: answer.answer,
        answered_at: at,
        answered_by: actor.id,
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, {
      actor,
      at,
      action: 'revocation.answered',
      entityType: 'revocation-request',
      entityId: id,
      department: approval.source_department,
      subject: `approval:${approval.id}`,
      counterpartKey: approval.counterpart_key,
      after: answer,
    });
    if (answer.outcome === 'revoke') {
      await revokeByBureau(
        ctx,
        tx,
        approval,
        { reason: answer.answer, basis: req.grounds, result: '经联合调查核实，依法撤销' },
        'revocation-request',
        `revocation:${id}`,
        actor,
        at,
      );
    }
    const requester = req.requester as { name: string };
    const letterId = await queueLetter(
      tx,
      {
        kind: 'revocation-answer',
        recipient: null,
        recipientName: requester.name,
        subjectType: 'revocation-request',
        subjectId: id,
        data: answer,
      },
      at,
    );
    return { id, state: 'answered', outcome: answer.outcome, letterId };
  });
}

/** A revocation request still under investigation, locked: findings and the answer come only then. */
async function lockInvestigation(tx: Kysely<Database>, id: string) {
  const req = await lockById(tx, 'revocation_requests', id, `revocation request ${id} / 撤销请求 ${id}`);
  if (req.state !== 'investigating') throw new HubError('CONFLICT', { what: `revocation request is ${req.state}` });
  return req;
}

/**
 * The approval a request is about, locked; only the bureau's administrator or the department that issued it may
 * act.
 */
async function lockApprovalOf(tx: Kysely<Database>, id: string, actor: Actor): Promise<ApprovalRow> {
  const approval = await lockById(tx, 'approvals', id);
  if (!actor.roles.includes('admin') && actor.department !== approval.source_department)
    throw new HubError('FORBIDDEN_DEPARTMENT');
  return approval;
}
