import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { verifyAuditChain } from '../../audit/audit-chain.ts';
import { queryAudit } from '../../audit/audit-log.ts';
import type { HubContext } from '../../hub-context.ts';
import { requireActor, requireDepartment, SECURED } from '../auth.ts';
import { errorResponses } from '../error-handler.ts';

const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  actor: Type.String(),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.String(),
  department: Type.Union([Type.String(), Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
});

export const auditRoutes: FastifyPluginAsyncTypebox<{ ctx: HubContext }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: '审计日志（只增不改）。部门密钥只能查本部门',
        security: SECURED,
        querystring: Type.Object({
          entityType: Type.Optional(Type.String({ maxLength: 100 })),
          entityId: Type.Optional(Type.String({ maxLength: 200 })),
          department: Type.Optional(Type.String({ maxLength: 64 })),
          before: Type.Optional(
            Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: '分页：返回编号小于此值的记录' }),
          ),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
        }),
        response: { 200: Type.Array(AuditEntry), 401: { $ref: 'ErrorBody#' }, 403: { $ref: 'ErrorBody#' } },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const department = actor.roles.includes('admin') ? req.query.department : actor.department!;
      if (req.query.department && req.query.department !== department) requireDepartment(req, req.query.department);
      const rows = await queryAudit(ctx.db, { ...req.query, department });
      return rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actor: r.actor,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        department: r.department_code,
        before: r.before,
        after: r.after,
      }));
    },
  );

  app.get(
    '/api/v1/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: '校验审计日志哈希链：报告第一处断裂（被改、被删、顺序调换、被截断）（管理员）',
        security: SECURED,
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            entries: Type.Integer({ description: '已入链并校验的记录数' }),
            pending: Type.Integer({ description: '已提交、尚待入链的记录数（已核对存在）' }),
            head: Type.Object({ seq: Type.Integer(), hash: Type.String() }),
            checkpoints: Type.Integer(),
            firstBreak: Type.Union([
              Type.Object({
                kind: Type.String({ description: 'edited | deleted | reordered | truncated | unchained' }),
                seq: Type.Integer(),
                entryId: Type.Union([Type.Integer(), Type.Null()]),
                zh: Type.String(),
                en: Type.String(),
              }),
              Type.Null(),
            ]),
          }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (req) => {
      requireActor(req, 'admin');
      return verifyAuditChain(ctx.db);
    },
  );
};
