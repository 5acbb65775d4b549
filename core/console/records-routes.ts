import type { FastifyInstance } from 'fastify';
import type { LoadedAdapter } from '../adapters/dry-run.ts';
import { shanghaiDate } from '../calendar/china-time.ts';
import { diffVersions, entryHistory, listEntries } from '../catalogue/catalogue-store.ts';
import { listOutbox, replay } from '../delivery/outbox.ts';
import { formatDocumentNumber } from '../documents/document-number.ts';
import { departmentNames, REGISTER_OF } from '../documents/document-sources.ts';
import { documentFileName, documentPdf, listDocuments, registerPrefix } from '../documents/documents.ts';
import { monthlyReportCsv, monthlyReportData } from '../documents/monthly-report-data.ts';
import { issueMonthlyReport, previousMonth } from '../documents/monthly-report.ts';
import type { HubContext } from '../hub-context.ts';
import { counterpartPage } from './counterpart-page.ts';
import { lookUpCounterpart } from './counterpart-search.ts';
import { attachment } from './download.ts';
import { html } from './html.ts';
import { loadWords } from './names.ts';
import {
  adaptersPage,
  catalogueEntryPage,
  cataloguePage,
  deliveriesPage,
  documentsPage,
  monthlyPage,
} from './pages.ts';
import type { ConsoleKit } from './session.ts';
import { confirmPage } from './work-pages.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const flashes: Record<string, string> = { replayed: '已重新排入投递队列。' };

/** Documents, the monthly report, counterparts, the catalogue, and the bureau's delivery and adapter monitors. */
export function recordsRoutes(app: FastifyInstance, ctx: HubContext, kit: ConsoleKit, adapters: LoadedAdapter[]) {
  const { send, staff, actor, csrfToken, requireBureauAdmin } = kit;

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
      .header('content-disposition', attachment(documentFileName(meta)))
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
      .header('content-disposition', attachment(`月度通报-${month}.csv`))
      .send(monthlyReportCsv(await monthlyReportData(ctx, month)));
  });

  app.post<{ Querystring: { month?: string }; Body: { confirm?: string } }>(
    '/console/reports/monthly/issue',
    async (req, reply) => {
      requireBureauAdmin(req);
      const month = monthOf(req.query.month);
      if (req.body.confirm !== '1') {
        // The number it will most likely get: the next of the bureau's 代字 this year (another document
        // issued in between would take it first; the issued number is shown on the report page).
        const year = Number(shanghaiDate(ctx.clock.now()).slice(0, 4));
        const prefix = registerPrefix(ctx, REGISTER_OF['monthly-report']);
        const last = await ctx.db
          .selectFrom('document_numbers')
          .select('last')
          .where('prefix', '=', prefix)
          .where('year', '=', year)
          .executeTakeFirst();
        const number = formatDocumentNumber(prefix, year, (last?.last ?? 0) + 1);
        return send(
          req,
          reply,
          '确认出具月度通报',
          confirmPage({
            title: `确认出具 ${month} 月度通报`,
            action: `/console/reports/monthly/issue?month=${month}`,
            csrf: csrfToken(req, reply),
            what: html`<p>将以 <b id="next-number">${number}</b> 号出具 ${month} 月度通报（正式公文，编号出具后不能收回），并发送各部门。</p>`,
            button: `确认出具 ${number}`,
            back: '/console/reports/monthly',
            backFields: { month },
          }),
        );
      }
      await issueMonthlyReport(ctx, month, actor(req));
      return reply.redirect(`/console/reports/monthly?month=${month}`);
    },
  );

  app.get<{ Querystring: { key?: string } }>('/console/counterparts', async (req, reply) => {
    const input = String(req.query.key ?? '')
      .trim()
      .slice(0, 60);
    const [result, words] = await Promise.all([input ? lookUpCounterpart(ctx, input) : null, loadWords(ctx)]);
    const title = result?.kind === 'found' ? `相对人 · ${result.name}` : '相对人查询';
    return send(req, reply, title, counterpartPage({ input, result, words }));
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

  app.post<{ Params: { id: string }; Body: { confirm?: string } }>(
    '/console/deliveries/:id/replay',
    async (req, reply) => {
      requireBureauAdmin(req);
      if (req.body.confirm !== '1') {
        const row = await ctx.db
          .selectFrom('outbox')
          .select(['id', 'recipient', 'attempts', 'last_error'])
          .where('id', '=', req.params.id)
          .executeTakeFirst();
        const names = await departmentNames(ctx.db);
        return send(
          req,
          reply,
          '确认重新投递',
          confirmPage({
            title: '确认重新投递',
            action: `/console/deliveries/${req.params.id}/replay`,
            csrf: csrfToken(req, reply),
            what: html`<p>将把消息 ${req.params.id.slice(0, 8)} 重新排入发往 \
${names[row?.recipient ?? ''] ?? row?.recipient ?? '—'} 的投递队列（已尝试 ${row?.attempts ?? 0} 次；\
最近错误：${row?.last_error ?? '—'}）。对方系统可能再次收到同一消息。</p>`,
            button: '确认重新投递',
            back: '/console/deliveries',
          }),
        );
      }
      await replay(ctx, { id: req.params.id }, actor(req));
      return reply.redirect('/console/deliveries?done=replayed');
    },
  );

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
}
