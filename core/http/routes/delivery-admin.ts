import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Dispatcher } from '../../delivery/dispatcher.ts';
import { listOutbox, replay } from '../../delivery/outbox.ts';
import { changeEndpoint, decideEndpointProposal, listEndpointProposals } from '../../delivery/endpoints.ts';
import type { HubContext } from '../../hub-context.ts';
import { accountabilityList, monthlyFigures } from '../../linkage/accountability.ts';
import { monthlyReportCsv, monthlyReportData } from '../../documents/monthly-report-data.ts';
import { Code, InstantOut, StringEnum } from '../../schema/common.ts';
import { requireActor, requireDepartment, SECURED } from '../auth.ts';
import { errorResponses } from '../error-handler.ts';
import { deliveryView } from '../views.ts';

const Figures = Type.Object({}, { additionalProperties: Type.Union([Type.String(), Type.Number(), Type.Null()]) });
/** The monthly report's figures (core/documents/monthly-report-data.ts). */
const MonthlyReportView = Type.Object({
  month: Type.String(),
  jurisdiction: Type.String(),
  generatedAt: Type.String(),
  approvals: Type.Array(Figures, { description: '审批信息推送与认领，按接收部门' }),
  supervision: Type.Array(Figures, { description: '监管信息推送与审批局认领，按推送部门' }),
  licenseActions: Type.Array(Figures, { description: '函告及决定，按请求部门' }),
  commitments: Type.Object({}, { additionalProperties: true, description: '告知承诺核验情况' }),
  attribution: Type.String({ description: '统计口径：各事件计入其发生的月份' }),
});
const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', maxLength: 7, description: 'YYYY-MM' });

