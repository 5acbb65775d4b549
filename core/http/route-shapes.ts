import { Type, type TSchema } from '@sinclair/typebox';
import { SECURED } from './auth.ts';
import { errorResponses } from './error-handler.ts';

/** The `:id` of the one record a route is about. */
export const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });

/**
 * The schema of a step taken on one record (`POST …/:id/…`): a body in, the record's view back, and the
 * errors every such step can answer (400 body, 401, 403, 404 no such record, 409 not in a state for it),
 * plus `also`.
 */
export function stepOn<B extends TSchema, V extends TSchema>(
  tag: string,
  step: { summary: string; body: B; view: V; also?: number[] },
) {
  return {
    schema: {
      tags: [tag],
      summary: step.summary,
      security: SECURED,
      params: IdParams,
      body: step.body,
      response: { 200: step.view, ...errorResponses(400, 401, 403, 404, 409, ...(step.also ?? [])) },
    },
  };
}
