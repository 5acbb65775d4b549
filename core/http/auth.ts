import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, Role } from '../audit/actor.ts';
import { authenticateKey } from '../departments/api-keys.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

/** Reads `Authorization: Bearer sgk_…` or `X-Api-Key`; a missing key is only an error where a route requires one. */
export function authHook(ctx: HubContext) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    if (req.routeOptions.url === '/metrics') return; // its own token (SHENGUAN_METRICS_TOKEN), not a department key
    const header = req.headers.authorization;
    const presented = header?.startsWith('Bearer ')
      ? header.slice(7)
      : (req.headers['x-api-key'] as string | undefined);
    if (!presented) return;
    const actor = await authenticateKey(ctx.db, presented, ctx.clock.now());
    if (!actor) throw new HubError('UNAUTHENTICATED');
    req.actor = actor;
  };
}

export function requireActor(req: FastifyRequest, role?: Role): Actor {
  if (!req.actor) throw new HubError('UNAUTHENTICATED');
  if (role && !req.actor.roles.includes(role)) throw new HubError('FORBIDDEN_ROLE', { role });
  return req.actor;
}

/** A department's key reaches only its own department's items; an admin key reaches all (policy item 8). */
export function requireDepartment(req: FastifyRequest, department: string): Actor {
  const actor = requireActor(req);
  if (!actor.roles.includes('admin') && actor.department !== department) throw new HubError('FORBIDDEN_DEPARTMENT');
  return actor;
}

export const SECURED = [{ apiKey: [] as string[] }];
