import { createReadStream } from 'node:fs';
import { missingScheduleWarnings } from '../calendar/calendar-status.ts';
import { createRequire } from 'node:module';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import {
  actorOf,
  seesAllDepartments,
  SESSION_HOURS,
  signIn,
  signOut,
  userOfSession,
  type StaffUser,
} from '../accounts/users.ts';
import type { LoadedAdapter } from '../adapters/dry-run.ts';
import { queryAudit } from '../audit/audit-log.ts';
import { shanghaiDate } from '../calendar/china-time.ts';
import { diffVersions, entryHistory, listEntries } from '../catalogue/catalogue-store.ts';
import { listOutbox, replay } from '../delivery/outbox.ts';
import { departmentNames } from '../documents/document-sources.ts';
import { documentFileName, documentPdf, issueOnDemand, listDocuments } from '../documents/documents.ts';
import { monthlyReportCsv, monthlyReportData } from '../documents/monthly-report-data.ts';
import { issueMonthlyReport, previousMonth } from '../documents/monthly-report.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import { creditStatus } from '../linkage/credit.ts';
import { claimDelivery, disputeDelivery } from '../linkage/deliveries.ts';
import { attachmentHeader } from '../http/routes/documents.ts';
import { toHubError } from '../http/error-handler.ts';
import { CONSOLE_CSS, page } from './layout.ts';
import type { Html } from './html.ts';
import {
  adaptersPage,
  catalogueEntryPage,
  cataloguePage,
  counterpartPage,
  dashboardPage,
  deliveriesPage,
  documentsPage,
  errorPage,
  itemPage,
  loginPage,
  monthlyPage,
} from './pages.ts';
import { VIEWS, workCounts, workItem, workItems, type View } from './work-items.ts';

type Staff = StaffUser & { departmentName: string };
declare module 'fastify' {
  interface FastifyRequest {
    staff?: Staff;
  }
}

const SESSION_COOKIE = 'sg_session';
const PUBLIC = new Set(['/console/login', '/console/console.css', '/console/font/sans.ttf']);
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Secure wherever the browser honours it: over HTTPS (behind a proxy, with trustProxy) and on the
 * loopback address, which browsers treat as secure; a plain-HTTP LAN address would drop the cookie.
 */
function secureCookie(req: FastifyRequest): boolean {
  return req.protocol === 'https' || ['localhost', '127.0.0.1', '::1', '[::1]'].includes(req.hostname);
}

const flashes: Record<string, string> = {
  claimed: '已认领。',
  disputed: '异议已提交，等待审批局处理。',
  replayed: '已重新排入投递队列。',
};

/**
 * The staff console: server-rendered Chinese pages on the same core functions as the API. Sessions
 * live in the database (any hub process serves any user); every form carries a CSRF token.
 */
