import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { HubContext } from '../../hub-context.ts';

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
};
