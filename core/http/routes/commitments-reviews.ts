import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Actor } from '../../audit/actor.ts';
import {
  commitmentFigures,
  overdueVerifications,
  recordCommitment,
  recordVerification,
  reportFalseCommitment,
  type CommitmentRow,
} from '../../commitments/commitments.ts';
import type { Dispatcher } from '../../delivery/dispatcher.ts';
import { findDepartment } from '../../departments/department-store.ts';
import type { HubContext } from '../../hub-context.ts';
import { monthBounds } from '../../linkage/accountability.ts';
import { advanceHistoricalReview, openHistoricalReview } from '../../reviews/historical-reviews.ts';
import { conveneMeeting, recordMinutes } from '../../reviews/joint-meetings.ts';
import {
  assignSpecialReview,
  concludeSpecialReview,
  openSpecialReview,
  signSurveyReport,
  writeSurveyReport,
  type SpecialReviewRow,
} from '../../reviews/special-reviews.ts';
import { SPECIAL_REVIEW_PROCEDURES } from '../../schema/catalogue.ts';
import { Attachment, Code, InstantOut, NonEmpty, StringEnum } from '../../schema/common.ts';
import { ApprovalDecision, Commitment } from '../../schema/linkage.ts';
import { Counterpart } from '../../schema/party.ts';
import { requireActor, SECURED } from '../auth.ts';
import { errorResponses } from '../error-handler.ts';
import { approvalView } from '../views.ts';
import { idempotencyKey } from './linkage.ts';

const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
const Any = Type.Unknown();

async function isBureau(ctx: HubContext, actor: Actor): Promise<boolean> {
  return Boolean(actor.department) && (await findDepartment(ctx.db, actor.department!))?.kind === 'bureau';
}

const commitmentView = (c: CommitmentRow) => ({
  id: c.id,
  approvalId: c.approval_id,
  matterCode: c.matter_code,
  counterpartKey: c.counterpart_key,
  verificationMode: c.verification_mode,
  state: c.state,
  verificationDueAt: c.verification_due_at,
  rectificationDueAt: c.rectification_due_at,
  checks: c.checks,
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
  checks: Type.Array(Any),
});
const reviewView = (r: SpecialReviewRow) => ({
  id: r.id,
  applicationRef: r.application_ref,
  matterCode: r.matter_code,
  procedure: r.procedure,
  handling: r.handling,
  department: r.department,
  thirdParty: r.third_party,
  scheduledFor: r.scheduled_for,
  conclusionDueAt: r.conclusion_due_at,
  state: r.state,
  assignee: r.assignee,
  conclusion: r.conclusion,
  report: r.report,
  approvalId: r.approval_id,
});
const ReviewView = Type.Object({
  id: Type.String(),
  applicationRef: Type.String(),
  matterCode: Type.String(),
  procedure: Type.String(),
  handling: Type.String({ description: 'independent 独立 / joint 联合（联办通知单）/ entrusted 委托（委托书）' }),
  department: Type.Union([Type.String(), Type.Null()]),
  thirdParty: Type.Union([Type.String(), Type.Null()]),
  scheduledFor: Type.Union([InstantOut, Type.Null()]),
  conclusionDueAt: Type.Union([InstantOut, Type.Null()]),
  state: Type.String(),
  assignee: Type.Union([Type.String(), Type.Null()]),
  conclusion: Any,
  report: Any,
  approvalId: Type.Union([Type.String(), Type.Null()]),
});

