import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { issueKey, listKeys, revokeKey, rotateKey } from '../../departments/api-keys.ts';
import { getDepartment, listDepartments, saveDepartment } from '../../departments/department-store.ts';
import { fileLiaison, listLiaisons } from '../../departments/liaisons.ts';
import { HubError } from '../../errors/hub-error.ts';
import type { HubContext } from '../../hub-context.ts';
import { Code, InstantOut, StringEnum } from '../../schema/common.ts';
import { Department, Liaison } from '../../schema/party.ts';
import { requireActor, requireDepartment, SECURED } from '../auth.ts';

const CodeParams = Type.Object({ code: Code });
const Errors = { 401: { $ref: 'ErrorBody#' }, 403: { $ref: 'ErrorBody#' }, 404: { $ref: 'ErrorBody#' } };

const LiaisonRecord = Type.Composite([
  Liaison,
  Type.Object({
    id: Type.Integer(),
    department: Type.String(),
    effectiveTo: Type.Union([Type.String(), Type.Null()]),
    filedAt: InstantOut,
    filedBy: Type.String(),
  }),
]);
const KeyInfo = Type.Object({
  id: Type.String(),
  department: Type.String(),
  label: Type.String(),
  roles: Type.Array(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  createdBy: Type.String(),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
const IssuedKey = Type.Object({
  id: Type.String(),
  department: Type.String(),
  roles: Type.Array(Type.String()),
  key: Type.String({ description: '仅显示一次 / shown once' }),
});

export const departmentRoutes: FastifyPluginAsyncTypebox<{ ctx: HubContext }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/departments',
    {
      schema: {
        tags: ['departments'],
        summary: '部门列表',
        security: SECURED,
        response: { 200: Type.Array(Department), ...Errors },
      },
    },
    async (req) => {
      requireActor(req);
      return listDepartments(ctx.db);
    },
  );

  app.get(
    '/api/v1/departments/:code',
    {
      schema: {
        tags: ['departments'],
        summary: '部门详情',
        security: SECURED,
        params: CodeParams,
        response: { 200: Department, ...Errors },
      },
    },
    async (req) => {
      requireActor(req);
      return getDepartment(ctx.db, req.params.code);
    },
  );

  app.put(
    '/api/v1/departments/:code',
    {
      schema: {
        tags: ['departments'],
        summary: '新建或修改部门（管理员）',
        security: SECURED,
        params: CodeParams,
        body: Department,
        response: { 200: Department, ...Errors },
      },
    },
    async (req) => {
      const actor = requireActor(req, 'admin');
      if (req.body.code !== req.params.code) {
        throw new HubError(
          'VALIDATION_FAILED',
          { count: 1 },
          { details: [{ pointer: '/code', zh: '部门代码与地址不一致', en: 'body code differs from the URL' }] },
        );
      }
      return saveDepartment(ctx, req.body, actor);
    },
  );

  app.get(
    '/api/v1/departments/:code/liaisons',
    {
      schema: {
        tags: ['departments'],
        summary: '联络员（本部门或管理员）',
        security: SECURED,
        params: CodeParams,
        querystring: Type.Object({ all: Type.Optional(Type.Boolean({ description: '含已离任和待生效' })) }),
        response: { 200: Type.Array(LiaisonRecord), ...Errors },
      },
    },
    async (req) => {
      requireDepartment(req, req.params.code);
      return listLiaisons(ctx, req.params.code, { all: req.query.all });
    },
  );

  app.post(
    '/api/v1/departments/:code/liaisons',
    {
      schema: {
        tags: ['departments'],
        summary: '报备联络员（变更须按辖区策略提前报备，003 §8）',
        security: SECURED,
        params: CodeParams,
        body: Liaison,
        response: { 201: LiaisonRecord, 422: { $ref: 'ErrorBody#' }, ...Errors },
      },
    },
    async (req, reply) => {
      const actor = requireDepartment(req, req.params.code);
      return reply.status(201).send(await fileLiaison(ctx, req.params.code, req.body, actor));
    },
  );

  app.get(
    '/api/v1/departments/:code/keys',
    {
      schema: {
        tags: ['keys'],
        summary: '接口密钥列表（不含密钥本身）',
        security: SECURED,
        params: CodeParams,
        response: { 200: Type.Array(KeyInfo), ...Errors },
      },
    },
    async (req) => {
      requireDepartment(req, req.params.code);
      return (await listKeys(ctx.db, req.params.code)).map((k) => ({
        id: k.id,
        department: k.department_code,
        label: k.label,
        roles: k.roles,
        createdAt: k.created_at.toISOString(),
        createdBy: k.created_by,
        revokedAt: k.revoked_at?.toISOString() ?? null,
        lastUsedAt: k.last_used_at?.toISOString() ?? null,
      }));
    },
  );

  app.post(
    '/api/v1/departments/:code/keys',
    {
      schema: {
        tags: ['keys'],
        summary: '签发接口密钥（管理员）',
        security: SECURED,
        params: CodeParams,
        body: Type.Object({
          label: Type.String({ minLength: 1, maxLength: 100 }),
          roles: Type.Array(StringEnum(['admin', 'system'] as const), {
            minItems: 1,
            maxItems: 2,
            default: ['system'],
          }),
        }),
        response: { 201: IssuedKey, ...Errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req, 'admin');
      return reply.status(201).send(await issueKey(ctx, req.params.code, req.body.roles, req.body.label, actor));
    },
  );

  app.post(
    '/api/v1/keys/:id/rotate',
    {
      schema: {
        tags: ['keys'],
        summary: '轮换密钥：签发新密钥并吊销旧密钥（管理员）',
        security: SECURED,
        params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
        response: { 200: IssuedKey, ...Errors },
      },
    },
    async (req) => rotateKey(ctx, req.params.id, requireActor(req, 'admin')),
  );

  app.delete(
    '/api/v1/keys/:id',
    {
      schema: {
        tags: ['keys'],
        summary: '吊销密钥（管理员）',
        security: SECURED,
        params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
        response: { 204: Type.Null(), ...Errors },
      },
    },
    async (req, reply) => {
      await revokeKey(ctx, req.params.id, requireActor(req, 'admin'));
      return reply.status(204).send(null);
    },
  );
};
