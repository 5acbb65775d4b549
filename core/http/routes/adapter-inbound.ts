import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { payloadRecords, type LoadedAdapter } from '../../adapters/dry-run.ts';
import { adapterActor, ingest, type RecordOutcome } from '../../adapters/ingest.ts';
import type { Dispatcher } from '../../delivery/dispatcher.ts';
import { transportFor } from '../../delivery/transports.ts';
import { HubError } from '../../errors/hub-error.ts';
import { decodeText } from '../../files/decode-text.ts';
import type { HubContext } from '../../hub-context.ts';
import { payloadHash } from '../../linkage/idempotency.ts';
import { requireDepartment, SECURED } from '../auth.ts';
import { errorResponses } from '../error-handler.ts';
import { IngestSummaryView } from '../views.ts';

/**
 * One inbound endpoint per HTTP adapter, in the department's own shape (JSON or XML): each record
 * is mapped and handed to the linkage flow, and the answer lists every record's result. Resending
 * the same payload records nothing twice (keys derive from the payload's hash and record position).
 */
export const adapterInboundRoutes: FastifyPluginAsyncTypebox<{
  ctx: HubContext;
  dispatcher?: Dispatcher;
  adapters: LoadedAdapter[];
}> = async (app, { ctx, dispatcher, adapters }) => {
  const byName = new Map(
    adapters.filter((a) => transportFor(a.adapter.manifest.transport)?.http).map((a) => [a.adapter.manifest.name, a]),
  );
  app.post(
    '/api/v1/adapters/:name/inbound',
    {
      schema: {
        tags: ['adapters'],
        summary: '部门系统按自身格式（JSON 或 XML ExchangeMessage）提交数据，逐条返回结果',
        security: SECURED,
        params: Type.Object({ name: Type.String({ maxLength: 64 }) }),
        consumes: ['application/json', 'application/xml', 'text/xml'],
        response: {
          200: IngestSummaryView,
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (req) => {
      const loaded = byName.get(req.params.name);
      if (!loaded) throw new HubError('NOT_FOUND', { what: `adapter ${req.params.name} / 适配器 ${req.params.name}` });
      const { manifest } = loaded.adapter;
      const actor = requireDepartment(req, manifest.department);
      const text = Buffer.isBuffer(req.body) ? decodeText(req.body, manifest.encoding).text : JSON.stringify(req.body);
      const records = payloadRecords(manifest.format, text);
      const outcomes: RecordOutcome[] = [];
      async function* each() {
        yield* records;
      }
      const summary = await ingest(
        ctx,
        { ...adapterActor(manifest.name, manifest.department), id: `${actor.id} via adapter:${manifest.name}` },
        loaded.mapping,
        each(),
        `${manifest.name}:${payloadHash(text)}`,
        (o) => void outcomes.push(o),
      );
      dispatcher?.kick();
      return { ...summary, outcomes: outcomes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
    },
  );
};
