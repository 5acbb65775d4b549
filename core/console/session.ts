import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorOf, SESSION_HOURS, signIn, signOut, userOfSession, type StaffUser } from '../accounts/users.ts';
import { departmentNames } from '../documents/document-sources.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import { toHubError } from '../http/error-handler.ts';
import type { Html } from './html.ts';
import { missingScheduleWarnings } from '../calendar/calendar-status.ts';
import { CONSOLE_CSS, page } from './layout.ts';
import { errorPage } from './pages.ts';
import { loginPage } from './work-pages.ts';

export type Staff = StaffUser & { departmentName: string };
declare module 'fastify' {
  interface FastifyRequest {
    staff?: Staff;
  }
}

const SESSION_COOKIE = 'sg_session';
const PUBLIC = new Set(['/console/login', '/console/console.css', '/console/font/sans.ttf']);
/** A draft waits this long for its author to sign in again. */
const DRAFT_HOURS = 24;

/** What every console page handler needs from the session layer. */
export interface ConsoleKit {
  send: (req: FastifyRequest, reply: FastifyReply, title: string, body: Html, status?: number) => FastifyReply;
  csrfToken: (req: FastifyRequest, reply: FastifyReply) => string;
  staff: (req: FastifyRequest) => Staff;
  actor: (req: FastifyRequest) => ReturnType<typeof actorOf>;
  requireBureauAdmin: (req: FastifyRequest) => void;
  /** The fields of a draft saved when the session expired mid-form (read once). */
  takeDraft: (id: string | undefined) => Promise<Record<string, string> | undefined>;
}

/**
 * Secure wherever the browser honours it: over HTTPS (behind a proxy, with trustProxy) and on the
 * loopback address, which browsers treat as secure; a plain-HTTP LAN address would drop the cookie.
 */
function secureCookie(req: FastifyRequest): boolean {
  return req.protocol === 'https' || ['localhost', '127.0.0.1', '::1', '[::1]'].includes(req.hostname);
}

/** Only a console page may be returned to after sign-in: never another site, never the sign-in page itself. */
function safeNext(next: unknown): string {
  const s = typeof next === 'string' ? next : '';
  return s.startsWith('/console') && !s.startsWith('/console/login') && !s.includes('//') ? s : '/console';
}

/** The page a form was on: the same-origin Referer, else the form's action without its last step. */
function pageOfForm(req: FastifyRequest): string {
  const referer = req.headers.referer;
  if (referer) {
    try {
      const u = new URL(referer);
      if (u.host === req.headers.host && u.pathname.startsWith('/console')) return safeNext(u.pathname + u.search);
    } catch {
      // not a URL: fall through
    }
  }
  return safeNext(req.url.split('?')[0]!.replace(/\/[^/]+$/, ''));
}

/**
 * Cookies, form bodies, CSRF on every form, sessions in the database (any hub process serves any
 * user), sign-in and sign-out, and the drafts that survive an expired session.
 */
