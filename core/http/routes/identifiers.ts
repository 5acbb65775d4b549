import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { shanghaiDate } from '../../calendar/china-time.ts';
import type { HubContext } from '../../hub-context.ts';
import { checkIdentifier } from '../../identifiers/index.ts';
import { StringEnum } from '../../schema/common.ts';

export const identifierRoutes: FastifyPluginAsyncTypebox<{ ctx: HubContext }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/identifiers/:code',
    {
      schema: {
        tags: ['identifiers'],
        summary: '校验统一社会信用代码或居民身份证号码',
        params: Type.Object({ code: Type.String({ maxLength: 40 }) }),
        querystring: Type.Object({ kind: Type.Optional(StringEnum(['uscc', 'id-number'] as const)) }),
        response: {
          200: Type.Object({
            code: Type.String(),
            kind: StringEnum(['uscc', 'id-number'] as const),
            valid: Type.Boolean(),
            reason: Type.Optional(Type.String()),
            zh: Type.String(),
            en: Type.String(),
          }),
        },
      },
    },
    async (req) => ({
      code: req.params.code,
      ...checkIdentifier(req.params.code, shanghaiDate(ctx.clock.now()), req.query.kind),
    }),
  );
};
