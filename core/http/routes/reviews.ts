import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Static, Type } from '@sinclair/typebox';
import type { Dispatcher } from '../../delivery/dispatcher.ts';
import type { HubContext } from '../../hub-context.ts';
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
import { Counterpart } from '../../schema/party.ts';
import { requireActor, SECURED } from '../auth.ts';
import { errorResponses } from '../error-handler.ts';

import { isBureau } from './bureau.ts';
import { IdParams, stepOn } from '../route-shapes.ts';

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
  // written by core/reviews/special-reviews.ts in these shapes
  conclusion: r.conclusion as Static<typeof ReviewView>['conclusion'],
  report: r.report as Static<typeof ReviewView>['report'],
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
  conclusion: Type.Union([
    Type.Object({
      passed: Type.Boolean(),
      conclusion: Type.String(),
      by: Type.String(),
      at: Type.String({ format: 'date-time' }),
      onTime: Type.Boolean({ description: '是否在时限内出具' }),
    }),
    Type.Null(),
  ]),
  report: Type.Union([
    Type.Object({
      findings: Type.String(),
      signatures: Type.Array(
        Type.Object({
          party: StringEnum(['bureau', 'department'] as const),
          name: Type.String(),
          by: Type.String(),
          at: Type.String({ format: 'date-time' }),
        }),
      ),
      complete: Type.Optional(Type.Boolean({ description: '审批局与监管部门均已签字' })),
    }),
    Type.Null(),
  ]),
  approvalId: Type.Union([Type.String(), Type.Null()]),
});

const HistoricalSteps = Type.Array(
  Type.Object({
    step: Type.String(),
    at: Type.String({ format: 'date-time' }),
    by: Type.String(),
    text: Type.String(),
    requiresRectification: Type.Optional(Type.Boolean()),
    passed: Type.Optional(Type.Boolean()),
  }),
);

/** Special reviews (003 §11–13), historical license issues (001 §13) and joint meetings (001 §5(8)). */
export const reviewRoutes: FastifyPluginAsyncTypebox<{
  ctx: HubContext;
  dispatcher?: Dispatcher;
}> = async (app, { ctx, dispatcher }) => {
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
          applicant: Type.Optional(NonEmpty('申请人名称', 200)),
          site: Type.Optional(NonEmpty('勘验、核查地点', 300)),
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
    stepOn('special reviews', {
      summary: '联络员分派承办人员',
      body: Type.Object({ assignee: NonEmpty('承办人', 100) }),
      view: ReviewView,
    }),
    async (req) => reviewView(await assignSpecialReview(ctx, req.params.id, req.body.assignee, requireActor(req))),
  );

  app.post(
    '/api/v1/special-reviews/:id/conclusion',
    stepOn('special reviews', {
      summary: '审查结论（在时限内推送审批局）',
      body: Type.Object({ passed: Type.Boolean(), conclusion: NonEmpty('审查结论', 8000) }),
      view: ReviewView,
    }),
    async (req) => {
      const actor = requireActor(req);
      return reviewView(await concludeSpecialReview(ctx, req.params.id, req.body, actor, await isBureau(ctx, actor)));
    },
  );

  app.post(
    '/api/v1/special-reviews/:id/report',
    stepOn('special reviews', {
      summary: '现场勘验评审报告（审批局出具）',
      body: Type.Object({ findings: NonEmpty('勘验评审意见', 8000) }),
      view: ReviewView,
    }),
    async (req) =>
      reviewView(await writeSurveyReport(ctx, req.params.id, req.body.findings, requireActor(req, 'admin'))),
  );

  app.post(
    '/api/v1/special-reviews/:id/report/sign',
    stepOn('special reviews', {
      summary: '勘验报告签字确认（审批局与监管部门各自签署）',
      body: Type.Object({ name: NonEmpty('签字人', 50) }),
      view: ReviewView,
      also: [422],
    }),
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
          200: Type.Object({ id: Type.String(), state: Type.String(), steps: HistoricalSteps }),
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
      // each step as advanceHistoricalReview appends it
      return { id: row.id, state: row.state, steps: row.steps as Static<typeof HistoricalSteps> };
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
          200: Type.Object({
            id: Type.String(),
            state: Type.String(),
            decisions: Type.Array(Type.Object({ text: Type.String(), approvalId: Type.Optional(Type.String()) })),
          }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (req) => recordMinutes(ctx, req.params.id, req.body, requireActor(req, 'admin')),
  );
};