export const consoleRoutes: FastifyPluginAsync<{ ctx: HubContext; adapters: LoadedAdapter[] }> = async (
  app,
  { ctx, adapters },
) => {
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
      throw new HubError('SESSION_EXPIRED');
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
          // The administrator loads the holiday schedule: tell them while a year is missing (calendar-status.ts).
          banner: req.staff?.role === 'bureau-admin' ? missingScheduleWarnings(ctx).map((w) => w.zh) : [],
        }),
      );
  const staff = (req: FastifyRequest) => req.staff!;
  const actor = (req: FastifyRequest) => actorOf(staff(req));
  const requireBureauAdmin = (req: FastifyRequest) => {
    if (staff(req).role !== 'bureau-admin')
      throw new HubError('FORBIDDEN_ROLE', { role: '审批局管理员 / bureau-admin' });
  };

  app.setErrorHandler((err: FastifyError, req, reply) => {
    const hub = toHubError(err, req);
    if (hub.code === 'SESSION_EXPIRED') return reply.redirect('/console/login');
    return send(req, reply, '错误', errorPage(hub.status, hub.zh, hub.code), hub.status);
  });

  // Machines without a Chinese system font (a bare Linux desktop) get the hub's own Noto Sans SC; Windows and macOS use their local face.
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
    send(req, reply, '登录', loginPage({ csrf: csrfToken(req, reply), next: req.query.next ?? '/console' })),
  );

  app.post<{ Body: { username?: string; password?: string; next?: string } }>('/console/login', async (req, reply) => {
    const next =
      req.body.next?.startsWith('/console') && !req.body.next.startsWith('/console/login') ? req.body.next : '/console';
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
      return reply.redirect(next);
    } catch (err) {
      if (!(err instanceof HubError) || !['SIGN_IN_FAILED', 'SIGN_IN_THROTTLED'].includes(err.code)) throw err;
      return send(req, reply, '登录', loginPage({ csrf: csrfToken(req, reply), next, error: err.zh }), err.status);
    }
  });

  app.post('/console/logout', async (req, reply) => {
    await signOut(ctx, req.cookies[SESSION_COOKIE]!, staff(req));
    reply.clearCookie(SESSION_COOKIE, { path: '/console' });
    return reply.redirect('/console/login');
  });

  app.get<{ Querystring: { view?: string; after?: string } }>('/console', async (req, reply) => {
    const view: View = req.query.view && req.query.view in VIEWS ? (req.query.view as View) : 'pending';
    const scope = seesAllDepartments(staff(req)) ? null : staff(req).department;
    const [counts, list, matters] = await Promise.all([
      workCounts(ctx, scope),
      workItems(ctx, scope, view, req.query.after),
      matterNames(),
    ]);
    return send(
      req,
      reply,
      '待办',
      dashboardPage({
        view,
        counts,
        items: list.items,
        next: list.next,
        names: await departmentNames(ctx.db),
        matters,
        viewer: scope,
      }),
    );
  });

  async function matterNames() {
    return Object.fromEntries((await listEntries(ctx, 'matter')).map((e) => [e.code, e.data?.name ?? e.code]));
  }

  /** The item, if this user may see it: its own department's (also as forwarder), or any for bureau and reform office. */
  async function visibleItem(req: FastifyRequest, id: string) {
    const item = await workItem(ctx, id);
    const u = staff(req);
    if (!seesAllDepartments(u) && u.department !== item.recipient && u.department !== item.via)
      throw new HubError('FORBIDDEN_DEPARTMENT');
    return item;
  }

  app.get<{ Params: { id: string }; Querystring: { done?: string } }>('/console/items/:id', async (req, reply) => {
    const item = await visibleItem(req, req.params.id);
    const a = actor(req);
    const mine = a.roles.includes('admin') || a.department === item.recipient || a.department === item.via;
    const now = ctx.clock.now();
    const [timeline, documents] = await Promise.all([
      queryAudit(ctx.db, { subject: `${item.subject_type}:${item.subject_id}`, limit: 200 }),
      listDocuments(ctx, a, { subjectType: item.subject_type, subjectId: item.subject_id }),
    ]);
    return send(
      req,
      reply,
      '办理',
      itemPage({
        delivery: item,
        subject: (item.decision ?? item.supervision_record) as Record<string, unknown> | null,
        timeline: timeline.reverse(),
        documents,
        canAct: mine && a.roles.length > 0 && item.claim_state === 'pending',
        canDispute:
          mine &&
          a.roles.length > 0 &&
          !item.disputed_at &&
          ['pending', 'claimed'].includes(item.claim_state) &&
          !!item.dispute_due_at &&
          item.dispute_due_at > now,
        flash: flashes[req.query.done ?? ''],
        csrf: csrfToken(req, reply),
        names: await departmentNames(ctx.db),
        matters: await matterNames(),
      }),
    );
  });

  app.post<{ Params: { id: string } }>('/console/items/:id/claim', async (req, reply) => {
    await visibleItem(req, req.params.id);
    await claimDelivery(ctx, req.params.id, actor(req));
    return reply.redirect(`/console/items/${req.params.id}?done=claimed`);
  });

  app.post<{ Params: { id: string }; Body: { reason?: string } }>('/console/items/:id/dispute', async (req, reply) => {
    await visibleItem(req, req.params.id);
    const reason = String(req.body.reason ?? '').trim();
    if (!reason)
      throw new HubError(
        'VALIDATION_FAILED',
        { count: 1 },
        { details: [{ field: 'reason', zh: '请填写异议理由', en: 'a reason is required' }] },
      );
    await disputeDelivery(ctx, req.params.id, reason.slice(0, 2000), actor(req));
    return reply.redirect(`/console/items/${req.params.id}?done=disputed`);
  });

  app.post<{ Params: { id: string } }>('/console/items/:id/letter', async (req, reply) => {
    const item = await visibleItem(req, req.params.id);
    if (item.subject_type !== 'approval')
      throw new HubError('NOT_FOUND', { what: 'a notification letter for this item / 本事项的告知函' });
    const { document } = await issueOnDemand(ctx, 'approval-notification', item.subject_id, actor(req));
    return reply.redirect(`/console/documents/${document.id}/pdf`);
  });

  app.get<{ Querystring: { before?: string } }>('/console/documents', async (req, reply) => {
    const documents = await listDocuments(ctx, actor(req), {
      before: req.query.before && !Number.isNaN(Date.parse(req.query.before)) ? req.query.before : undefined,
    });
    const next = documents.length === 50 ? documents.at(-1)!.created_at.toISOString() : null;
    return send(req, reply, '文书', documentsPage({ documents, names: await departmentNames(ctx.db), next }));
  });

  app.get<{ Params: { id: string } }>('/console/documents/:id/pdf', async (req, reply) => {
    const { meta, pdf } = await documentPdf(ctx, req.params.id, actor(req));
    return reply
      .type('application/pdf')
      .header('content-disposition', attachmentHeader(documentFileName(meta)))
      .send(pdf);
  });

  const monthOf = (m?: string) => (m && MONTH.test(m) ? m : previousMonth(ctx.clock.now()));

  app.get<{ Querystring: { month?: string } }>('/console/reports/monthly', async (req, reply) => {
    const month = monthOf(req.query.month);
    const [data, document] = await Promise.all([
      monthlyReportData(ctx, month),
      ctx.db
        .selectFrom('documents')
        .select(['id', 'number'])
        .where('kind', '=', 'monthly-report')
        .where('subject_id', '=', month)
        .executeTakeFirst(),
    ]);
    return send(
      req,
      reply,
      '月度通报',
      monthlyPage({
        month,
        data,
        names: await departmentNames(ctx.db),
        document,
        csrf: csrfToken(req, reply),
        canIssue: staff(req).role === 'bureau-admin',
      }),
    );
  });

  app.get<{ Querystring: { month?: string } }>('/console/reports/monthly.csv', async (req, reply) => {
    const month = monthOf(req.query.month);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', attachmentHeader(`月度通报-${month}.csv`))
      .send(monthlyReportCsv(await monthlyReportData(ctx, month)));
  });

  app.post<{ Querystring: { month?: string } }>('/console/reports/monthly/issue', async (req, reply) => {
    requireBureauAdmin(req);
    const month = monthOf(req.query.month);
    await issueMonthlyReport(ctx, month, actor(req));
    return reply.redirect(`/console/reports/monthly?month=${month}`);
  });

  app.get<{ Querystring: { key?: string } }>('/console/counterparts', async (req, reply) => {
    const key = (req.query.key ?? '').trim().toUpperCase().slice(0, 30);
    return send(
      req,
      reply,
      '信用查询',
      counterpartPage({ key, report: key ? await creditStatus(ctx, key) : null, names: await departmentNames(ctx.db) }),
    );
  });

  app.get('/console/catalogue', async (req, reply) =>
    send(
      req,
      reply,
      '事项目录',
      cataloguePage(await listEntries(ctx, 'matter', shanghaiDate(ctx.clock.now())), await departmentNames(ctx.db)),
    ),
  );

  app.get<{ Params: { code: string } }>('/console/catalogue/:code', async (req, reply) => {
    const history = await entryHistory(ctx, 'matter', req.params.code);
    const diffs = await Promise.all(
      history.slice(1).map((v, i) => diffVersions(ctx, 'matter', req.params.code, history[i]!.version, v.version)),
    );
    return send(req, reply, '事项版本', catalogueEntryPage(req.params.code, history, diffs));
  });

  app.get<{ Querystring: { done?: string } }>('/console/deliveries', async (req, reply) => {
    requireBureauAdmin(req);
    const rows = await listOutbox(ctx.db, { failing: true, limit: 200 });
    return send(
      req,
      reply,
      '投递监控',
      deliveriesPage({
        rows,
        names: await departmentNames(ctx.db),
        csrf: csrfToken(req, reply),
        flash: flashes[req.query.done ?? ''],
      }),
    );
  });

  app.post<{ Params: { id: string } }>('/console/deliveries/:id/replay', async (req, reply) => {
    requireBureauAdmin(req);
    await replay(ctx, { id: req.params.id }, actor(req));
    return reply.redirect('/console/deliveries?done=replayed');
  });

  app.get('/console/adapters', async (req, reply) => {
    requireBureauAdmin(req);
    const intake = await ctx.db
      .selectFrom('file_intake')
      .select((eb) => [
        'adapter',
        eb.fn.countAll<number>().as('files'),
        eb.fn.coalesce(eb.fn.sum<number>('accepted'), eb.lit(0)).as('accepted'),
        eb.fn.coalesce(eb.fn.sum<number>('rejected'), eb.lit(0)).as('rejected'),
        eb.fn.countAll<number>().filterWhere('state', '=', 'error').as('failed'),
        eb.fn.max('received_at').as('last'),
      ])
      .groupBy('adapter')
      .execute();
    const byName = new Map(intake.map((r) => [r.adapter, r]));
    const rows = adapters.map(({ adapter: { manifest: m } }) => {
      const s = byName.get(m.name);
      return {
        name: m.name,
        department: m.department,
        transport: m.transport,
        format: m.format,
        directions: m.directions,
        files: Number(s?.files ?? 0),
        accepted: Number(s?.accepted ?? 0),
        rejected: Number(s?.rejected ?? 0),
        failed: Number(s?.failed ?? 0),
        last: s?.last ? new Date(s.last) : null,
      };
    });
    return send(req, reply, '适配器', adaptersPage(rows, await departmentNames(ctx.db)));
  });
};
