import { OptionalKind } from '@sinclair/typebox';
import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, FastifySchema, RouteOptions } from 'fastify';
import { HubError } from '../errors/hub-error.ts';
import { OPERATIONS, deriveOperationId } from './operations.ts';

/** Methods whose request body fastify reads (and may refuse as too large or of an unknown type). */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type RouteSchema = FastifySchema & {
  hide?: boolean;
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  consumes?: string[];
  security?: unknown[];
  response?: Record<string | number, unknown>;
};

const STATUS_TEXT: Record<number, string> = {
  400: '请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, …',
  401: '缺少或无效的接口密钥 — missing or invalid API key',
  403: '无权执行 — the key lacks the role or the department',
  404: '未找到 — not found',
  409: '状态冲突 — conflicts with the current state',
  413: '请求体过大 — BODY_TOO_LARGE',
  414: '路径参数过长 — URI_TOO_LONG',
  415: '内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types)',
  422: '业务规则不允许 — refused by a rule (the code names it)',
  429: '请求过于频繁 — RATE_LIMITED; wait Retry-After seconds',
  500: '内部错误 — INTERNAL; report the requestId',
  503: '数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds',
};

/** An error response as declared: ErrorBody with what the status means here. */
export function errorResponse(status: number) {
  return { description: STATUS_TEXT[status] ?? 'ErrorBody', $ref: 'ErrorBody#' };
}

/** The media types an operation accepts: its `consumes`, else JSON. */
export function acceptedMediaTypes(schema: RouteSchema | undefined): string[] {
  return schema?.consumes ?? ['application/json'];
}

const mediaTypeOf = (req: FastifyRequest) =>
  (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() || '(none)';

/**
 * Completes every operation's contract where the route itself is silent: a stable operationId, a description,
 * and the error statuses the plumbing can produce (validation 400, 401/403 for keyed routes, 404 for a path
 * item, 413/414/415, 429, 500, 503), all with ErrorBody. Adds the media-type and body-presence checks.
 */
export function installContract(app: FastifyInstance, rawBodyRoutes: Map<string, string[]>): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const schema = route.schema as RouteSchema | undefined;
    if (!schema || schema.hide) return;
    const method = [route.method].flat()[0]!.toUpperCase();
    if (method === 'HEAD') return;
    const op = OPERATIONS[`${method} ${route.url}`];
    schema.operationId ??= op?.id ?? deriveOperationId(method, route.url);
    schema.description ??= op?.description ?? schema.summary;
    const statuses = [400, 429, 500, 503];
    if (schema.security) statuses.push(401, 403);
    if (route.url.includes(':')) statuses.push(404, 414);
    const takesBody = BODY_METHODS.has(method);
    if (takesBody) statuses.push(413, 415);
    schema.response ??= {};
    for (const s of statuses) schema.response[s] ??= errorResponse(s);
    for (const [s, r] of Object.entries(schema.response))
      if ((r as { $ref?: string }).$ref === 'ErrorBody#' && !(r as { description?: string }).description)
        schema.response[s] = errorResponse(Number(s));
    if (!takesBody) return;
    // A body declared Type.Optional (e.g. an approval's optional note) may be left out.
    const optionalBody = (schema.body as Record<symbol, unknown> | undefined)?.[OptionalKind] === 'Optional';
    const expectsBody = (schema.body !== undefined && !optionalBody) || schema.consumes !== undefined;
    const accepted = acceptedMediaTypes(schema);
    if (schema.body === undefined && schema.consumes)
      rawBodyRoutes.set(`${method} ${route.url.replace(/:(\w+)/g, '{$1}')}`, schema.consumes);
    const check = async (req: FastifyRequest) => {
      if (req.body === undefined || req.body === null) {
        if (expectsBody) throw new HubError('BODY_REQUIRED', { accepted: accepted.join(', ') });
        return;
      }
      const got = mediaTypeOf(req);
      if (expectsBody && !accepted.includes(got)) throw unsupportedMediaType(got, accepted);
    };
    route.preValidation = [check, ...[route.preValidation ?? []].flat()];
  });
}

export function unsupportedMediaType(got: string, accepted: string[]): HubError {
  return new HubError(
    'UNSUPPORTED_MEDIA_TYPE',
    { got, accepted: accepted.join(', ') },
    {
      details: [{ pointer: '/headers/content-type', zh: `接受：${accepted.join('、')}`, en: `accepted: ${accepted}` }],
    },
  );
}

