import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Static, Type } from '@sinclair/typebox';
import {
  commitmentFigures,
  overdueVerifications,
  recordCommitment,
  recordVerification,
  reportFalseCommitment,
  type CommitmentRow,
} from '../../commitments/commitments.ts';
import type { Dispatcher } from '../../delivery/dispatcher.ts';
import type { HubContext } from '../../hub-context.ts';
import { monthBounds } from '../../linkage/accountability.ts';
import { InstantOut, NonEmpty } from '../../schema/common.ts';
import { ApprovalDecision, Commitment } from '../../schema/linkage.ts';
import { requireActor, SECURED } from '../auth.ts';
import { errorResponses } from '../error-handler.ts';
import { ApprovalView, approvalView } from '../views.ts';
import { idempotencyKey } from './linkage.ts';
import { IdParams, stepOn } from '../route-shapes.ts';

const commitmentView = (c: CommitmentRow) => ({
  id: c.id,
  approvalId: c.approval_id,
  matterCode: c.matter_code,
  counterpartKey: c.counterpart_key,
  verificationMode: c.verification_mode,
  state: c.state,
  verificationDueAt: c.verification_due_at,
  rectificationDueAt: c.rectification_due_at,
  checks: c.checks as Static<typeof CommitmentView>['checks'], // appended by recordVerification in this shape
});
const CommitmentView = Type.Object({
  id: Type.String(),
  approvalId: Type.String(),
  matterCode: Type.String(),
  counterpartKey: Type.String(),
  verificationMode: Type.String(),
  state: Type.String({
    description:
      'no-check 免于现场核验 / verification-pending 待核验 / met 已兑现 / rectifying 限期整改 / revoked 已撤销',
  }),
  verificationDueAt: Type.Union([InstantOut, Type.Null()]),
  rectificationDueAt: Type.Union([InstantOut, Type.Null()]),
  checks: Type.Array(
    Type.Object({
      at: Type.String({ format: 'date-time' }),
      by: Type.String(),
      met: Type.Boolean(),
      findings: Type.String(),
      onTime: Type.Boolean(),
      result: Type.String({ description: '核验后的状态' }),
    }),
    { description: '后置核验记录，先后排列' },
  ),
});

/** 告知承诺 with post-verification (001 §8): record, verify, report a false commitment, overdue lists. */
export const commitmentRoutes: FastifyPluginAsyncTypebox<{
  ctx: HubContext;
  dispatcher?: Dispatcher;
}> = async (app, { ctx, dispatcher }) => {
  app.post(
    '/api/v1/commitments',
    {
      schema: {
        tags: ['commitments'],
        summary:
          '告知承诺：记录告知内容与签署的承诺书，当场作出的决定连同承诺书推送；后置核验事项 10 个工作日内核验（001 §8）',
        security: SECURED,
        headers: Type.Object({ 'idempotency-key': Type.String({ minLength: 8, maxLength: 200 }) }),
        body: Type.Object({ commitment: Commitment, approval: ApprovalDecision }),
        response: {
          201: Type.Object({ commitment: CommitmentView, approval: ApprovalView }),
          200: Type.Object({ commitment: CommitmentView, approval: ApprovalView }),
          ...errorResponses(400, 401, 403, 409, 422),
        },
      },
    },
    async (req, reply) => {
      const { commitment, approval } = await recordCommitment(
        ctx,
        req.body,
        idempotencyKey(req),
        requireActor(req, 'system'),
      );
      dispatcher?.kick();
      return reply.status(approval.replayed ? 200 : 201).send({
        commitment: commitmentView(commitment),
        approval: approvalView(approval.approval, approval.deliveries),
      });
    },
  );

  app.post(
    '/api/v1/commitments/:id/verification',
    stepOn('commitments', {
      summary: '后置核验结果（兑现 / 未兑现）；未兑现限期整改，逾期仍未兑现的撤销',
      body: Type.Object({ met: Type.Boolean(), findings: NonEmpty('核验情况', 4000) }),
      view: CommitmentView,
    }),
    async (req) => {
      const row = await recordVerification(ctx, req.params.id, req.body, requireActor(req));
      dispatcher?.kick();
      return commitmentView(row);
    },
  );

  app.post(
    '/api/v1/commitments/:id/false-commitment',
    {
      schema: {
        tags: ['commitments'],
        summary: '监管部门发现虚假承诺：以函告请求撤销',
        security: SECURED,
        params: IdParams,
        headers: Type.Object({ 'idempotency-key': Type.String({ minLength: 8, maxLength: 200 }) }),
        body: Type.Object({ findings: NonEmpty('查实情况', 4000), basis: NonEmpty('依据', 2000) }),
        response: {
          201: Type.Object({ licenseActionId: Type.String(), state: Type.String() }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (req, reply) => {
      const { action } = await reportFalseCommitment(
        ctx,
        req.params.id,
        req.body,
        idempotencyKey(req),
        requireActor(req, 'system'),
      );
      dispatcher?.kick();
      return reply.status(201).send({ licenseActionId: action.id, state: action.state });
    },
  );

  app.get(
    '/api/v1/commitments/overdue',
    {
      schema: {
        tags: ['commitments', 'accountability'],
        summary: '逾期未核验的告知承诺',
        security: SECURED,
        response: { 200: Type.Array(CommitmentView), ...errorResponses(401, 403) },
      },
    },
    async (req) => {
      requireActor(req, 'admin');
      return (await overdueVerifications(ctx)).map(commitmentView);
    },
  );

  app.get(
    '/api/v1/accountability/commitments',
    {
      schema: {
        tags: ['commitments', 'accountability'],
        summary: '某月告知承诺核验情况：按时核验、逾期核验、逾期未核验、整改中、已撤销',
        security: SECURED,
        querystring: Type.Object({ month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', maxLength: 7 }) }),
        response: {
          200: Type.Object({
            total: Type.Integer(),
            postVerification: Type.Integer(),
            verifiedOnTime: Type.Integer(),
            verifiedLate: Type.Integer(),
            overdue: Type.Integer(),
            rectifying: Type.Integer(),
            revoked: Type.Integer(),
          }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (req) => {
      requireActor(req, 'admin');
      const { from, to } = monthBounds(req.query.month);
      return commitmentFigures(ctx, from, to);
    },
  );
};
