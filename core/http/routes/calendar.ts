import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { isIsoDate } from '../../calendar/china-time.ts';
import { calendarStatus } from '../../calendar/calendar-status.ts';
import { formatNoticeSchedule, parseNotice } from '../../calendar/notice-parse.ts';
import { parseScheduleFile } from '../../calendar/schedule-file.ts';
import { decodeText } from '../../files/decode-text.ts';
import { provisionalNote } from '../../calendar/working-calendar.ts';
import { HubError } from '../../errors/hub-error.ts';
import type { HubContext } from '../../hub-context.ts';
import { loadScheduleAndRecompute } from '../../deadlines/load-schedule.ts';
import { IsoDate, IsoDateTime, StringEnum } from '../../schema/common.ts';
import { requireActor, SECURED } from '../auth.ts';

const YearSummary = Type.Object({
  year: Type.Integer(),
  source: Type.String(),
  holidays: Type.Integer(),
  workdays: Type.Integer(),
});

/** What loading a year changed: deadlines recomputed per kind, acts reversed or re-dated. */
const RecomputeReportSchema = Type.Object({
  deliveries: Type.Integer(),
  inquiries: Type.Integer(),
  commitments: Type.Integer(),
  specialReviews: Type.Integer(),
  reversed: Type.Integer(),
  redated: Type.Integer(),
  noticesShort: Type.Integer({ description: '勘验、听证或联络员变更的提前通知不足（001 §10(四)、003 §8）' }),
  liaisons: Type.Integer({ description: '重新核对的联络员变更（003 §8）' }),
  lettersWithdrawn: Type.Integer({ description: '因撤回而不再出具的待出具文书' }),
  withdrawalNotices: Type.Integer({ description: '为已出具文书排队的撤回告知函' }),
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
            /** The year is not loaded: the statutory floor decided (暂定). */
            assumed: Type.Boolean(),
            provisional: Type.Boolean(),
            name: Type.Optional(Type.String()),
            note: Type.Optional(Type.Object({ zh: Type.String(), en: Type.String() })),
          }),
          422: { $ref: 'ErrorBody#' },
        },
      },
    },
    async (req) => {
      const c = ctx.calendar.current.classify(req.params.date);
      const year = Number(req.params.date.slice(0, 4));
      return {
        date: req.params.date,
        ...c,
        provisional: c.assumed,
        ...(c.assumed && { note: provisionalNote([year]) }),
      };
    },
  );

  app.get(
    '/api/v1/calendar/deadline',
    {
      schema: {
        tags: ['calendar'],
        summary: '工作日期限：事件当日不计，第 N 个工作日 24:00（北京时间）截止；未载入年份按法定最低安排暂定',
        querystring: Type.Object({
          from: Type.Union([IsoDate, IsoDateTime], { description: 'YYYY-MM-DD 或 ISO 时刻（不存在的日期被拒绝）' }),
          days: Type.Integer({ minimum: 1, maximum: 365 }),
        }),
        response: {
          200: Type.Object({
            lastDay: Type.String(),
            dueAt: Type.String({ format: 'date-time' }),
            dueAtLocal: Type.String(),
            /** 暂定: the period crosses a year not loaded; computed on the statutory floor. */
            provisional: Type.Boolean(),
            floorYears: Type.Array(Type.Integer()),
            note: Type.Optional(Type.Object({ zh: Type.String(), en: Type.String() })),
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
      return { ...d, dueAt: d.dueAt.toISOString(), ...(d.provisional && { note: provisionalNote(d.floorYears) }) };
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
        response: {
          200: Type.Composite([YearSummary, Type.Object({ recomputed: RecomputeReportSchema })]),
          400: { $ref: 'ErrorBody#' },
        },
      },
    },
    async (req) => {
      const actor = requireActor(req, 'admin');
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.from(JSON.stringify(req.body));
      const schedule = parseScheduleFile(bytes, `upload.${req.query.format}`, req.query.year, req.query.source);
      const { year, recomputed } = await loadScheduleAndRecompute(ctx, schedule, actor);
      return { ...year, recomputed };
    },
  );

  app.post(
    '/api/v1/calendar/notices',
    {
      schema: {
        tags: ['calendar'],
        summary: '导入国务院办公厅节假日安排通知原文：preview=true 只显示读出的安排，确认后 preview=false 载入',
        security: SECURED,
        querystring: Type.Object({ preview: Type.Boolean({ default: true }) }),
        consumes: ['text/plain', 'application/octet-stream'],
        response: {
          200: Type.Object({
            preview: Type.Boolean(),
            year: Type.Integer(),
            source: Type.String(),
            documentNumber: Type.Optional(Type.String()),
            days: Type.Array(Type.Object({ date: Type.String(), kind: Type.String(), name: Type.String() })),
            outside: Type.Array(Type.Object({ date: Type.String(), kind: Type.String(), name: Type.String() })),
            text: Type.String({ description: '读出的安排，供核对' }),
            recomputed: Type.Optional(RecomputeReportSchema),
          }),
          400: { $ref: 'ErrorBody#' },
        },
      },
    },
    async (req) => {
      const actor = requireActor(req, 'admin');
      const text = Buffer.isBuffer(req.body) ? decodeText(req.body).text : String(req.body ?? '');
      const schedule = parseNotice(text);
      const shown = {
        year: schedule.year,
        source: schedule.source,
        documentNumber: schedule.documentNumber,
        days: schedule.days,
        outside: schedule.outside,
        text: formatNoticeSchedule(schedule),
      };
      if (req.query.preview) return { preview: true, ...shown };
      const { recomputed } = await loadScheduleAndRecompute(ctx, schedule, actor, { noticeText: text });
      return { preview: false, ...shown, recomputed };
    },
  );

  app.get(
    '/api/v1/calendar/status',
    {
      schema: {
        tags: ['calendar'],
        summary: '节假日安排载入情况；本年或明年（自 calendar.nextYearWarningFrom 起）未载入时提醒',
        response: {
          200: Type.Object({
            today: Type.String(),
            warnFrom: Type.String(),
            years: Type.Array(YearSummary),
            currentYearLoaded: Type.Boolean(),
            nextYearLoaded: Type.Boolean(),
            warnings: Type.Array(Type.Object({ year: Type.Integer(), zh: Type.String(), en: Type.String() })),
          }),
        },
      },
    },
    async () => calendarStatus(ctx),
  );
};