export async function registerSession(app: FastifyInstance, ctx: HubContext): Promise<ConsoleKit> {
  await app.register(cookie);
  await app.register(formbody);
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'sg_csrf',
    cookieOpts: { path: '/console', httpOnly: true, sameSite: 'strict' },
    getToken: (req) => (req.body as { _csrf?: string } | undefined)?._csrf,
  });
  app.addHook('onRoute', (route) => {
    route.schema = { ...route.schema, hide: true }; // pages, not API: kept out of the OpenAPI document
    if (route.method === 'POST')
      route.preHandler = [app.csrfProtection, ...(route.preHandler ? [route.preHandler].flat() : [])];
  });
  app.addHook('onRequest', async (_req, reply) => {
    reply
      .header('cache-control', 'no-store')
      .header('x-frame-options', 'DENY')
      .header('x-content-type-options', 'nosniff');
  });

  app.addHook('preHandler', async (req, reply) => {
    if (PUBLIC.has(req.routeOptions.url ?? '')) return;
    const token = req.cookies[SESSION_COOKIE];
    const user = token ? await userOfSession(ctx, token) : undefined;
    if (!user) {
      if (req.method === 'GET') return reply.redirect(`/console/login?next=${encodeURIComponent(req.url)}`);
      return expiredMidForm(req, reply);
    }
    req.staff = { ...user, departmentName: (await departmentNames(ctx.db))[user.department] ?? user.department };
  });

  // One token per response: generating twice would set two different secret cookies.
  const tokens = new WeakMap<FastifyRequest, string>();
  const csrfToken = (req: FastifyRequest, reply: FastifyReply) => {
    let token = tokens.get(req);
    if (!token)
      tokens.set(
        req,
        (token = reply.generateCsrf({
          path: '/console',
          httpOnly: true,
          sameSite: 'strict',
          secure: secureCookie(req),
        })),
      );
    return token;
  };
  const send = (req: FastifyRequest, reply: FastifyReply, title: string, body: Html, status = 200) =>
    reply
      .status(status)
      .type('text/html; charset=utf-8')
      .send(
        page({
          title,
          user: req.staff,
          csrf: csrfToken(req, reply),
          path: req.routeOptions.url,
          body,
          banner: req.staff?.role === 'bureau-admin' ? missingScheduleWarnings(ctx).map((w) => w.zh) : [],
        }),
      );
  const staff = (req: FastifyRequest) => req.staff!;

  /**
   * A form posted after the session ran out: keep what was typed (not the CSRF token), say why, and
   * come back to the same page with it after sign-in.
   */
  async function expiredMidForm(req: FastifyRequest, reply: FastifyReply) {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const fields = Object.fromEntries(
      Object.entries(body)
        .filter(([k, v]) => k !== '_csrf' && (typeof v === 'string' || Array.isArray(v)))
        .map(([k, v]) => [k, Array.isArray(v) ? v.map(String).join('\n') : String(v).slice(0, 5000)]),
    );
    const at = ctx.clock.now();
    const next = pageOfForm(req);
    let draft: string | undefined;
    if (Object.keys(fields).length) {
      draft = randomBytes(18).toString('base64url');
      await ctx.db
        .deleteFrom('console_drafts')
        .where('created_at', '<', new Date(at.getTime() - DRAFT_HOURS * 3_600_000))
        .execute();
      await ctx.db
        .insertInto('console_drafts')
        .values({ id: draft, path: next, fields: JSON.stringify(fields), created_at: at })
        .execute();
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/console' });
    return send(
      req,
      reply,
      '登录',
      loginPage({ csrf: csrfToken(req, reply), next, draft, error: new HubError('SESSION_EXPIRED').zh }),
      401,
    );
  }

  async function takeDraft(id: string | undefined) {
    if (!id || !/^[\w-]{24}$/.test(id)) return undefined;
    const row = await ctx.db
      .deleteFrom('console_drafts')
      .where('id', '=', id)
      .where('created_at', '>=', new Date(ctx.clock.now().getTime() - DRAFT_HOURS * 3_600_000))
      .returning('fields')
      .executeTakeFirst();
    return row?.fields;
  }

  app.setErrorHandler((err: FastifyError, req, reply) => {
    const hub = toHubError(err, req);
    if (hub.code === 'SESSION_EXPIRED') return reply.redirect('/console/login');
    return send(req, reply, '错误', errorPage(hub.status, hub.zh, hub.code), hub.status);
  });

  // Machines without a Chinese system font (a bare Linux desktop) get the hub's own Noto Sans SC.
  const fontFile = createRequire(import.meta.url).resolve(
    '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  );
  app.get('/console/font/sans.ttf', async (_req, reply) =>
    reply
      .type('font/ttf')
      .header('cache-control', 'public, max-age=604800, immutable')
      .send(createReadStream(fontFile)),
  );
  app.get('/console/console.css', async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(CONSOLE_CSS),
  );

  app.get<{ Querystring: { next?: string } }>('/console/login', async (req, reply) =>
    send(req, reply, '登录', loginPage({ csrf: csrfToken(req, reply), next: safeNext(req.query.next) })),
  );

  app.post<{ Body: { username?: string; password?: string; next?: string; draft?: string } }>(
    '/console/login',
    async (req, reply) => {
      const next = safeNext(req.body.next);
      const draft = typeof req.body.draft === 'string' && /^[\w-]{24}$/.test(req.body.draft) ? req.body.draft : '';
      try {
        const { token } = await signIn(
          ctx,
          String(req.body.username ?? '').trim(),
          String(req.body.password ?? ''),
          req.ip,
        );
        reply.setCookie(SESSION_COOKIE, token, {
          path: '/console',
          httpOnly: true,
          sameSite: 'strict',
          secure: secureCookie(req),
          maxAge: SESSION_HOURS * 3600,
        });
        return reply.redirect(draft ? `${next}${next.includes('?') ? '&' : '?'}draft=${draft}` : next);
      } catch (err) {
        if (!(err instanceof HubError) || !['SIGN_IN_FAILED', 'ACCOUNT_LOCKED'].includes(err.code)) throw err;
        return send(
          req,
          reply,
          '登录',
          loginPage({ csrf: csrfToken(req, reply), next, draft, error: err.zh }),
          err.status,
        );
      }
    },
  );

  app.post('/console/logout', async (req, reply) => {
    await signOut(ctx, req.cookies[SESSION_COOKIE]!, staff(req));
    reply.clearCookie(SESSION_COOKIE, { path: '/console' });
    return reply.redirect('/console/login');
  });

  return {
    send,
    csrfToken,
    staff,
    actor: (req) => actorOf(staff(req)),
    requireBureauAdmin: (req) => {
      if (staff(req).role !== 'bureau-admin')
        throw new HubError('FORBIDDEN_ROLE', { role: '审批局管理员 / bureau-admin' });
    },
    takeDraft,
  };
}