export const commitmentAndReviewRoutes: FastifyPluginAsyncTypebox<{
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
          201: Type.Object({ commitment: CommitmentView, approval: Any }),
          200: Type.Object({ commitment: CommitmentView, approval: Any }),
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
    {
      schema: {
        tags: ['commitments'],
        summary: '后置核验结果（兑现 / 未兑现）；未兑现限期整改，逾期仍未兑现的撤销',
        security: SECURED,
        params: IdParams,
        body: Type.Object({ met: Type.Boolean(), findings: NonEmpty('核验情况', 4000) }),
        response: { 200: CommitmentView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
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

  app.post(
    '/api/v1/special-reviews',
    {
      schema: {
        tags: ['special reviews'],
        summary:
          '发起特别审查程序：按目录独立实施，或以联办通知单 / 委托书推送监管部门（003 §9(二)，§13）；勘验、听证须提前对接（001 §10–11）',
        security: SECURED,
        body: Type.Object({
          applicationRef: NonEmpty('受理编号', 100),
          matterCode: Code,
          procedure: StringEnum(SPECIAL_REVIEW_PROCEDURES),
          materials: Type.Array(Attachment, { default: [], maxItems: 100 }),
          scheduledFor: Type.Optional(Type.String({ format: 'date-time' })),
          conclusionWithinDays: Type.Integer({ minimum: 1, maximum: 120, description: '结论时限（工作日）' }),
        }),
        response: { 201: ReviewView, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (req, reply) => {
      const row = await openSpecialReview(ctx, req.body, requireActor(req, 'admin'));
      dispatcher?.kick();
      return reply.status(201).send(reviewView(row));
    },
  );

  app.post(
    '/api/v1/special-reviews/:id/assign',
    {
      schema: {
        tags: ['special reviews'],
        summary: '联络员分派承办人员',
        security: SECURED,
        params: IdParams,
        body: Type.Object({ assignee: NonEmpty('承办人', 100) }),
        response: { 200: ReviewView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => reviewView(await assignSpecialReview(ctx, req.params.id, req.body.assignee, requireActor(req))),
  );

  app.post(
    '/api/v1/special-reviews/:id/conclusion',
    {
      schema: {
        tags: ['special reviews'],
        summary: '审查结论（在时限内推送审批局）',
        security: SECURED,
        params: IdParams,
        body: Type.Object({ passed: Type.Boolean(), conclusion: NonEmpty('审查结论', 8000) }),
        response: { 200: ReviewView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return reviewView(await concludeSpecialReview(ctx, req.params.id, req.body, actor, await isBureau(ctx, actor)));
    },
  );

  app.post(
    '/api/v1/special-reviews/:id/report',
    {
      schema: {
        tags: ['special reviews'],
        summary: '现场勘验评审报告（审批局出具）',
        security: SECURED,
        params: IdParams,
        body: Type.Object({ findings: NonEmpty('勘验评审意见', 8000) }),
        response: { 200: ReviewView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) =>
      reviewView(await writeSurveyReport(ctx, req.params.id, req.body.findings, requireActor(req, 'admin'))),
  );

  app.post(
    '/api/v1/special-reviews/:id/report/sign',
    {
      schema: {
        tags: ['special reviews'],
        summary: '勘验报告签字确认（审批局与监管部门各自签署）',
        security: SECURED,
        params: IdParams,
        body: Type.Object({ name: NonEmpty('签字人', 50) }),
        response: { 200: ReviewView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const party = (await isBureau(ctx, actor)) ? 'bureau' : 'department';
      return reviewView(await signSurveyReport(ctx, req.params.id, { party, name: req.body.name }, actor));
    },
  );

  app.post(
    '/api/v1/historical-reviews',
    {
      schema: {
        tags: ['special reviews'],
        summary: '行政许可历史遗留问题：监管部门出具书面审核意见 → 整改 → 核验 → 审批局处理（001 §13）',
        security: SECURED,
        body: Type.Object({
          matterCode: Code,
          department: Code,
          counterpart: Counterpart,
          description: NonEmpty('问题描述', 8000),
        }),
        response: { 201: Type.Object({ id: Type.String(), state: Type.String() }), ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const row = await openHistoricalReview(ctx, req.body, requireActor(req, 'admin'));
      return reply.status(201).send({ id: row.id, state: row.state });
    },
  );

  app.post(
    '/api/v1/historical-reviews/:id/:step',
    {
      schema: {
        tags: ['special reviews'],
        summary: '历史遗留问题的下一步：opinion 书面意见 / rectified 整改完成 / verified 核验 / decided 处理决定',
        security: SECURED,
        params: Type.Object({
          id: Type.String({ maxLength: 100 }),
          step: StringEnum(['opinion', 'rectified', 'verified', 'decided'] as const),
        }),
        body: Type.Object({
          text: NonEmpty('内容', 8000),
          requiresRectification: Type.Optional(Type.Boolean()),
          passed: Type.Optional(Type.Boolean()),
        }),
        response: {
          200: Type.Object({ id: Type.String(), state: Type.String(), steps: Type.Array(Any) }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await advanceHistoricalReview(
        ctx,
        req.params.id,
        req.params.step,
        req.body,
        actor,
        await isBureau(ctx, actor),
      );
      return { id: row.id, state: row.state, steps: row.steps };
    },
  );

  app.post(
    '/api/v1/joint-meetings',
    {
      schema: {
        tags: ['special reviews'],
        summary: '召集联席会议（重要审批事项会商）',
        security: SECURED,
        body: Type.Object({
          title: NonEmpty('会议名称', 200),
          scheduledFor: Type.String({ format: 'date-time' }),
          attendees: Type.Array(Code, { minItems: 1, maxItems: 100 }),
          approvals: Type.Array(Type.String({ maxLength: 100 }), { default: [], maxItems: 100 }),
          agenda: NonEmpty('议题', 4000),
        }),
        response: { 201: Type.Object({ id: Type.String(), state: Type.String() }), ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => reply.status(201).send(await conveneMeeting(ctx, req.body, requireActor(req, 'admin'))),
  );

  app.post(
    '/api/v1/joint-meetings/:id/minutes',
    {
      schema: {
        tags: ['special reviews'],
        summary: '会议纪要与决定（决定关联审批信息）',
        security: SECURED,
        params: IdParams,
        body: Type.Object({
          minutes: NonEmpty('纪要', 20000),
          decisions: Type.Array(
            Type.Object({ text: NonEmpty('决定', 2000), approvalId: Type.Optional(Type.String({ maxLength: 100 })) }),
            { maxItems: 100 },
          ),
        }),
        response: {
          200: Type.Object({ id: Type.String(), state: Type.String(), decisions: Type.Array(Any) }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (req) => recordMinutes(ctx, req.params.id, req.body, requireActor(req, 'admin')),
  );
};
