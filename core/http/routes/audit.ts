import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { queryAudit } from '../../audit/audit-log.ts';
import type { HubContext } from '../../hub-context.ts';
import { requireActor, requireDepartment, SECURED } from '../auth.ts';

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
};
