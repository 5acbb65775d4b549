import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { seesAllDepartments } from '../accounts/users.ts';
import { queryAudit } from '../audit/audit-log.ts';
import { issueOnDemand, listDocuments } from '../documents/documents.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import { toHubError } from '../http/error-handler.ts';
import { claimDelivery, disputeDelivery } from '../linkage/deliveries.ts';
import { SUPERVISION_KIND_ZH } from '../schema/labels.ts';
import { attachment } from './download.ts';
import { CLAIM_STATE_ZH, deadlineZh, SUBJECT_ZH, when } from './format.ts';
import { html, type Html } from './html.ts';
import { loadWords, type Words } from './names.ts';
import type { ConsoleKit } from './session.ts';
import { itemTimeline } from './pages.ts';
import { bulkResultPage, confirmPage, dashboardPage, itemPage } from './work-pages.ts';
import { EXPORT_CAP, parseListQuery, workCounts, workItem, workItems, type WorkItem } from './work-items.ts';

const flashes: Record<string, string> = {
  claimed: '已认领。',
  disputed: '异议已提交，等待审批局处理。',
};
/** A bulk claim takes at most this many items at once: one page of the list. */
const BULK_MAX = 50;

const label = (i: { counterpart_name: string | null; supervision_kind: string | null; subject_type: string }) =>
  i.counterpart_name ??
  SUPERVISION_KIND_ZH[i.supervision_kind as keyof typeof SUPERVISION_KIND_ZH] ??
  SUBJECT_ZH[i.subject_type] ??
  i.subject_type;

