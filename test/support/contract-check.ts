import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type { FastifyInstance, FastifyRequest } from 'fastify';

type Doc = { paths: Record<string, Record<string, { responses?: Record<string, ResponseObject> }>> };
type ResponseObject = { content?: Record<string, { schema?: unknown }> };

const escapeRef = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Checks every answer the app gives against its own OpenAPI document: the status must be declared for the
 * operation and a JSON body must match the declared schema. Violations are collected (the test hub fails the
 * file on close when there are any) rather than thrown, so the test that caused one still sees the real answer.
 */
export function checkResponsesAgainstSpec(app: FastifyInstance, violations: string[]): void {
  let ajv: Ajv2020 | undefined;
  let doc: Doc | undefined;
  const compiled = new Map<string, ValidateFunction>();
  const init = () => {
    doc = app.swagger() as unknown as Doc;
    ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats.default(ajv);
    for (const f of ['int32', 'int64', 'binary']) ajv.addFormat(f, true);
    ajv.addSchema(doc as object, 'openapi.json');
  };
  app.addHook('onSend', async (req: FastifyRequest, reply, payload) => {
    const route = req.routeOptions.url;
    if (!route || (req.routeOptions.schema as { hide?: boolean } | undefined)?.hide) return payload;
    if (!doc) init();
    const path = route.replace(/:(\w+)/g, '{$1}');
    const method = req.method.toLowerCase();
    const op = doc!.paths[path]?.[method];
    if (!op) return payload; // not part of the API (console pages, the docs UI)
    const status = String(reply.statusCode);
    const declared = op.responses?.[status] ?? op.responses?.[`${status[0]}XX`] ?? op.responses?.default;
    const where = `${req.method} ${route} → ${status}`;
    if (!declared) {
      violations.push(`${where}: status not declared (body ${String(payload).slice(0, 200)})`);
      return payload;
    }
    const type = String(reply.getHeader('content-type') ?? '')
      .split(';')[0]!
      .trim();
    if (type !== 'application/json' || !(typeof payload === 'string' || Buffer.isBuffer(payload))) return payload;
    // 204 carries no body on the wire (fastify may still hand "null" to this hook); empty answers neither
    if (reply.statusCode === 204 || payload.length === 0) return payload;
    const media = declared.content?.['application/json'];
    if (!media) {
      violations.push(`${where}: JSON sent but the declared response has no application/json content`);
      return payload;
    }
    const pointer = `openapi.json#/paths/${escapeRef(path)}/${method}/responses/${status in (op.responses ?? {}) ? status : 'default'}/content/application~1json/schema`;
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = ajv!.compile({ $ref: pointer });
      compiled.set(pointer, validate);
    }
    if (!validate(JSON.parse(String(payload))))
      violations.push(`${where}: body does not match the spec: ${ajv!.errorsText(validate.errors)}`);
    return payload;
  });
}
