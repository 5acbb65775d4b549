import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { HubContext } from '../hub-context.ts';
import { authHook } from './auth.ts';
import { ErrorBody, installErrorHandler } from './error-handler.ts';
import type { Dispatcher } from '../delivery/dispatcher.ts';
import '../adapters/transports/outbound.ts'; // file-drop and xml-http transports for department endpoints
import { auditRoutes } from './routes/audit.ts';
import { deliveryAdminRoutes } from './routes/delivery-admin.ts';
import { licenseActionRoutes } from './routes/license-actions.ts';
import { linkageRoutes } from './routes/linkage.ts';
import { calendarRoutes } from './routes/calendar.ts';
import { catalogueRoutes } from './routes/catalogue.ts';
import { departmentRoutes } from './routes/departments.ts';
import { healthRoutes } from './routes/health.ts';
import { adapterInboundRoutes } from './routes/adapter-inbound.ts';
import type { LoadedAdapter } from '../adapters/dry-run.ts';
import { commitmentAndReviewRoutes } from './routes/commitments-reviews.ts';
import { jointWorkRoutes } from './routes/joint-work.ts';
import { documentRoutes } from './routes/documents.ts';
import { consoleRoutes } from '../console/console-routes.ts';
import { DeliveryView } from './views.ts';
import { identifierRoutes } from './routes/identifiers.ts';
import { installSignedReceipts } from './signed-receipts.ts';
import { securityRoutes } from './routes/security.ts';
import { metricsRoutes } from './routes/metrics.ts';

export interface AppOptions {
  logger?: FastifyServerOptions['logger'];
  /** Largest request body in bytes (catalogue and calendar files included). */
  bodyLimit?: number;
  /** Kicked after each push so deliveries go out at once rather than at the next retry tick. */
  dispatcher?: Dispatcher;
  /** Adapters enabled by configuration; HTTP ones get an inbound endpoint. */
  adapters?: LoadedAdapter[];
}

/** The hub's HTTP face: one plugin per concern, every route schema from the canonical schemas. */
export async function buildApp(ctx: HubContext, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 10 * 1024 * 1024,
    ajv: { customOptions: { allErrors: true, strict: false }, plugins: [] },
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addSchema(ErrorBody);
  app.addSchema(DeliveryView);
  // Files (catalogues, calendars) arrive as raw bytes: their encoding is decided by us, not by the HTTP layer.
  app.addContentTypeParser(
    ['text/csv', 'application/octet-stream', 'application/xml', 'text/xml'],
    { parseAs: 'buffer' },
    (_req, body, done) => done(null, body),
  );
  installErrorHandler(app);
  installSignedReceipts(app, ctx);
  // not encapsulated: its timer sees every route
  await metricsRoutes(app, { ctx });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Shenguan Hub 审管联动枢纽',
        version: '0.1.0',
        description: '行政审批服务局与监管部门之间的审管联动接口。错误体见 ErrorBody，错误码见 docs/ERRORS.md。',
      },
      components: {
        securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: '部门接口密钥 sgk_…' } },
      },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.addHook('onRequest', authHook(ctx));
  for (const routes of [
    healthRoutes,
    identifierRoutes,
    calendarRoutes,
    departmentRoutes,
    catalogueRoutes,
    auditRoutes,
    documentRoutes,
    securityRoutes,
  ]) {
    await app.register(routes, { ctx });
  }
  for (const routes of [
    linkageRoutes,
    licenseActionRoutes,
    deliveryAdminRoutes,
    jointWorkRoutes,
    commitmentAndReviewRoutes,
  ])
    await app.register(routes, { ctx, dispatcher: opts.dispatcher });
  await app.register(adapterInboundRoutes, { ctx, dispatcher: opts.dispatcher, adapters: opts.adapters ?? [] });
  await app.register(consoleRoutes, { ctx, adapters: opts.adapters ?? [] });
  app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/console'));
  return app;
}
