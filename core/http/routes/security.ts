import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { clearSignInBlocks, listSignInBlocks } from '../../accounts/sign-in-throttle.ts';
import type { HubContext } from '../../hub-context.ts';
import { requireActor, SECURED } from '../auth.ts';
import { errorResponses } from '../error-handler.ts';

export const securityRoutes: FastifyPluginAsyncTypebox<{ ctx: HubContext }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/receipts/public-key',
    {
      schema: {
        tags: ['security'],
        summary: '枢纽回执签名公钥（Ed25519，PEM）：部门可离线校验回执（shenguan receipt verify）',
        response: {
          200: Type.Object({ alg: Type.Literal('Ed25519'), keyId: Type.String(), publicKeyPem: Type.String() }),
        },
      },
    },
    async () => ({
      alg: 'Ed25519' as const,
      keyId: ctx.security.receiptKey.keyId,
      publicKeyPem: ctx.security.receiptKey.publicPem,
    }),
  );

  app.get(
    '/api/v1/sign-in-blocks',
    {
      schema: {
        tags: ['security'],
        summary: '控制台登录限流：当前须等待或被封禁的来源地址与账号（管理员）',
        security: SECURED,
        response: {
          200: Type.Array(
            Type.Object({
              username: Type.Union([Type.String(), Type.Null()], { description: 'null：该来源对所有账号' }),
              source: Type.Union([Type.String(), Type.Null()], { description: 'null：该账号来自任何来源' }),
              failures: Type.Integer(),
              lastFailureAt: Type.String({ format: 'date-time' }),
              blockedUntil: Type.String({ format: 'date-time' }),
            }),
          ),
          ...errorResponses(401, 403),
        },
      },
    },
    async (req) => {
      requireActor(req, 'admin');
      return listSignInBlocks(ctx);
    },
  );

  app.delete(
    '/api/v1/sign-in-blocks',
    {
      schema: {
        tags: ['security'],
        summary: '解除登录限流：某来源地址和/或某账号的失败计数与封禁（管理员，记入审计日志）',
        security: SECURED,
        querystring: Type.Object({
          source: Type.Optional(Type.String({ maxLength: 100 })),
          username: Type.Optional(Type.String({ maxLength: 100 })),
        }),
        response: { 200: Type.Object({ cleared: Type.Integer() }), ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => ({ cleared: await clearSignInBlocks(ctx, req.query, requireActor(req, 'admin')) }),
  );
};