// NUL cannot be stored in PostgreSQL text and a lone surrogate is not Unicode: both are refused at the door.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function badCharacter(s: string): string | undefined {
  if (s.includes('\u0000')) return 'NUL (U+0000)';
  const m = LONE_SURROGATE.exec(s);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase()} (lone surrogate)` : undefined;
}

const escapePointer = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

/** Deeper than any record the hub takes (about 6); deeper bodies would only exhaust the stack downstream. */
const MAX_JSON_DEPTH = 32;

/** Walks a parsed value without recursion (a deeply nested body must not overflow the stack). */
function findInvalidText(value: unknown, prefix = ''): HubError | undefined {
  const stack: [unknown, string, number][] = [[value, prefix, 0]];
  while (stack.length) {
    const [v, pointer, depth] = stack.pop()!;
    if (depth > MAX_JSON_DEPTH && v && typeof v === 'object')
      return new HubError('BODY_MALFORMED', { reason: `nested deeper than ${MAX_JSON_DEPTH} levels at ${pointer}` });
    if (typeof v === 'string') {
      const what = badCharacter(v);
      if (what) return invalidText(pointer || '/', what);
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push([v[i], `${pointer}/${i}`, depth + 1]);
    } else if (v && typeof v === 'object' && !Buffer.isBuffer(v)) {
      for (const [k, item] of Object.entries(v)) {
        const what = badCharacter(k);
        if (what) return invalidText(`${pointer}/${escapePointer(k)}`, `${what} in a property name`);
        stack.push([item, `${pointer}/${escapePointer(k)}`, depth + 1]);
      }
    }
  }
  return undefined;
}

function invalidText(pointer: string, what: string): HubError {
  return new HubError(
    'TEXT_CHARACTER_INVALID',
    { pointer, what },
    {
      details: [{ code: 'TEXT_CHARACTER_INVALID', pointer, zh: `${pointer} 含有 ${what}`, en: `${pointer}: ${what}` }],
    },
  );
}

/** JSON bodies: fastify's own parser (prototype poisoning refused), then the text check; query and path too. */
export function installTextChecks(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    parse(req, body as string, (err, value) => {
      if (err) return done(err, undefined);
      const bad = findInvalidText(value);
      return bad ? done(bad, undefined) : done(null, value);
    });
  });
  app.addHook('preValidation', async (req) => {
    const bad = findInvalidText(req.params, '/params') ?? findInvalidText(req.query, '/querystring');
    if (bad) throw bad;
  });
}

export interface RateLimits {
  /** Requests a minute from one API key. */
  perKey: number;
  /** Requests a minute from one source address, keyed or not. */
  perAddress: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perKey: 600, perAddress: 1200 };

function presentedKey(req: FastifyRequest): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7) : (req.headers['x-api-key'] as string | undefined);
}

/** Health probes come from the platform, not from department systems. */
const UNLIMITED = new Set(['/healthz', '/readyz']);

/**
 * Two fixed one-minute windows per request: the source address (so a flood of bad keys is limited before any
 * key lookup) and the API key (so one department cannot starve the others behind a shared proxy). Counters are
 * kept per process. Over either limit: 429 RATE_LIMITED with Retry-After.
 */
export async function installRateLimits(app: FastifyInstance, limits: RateLimits): Promise<void> {
  await app.register(rateLimit, { global: false });
  const timeWindow = 60_000;
  const byAddress = app.createRateLimit({ max: limits.perAddress, timeWindow, keyGenerator: (req) => `ip:${req.ip}` });
  const byKey = app.createRateLimit({
    max: limits.perKey,
    timeWindow,
    keyGenerator: (req) =>
      `key:${createHash('sha256')
        .update(presentedKey(req) ?? '')
        .digest('hex')}`,
  });
  app.addHook('onRequest', async (req, reply) => {
    if (UNLIMITED.has(req.url.split('?')[0]!)) return;
    const checks: [typeof byAddress, string, string, number][] = [
      [byAddress, '本地址', 'per address', limits.perAddress],
    ];
    if (presentedKey(req)) checks.push([byKey, '本密钥', 'per API key', limits.perKey]);
    let tightest: { max: number; remaining: number; ttlInSeconds: number } | undefined;
    for (const [limiter, zhScope, enScope, max] of checks) {
      // an allowed request carries its counters too, though the plugin's types omit them
      const r = (await limiter(req)) as {
        isAllowed: boolean;
        isExceeded?: boolean;
        max: number;
        remaining: number;
        ttlInSeconds: number;
      };
      if (typeof r.remaining !== 'number') continue;
      if (!tightest || r.remaining < tightest.remaining) tightest = r;
      reply.header('ratelimit-limit', String(tightest.max));
      reply.header('ratelimit-remaining', String(tightest.remaining));
      reply.header('ratelimit-reset', String(tightest.ttlInSeconds));
      if (r.isAllowed || !r.isExceeded) continue;
      reply.header('retry-after', String(r.ttlInSeconds));
      throw new HubError('RATE_LIMITED', { scope: enScope, scopeZh: zhScope, max, seconds: r.ttlInSeconds });
    }
  });
}

type Json = Record<string, unknown>;

const RATE_HEADERS = {
  'RateLimit-Limit': {
    description: '本窗口允许的请求数 — requests allowed in the window',
    schema: { type: 'integer', format: 'int32', minimum: 0 },
  },
  'RateLimit-Remaining': {
    description: '本窗口剩余请求数 — requests left in the window',
    schema: { type: 'integer', format: 'int32', minimum: 0 },
  },
  'RateLimit-Reset': {
    description: '窗口重置前的秒数 — seconds until the window resets',
    schema: { type: 'integer', format: 'int32', minimum: 0 },
  },
};
const RETRY_AFTER = {
  description: '重试前等待的秒数 — seconds to wait before retrying',
  schema: { type: 'integer', format: 'int32', minimum: 0 },
};

/** Integers as their format says: within int32 where the bounds allow, else int64. */
function addIntegerFormats(node: unknown): void {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== 'object') continue;
    const o = n as Json;
    if (o.type === 'integer' && !o.format) {
      const max = typeof o.maximum === 'number' ? o.maximum : Number.POSITIVE_INFINITY;
      const min = typeof o.minimum === 'number' ? o.minimum : Number.NEGATIVE_INFINITY;
      o.format = max <= 2 ** 31 - 1 && min >= -(2 ** 31) ? 'int32' : 'int64';
    }
    stack.push(...Object.values(o));
  }
}

/**
 * The document-level part of the contract: rate-limit headers on every 2xx and 4xx answer (sent by
 * `installRateLimits`), Retry-After on 429 and 503, integer formats, and a request body for the routes that
 * take raw files (they declare `consumes` but parse the bytes themselves).
 */
export function completeOpenApi(doc: Json, rawBodyRoutes: Map<string, string[]>): Json {
  const components = (doc.components ??= {}) as Json;
  components.headers = { ...RATE_HEADERS, 'Retry-After': RETRY_AFTER };
  const ref = (name: string) => ({ $ref: `#/components/headers/${name}` });
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(item)) {
      const raw = rawBodyRoutes.get(`${method.toUpperCase()} ${path}`);
      if (raw && !op.requestBody) {
        op.requestBody = {
          required: true,
          content: Object.fromEntries(
            raw.map((t) => [
              t,
              { schema: t === 'application/json' ? { type: 'object' } : { type: 'string', format: 'binary' } },
            ]),
          ),
        };
      }
      for (const [status, response] of Object.entries((op.responses ?? {}) as Record<string, Json>)) {
        if (!/^[24]/.test(status)) continue;
        const headers = (response.headers ?? {}) as Json;
        for (const h of Object.keys(RATE_HEADERS)) headers[h] ??= ref(h);
        if (status === '429') headers['Retry-After'] = ref('Retry-After');
        response.headers = headers;
      }
      const unavailable = (op.responses as Record<string, Json> | undefined)?.['503'];
      if (unavailable) unavailable.headers = { 'Retry-After': ref('Retry-After') };
    }
  }
  addIntegerFormats(doc.paths);
  addIntegerFormats(components.schemas);
  addIntegerFormats(components.headers);
  hoistNamedSchemas(doc, components);
  hoistErrorResponses(doc, components);
  return doc;
}

