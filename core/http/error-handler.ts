import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { HubError } from '../errors/hub-error.ts';
import { isDatabaseUnavailable } from '../storage/database-errors.ts';
import { ajvErrorDetails } from '../schema/validator.ts';
import { acceptedMediaTypes, errorResponse, unsupportedMediaType } from './contract.ts';

/** One problem: where (JSON pointer, source field, file line) and what, in Chinese and English. */
export const ErrorDetailSchema = Type.Object({
  code: Type.Optional(Type.String()),
  pointer: Type.Optional(Type.String()),
  field: Type.Optional(Type.String()),
  line: Type.Optional(Type.Integer()),
  zh: Type.String(),
  en: Type.String(),
});

/** The body of every error response. */
export const ErrorBody = Type.Object(
  {
    code: Type.String({ description: 'stable machine code, see docs/ERRORS.md' }),
    message: Type.Object({ zh: Type.String(), en: Type.String() }),
    details: Type.Array(ErrorDetailSchema),
    requestId: Type.Optional(Type.String()),
  },
  { $id: 'ErrorBody', title: 'ErrorBody 错误' },
);

/**
 * Any failure as a HubError: ours as they are, schema and framework errors translated, the rest as INTERNAL
 * (logged).
 */
export function toHubError(err: FastifyError, req: FastifyRequest): HubError {
  let hub: HubError;
  if (err instanceof HubError) hub = err;
  else if (
    err.validationContext === 'headers' &&
    err.validation?.some((v) => (v.params as { missingProperty?: string }).missingProperty === 'idempotency-key')
  ) {
    hub = new HubError('IDEMPOTENCY_KEY_REQUIRED', {}, { cause: err });
  } else if (err.validation) {
    const prefix = `/${err.validationContext ?? 'body'}`;
    const details = ajvErrorDetails(err.validation as never, prefix === '/body' ? '' : prefix);
    hub = new HubError('VALIDATION_FAILED', { count: details.length }, { details, cause: err });
  } else if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') hub = new HubError('BODY_TOO_LARGE', {}, { cause: err });
  else if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    const accepted = acceptedMediaTypes(req.routeOptions.schema as never);
    hub = unsupportedMediaType(String(req.headers['content-type'] ?? '(none)'), accepted);
  } else if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    hub = new HubError('BODY_MALFORMED', { reason: err.message }, { cause: err });
  } else if (err.code?.startsWith('FST_ERR_') && (err.statusCode ?? 500) < 500) {
    // fastify's other refusals (content length, bad URL…): the hub's body, one status for malformed requests
    hub = new HubError('REQUEST_MALFORMED', { reason: err.message }, { cause: err });
  } else if (err.code?.startsWith('FST_CSRF')) hub = new HubError('CSRF_INVALID', {}, { cause: err });
  else if (
    err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
    err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    err.statusCode === 400
  ) {
    hub = new HubError(
      'VALIDATION_FAILED',
      { count: 1 },
      { cause: err, details: [{ zh: `请求格式错误：${err.message}`, en: err.message }] },
    );
  } else if (isDatabaseUnavailable(err)) {
    hub = new HubError('DATABASE_UNAVAILABLE', {}, { cause: err });
  } else {
    req.log.error({ err }, 'unhandled error');
    hub = new HubError('INTERNAL', { requestId: req.id }, { cause: err });
  }
  if (hub.status >= 500 && hub.code !== 'INTERNAL') req.log.error({ err }, hub.en);
  return hub;
}

/** What a client is told to wait before retrying while the database is unavailable. */
const RETRY_AFTER_SECONDS = 5;

/** fastify's router refusals (a path parameter over maxParamLength, a malformed URL) in the hub's body. */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const hub =
    err.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new HubError('URI_TOO_LONG', { max: 100 }, { cause: err })
      : new HubError('REQUEST_MALFORMED', { reason: err.message }, { cause: err });
  reply.status(hub.status).send({ ...hub.toJSON(), requestId: req.id });
}

/** Maps every failure to ErrorBody. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const hub = toHubError(err, req);
    if (hub.status === 503) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    return reply.status(hub.status).send({ ...hub.toJSON(), requestId: req.id });
  });
  app.setNotFoundHandler((req, reply) => {
    const hub = new HubError('NOT_FOUND', { what: `${req.method} ${req.url}` });
    return reply.status(404).send({ ...hub.toJSON(), requestId: req.id });
  });
}

/** Response schemas for the given error statuses, all ErrorBody. */
export function errorResponses(...statuses: number[]): Record<number, { $ref: string }> {
  return Object.fromEntries(statuses.map((s) => [s, errorResponse(s)]));
}