/** The dashboard, its exports, one item, and the actions on items (claim, bulk claim, dispute, letter). */
export function workRoutes(app: FastifyInstance, ctx: HubContext, kit: ConsoleKit) {
  const { send, staff, actor, csrfToken } = kit;
  const scopeOf = (req: FastifyRequest) => (seesAllDepartments(staff(req)) ? null : staff(req).department);
  const canClaim = (req: FastifyRequest) => actor(req).roles.length > 0;

  app.get<{ Querystring: Record<string, string> }>('/console', async (req, reply) => {
    const query = parseListQuery(req.query);
    const scope = scopeOf(req);
    const [counts, list, words] = await Promise.all([
      workCounts(ctx, scope),
      workItems(ctx, scope, query),
      loadWords(ctx),
    ]);
    return send(
      req,
      reply,
      `待办 · ${query.view === 'pending' ? '待认领' : '列表'}`,
      dashboardPage({
        query: { ...query, page: list.page },
        counts,
        items: list.items,
        total: list.total,
        more: list.more,
        sortedBy: list.sortedBy,
        words,
        viewer: scope,
        departments: Object.entries(words.departments).map(([value, l]) => ({ value, label: l })),
        matters: Object.entries(words.matters).map(([value, l]) => ({ value, label: `${l}（${value}）` })),
        canClaim: canClaim(req),
        csrf: csrfToken(req, reply),
      }),
    );
  });

  /** The current view (filters and order as on screen, every page) as rows of text. */
  async function exportRows(req: FastifyRequest<{ Querystring: Record<string, string> }>) {
    const query = { ...parseListQuery(req.query), page: 1 };
    const [list, words] = await Promise.all([workItems(ctx, scopeOf(req), query, EXPORT_CAP), loadWords(ctx)]);
    const head = ['类别', '相对人', '代码', '事项', '文书号', '接收部门', '状态', '认领期限', '推送时间', '编号'];
    const rows = list.items.map((i: WorkItem) => [
      SUBJECT_ZH[i.subject_type] ?? i.subject_type,
      label(i),
      i.counterpart_key ?? i.supervision_counterpart ?? '',
      i.matter_code ? words.matter(i.matter_code) : '',
      i.license_document_number ?? '',
      words.dept(i.recipient),
      CLAIM_STATE_ZH[i.claim_state] ?? i.claim_state,
      deadlineZh(i.claim_due_at, words.now),
      when(i.created_at),
      i.id,
    ]);
    return { head, rows, truncated: list.more };
  }

  app.get<{ Querystring: Record<string, string> }>('/console/export.csv', async (req, reply) => {
    const { head, rows } = await exportRows(req);
    // A byte-order mark so Excel on Windows opens the UTF-8 file as UTF-8.
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', attachment(`待办导出-${when(ctx.clock.now()).slice(0, 10)}.csv`))
      .send(`\ufeff${stringify([head, ...rows])}`);
  });

  app.get<{ Querystring: Record<string, string> }>('/console/export.xlsx', async (req, reply) => {
    const { head, rows, truncated } = await exportRows(req);
    const book = new ExcelJS.Workbook();
    book.creator = '审管联动枢纽';
    book.created = ctx.clock.now();
    const sheet = book.addWorksheet('待办');
    sheet.addRow(head).font = { bold: true };
    for (const r of rows) sheet.addRow(r);
    if (truncated) sheet.addRow([`仅导出前 ${EXPORT_CAP} 条，请缩小筛选范围。`]);
    sheet.columns.forEach((c, i) => {
      c.width = [8, 28, 22, 24, 26, 22, 12, 16, 18, 38][i] ?? 16;
    });
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', attachment(`待办导出-${when(ctx.clock.now()).slice(0, 10)}.xlsx`))
      .send(buffer);
  });

  /**
   * The item, if this user may see it: its own department's (also as forwarder), or any for bureau and reform
   * office.
   */
  async function visibleItem(req: FastifyRequest, id: string) {
    const item = await workItem(ctx, id);
    const u = staff(req);
    if (!seesAllDepartments(u) && u.department !== item.recipient && u.department !== item.via)
      throw new HubError('FORBIDDEN_DEPARTMENT');
    return item;
  }

  async function renderItem(
    req: FastifyRequest,
    reply: Parameters<ConsoleKit['send']>[1],
    id: string,
    extra: { flash?: string; reason?: string; errors?: Record<string, string> } = {},
    status = 200,
  ) {
    const item = await visibleItem(req, id);
    const a = actor(req);
    const mine = a.roles.includes('admin') || a.department === item.recipient || a.department === item.via;
    const now = ctx.clock.now();
    const [timeline, documents, words] = await Promise.all([
      queryAudit(ctx.db, { subject: `${item.subject_type}:${item.subject_id}`, limit: 200 }),
      listDocuments(ctx, a, { subjectType: item.subject_type, subjectId: item.subject_id }),
      loadWords(ctx),
    ]);
    return send(
      req,
      reply,
      `办理 · ${label(item)}`,
      itemPage({
        delivery: item,
        subject: (item.decision ?? item.supervision_record) as Record<string, unknown> | null,
        timeline: itemTimeline(timeline.reverse()),
        documents,
        canAct: mine && a.roles.length > 0 && item.claim_state === 'pending',
        canDispute:
          mine &&
          a.roles.length > 0 &&
          !item.disputed_at &&
          ['pending', 'claimed'].includes(item.claim_state) &&
          !!item.dispute_due_at &&
          item.dispute_due_at > now,
        csrf: csrfToken(req, reply),
        words,
        ...extra,
      }),
      status,
    );
  }

  app.get<{ Params: { id: string }; Querystring: { done?: string; draft?: string; reason?: string } }>(
    '/console/items/:id',
    async (req, reply) => {
      const draft = await kit.takeDraft(req.query.draft);
      return renderItem(req, reply, req.params.id, {
        flash: draft ? '已恢复登录过期前填写的内容，请确认后提交。' : flashes[req.query.done ?? ''],
        reason: draft?.reason ?? (typeof req.query.reason === 'string' ? req.query.reason.slice(0, 2000) : undefined),
      });
    },
  );

  const describe = (item: Awaited<ReturnType<typeof visibleItem>>, w: Words) =>
    html`<p><b>${label(item)}</b>${item.matter_code ? html` · ${w.matter(item.matter_code)}` : ''}\
${item.license_document_number ? html` · ${item.license_document_number}` : ''}</p>
<p>接收部门：${w.dept(item.recipient)}；认领期限：${deadlineZh(item.claim_due_at, w.now)}</p>`;

  /** The second step of a claim or a dispute of one item: the item, what follows, and what was typed (kept on 返回). */
  const confirmStep = async (
    req: FastifyRequest,
    reply: FastifyReply,
    item: Awaited<ReturnType<typeof visibleItem>>,
    step: 'claim' | 'dispute',
    o: { title: string; consequence: Html; fields?: Record<string, string> },
  ) => {
    const w = await loadWords(ctx);
    return send(
      req,
      reply,
      o.title,
      confirmPage({
        title: o.title,
        action: `/console/items/${item.id}/${step}`,
        csrf: csrfToken(req, reply),
        what: html`${describe(item, w)}${o.consequence}`,
        button: o.title,
        fields: o.fields,
        back: `/console/items/${item.id}`,
        backFields: o.fields,
      }),
    );
  };

  app.post<{ Params: { id: string }; Body: { confirm?: string } }>('/console/items/:id/claim', async (req, reply) => {
    const item = await visibleItem(req, req.params.id);
    if (req.body.confirm !== '1')
      return confirmStep(req, reply, item, 'claim', {
        title: '确认认领',
        consequence: html`<p>认领后即由本部门承担该事项的监管责任，不能撤回。</p>`,
      });
    await claimDelivery(ctx, req.params.id, actor(req));
    return reply.redirect(`/console/items/${req.params.id}?done=claimed`);
  });

  app.post<{ Body: { id?: string | string[]; confirm?: string } }>('/console/items/claim', async (req, reply) => {
    const ids = [...new Set([req.body.id ?? []].flat().filter((x) => typeof x === 'string'))];
    if (!ids.length) return reply.redirect('/console?done=none');
    if (ids.length > BULK_MAX)
      throw new HubError(
        'VALIDATION_FAILED',
        { count: 1 },
        { details: [{ field: 'id', zh: `一次最多认领 ${BULK_MAX} 件`, en: `at most ${BULK_MAX} at once` }] },
      );
    const w = await loadWords(ctx);
    if (req.body.confirm !== '1') {
      const items = await Promise.all(ids.map((id) => visibleItem(req, id).catch(() => null)));
      return send(
        req,
        reply,
        '确认批量认领',
        confirmPage({
          title: `确认认领 ${ids.length} 件`,
          action: '/console/items/claim',
          csrf: csrfToken(req, reply),
          what: html`<ul>${items.map(
            (i, n) =>
              html`<li>${
                i
                  ? html`${label(i)}\
${i.license_document_number ? ` · ${i.license_document_number}` : ''}（${w.dept(i.recipient)}，\
期限 ${deadlineZh(i.claim_due_at, w.now)}）`
                  : ids[n]
              }</li>`,
          )}</ul><p>认领后即由本部门承担监管责任，不能撤回。</p>`,
          button: `确认认领 ${ids.length} 件`,
          fields: { id: ids },
          back: '/console',
        }),
      );
    }
    // One item at a time, each in its own transaction: one refusal does not undo the others.
    const results = [];
    for (const id of ids) {
      try {
        const item = await visibleItem(req, id);
        const before = item.claim_state;
        await claimDelivery(ctx, id, actor(req));
        results.push({ id, label: label(item), ok: true, zh: before === 'claimed' ? '此前已认领' : '已认领' });
      } catch (err) {
        const e = err instanceof HubError ? err : toHubError(err as FastifyError, req);
        results.push({ id, label: id, ok: false, zh: `未认领：${e.zh}` });
      }
    }
    return send(req, reply, '批量认领结果', bulkResultPage(results, '/console'));
  });

  app.post<{ Params: { id: string }; Body: { reason?: string; confirm?: string } }>(
    '/console/items/:id/dispute',
    async (req, reply) => {
      const item = await visibleItem(req, req.params.id);
      const typed = String(req.body.reason ?? '');
      const reason = typed.trim();
      const error = !reason
        ? '请填写异议理由。'
        : reason.length < 5
          ? '异议理由至少 5 个字，请写明不属于本部门监管或信息有误的具体情况。'
          : reason.length > 2000
            ? `异议理由最多 2000 字，现为 ${reason.length} 字。`
            : undefined;
      if (error) return renderItem(req, reply, item.id, { reason: typed, errors: { reason: error } }, 422);
      if (req.body.confirm !== '1')
        return confirmStep(req, reply, item, 'dispute', {
          title: '确认提出异议',
          consequence: html`<p>异议理由：</p><blockquote id="confirm-reason">${reason}</blockquote>\
<p>提交后由审批局处理，不能撤回或修改。</p>`,
          fields: { reason },
        });
      await disputeDelivery(ctx, req.params.id, reason, actor(req));
      return reply.redirect(`/console/items/${req.params.id}?done=disputed`);
    },
  );

  app.post<{ Params: { id: string } }>('/console/items/:id/letter', async (req, reply) => {
    const item = await visibleItem(req, req.params.id);
    if (item.subject_type !== 'approval')
      throw new HubError('NOT_FOUND', { what: 'a notification letter for this item / 本事项的告知函' });
    const { document } = await issueOnDemand(ctx, 'approval-notification', item.subject_id, actor(req));
    return reply.redirect(`/console/documents/${document.id}/pdf`);
  });
}
