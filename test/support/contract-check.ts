import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type { FastifyInstance, FastifyRequest } from 'fastify';

type Doc = {
  paths: Record<string, Record<string, { responses?: Record<string, ResponseObject> }>>;
  components?: { responses?: Record<string, ResponseObject> };
};
type ResponseObject = { content?: Record<string, { schema?: unknown }>; $ref?: string };

/** One answer as a client saw it; `path` is the operation's path as the document spells it (`/x/{id}`). */
export interface Answer {
  method: string;
  path: string;
  status: number;
  contentType: string;
  body: string | Buffer;
}

const escapeRef = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The contract check itself, apart from where the answer comes from (an in-process app or a hub process over
 * HTTP): the status must be declared for the operation and a JSON body must match the declared schema. An answer
 * for a path or method the document does not describe (console pages, the docs UI, static files) is not part of
 * the API and yields nothing. Schemas are compiled once per pointer, on first use.
 */
export function contractValidator(doc: object): (answer: Answer) => string[] {
  const spec = doc as Doc;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  for (const f of ['int32', 'int64', 'binary']) ajv.addFormat(f, true);
  ajv.addSchema(spec as object, 'openapi.json');
  const compiled = new Map<string, ValidateFunction>();
  return ({ method, path, status, contentType, body }) => {
    const op = spec.paths[path]?.[method.toLowerCase()];
    if (!op) return [];
    const code = String(status);
    const key = [code, `${code[0]}XX`, 'default'].find((k) => op.responses?.[k]);
    const where = `${method.toUpperCase()} ${path} → ${code}`;
    if (!key) return [`${where}: status not declared (body ${String(body).slice(0, 200)})`];
    // 204 carries no body on the wire (fastify may still hand "null" to a hook); empty answers neither
    if (contentType.split(';')[0]!.trim() !== 'application/json' || status === 204 || body.length === 0) return [];
    // a shared answer is declared once under components.responses and referred to
    const shared = op.responses![key]!.$ref?.replace(/^#\/components\/responses\//, '');
    const response = shared ? spec.components?.responses?.[shared] : op.responses![key]!;
    if (!response?.content?.['application/json'])
      return [`${where}: JSON sent but the declared response has no application/json content`];
    const declared = shared
      ? `components/responses/${escapeRef(shared)}`
      : `paths/${escapeRef(path)}/${method.toLowerCase()}/responses/${key}`;
    const pointer = `openapi.json#/${declared}/content/application~1json/schema`;
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: pointer });
      compiled.set(pointer, validate);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(String(body));
    } catch {
      return [`${where}: application/json sent but the body is not JSON (${String(body).slice(0, 200)})`];
    }
    return validate(parsed) ? [] : [`${where}: body does not match the spec: ${ajv.errorsText(validate.errors)}`];
  };
}

/**
 * The document's path for a concrete request path (`/api/v1/departments/scjg` → `/api/v1/departments/{code}`),
 * as the router would pick it: a literal path before a templated one, fewer parameters before more.
 */
export function specPathFor(doc: object, pathname: string): string | undefined {
  const paths = Object.keys((doc as Doc).paths);
  if (paths.includes(pathname)) return pathname;
  const segments = pathname.split('/');
  return paths
    .map((p) => ({ p, parts: p.split('/') }))
    .filter(
      ({ parts }) =>
        parts.length === segments.length &&
        parts.every((part, i) => (/^\{\w+\}$/.test(part) ? segments[i] !== '' : part === segments[i])),
    )
    .map(({ p, parts }) => ({ p, params: parts.filter((part) => part.startsWith('{')).length }))
    .sort((a, b) => a.params - b.params)[0]?.p;
}

/** Throws when a test saw answers that break the document — at the end, so each test first saw the real answer. */
export function assertNoContractViolations(violations: string[]): void {
  if (violations.length)
    throw new Error(`answers that break openapi/openapi.json:\n${[...new Set(violations)].join('\n')}`);
}

/**
 * Checks every answer the app gives against its own OpenAPI document. Violations are collected (the test hub
 * fails the file on close when there are any) rather than thrown, so the test that caused one still sees the
 * real answer.
 */
export function checkResponsesAgainstSpec(app: FastifyInstance, violations: string[]): void {
  let check: ((answer: Answer) => string[]) | undefined;
  app.addHook('onSend', async (req: FastifyRequest, reply, payload) => {
    const route = req.routeOptions.url;
    if (!route || (req.routeOptions.schema as { hide?: boolean } | undefined)?.hide) return payload;
    // a stream (a PDF, a file) is not JSON: its status is checked, its body is not read
    const body = typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : '';
    check ??= contractValidator(app.swagger());
    violations.push(
      ...check({
        method: req.method,
        path: route.replace(/:(\w+)/g, '{$1}'),
        status: reply.statusCode,
        contentType: String(reply.getHeader('content-type') ?? ''),
        body,
      }),
    );
    return payload;
  });
}
