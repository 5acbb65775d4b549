import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { HubError } from '../../errors/hub-error.ts';
import type { HubContext } from '../../hub-context.ts';
import { isReachable } from '../../storage/open-store.ts';

export const healthRoutes: FastifyPluginAsyncTypebox<{ ctx: HubContext }> = async (app, { ctx }) => {
  app.get(
    '/healthz',
    {
      schema: { tags: ['health'], summary: '进程存活', response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
    },
    async () => ({
      status: 'ok' as const,
    }),
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
