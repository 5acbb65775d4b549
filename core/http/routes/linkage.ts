import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { queryAudit } from '../../audit/audit-log.ts';
import { withDeliveryEvents } from '../../audit/push-entries.ts';
import type { Dispatcher } from '../../delivery/dispatcher.ts';
import { HubError } from '../../errors/hub-error.ts';
import type { HubContext } from '../../hub-context.ts';
import { getApproval, pushApproval } from '../../linkage/approvals.ts';
import { creditStatus } from '../../linkage/credit.ts';
import { type assertRecipient, claimDelivery, disputeDelivery, upholdAfterDispute } from '../../linkage/deliveries.ts';
import { inbox } from '../../linkage/inbox.ts';
import { pushSupervisionRecord, withdrawSupervisionRecord } from '../../linkage/supervision.ts';
import { Code, IsoDateTime, NonEmpty, StringEnum } from '../../schema/common.ts';
import { ApprovalDecision, SUBJECT_TYPES, SupervisionRecord } from '../../schema/linkage.ts';
import { CLAIM_STATES } from '../../schema/states.ts';
import { requireActor, requireDepartment, SECURED } from '../auth.ts';
import { errorResponses } from '../error-handler.ts';
import { IdParams } from '../route-shapes.ts';
import {
  ApprovalView,
  CreditReportView,
  InboxItemView,
  SupervisionView,
  approvalView,
  deliveryView,
  supervisionView,
} from '../views.ts';

/** What every timeline entry states, oldest first: when, who, what (from the audit log). */
const TimelineEvent = { at: Type.String(), actor: Type.String(), action: Type.String() };
const timelineEvent = (r: { at: Date; actor: string; action: string }) => ({
  at: r.at.toISOString(),
  actor: r.actor,
  action: r.action,
});

const IdempotencyHeader = Type.Object({
  'idempotency-key': Type.String({
    minLength: 8,
    maxLength: 200,
    description: '客户端生成的唯一值；重试时使用同一值，不会重复登记',
  }),
});
const Reason = Type.Object({ reason: NonEmpty('理由', 2000) });

/**
 * Push routes document their body with the canonical schema but validate it in the flow itself
 * (which adapters call too), so each push is validated once rather than twice.
 */
const validatedInFlow = { validatorCompiler: () => () => true };

export function idempotencyKey(req: FastifyRequest): string {
  const key = req.headers['idempotency-key'];
  if (typeof key !== 'string' || !key) throw new HubError('IDEMPOTENCY_KEY_REQUIRED');
  return key;
}

