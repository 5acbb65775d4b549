import { randomUUID } from 'node:crypto';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { invalidate } from '../cache/reference-cache.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import { allowListed, checkWebhookUrl, confineFileDrop, type EgressGuard } from '../security/egress.ts';
import { transportFor } from './transports.ts';

/**
 * A department's delivery endpoint. The department's own key may only propose a change; it takes effect
 * when the bureau's administrator approves it, or at once when the administrator makes it — so a leaked
 * department key cannot quietly redirect that department's pushes. Every step is audited (001 §15).
 */
export interface EndpointRequest {
  transport: string;
  url?: string | null;
  secret?: string | null;
}

export interface EndpointValues {
  transport: string;
  url: string | null;
  secret: string | null;
}

/** Transports that reach a URL over the network, and so are held to the egress rules. */
const NETWORK_TRANSPORTS = new Set(['webhook', 'xml-http']);

/** 前置库 and SFTP endpoints reach a department's internal server: only allow-listed hosts, no password in the URL. */
const EXCHANGE_TRANSPORTS = new Set(['front-db', 'sftp']);

function checkExchangeUrl(guard: EgressGuard, raw: string | null): string {
  let url: URL | undefined;
  try {
    url = raw ? new URL(raw) : undefined;
  } catch {
    // refused below
  }
  if (!url?.hostname || url.password || !allowListed(guard, url.hostname))
    throw new HubError('ENDPOINT_URL_REFUSED', {
      reason:
        '须为白名单主机、且不含密码（密码作为密钥提交）/ an allow-listed host without a password in the URL ' +
        `(the password is the secret): ${url?.hostname ?? raw ?? ''}`,
    });
  return raw!;
}

/** Refuses unknown transports, folders outside the department's exchange folder and internal URLs. */
function checkEndpoint(ctx: HubContext, department: string, req: EndpointRequest): EndpointValues {
  if (!transportFor(req.transport)?.send)
    throw new HubError(
      'VALIDATION_FAILED',
      { count: 1 },
      {
        details: [
          { pointer: '/transport', zh: `未知的传输方式 ${req.transport}`, en: `unknown transport ${req.transport}` },
        ],
      },
    );
  let url = req.url ?? null;
  if (req.transport === 'file-drop') url = confineFileDrop(ctx.security, department, url);
  else if (NETWORK_TRANSPORTS.has(req.transport)) url = checkWebhookUrl(ctx.security, url).toString();
  else if (EXCHANGE_TRANSPORTS.has(req.transport)) url = checkExchangeUrl(ctx.security, url);
  return { transport: req.transport, url, secret: req.secret ?? null };
}

const shown = (v: EndpointValues) => ({ transport: v.transport, url: v.url, signed: Boolean(v.secret) });

async function writeEndpoint(ctx: HubContext, department: string, v: EndpointValues, actor: Actor, at: Date) {
  const values = { ...v, updated_at: at, updated_by: actor.id };
  await ctx.db
    .insertInto('department_endpoints')
    .values({ department_code: department, ...values })
    .onConflict((oc) => oc.column('department_code').doUpdateSet(values))
    .execute();
}

export type EndpointChange =
  | { state: 'active'; department: string; transport: string; url: string | null }
  | { state: 'proposed'; proposalId: string; department: string; transport: string; url: string | null };

/** The administrator sets the endpoint at once; a department's own key files a proposal. */
export async function changeEndpoint(
  ctx: HubContext,
  department: string,
  req: EndpointRequest,
  actor: Actor,
): Promise<EndpointChange> {
  const v = checkEndpoint(ctx, department, req);
  const at = ctx.clock.now();
  if (actor.roles.includes('admin')) {
    await ctx.db.transaction().execute(async (tx) => {
      const inTx = { ...ctx, db: tx };
      await writeEndpoint(inTx, department, v, actor, at);
      await recordAudit(tx, {
        actor,
        at,
        action: 'endpoint.set',
        entityType: 'department-endpoint',
        entityId: department,
        department,
        after: shown(v),
      });
    });
    invalidate(ctx.db, 'endpoints');
    return { state: 'active', department, transport: v.transport, url: v.url };
  }
  const id = randomUUID();
  await ctx.db.transaction().execute(async (tx) => {
    // A newer proposal replaces an open one: the administrator decides on what the department wants now.
    await tx
      .updateTable('endpoint_proposals')
      .set({ state: 'superseded', decided_at: at, decided_by: actor.id })
      .where('department_code', '=', department)
      .where('state', '=', 'proposed')
      .execute();
    await tx
      .insertInto('endpoint_proposals')
      .values({ id, department_code: department, ...v, state: 'proposed', proposed_at: at, proposed_by: actor.id })
      .execute();
    await recordAudit(tx, {
      actor,
      at,
      action: 'endpoint.proposed',
      entityType: 'endpoint-proposal',
      entityId: id,
      department,
      after: shown(v),
    });
  });
  return { state: 'proposed', proposalId: id, department, transport: v.transport, url: v.url };
}

/** The administrator approves (the endpoint changes) or rejects a department's proposal. */
export async function decideEndpointProposal(
  ctx: HubContext,
  id: string,
  decision: { approve: boolean; reason?: string },
  actor: Actor,
) {
  if (!actor.roles.includes('admin')) throw new HubError('FORBIDDEN_ROLE', { role: 'admin' });
  const at = ctx.clock.now();
  const result = await ctx.db.transaction().execute(async (tx) => {
    const p = await tx.selectFrom('endpoint_proposals').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!p) throw new HubError('NOT_FOUND', { what: `endpoint proposal ${id}` });
    if (p.state !== 'proposed') throw new HubError('ENDPOINT_PROPOSAL_CLOSED', { id, state: p.state });
    const state = decision.approve ? 'approved' : 'rejected';
    // Checked again: the rules or the allow-list may have changed since it was proposed.
    const v = decision.approve ? checkEndpoint(ctx, p.department_code, p) : p;
    await tx
      .updateTable('endpoint_proposals')
      .set({ state, decided_at: at, decided_by: actor.id, reason: decision.reason ?? null })
      .where('id', '=', id)
      .execute();
    if (decision.approve) await writeEndpoint({ ...ctx, db: tx }, p.department_code, v, actor, at);
    await recordAudit(tx, {
      actor,
      at,
      action: decision.approve ? 'endpoint.approved' : 'endpoint.rejected',
      entityType: 'endpoint-proposal',
      entityId: id,
      department: p.department_code,
      before: { proposedBy: p.proposed_by },
      after: { ...shown(v), reason: decision.reason ?? null },
    });
    return { id, department: p.department_code, state, transport: v.transport, url: v.url };
  });
  if (decision.approve) invalidate(ctx.db, 'endpoints');
  return result;
}

export async function listEndpointProposals(ctx: HubContext, q: { department?: string; state?: string }) {
  let query = ctx.db.selectFrom('endpoint_proposals').selectAll().orderBy('proposed_at', 'desc').limit(500);
  if (q.department) query = query.where('department_code', '=', q.department);
  if (q.state) query = query.where('state', '=', q.state as 'proposed');
  const rows = await query.execute();
  return rows.map((p) => ({
    id: p.id,
    department: p.department_code,
    transport: p.transport,
    url: p.url,
    signed: Boolean(p.secret),
    state: p.state,
    proposedAt: p.proposed_at.toISOString(),
    proposedBy: p.proposed_by,
    decidedAt: p.decided_at ? p.decided_at.toISOString() : null,
    decidedBy: p.decided_by,
    reason: p.reason,
  }));
}