export const deliveryAdminRoutes: FastifyPluginAsyncTypebox<{ ctx: HubContext; dispatcher?: Dispatcher }> = async (
  app,
  { ctx, dispatcher },
) => {
  app.put(
    '/api/v1/departments/:code/endpoint',
    {
      schema: {
        tags: ['delivery'],
        summary:
          '设置部门接收推送的端点（webhook、xml-http、file-drop）。管理员设置即时生效；部门密钥提交变更申请，经管理员批准后生效',
        security: SECURED,
        params: Type.Object({ code: Code }),
        body: Type.Object({
          transport: Type.String({ minLength: 1, maxLength: 50, description: 'webhook，或适配器注册的传输方式' }),
          url: Type.Optional(
            Type.String({
              maxLength: 2000,
              description:
                'webhook：https 地址（http 仅限白名单主机）；file-drop：交换目录 exchange/<部门>/ 下的子目录',
            }),
          ),
          secret: Type.Optional(Type.String({ minLength: 16, maxLength: 200, description: 'HMAC-SHA256 签名密钥' })),
        }),
        response: {
          200: Type.Object({
            state: Type.Literal('active'),
            department: Type.String(),
            transport: Type.String(),
            url: Type.Union([Type.String(), Type.Null()]),
          }),
          202: Type.Object({
            state: Type.Literal('proposed'),
            proposalId: Type.String(),
            department: Type.String(),
            transport: Type.String(),
            url: Type.Union([Type.String(), Type.Null()]),
          }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (req, reply) => {
      const actor = requireDepartment(req, req.params.code);
      const change = await changeEndpoint(ctx, req.params.code, req.body, actor);
      return reply.status(change.state === 'active' ? 200 : 202).send(change);
    },
  );

  const Proposal = Type.Object({
    id: Type.String(),
    department: Type.String(),
    transport: Type.String(),
    url: Type.Union([Type.String(), Type.Null()]),
    signed: Type.Boolean(),
    state: Type.String({ description: 'proposed | approved | rejected | superseded' }),
    proposedAt: Type.String({ format: 'date-time' }),
    proposedBy: Type.String(),
    decidedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    decidedBy: Type.Union([Type.String(), Type.Null()]),
    reason: Type.Union([Type.String(), Type.Null()]),
  });

  app.get(
    '/api/v1/endpoint-proposals',
    {
      schema: {
        tags: ['delivery'],
        summary: '端点变更申请：管理员看全部，部门看本部门',
        security: SECURED,
        querystring: Type.Object({
          state: Type.Optional(StringEnum(['proposed', 'approved', 'rejected', 'superseded'] as const)),
          department: Type.Optional(Code),
        }),
        response: { 200: Type.Array(Proposal), ...errorResponses(401, 403) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const department = actor.roles.includes('admin') ? req.query.department : actor.department!;
      return listEndpointProposals(ctx, { state: req.query.state, department });
    },
  );

  for (const decision of ['approve', 'reject'] as const) {
    app.post(
      `/api/v1/endpoint-proposals/:id/${decision}`,
      {
        schema: {
          tags: ['delivery'],
          summary: decision === 'approve' ? '批准端点变更申请（管理员），随即生效' : '驳回端点变更申请（管理员）',
          security: SECURED,
          params: Type.Object({ id: Type.String({ format: 'uuid', maxLength: 36 }) }),
          body: Type.Optional(
            Type.Union([Type.Object({ reason: Type.Optional(Type.String({ maxLength: 500 })) }), Type.Null()]),
          ),
          response: {
            200: Type.Object({
              id: Type.String(),
              department: Type.String(),
              state: Type.String(),
              transport: Type.String(),
              url: Type.Union([Type.String(), Type.Null()]),
            }),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (req) => {
        const actor = requireActor(req, 'admin');
        return decideEndpointProposal(
          ctx,
          req.params.id,
          { approve: decision === 'approve', reason: req.body?.reason },
          actor,
        );
      },
    );
  }

  app.get(
    '/api/v1/outbox',
    {
      schema: {
        tags: ['delivery'],
        summary: '投递监控：待投递、已投递、死信（管理员）',
        security: SECURED,
        querystring: Type.Object({
          state: Type.Optional(StringEnum(['pending', 'delivered', 'dead'] as const)),
          recipient: Type.Optional(Code),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
        }),
        response: {
          200: Type.Array(
            Type.Object({
              id: Type.String(),
              deliveryId: Type.String(),
              recipient: Type.String(),
              state: Type.String(),
              attempts: Type.Integer(),
              nextAttemptAt: InstantOut,
              lastError: Type.Union([Type.String(), Type.Null()]),
              deliveredAt: Type.Union([InstantOut, Type.Null()]),
            }),
          ),
          ...errorResponses(401, 403),
        },
      },
    },
    async (req) => {
      requireActor(req, 'admin');
      return (await listOutbox(ctx.db, req.query)).map((r) => ({
        id: r.id,
        deliveryId: r.delivery_id,
        recipient: r.recipient,
        state: r.state,
        attempts: r.attempts,
        nextAttemptAt: r.next_attempt_at,
        lastError: r.last_error,
        deliveredAt: r.delivered_at,
      }));
    },
  );

  app.post(
    '/api/v1/outbox/replay',
    {
      schema: {
        tags: ['delivery'],
        summary: '重新投递：一条消息，或某部门 / 全部死信（管理员）',
        security: SECURED,
        body: Type.Object({
          id: Type.Optional(Type.String({ maxLength: 100 })),
          recipient: Type.Optional(Code),
          allDead: Type.Optional(Type.Boolean()),
        }),
        response: { 200: Type.Object({ replayed: Type.Array(Type.String()) }), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const replayed = await replay(ctx, req.body, requireActor(req, 'admin'));
      dispatcher?.kick();
      return { replayed };
    },
  );

  app.get(
    '/api/v1/accountability/monthly',
    {
      schema: {
        tags: ['accountability'],
        summary: '按部门统计某月推送与认领情况（001 §7 每月通报）；各项按事件发生的月份统计',
        security: SECURED,
        querystring: Type.Object({
          month: Month,
          subjectType: Type.Optional(StringEnum(['approval', 'supervision-record', 'license-action'] as const)),
        }),
        response: {
          200: Type.Array(
            Type.Object({
              department: Type.String(),
              pushed: Type.Integer(),
              claimedOnTime: Type.Integer(),
              autoClaimed: Type.Integer(),
              escalated: Type.Integer(),
              disputed: Type.Integer(),
              overdue: Type.Integer(),
              pushIsClaim: Type.Integer(),
              letters: Type.Integer(),
              latePushes: Type.Integer({ description: '推送晚于时限（001 §7(一)1 即时）' }),
              disputesEscalated: Type.Integer({ description: '异议逾期未答复，报审改办' }),
            }),
          ),
          ...errorResponses(401, 403),
        },
      },
    },
    async (req) => {
      requireActor(req, 'admin');
      return monthlyFigures(ctx, req.query.month, req.query.subjectType);
    },
  );

  app.get(
    '/api/v1/reports/monthly',
    {
      schema: {
        tags: ['accountability'],
        summary: '月度通报数据（001 §7）：审批信息、监管信息推送认领情况，函告，告知承诺核验；JSON 或 CSV',
        security: SECURED,
        querystring: Type.Object({
          month: Month,
          format: Type.Optional(StringEnum(['json', 'csv'] as const, { default: 'json' })),
        }),
        response: {
          200: {
            description: '月度通报数据 — the figures as JSON, or CSV with format=csv',
            content: {
              'application/json': { schema: MonthlyReportView },
              'text/csv': { schema: Type.String() },
            },
          },
          ...errorResponses(401, 403),
        },
      },
    },
    async (req, reply) => {
      requireActor(req, 'admin');
      const data = await monthlyReportData(ctx, req.query.month);
      if (req.query.format === 'csv') {
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="monthly-${req.query.month}.csv"`)
          .send(monthlyReportCsv(data));
      }
      return data;
    },
  );

  app.get(
    '/api/v1/accountability/list',
    {
      schema: {
        tags: ['accountability'],
        summary: '超时自动认领、逾期未认领、异议、推送迟延、异议报审改办清单（按部门、事件发生月份）',
        security: SECURED,
        querystring: Type.Object({
          month: Month,
          kind: StringEnum([
            'auto-claimed',
            'escalated',
            'overdue',
            'disputed',
            'late-push',
            'dispute-escalated',
          ] as const),
          department: Type.Optional(Code),
        }),
        response: { 200: Type.Array(Type.Unsafe({ $ref: 'Delivery#' })), ...errorResponses(401, 403) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const department = actor.roles.includes('admin') ? req.query.department : actor.department!;
      return (await accountabilityList(ctx, { ...req.query, department })).map(deliveryView);
    },
  );
};
