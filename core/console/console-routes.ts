import type { FastifyPluginAsync } from 'fastify';
import type { LoadedAdapter } from '../adapters/dry-run.ts';
import type { HubContext } from '../hub-context.ts';
import { accountRoutes } from './account-routes.ts';
import { helpRoutes } from './help-page.ts';
import { noticeRoutes } from './notice-routes.ts';
import { recordsRoutes } from './records-routes.ts';
import { registerSession } from './session.ts';
import { workRoutes } from './work-routes.ts';

/**
 * The staff console: server-rendered Chinese pages on the same core functions as the API. The
 * session layer (cookies, CSRF, sign-in, drafts) comes first; the pages are grouped by concern.
 */
export const consoleRoutes: FastifyPluginAsync<{ ctx: HubContext; adapters: LoadedAdapter[] }> = async (
  app,
  { ctx, adapters },
) => {
  const kit = await registerSession(app, ctx);
  workRoutes(app, ctx, kit);
  recordsRoutes(app, ctx, kit, adapters);
  accountRoutes(app, ctx, kit);
  noticeRoutes(app, ctx, kit);
  helpRoutes(app, ctx, kit);
};
