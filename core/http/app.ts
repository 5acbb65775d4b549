import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { HubContext } from '../hub-context.ts';
import { authHook } from './auth.ts';
import {
  completeOpenApi,
  DEFAULT_RATE_LIMITS,
  installContract,
  installRateLimits,
  installTextChecks,
  type RateLimits,
} from './contract.ts';
import { ErrorBody, frameworkErrors, installErrorHandler } from './error-handler.ts';
import type { Dispatcher } from '../delivery/dispatcher.ts';
import { registerBuiltinTransports } from '../adapters/builtins.ts';
import { auditRoutes } from './routes/audit.ts';
import { deliveryAdminRoutes } from './routes/delivery-admin.ts';
import { licenseActionRoutes } from './routes/license-actions.ts';
import { linkageRoutes } from './routes/linkage.ts';
import { calendarRoutes } from './routes/calendar.ts';
import { catalogueRoutes } from './routes/catalogue.ts';
import { shuanggongshiRoutes } from './routes/shuanggongshi.ts';
import { departmentRoutes } from './routes/departments.ts';
import { healthRoutes } from './routes/health.ts';
import { adapterInboundRoutes } from './routes/adapter-inbound.ts';
import type { LoadedAdapter } from '../adapters/dry-run.ts';
import { commitmentRoutes } from './routes/commitments.ts';
import { reviewRoutes } from './routes/reviews.ts';
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
  /** Requests a minute per API key and per source address; `false` turns limiting off (tests, benches). */
  rateLimits?: RateLimits | false;
  /** The public base URL for the OpenAPI `servers` list. */
  publicUrl?: string;
  /** Called before any route is added (tests check every answer against the OpenAPI document here). */
  instrument?: (app: FastifyInstance) => void;
  /** Who department engineers contact about this deployment's API (OpenAPI `info.contact`). */
  contact?: { name: string; email?: string; url?: string };
}

/** Tags every operation uses, declared once with a description (a test checks none is undeclared). */
const API_TAGS = Object.entries({
  linkage: '审批信息与监管信息推送、收件箱、认领、异议 — pushes, inbox, claim, dispute',
  'license actions': '函告与撤销请求 — license-action requests and revocation requests',
  accountability: '问责时间线与月度统计 — timelines and monthly figures',
  commitments: '告知承诺与后置核验 — notice-and-commitment approvals',
  'special reviews': '特别审查、历史遗留问题、联席会议 — special reviews and meetings',
  'joint work': '函询、专家库、随机抽取 — inquiries, expert pools, random draws',
  documents: '文书与月度通报 — official documents and the monthly report',
  delivery: '投递端点与投递监控 — delivery endpoints and the outbox',
  departments: '部门与联络员 — departments and liaisons',
  keys: '接口密钥 — API keys',
  catalogue: '划转事项与监管事项目录 — the versioned catalogues',
  shuanggongshi: '双公示 行政许可 XK_ / 行政处罚 CF_ 文件的导入与导出 — national 2021 standard files in and out',
  calendar: '工作日历 — working days and deadlines',
  identifiers: '统一社会信用代码与身份证号码校验 — identifier checks',
  audit: '审计日志 — the append-only, hash-chained audit log',
  security: '回执签名公钥、登录限制 — receipt key and sign-in blocks',
  adapters: '部门系统按自身格式提交 — legacy formats through adapters',
  health: '存活与就绪 — liveness and readiness',
}).map(([name, description]) => ({ name, description }));

/** The hub's HTTP face: one plugin per concern, every route schema from the canonical schemas. */
export async function buildApp(ctx: HubContext, opts: AppOptions = {}): Promise<FastifyInstance> {
  registerBuiltinTransports();
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 10 * 1024 * 1024,
    ajv: { customOptions: { allErrors: true, strict: false }, plugins: [] },
    genReqId: () => crypto.randomUUID(),
    frameworkErrors,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addSchema(ErrorBody);
  app.addSchema(DeliveryView);
  // Files (catalogues, calendars) arrive as raw bytes: their encoding is decided by us, not by the HTTP layer.
  app.addContentTypeParser(
    [
      'text/csv',
      'application/octet-stream',
      'application/xml',
      'text/xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    { parseAs: 'buffer' },
    (_req, body, done) => done(null, body),
  );
  installErrorHandler(app);
  installTextChecks(app);
  const rawBodyRoutes = new Map<string, string[]>();
  installContract(app, rawBodyRoutes);
  opts.instrument?.(app);
  installSignedReceipts(app, ctx);
  // not encapsulated: its timer sees every route
  await metricsRoutes(app, { ctx });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Shenguan Hub 审管联动枢纽',
        version: '0.1.0',
        description:
          '行政审批服务局与监管部门之间的审管联动接口。错误体见 ErrorBody，错误码见 docs/ERRORS.md，' +
          '接入说明见 docs/API-GUIDE.md。Every error answers with ErrorBody; schema validation failures are 400 ' +
          'VALIDATION_FAILED; requests are limited per API key and per source address (429 with Retry-After).',
        // Each deployment names its own operator (SHENGUAN_API_CONTACT_*); the default points at the maintainers.
        contact: opts.contact ?? { name: '审管联动枢纽维护组 Shenguan Hub maintainers' },
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      servers: [
        {
          url: opts.publicUrl ?? 'http://localhost:8080',
          description: opts.publicUrl
            ? '本部署 — production deployment of this hub'
            : '本机演示 — local demo (`npm start`); a deployment sets SHENGUAN_PUBLIC_URL to its production HTTPS address',
          ...{ 'x-internal': false }, // an API for department systems, not an internal one
        },
      ],
      tags: API_TAGS,
      components: {
        securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: '部门接口密钥 sgk_…' } },
      },
    },
    transformObject: (documentObject) =>
      completeOpenApi((documentObject as { openapiObject: Record<string, unknown> }).openapiObject, rawBodyRoutes),
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const limits = opts.rateLimits ?? DEFAULT_RATE_LIMITS;
  if (limits) await installRateLimits(app, limits);
  app.addHook('onRequest', authHook(ctx));
  for (const routes of [
    healthRoutes,
    identifierRoutes,
    calendarRoutes,
    departmentRoutes,
    catalogueRoutes,
    shuanggongshiRoutes,
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
    commitmentRoutes,
    reviewRoutes,
  ])
    await app.register(routes, { ctx, dispatcher: opts.dispatcher });
  await app.register(adapterInboundRoutes, { ctx, dispatcher: opts.dispatcher, adapters: opts.adapters ?? [] });
  await app.register(consoleRoutes, { ctx, adapters: opts.adapters ?? [] });
  app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/console'));
  return app;
}
