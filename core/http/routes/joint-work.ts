import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Static, Type } from '@sinclair/typebox';
import type { Dispatcher } from '../../delivery/dispatcher.ts';
import type { HubContext } from '../../hub-context.ts';
import { drawExperts, drawInspection, verifyDraw, type DrawRow } from '../../joint/draws.ts';
import { addExpert, listPool } from '../../joint/experts.ts';
import { getInquiry, replyToInquiry, sendInquiry, type InquiryRow } from '../../joint/inquiries.ts';
import { Code, InstantOut, NonEmpty, StringEnum } from '../../schema/common.ts';
import { Inquiry } from '../../schema/linkage.ts';
import { requireActor, requireDepartment, SECURED } from '../auth.ts';
import { errorResponses } from '../error-handler.ts';
import { IdParams, stepOn } from '../route-shapes.ts';

const PoolEnum = StringEnum(['think-tank', 'site-survey'] as const, {
  description: 'think-tank 审管专家智囊团 / site-survey 现场勘验专家库',
});

const InquiryView = Type.Object({
  id: Type.String(),
  from: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  question: Type.String(),
  state: Type.String({ description: 'open 待答复 / replied 已答复 / deemed-consent 逾期视为同意' }),
  dueAt: InstantOut,
  deadlineProvisional: Type.Boolean(),
  answer: Type.Union([Type.String(), Type.Null()]),
  repliedAt: Type.Union([InstantOut, Type.Null()]),
});
const inquiryView = (r: InquiryRow) => ({
  id: r.id,
  from: r.from_department,
  to: r.to_department,
  subject: r.subject,
  question: r.question,
  state: r.state,
  dueAt: r.due_at,
  deadlineProvisional: r.deadline_provisional,
  answer: r.answer,
  repliedAt: r.replied_at,
});

const DrawView = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  purpose: Type.String(),
  algorithm: Type.String(),
  seed: Type.String(),
  candidates: Type.Union(
    [
      Type.Array(Type.Object({ id: Type.String(), name: Type.String(), department: Type.String() }), {
        description: '专家抽取：候选专家（按编号排序）',
      }),
      Type.Object(
        {
          entities: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
          inspectors: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
        },
        { description: '双随机：检查对象与执法人员名录' },
      ),
    ],
    { description: '抽取时的候选名单，按记录顺序' },
  ),
  excluded: Type.Array(Type.Object({ id: Type.String(), reason: Type.String() }), { description: '回避及理由' }),
  result: Type.Union([
    Type.Array(Type.String(), { description: '专家抽取：抽中的专家编号' }),
    Type.Array(Type.Object({ entity: Type.String(), inspectors: Type.Array(Type.String()) }), {
      description: '双随机：每个检查对象及匹配的执法人员编号',
    }),
  ]),
  prevHash: Type.String(),
  hash: Type.String(),
  createdAt: InstantOut,
  createdBy: Type.String(),
});
const drawView = (d: DrawRow) => ({
  id: d.id,
  kind: d.kind,
  purpose: d.purpose,
  algorithm: d.algorithm,
  seed: d.seed,
  // stored as JSON by recordDraw in exactly these shapes (core/joint/draws.ts)
  candidates: d.candidates as Static<typeof DrawView>['candidates'],
  excluded: d.excluded as Static<typeof DrawView>['excluded'],
  result: d.result as Static<typeof DrawView>['result'],
  prevHash: d.prev_hash,
  hash: d.hash,
  createdAt: d.created_at,
  createdBy: d.created_by,
});

