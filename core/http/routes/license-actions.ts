import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Dispatcher } from '../../delivery/dispatcher.ts';
import type { HubContext } from '../../hub-context.ts';
import {
  addRevocationFinding,
  answerRevocationRequest,
  decideLicenseAction,
  openRevocationRequest,
  requestLicenseAction,
} from '../../linkage/license-actions.ts';
import { NonEmpty, StringEnum } from '../../schema/common.ts';
import { LicenseActionRequest } from '../../schema/linkage.ts';
import { requireActor, SECURED } from '../auth.ts';
import { errorResponses } from '../error-handler.ts';
import { idempotencyKey } from './linkage.ts';
import { IdParams } from '../route-shapes.ts';

const ActionView = Type.Object({
  id: Type.String(),
  approvalId: Type.String(),
  action: Type.String(),
  state: Type.String(),
  requestedBy: Type.String(),
});

export const licenseActionRoutes: FastifyPluginAsyncTypebox<{ ctx: HubContext; dispatcher?: Dispatcher }> = async (
  app,
  { ctx, dispatcher },
) => {
  app.post(
    '/api/v1/license-actions',
    {
      schema: {
        tags: ['license actions'],
        summary:
          '函告：请求变更 / 撤回 / 撤销 / 注销 / 不予延期 / 换证，以文书号和持有人代码指明许可，附处罚依据及结果（001 §7(二)3，002 §15）',
        security: SECURED,
        headers: Type.Object({ 'idempotency-key': Type.String({ minLength: 8, maxLength: 200 }) }),
        body: LicenseActionRequest,
        response: { 200: ActionView, 201: ActionView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const { action, replayed } = await requestLicenseAction(
        ctx,
        req.body,
        idempotencyKey(req),
        requireActor(req, 'system'),
      );
      dispatcher?.kick();
      return reply.status(replayed ? 200 : 201).send({
        id: action.id,
        approvalId: action.approval_id,
        action: action.action,
        state: action.state,
        requestedBy: action.requested_by,
      });
    },
  );

  app.post(
    '/api/v1/license-actions/:id/decision',
    {
      schema: {
        tags: ['license actions'],
        summary: '审批局审核并作出处理决定；决定回推监管部门，并生成致原申请人函',
        security: SECURED,
        params: IdParams,
        body: Type.Object({ approve: Type.Boolean(), reason: NonEmpty('理由', 4000) }),
        response: {
          200: Type.Object({
            id: Type.String(),
            state: Type.String(),
            letterId: Type.Union([Type.String(), Type.Null()]),
          }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (req) => {
      const result = await decideLicenseAction(ctx, req.params.id, req.body, requireActor(req));
      dispatcher?.kick();
      return result;
    },
  );

  app.post(
    '/api/v1/revocation-requests',
    {
      schema: {
        tags: ['license actions'],
        summary: '利害关系人请求撤销许可：登记并发起联合调查（002 §15）',
        security: SECURED,
        body: Type.Object({
          licenseDocumentNumber: NonEmpty('许可文书号', 100),
          counterpartCode: NonEmpty('许可持有人代码（统一社会信用代码或证件号码）', 50),
          requester: Type.Object({
            name: NonEmpty('请求人', 200),
            contact: Type.Optional(Type.String({ maxLength: 200 })),
          }),
          grounds: NonEmpty('请求理由', 4000),
        }),
        response: {
          201: Type.Object({ id: Type.String(), approvalId: Type.String(), investigators: Type.Array(Type.String()) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (req, reply) => {
      const result = await openRevocationRequest(ctx, req.body, requireActor(req));
      dispatcher?.kick();
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/api/v1/revocation-requests/:id/findings',
    {
      schema: {
        tags: ['license actions'],
        summary: '联合调查：记录核实情况',
        security: SECURED,
        params: IdParams,
        body: Type.Object({ text: NonEmpty('核实情况', 8000) }),
        response: {
          200: Type.Object({ id: Type.String(), findings: Type.Array(Type.Unknown()) }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (req) => addRevocationFinding(ctx, req.params.id, req.body.text, requireActor(req)),
  );

  app.post(
    '/api/v1/revocation-requests/:id/answer',
    {
      schema: {
        tags: ['license actions'],
        summary: '书面答复利害关系人；决定撤销的，同时撤销许可',
        security: SECURED,
        params: IdParams,
        body: Type.Object({ outcome: StringEnum(['revoke', 'dismiss'] as const), answer: NonEmpty('书面答复', 8000) }),
        response: {
          200: Type.Object({
            id: Type.String(),
            state: Type.String(),
            outcome: Type.String(),
            letterId: Type.String(),
          }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (req) => answerRevocationRequest(ctx, req.params.id, req.body, requireActor(req)),
  );
};
