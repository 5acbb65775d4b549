import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { missingScheduleWarnings } from '../../calendar/calendar-status.ts';
import { HubError } from '../../errors/hub-error.ts';
import type { HubContext } from '../../hub-context.ts';
import { isReachable } from '../../storage/open-store.ts';

export const healthRoutes: FastifyPluginAsyncTypebox<{ ctx: HubContext }> = async (app, { ctx }) => {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['health'],
        summary: '进程存活；附带需要处理的提醒（如明年节假日安排未载入）',
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            warnings: Type.Optional(
              Type.Array(
                Type.Object({ code: Type.String(), year: Type.Integer(), zh: Type.String(), en: Type.String() }),
              ),
            ),
          }),
        },
      },
    },
    async () => {
      // Alive, but with something an operator must do before it bites (deadlines into the year are 暂定).
      const warnings = missingScheduleWarnings(ctx).map((w) => ({ code: 'CALENDAR_YEAR_NOT_LOADED', ...w }));
      return { status: 'ok' as const, ...(warnings.length && { warnings }) };
    },
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: '可以服务（数据库可达）',
        response: {
          200: Type.Object({ status: Type.Literal('ready'), profile: Type.String() }),
          503: { $ref: 'ErrorBody#' },
        },
      },
    },
    async () => {
      if (!(await isReachable(ctx.db))) throw new HubError('DATABASE_UNAVAILABLE');
      return { status: 'ready' as const, profile: ctx.profile.id };
    },
  );
};