export const jointWorkRoutes: FastifyPluginAsyncTypebox<{ ctx: HubContext; dispatcher?: Dispatcher }> = async (
  app,
  { ctx, dispatcher },
) => {
  app.post(
    '/api/v1/inquiries',
    {
      schema: {
        tags: ['joint work'],
        summary: '函询：逾期不答复视为同意（001 §12）',
        security: SECURED,
        body: Inquiry,
        response: { 201: InquiryView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const row = await sendInquiry(ctx, req.body, requireActor(req));
      dispatcher?.kick();
      return reply.status(201).send(inquiryView(row));
    },
  );

  app.get(
    '/api/v1/inquiries/:id',
    {
      schema: {
        tags: ['joint work'],
        summary: '函询详情',
        security: SECURED,
        params: IdParams,
        response: { 200: InquiryView, ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => inquiryView(await getInquiry(ctx, req.params.id, requireActor(req))),
  );

  app.post(
    '/api/v1/inquiries/:id/reply',
    stepOn('joint work', {
      summary: '答复函询',
      body: Type.Object({ answer: NonEmpty('答复', 8000) }),
      view: InquiryView,
    }),
    async (req) => inquiryView(await replyToInquiry(ctx, req.params.id, req.body.answer, requireActor(req))),
  );

  app.post(
    '/api/v1/experts',
    {
      schema: {
        tags: ['joint work'],
        summary: '推荐专家入库（本部门或管理员）',
        security: SECURED,
        body: Type.Object({
          department: Code,
          pool: PoolEnum,
          name: NonEmpty('姓名', 50),
          title: Type.Optional(Type.String({ maxLength: 100 })),
          phone: Type.Optional(Type.String({ maxLength: 30 })),
        }),
        response: {
          201: Type.Object({ id: Type.String(), department: Type.String(), pool: Type.String(), name: Type.String() }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (req, reply) => {
      const actor = requireDepartment(req, req.body.department);
      return reply.status(201).send(await addExpert(ctx, req.body, actor));
    },
  );

  app.get(
    '/api/v1/experts',
    {
      schema: {
        tags: ['joint work'],
        summary: '专家库成员及人数提示（智囊团每部门 2–3 名，现场勘验专家库 1–2 名）',
        security: SECURED,
        querystring: Type.Object({ pool: PoolEnum }),
        response: {
          200: Type.Object({
            pool: Type.String(),
            members: Type.Array(
              Type.Object({
                id: Type.String(),
                department: Type.String(),
                name: Type.String(),
                title: Type.Union([Type.String(), Type.Null()]),
              }),
            ),
            warnings: Type.Array(
              Type.Object({
                code: Type.Optional(Type.String()),
                field: Type.Optional(Type.String()),
                zh: Type.String(),
                en: Type.String(),
              }),
            ),
          }),
          ...errorResponses(401),
        },
      },
    },
    async (req) => {
      requireActor(req);
      return listPool(ctx, req.query.pool);
    },
  );

  const Exclusions = {
    excludeExperts: Type.Optional(
      Type.Array(Type.Object({ id: Type.String({ maxLength: 100 }), reason: NonEmpty('回避理由', 500) }), {
        maxItems: 200,
      }),
    ),
    excludeDepartments: Type.Optional(
      Type.Array(Type.Object({ code: Code, reason: NonEmpty('回避理由', 500) }), { maxItems: 100 }),
    ),
  };

  app.post(
    '/api/v1/draws/experts',
    {
      schema: {
        tags: ['joint work'],
        summary: '随机抽取专家：记录种子、候选名单和算法，任何人可复核（管理员）',
        security: SECURED,
        body: Type.Object({
          pool: PoolEnum,
          count: Type.Integer({ minimum: 1, maximum: 50 }),
          purpose: NonEmpty('抽取事由，如 approval:<id>', 200),
          ...Exclusions,
          recentDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
          redrawReason: Type.Optional(NonEmpty('重新抽取理由', 1000)),
        }),
        response: { 201: DrawView, ...errorResponses(400, 401, 403, 409, 422) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(drawView(await drawExperts(ctx, req.body, requireActor(req, 'admin')))),
  );

  app.post(
    '/api/v1/draws/inspections',
    {
      schema: {
        tags: ['joint work'],
        summary: '双随机：随机抽取检查对象，每个对象随机匹配至少两名执法人员',
        security: SECURED,
        body: Type.Object({
          purpose: NonEmpty('抽查任务', 200),
          entities: Type.Array(Type.Object({ id: NonEmpty('对象编号', 100), name: NonEmpty('对象名称', 200) }), {
            minItems: 1,
            maxItems: 10_000,
          }),
          entityCount: Type.Integer({ minimum: 1, maximum: 10_000 }),
          inspectors: Type.Array(Type.Object({ id: NonEmpty('执法人员编号', 100), name: NonEmpty('姓名', 50) }), {
            minItems: 2,
            maxItems: 5_000,
          }),
          inspectorsPerEntity: Type.Integer({ minimum: 2, maximum: 20 }),
          redrawReason: Type.Optional(NonEmpty('重新抽取理由', 1000)),
        }),
        response: { 201: DrawView, ...errorResponses(400, 401, 403, 409, 422) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(drawView(await drawInspection(ctx, req.body, requireActor(req, 'system')))),
  );

  app.get(
    '/api/v1/draws/:id/verify',
    {
      schema: {
        tags: ['joint work'],
        summary: '复核抽取：按记录的种子重新抽取并检查记录链',
        params: IdParams,
        response: {
          200: Type.Object({
            valid: Type.Boolean(),
            checks: Type.Array(
              Type.Object({ check: Type.String(), ok: Type.Boolean(), zh: Type.String(), en: Type.String() }),
            ),
          }),
          ...errorResponses(404),
        },
      },
    },
    async (req) => verifyDraw(ctx, req.params.id),
  );
};
