import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { HubError } from '../../errors/hub-error.ts';
import type { HubContext } from '../../hub-context.ts';
import { metricsOf } from '../../metrics/hub-metrics.ts';

/**
 * `GET /metrics` in Prometheus text format, and the request timer behind the HTTP latency series.
 * With `SHENGUAN_METRICS_TOKEN` set, scrapes must present it as a bearer token.
 */
export async function metricsRoutes(app: FastifyInstance, { ctx }: { ctx: HubContext }) {
  // looked up per request: generating the OpenAPI document builds the app without a context
  const metrics = () => metricsOf(ctx);
  app.addHook('onResponse', async (req, reply) => {
    // The route pattern, not the URL, so ids do not make a series each; unknown paths share one.
    const route = req.routeOptions.url ?? 'unmatched';
    if (route === '/metrics') return;
    metrics().httpDuration.observe(
      { method: req.method, route, status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    const token = ctx.security.metricsToken;
    if (token) {
      const given = Buffer.from(req.headers.authorization?.replace(/^Bearer /, '') ?? '');
      const wanted = Buffer.from(token);
      if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) throw new HubError('UNAUTHENTICATED');
    }
    const { registry } = metrics();
    return reply.header('content-type', registry.contentType).send(await registry.metrics());
  });
}
