import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { saveSchedule } from '../../calendar/calendar-store.ts';
import { isIsoDate } from '../../calendar/china-time.ts';
import { parseScheduleFile } from '../../calendar/schedule-file.ts';
import { HubError } from '../../errors/hub-error.ts';
import type { HubContext } from '../../hub-context.ts';
import { recomputeProvisionalDeadlines } from '../../linkage/deliveries.ts';
import { IsoDate, IsoDateTime, StringEnum } from '../../schema/common.ts';
import { requireActor, SECURED } from '../auth.ts';

const YearSummary = Type.Object({
  year: Type.Integer(),
  source: Type.String(),
  holidays: Type.Integer(),
  workdays: Type.Integer(),
});

export const calendarRoutes: FastifyPluginAsyncTypebox<{ ctx: HubContext }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/calendar/years',
    { schema: { tags: ['calendar'], summary: '已知节假日安排的年份', response: { 200: Type.Array(YearSummary) } } },
    async () => ctx.calendar.current.knownYears(),
  );

  app.get(
    '/api/v1/calendar/days/:date',
    {
      schema: {
        tags: ['calendar'],
        summary: '某日是否为工作日',
        params: Type.Object({ date: IsoDate }),
        response: {
          200: Type.Object({
            date: Type.String(),
            working: Type.Boolean(),
            assumed: Type.Boolean(),
            name: Type.Optional(Type.String()),
          }),
          422: { $ref: 'ErrorBody#' },
        },
      },
    },
    async (req) => ({ date: req.params.date, ...ctx.calendar.current.classify(req.params.date) }),
  );

  app.get(
    '/api/v1/calendar/deadline',
    {
      schema: {
        tags: ['calendar'],
        summary: '工作日期限：事件当日不计，第 N 个工作日 24:00（北京时间）截止',
        querystring: Type.Object({
          from: Type.Union([IsoDate, IsoDateTime], { description: 'YYYY-MM-DD 或 ISO 时刻（不存在的日期被拒绝）' }),
          days: Type.Integer({ minimum: 1, maximum: 365 }),
        }),
        response: {
          200: Type.Object({
            lastDay: Type.String(),
            dueAt: Type.String({ format: 'date-time' }),
            dueAtLocal: Type.String(),
            provisional: Type.Boolean(),
          }),
          422: { $ref: 'ErrorBody#' },
        },
      },
    },
    async (req) => {
      const { from, days } = req.query;
      const event = isIsoDate(from) ? from : new Date(from);
      if (typeof event !== 'string' && Number.isNaN(event.getTime())) {
        throw new HubError(
          'VALIDATION_FAILED',
          { count: 1 },
          {
            details: [
              { pointer: '/querystring/from', zh: 'from 应为日期或时刻', en: 'from must be a date or an instant' },
            ],
          },
        );
      }
      const d = ctx.calendar.current.deadline(event, days);
      return { ...d, dueAt: d.dueAt.toISOString() };
    },
  );

  app.post(
    '/api/v1/calendar/years',
    {
      schema: {
        tags: ['calendar'],
        summary: '导入某年的节假日安排（JSON 或 CSV：日期,类型,名称）',
        security: SECURED,
        querystring: Type.Object({
          format: StringEnum(['json', 'csv'] as const, { default: 'json' }),
          year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
          source: Type.Optional(Type.String({ maxLength: 200 })),
        }),
        consumes: ['application/json', 'text/csv', 'application/octet-stream'],
        response: { 200: YearSummary, 400: { $ref: 'ErrorBody#' } },
      },
    },
    async (req) => {
      const actor = requireActor(req, 'admin');
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.from(JSON.stringify(req.body));
      const schedule = parseScheduleFile(bytes, `upload.${req.query.format}`, req.query.year, req.query.source);
      await saveSchedule(ctx.db, schedule, actor, ctx.clock.now());
      const cal = await ctx.calendar.refresh();
      await recomputeProvisionalDeadlines(ctx);
      return cal.knownYears().find((y) => y.year === schedule.year)!;
    },
  );
};