export const linkageRoutes: FastifyPluginAsyncTypebox<{ ctx: HubContext; dispatcher?: Dispatcher }> = async (
  app,
  { ctx, dispatcher },
) => {
  app.post(
    '/api/v1/approvals',
    {
      ...validatedInFlow,
      schema: {
        tags: ['linkage'],
        summary: '审批信息推送：按目录路由到负责监管的部门，每个部门一条待认领推送（001 §7(一)）',
        security: SECURED,
        headers: IdempotencyHeader,
        body: ApprovalDecision,
        response: { 200: ApprovalView, 201: ApprovalView, ...errorResponses(400, 401, 403, 409, 422) },
      },
    },
    async (req, reply) => {
      const result = await pushApproval(ctx, req.body, idempotencyKey(req), requireActor(req, 'system'));
      dispatcher?.kick();
      return reply
        .status(result.replayed ? 200 : 201)
        .header('idempotent-replayed', String(result.replayed))
        .send(approvalView(result.approval, result.deliveries));
    },
  );

  app.post(
    '/api/v1/approvals/:id/corrections',
    {
      ...validatedInFlow,
      schema: {
        tags: ['linkage'],
        summary: '更正推送：以更正后的审批信息取代原推送（处理异议）',
        security: SECURED,
        params: IdParams,
        headers: IdempotencyHeader,
        body: ApprovalDecision,
        response: { 200: ApprovalView, 201: ApprovalView, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req, reply) => {
      const result = await pushApproval(ctx, req.body, idempotencyKey(req), requireActor(req, 'system'), {
        supersedes: req.params.id,
      });
      dispatcher?.kick();
      return reply.status(result.replayed ? 200 : 201).send(approvalView(result.approval, result.deliveries));
    },
  );

  app.get(
    '/api/v1/approvals/:id',
    {
      schema: {
        tags: ['linkage'],
        summary: '审批信息及各部门认领情况',
        security: SECURED,
        params: IdParams,
        response: { 200: ApprovalView, ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { approval, deliveries } = await getApproval(ctx, req.params.id);
      if (actor.department !== approval.source_department) assertOneOf(deliveries, actor);
      return approvalView(approval, deliveries);
    },
  );

  app.get(
    '/api/v1/approvals/:id/timeline',
    {
      schema: {
        tags: ['accountability'],
        summary: '问责时间线：推送、投递、认领、异议、自动认领、决定，含操作者与时间',
        security: SECURED,
        params: IdParams,
        response: {
          200: Type.Array(
            Type.Object({
              ...TimelineEvent,
              department: Type.Union([Type.String(), Type.Null()]),
              after: Type.Unknown(),
            }),
          ),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { approval, deliveries } = await getApproval(ctx, req.params.id);
      if (actor.department !== approval.source_department) assertOneOf(deliveries, actor);
      const rows = await queryAudit(ctx.db, { subject: `approval:${approval.id}`, limit: 1000 });
      return withDeliveryEvents(rows.reverse()).map((r) => ({
        ...timelineEvent(r),
        department: r.department_code,
        after: r.after,
      }));
    },
  );

  app.get(
    '/api/v1/inbox',
    {
      schema: {
        tags: ['linkage'],
        summary: '本部门收件箱（分页，可按认领状态和期限筛选）',
        security: SECURED,
        querystring: Type.Object({
          department: Type.Optional({ ...Code, description: '管理员查看某部门' }),
          state: Type.Optional(StringEnum(CLAIM_STATES, { description: '认领状态' })),
          subjectType: Type.Optional(StringEnum(SUBJECT_TYPES, { description: '推送内容的类型' })),
          dueBefore: Type.Optional(IsoDateTime),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
          after: Type.Optional(Type.String({ maxLength: 200, description: '分页游标：上一页的 next' })),
        }),
        response: {
          200: Type.Object({
            items: Type.Array(InboxItemView),
            next: Type.Union([Type.String(), Type.Null()], { description: '下一页游标；null 表示没有更多' }),
          }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const department = req.query.department ?? actor.department;
      if (!department)
        throw new HubError(
          'VALIDATION_FAILED',
          { count: 1 },
          { details: [{ pointer: '/querystring/department', zh: '请指定部门', en: 'department is required' }] },
        );
      requireDepartment(req, department);
      const page = await inbox(ctx, {
        ...req.query,
        department,
        dueBefore: req.query.dueBefore ? new Date(req.query.dueBefore) : undefined,
      });
      return {
        next: page.next,
        items: page.items.map((i) => ({
          ...deliveryView(i),
          summary: {
            matterCode: i.matter_code,
            counterpartName: i.counterpart_name,
            licenseDocumentNumber: i.license_document_number,
            creditWarning: i.credit_warning as Static<typeof CreditReportView> | null,
            supervisionKind: i.supervision_kind,
          },
        })),
      };
    },
  );

  app.post(
    '/api/v1/deliveries/:id/claim',
    {
      schema: {
        tags: ['linkage'],
        summary: '认领',
        security: SECURED,
        params: IdParams,
        response: { 200: { $ref: 'Delivery#' }, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (req) => deliveryView(await claimDelivery(ctx, req.params.id, requireActor(req))),
  );

  app.post(
    '/api/v1/deliveries/:id/dispute',
    {
      schema: {
        tags: ['linkage'],
        summary: '异议反馈（退回推送方）',
        security: SECURED,
        params: IdParams,
        body: Reason,
        response: { 200: { $ref: 'Delivery#' }, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => deliveryView(await disputeDelivery(ctx, req.params.id, req.body.reason, requireActor(req))),
  );

  app.post(
    '/api/v1/deliveries/:id/uphold',
    {
      schema: {
        tags: ['linkage'],
        summary: '推送方维持原推送：重新计算认领期限',
        security: SECURED,
        params: IdParams,
        body: Reason,
        response: { 200: { $ref: 'Delivery#' }, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await assertSenderOfDelivery(ctx, req.params.id, actor);
      return deliveryView(await upholdAfterDispute(ctx, req.params.id, req.body.reason, actor));
    },
  );

  app.post(
    '/api/v1/supervision-records',
    {
      ...validatedInFlow,
      schema: {
        tags: ['linkage'],
        summary: '监管信息推送：处罚、责令停产停业、吊销、经营异常、失信名单及培训、法规标准调整等通知（001 §7(二)）',
        security: SECURED,
        headers: IdempotencyHeader,
        body: SupervisionRecord,
        response: { 200: SupervisionView, 201: SupervisionView, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      const result = await pushSupervisionRecord(ctx, req.body, idempotencyKey(req), requireActor(req, 'system'));
      dispatcher?.kick();
      return reply.status(result.replayed ? 200 : 201).send(supervisionView(result.record, result.deliveries));
    },
  );

  app.post(
    '/api/v1/supervision-records/:id/withdraw',
    {
      schema: {
        tags: ['linkage'],
        summary: '撤回监管信息（如移出经营异常名录），信用影响随之解除',
        security: SECURED,
        params: IdParams,
        body: Reason,
        response: { 200: Type.Object({ id: Type.String(), state: Type.String() }), ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => {
      const row = await withdrawSupervisionRecord(ctx, req.params.id, req.body.reason, requireActor(req));
      return { id: row.id, state: row.state };
    },
  );

  app.get(
    '/api/v1/counterparts/:key/credit',
    {
      schema: {
        tags: ['linkage'],
        summary: '行政相对人信用状态：正常 / 严格准入 / 限制准入，及其依据',
        security: SECURED,
        params: Type.Object({
          key: Type.String({ minLength: 1, maxLength: 40, description: '统一社会信用代码或身份证号码' }),
        }),
        response: {
          200: CreditReportView,
          ...errorResponses(401),
        },
      },
    },
    async (req) => {
      requireActor(req);
      return creditStatus(ctx, req.params.key.trim().toUpperCase());
    },
  );

  app.get(
    '/api/v1/counterparts/:key/timeline',
    {
      schema: {
        tags: ['accountability'],
        summary: '某行政相对人的全部审批、监管和处理记录（管理员）',
        security: SECURED,
        params: Type.Object({ key: Type.String({ minLength: 1, maxLength: 40 }) }),
        response: {
          200: Type.Array(
            Type.Object({
              ...TimelineEvent,
              subject: Type.Union([Type.String(), Type.Null()]),
              department: Type.Union([Type.String(), Type.Null()]),
            }),
          ),
          ...errorResponses(401, 403),
        },
      },
    },
    async (req) => {
      requireActor(req, 'admin');
      const rows = await queryAudit(ctx.db, { counterpartKey: req.params.key.trim().toUpperCase(), limit: 1000 });
      return withDeliveryEvents(rows.reverse()).map((r) => ({
        ...timelineEvent(r),
        subject: r.subject,
        department: r.department_code,
      }));
    },
  );
};

function assertOneOf(
  deliveries: { recipient: string; via: string | null }[],
  actor: Parameters<typeof assertRecipient>[1],
): void {
  if (actor.roles.includes('admin')) return;
  if (!deliveries.some((d) => d.recipient === actor.department || d.via === actor.department))
    throw new HubError('FORBIDDEN_DEPARTMENT');
}

/** Only the department that pushed an item answers disputes about it. */
async function assertSenderOfDelivery(
  ctx: HubContext,
  deliveryId: string,
  actor: Parameters<typeof assertRecipient>[1],
): Promise<void> {
  if (actor.roles.includes('admin')) return;
  const d = await ctx.db
    .selectFrom('deliveries')
    .select(['subject_type', 'subject_id'])
    .where('id', '=', deliveryId)
    .executeTakeFirst();
  if (!d) throw new HubError('NOT_FOUND', { what: `delivery ${deliveryId}` });
  const table =
    d.subject_type === 'approval'
      ? 'approvals'
      : d.subject_type === 'supervision-record'
        ? 'supervision_records'
        : undefined;
  const source =
    table &&
    (await ctx.db.selectFrom(table).select('source_department').where('id', '=', d.subject_id).executeTakeFirst())
      ?.source_department;
  if (source !== actor.department) throw new HubError('FORBIDDEN_DEPARTMENT');
}