/** The component name a titled schema takes: the title's leading identifier (`Counterpart 行政相对人` → `Counterpart`). */
const componentName = (title: unknown) =>
  typeof title === 'string' ? /^[A-Z][A-Za-z0-9]*/.exec(title)?.[0] : undefined;

/**
 * Each titled schema the routes inline (ApprovalDecision, Counterpart, Matter, …) becomes one entry of
 * components.schemas, referred to wherever it appears, inner ones first. A client generated from the document
 * then has one named type per canonical shape instead of a copy in every operation. A title met again with
 * other content stays inline rather than be merged into something it is not.
 */
function hoistNamedSchemas(doc: Json, components: Json): void {
  const schemas = (components.schemas ??= {}) as Record<string, unknown>;
  const canonical = new Map(Object.entries(schemas).map(([name, s]) => [name, JSON.stringify(s)]));
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!node || typeof node !== 'object') return node;
    const o = Object.fromEntries(Object.entries(node as Json).map(([k, v]) => [k, visit(v)]));
    const name = componentName(o.title);
    if (!name || o.$id) return o;
    const text = JSON.stringify(o);
    const known = canonical.get(name);
    if (known === undefined) {
      canonical.set(name, text);
      schemas[name] = o;
    } else if (known !== text) return o;
    return { $ref: `#/components/schemas/${name}` };
  };
  doc.paths = visit(doc.paths);
}

const RESPONSE_NAMES: Record<string, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  413: 'PayloadTooLarge',
  414: 'UriTooLong',
  415: 'UnsupportedMediaType',
  422: 'RuleRefused',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
};

/** The error answers every operation shares (ErrorBody, the status's meaning, its headers) are declared once. */
function hoistErrorResponses(doc: Json, components: Json): void {
  const responses = (components.responses ??= {}) as Record<string, Json>;
  for (const item of Object.values((doc.paths ?? {}) as Record<string, Record<string, Json>>)) {
    for (const op of Object.values(item)) {
      const answers = (op.responses ?? {}) as Record<string, Json>;
      for (const [status, response] of Object.entries(answers)) {
        const name = RESPONSE_NAMES[status];
        if (!name) continue;
        responses[name] ??= response;
        if (JSON.stringify(responses[name]) === JSON.stringify(response))
          answers[status] = { $ref: `#/components/responses/${name}` };
      }
    }
  }
}
