import type { DocumentMeta } from '../documents/documents.ts';
import { CLAIM_STATE_ZH, deadlineZh, remainingZh, SUBJECT_ZH, kindZh, when } from './format.ts';
import { html, type Html } from './html.ts';
import { csrfField, fieldError, invalidAttrs } from './layout.ts';
import type { Words } from './names.ts';
import { ACTION_ZH, fields, subjectLine } from './pages.ts';
import {
  COUNT_CAP,
  listUrl,
  PAGE_SIZE,
  SORT_CAP,
  SORTS,
  TOTAL_CAP,
  VIEWS,
  type ListQuery,
  type Sort,
  type View,
  type WorkItem,
  type WorkItemDetail,
} from './work-items.ts';

export function loginPage(o: { csrf: string; error?: string; next: string; draft?: string }): Html {
  return html`<div class="login box"><h1>工作人员登录</h1>
${o.error ? html`<div class="error" role="alert">${o.error}</div>` : ''}
${o.draft ? html`<p class="muted">您填写的内容已保存，登录后回到原页面继续办理。</p>` : ''}
<form method="post" action="/console/login">${csrfField(o.csrf)}<input type="hidden" name="next" value="${o.next}">
${o.draft ? html`<input type="hidden" name="draft" value="${o.draft}">` : ''}
<label>用户名<input name="username" autocomplete="username" required autofocus></label>
<label>密码<input name="password" type="password" autocomplete="current-password" required></label>
<p><button type="submit">登录</button></p></form></div>`;
}

const timeLeft = (i: { claim_state: string; workingHoursLeft: number | null }, w: Words) =>
  i.claim_state === 'pending'
    ? html`<br><span class="${(i.workingHoursLeft ?? 99) < 4 ? 'warn' : 'muted'}">\
${remainingZh(i.workingHoursLeft, w.left)}</span>`
    : '';

/** A forwarded item's route: received for a higher-level department, or forwarded on by this one. */
function route(i: WorkItem, w: Words, viewer: string | null): Html {
  const parts: Html[] = [];
  if (viewer && i.recipient !== viewer) parts.push(html`代${w.dept(i.recipient)}接收转送`);
  if (!viewer && i.via) parts.push(html`经 ${w.dept(i.via)} 转送`);
  for (const f of i.forwards)
    parts.push(html`并转送${w.dept(f.recipient)}（${CLAIM_STATE_ZH[f.claim_state] ?? f.claim_state}）`);
  return parts.length ? html`<br><span class="muted">${parts}</span>` : html``;
}

export interface Option {
  value: string;
  label: string;
}

const select = (name: string, label: string, value: string | undefined, options: Option[]) =>
  html`<label>${label}<select name="${name}"><option value="">全部</option>${options.map(
    (o) => html`<option value="${o.value}"${o.value === value ? html` selected` : ''}>${o.label}</option>`,
  )}</select></label>`;

/** `viewer`: the department whose dashboard this is, or null for those who see every department. */
export function dashboardPage(o: {
  query: ListQuery;
  counts: Partial<Record<View, number>>;
  items: WorkItem[];
  total: number;
  /** More items match than `total` counted (TOTAL_CAP). */
  more?: boolean;
  /** The order the list is in, when a long list could not take the one asked for. */
  sortedBy?: { sort: Sort; dir: 'asc' | 'desc' };
  words: Words;
  viewer: string | null;
  departments: Option[];
  matters: Option[];
  canClaim: boolean;
  csrf: string;
  flash?: Html;
}): Html {
  const q = o.query;
  const w = o.words;
  const showRecipient = o.viewer === null;
  const cards = (Object.entries(VIEWS) as [View, string][]).map(
    ([v, label]) =>
      html`<a class="card ${v === q.view ? 'on' : ''}" href="${listUrl(q, {
        view: v,
        sort: undefined as unknown as Sort,
        dir: undefined as unknown as 'asc',
      })}"${v === q.view ? html` aria-current="true"` : ''}><span>${label}</span>${
        v in o.counts
          ? html`<b class="${v === 'overdue' && o.counts[v] ? 'warn' : ''}">\
${(o.counts[v] ?? 0) >= COUNT_CAP ? `${COUNT_CAP}+` : o.counts[v]}</b>`
          : ''
      }</a>`,
  );
  const sorted = o.sortedBy ?? { sort: q.sort, dir: q.dir };
  const sortLink = (s: Sort, label: string) => {
    const on = sorted.sort === s;
    const dir = on && q.dir === 'asc' ? 'desc' : 'asc';
    return html`<th aria-sort="${on ? (sorted.dir === 'asc' ? 'ascending' : 'descending') : 'none'}">\
<a href="${listUrl(q, { sort: s, dir })}">${label}${on ? (sorted.dir === 'asc' ? ' ▲' : ' ▼') : ''}</a></th>`;
  };
  const pages = Math.max(1, Math.ceil(o.total / PAGE_SIZE));
  const pageLinks: Html[] = [];
  const shown = new Set([1, pages, q.page - 2, q.page - 1, q.page, q.page + 1, q.page + 2]);
  let gap = false;
  for (let p = 1; p <= pages; p++) {
    if (!shown.has(p)) {
      if (!gap) pageLinks.push(html`<span aria-hidden="true">…</span>`);
      gap = true;
      continue;
    }
    gap = false;
    pageLinks.push(
      p === q.page
        ? html`<span class="on" aria-current="page">${p}</span>`
        : html`<a href="${listUrl(q, { page: p })}" aria-label="第 ${p} 页">${p}</a>`,
    );
  }
  const rows = o.items.map(
    (i) => html`<tr>
${
  o.canClaim
    ? html`<td data-label="选择">${
        i.claim_state === 'pending'
          ? html`<input type="checkbox" name="id" value="${i.id}" form="bulk" \
aria-label="选择 ${i.counterpart_name ?? i.id}">`
          : ''
      }</td>`
    : ''
}
<td data-label="类别">${SUBJECT_ZH[i.subject_type] ?? i.subject_type}</td><td data-label="事项">${subjectLine(i, w)}\
${route(i, w, o.viewer)}</td>
${showRecipient ? html`<td data-label="接收部门">${w.dept(i.recipient)}</td>` : ''}
<td data-label="状态">${CLAIM_STATE_ZH[i.claim_state] ?? i.claim_state}\
${i.credit_warning ? html` <span class="warn">信用预警</span>` : ''}</td>
<td data-label="认领期限">${deadlineZh(i.claim_due_at, w.now)}${provisionalMark(i.deadline_provisional)}\
${timeLeft(i, w)}</td>
<td data-label="推送时间">${when(i.created_at)}</td><td><a href="/console/items/${i.id}">办理</a></td></tr>`,
  );
  const exportQuery = listUrl(q, {}, '').replace(/^\?/, '');
  // The whole page in one step (a confirmation follows), besides ticking items one by one.
  const pendingIds = o.items.filter((i) => i.claim_state === 'pending').map((i) => i.id);
  const from = o.total ? (q.page - 1) * PAGE_SIZE + 1 : 0;
  return html`<h1>待办 · ${VIEWS[q.view]}</h1>${o.flash ? html`<div class="flash" role="status">${o.flash}</div>` : ''}
<nav class="cards" aria-label="待办分类">${cards}</nav>
<form method="get" action="/console" class="box filters" role="search" aria-label="筛选">
<input type="hidden" name="view" value="${q.view}">
<label>关键词<input name="q" value="${q.q ?? ''}" placeholder="名称、代码、文书号" size="16"></label>
<label>相对人（名称或代码）<input name="party" value="${q.party ?? ''}" size="18"></label>
${showRecipient ? select('department', '接收部门', q.department, o.departments) : ''}
${select('matter', '事项', q.matter, o.matters)}
${select(
  'state',
  '状态',
  q.state,
  Object.entries(CLAIM_STATE_ZH).map(([value, label]) => ({ value, label })),
)}
${select('due', '期限', q.due, [
  { value: 'near', label: '临近期限（4 工作小时内）' },
  { value: 'overdue', label: '已逾期未认领' },
])}
<label>推送日期自<input type="date" name="from" value="${q.from ?? ''}"></label>
<label>至<input type="date" name="to" value="${q.to ?? ''}"></label>
<div><label for="sort">排序</label><select id="sort" name="sort">${(Object.entries(SORTS) as [Sort, string][]).map(
    ([v, l]) => html`<option value="${v}"${v === q.sort ? html` selected` : ''}>${l}</option>`,
  )}</select></div>
<div><label for="dir">顺序</label><select id="dir" name="dir">\
<option value="asc"${q.dir === 'asc' ? html` selected` : ''}>升序</option>\
<option value="desc"${q.dir === 'desc' ? html` selected` : ''}>降序</option></select></div>
<button type="submit">查询</button> <a href="/console?view=${q.view}">清除条件</a></form>
${
  sorted.sort !== q.sort
    ? html`<p class="error" role="status">符合条件的事项超过 ${SORT_CAP} 条，\
无法按“${SORTS[q.sort]}”排序，已按“${SORTS[sorted.sort]}”排列；\
请先用上面的条件（如部门、事项、状态、推送日期）缩小到 ${SORT_CAP} 条以内再排序。</p>`
    : ''
}
<p>共 <b id="total">${o.total}${o.more ? '+' : ''}</b> \
条${o.total ? html`，第 ${from}–${Math.min(o.total, q.page * PAGE_SIZE)} 条` : ''} ·
<a href="/console/export.xlsx${exportQuery ? `?${exportQuery}` : ''}">导出 Excel</a> ·
<a href="/console/export.csv${exportQuery ? `?${exportQuery}` : ''}">导出 CSV</a></p>
${
  o.canClaim
    ? html`<div class="bulk"><form method="post" action="/console/items/claim" id="bulk" class="inline">\
${csrfField(o.csrf)}<button type="submit" class="secondary">批量认领所选</button></form>${
        pendingIds.length > 1
          ? html` <form method="post" action="/console/items/claim" class="inline">${csrfField(o.csrf)}\
${pendingIds.map((id) => html`<input type="hidden" name="id" value="${id}">`)}\
<button type="submit" class="secondary">认领本页全部待认领（${pendingIds.length} 件）</button></form>`
          : ''
      }</div>`
    : ''
}
<div class="scroll"><table class="cards-on-phone"><caption class="muted" style="text-align:left">\
${VIEWS[q.view]}列表，点击列名排序</caption><thead><tr>${o.canClaim ? html`<th><span class="muted">选择</span></th>` : ''}\
<th>类别</th>${sortLink('matter', '事项')}${showRecipient ? html`<th>接收部门</th>` : ''}${sortLink('state', '状态')}\
${sortLink('due', SORTS.due)}${sortLink('created', SORTS.created)}<th><span class="muted">操作</span></th></tr></thead>
<tbody>${rows.length ? rows : html`<tr><td colspan="8" class="muted">没有符合条件的事项。</td></tr>`}</tbody></table></div>
<nav class="pages" aria-label="分页">${q.page > 1 ? html`<a href="${listUrl(q, { page: q.page - 1 })}">上一页</a>` : ''}\
${pageLinks}${q.page < pages ? html`<a href="${listUrl(q, { page: q.page + 1 })}">下一页</a>` : ''} <span class="muted">\
共 ${pages}${o.more ? '+' : ''} 页</span></nav>\
${o.more && q.page === pages ? html`<p class="muted">只列出前 ${TOTAL_CAP} 条；更早的事项请按推送日期或其他条件筛选。</p>` : ''}`;
}

export interface ItemDetail {
  delivery: WorkItemDetail;
  subject: Record<string, unknown> | null;
  timeline: { at: Date; actor: string; action: string; department_code: string | null }[];
  documents: DocumentMeta[];
  canAct: boolean;
  canDispute: boolean;
  flash?: string;
  /** What the dispute form holds: typed text kept after an error or an expired session. */
  reason?: string;
  errors?: Record<string, string>;
}

export function itemPage(o: ItemDetail & { csrf: string; words: Words }): Html {
  const d = o.delivery;
  const w = o.words;
  return html`<h1>${SUBJECT_ZH[d.subject_type] ?? d.subject_type}：${subjectLine(d, w)}</h1>
${o.flash ? html`<div class="flash" role="status">${o.flash}</div>` : ''}
${o.errors ? html`<div class="error" role="alert">请修改下面标出的内容。</div>` : ''}
<div class="box"><dl>
<dt>接收部门</dt><dd>${w.dept(d.recipient)}${d.via ? html`（经 ${w.dept(d.via)} 转送）` : ''}</dd>
<dt>渠道</dt><dd>${d.channel === 'letter' ? '函件告知' : '在线推送'}</dd>
<dt>状态</dt><dd id="claim-state">${CLAIM_STATE_ZH[d.claim_state] ?? d.claim_state}\
${d.claimed_at ? html`（${when(d.claimed_at)}，${w.actor(d.claimed_by)}）` : ''}</dd>
<dt>认领期限</dt><dd>${deadlineZh(d.claim_due_at, w.now)}${provisionalMark(d.deadline_provisional)} ${
    d.claim_state === 'pending'
      ? html`<b class="${(d.workingHoursLeft ?? 99) < 4 ? 'warn' : ''}">${remainingZh(d.workingHoursLeft, w.left)}</b>`
      : ''
  }</dd>
<dt>异议期限</dt><dd>${deadlineZh(d.dispute_due_at, w.now)}${provisionalMark(d.deadline_provisional)}</dd>
${d.dispute_reason ? html`<dt>异议理由</dt><dd id="dispute-reason">${d.dispute_reason}</dd>` : ''}
<dt>责任起算</dt><dd>${when(d.responsible_from)}</dd>
${
  d.subject_type === 'approval' && d.counterpart_key
    ? html`<dt>相对人</dt><dd>\
<a href="/console/counterparts?key=${d.counterpart_key}">${d.counterpart_name}（查看全部记录）</a></dd>`
    : ''
}
</dl></div>
${
  o.canAct || o.canDispute
    ? html`<div class="box"><h2>办理</h2>
${
  o.canAct
    ? html`<form method="post" action="/console/items/${d.id}/claim" class="inline">${csrfField(o.csrf)}\
<button type="submit">认领</button></form>`
    : ''
}
${
  o.canDispute
    ? html`<form method="post" action="/console/items/${d.id}/dispute" novalidate>${csrfField(o.csrf)}\
<label for="reason">异议理由</label>\
<textarea id="reason" name="reason" maxlength="2000"${invalidAttrs(o.errors, 'reason')}>${o.reason ?? ''}</textarea>\
${fieldError(o.errors, 'reason')}<button type="submit" class="secondary">提出异议</button></form>`
    : ''
}
</div>`
    : ''
}
<div class="box"><h2>详细信息</h2>${fields(o.subject)}\
${d.matter_code ? html`<p class="muted">事项：${w.matter(d.matter_code)}（${d.matter_code}）</p>` : ''}</div>
<div class="box"><h2>文书</h2>
${
  o.documents.length
    ? html`<ul>${o.documents.map(
        (doc) => html`<li><a href="/console/documents/${doc.id}/pdf">\
${kindZh(doc.kind)} ${doc.number ?? ''}</a> <span class="muted">${when(doc.created_at)}</span></li>`,
      )}</ul>`
    : html`<p class="muted">暂无</p>`
}
${
  d.subject_type === 'approval'
    ? html`<form method="post" action="/console/items/${d.id}/letter">${csrfField(o.csrf)}\
<button type="submit" class="secondary">下载审批信息告知函</button></form>`
    : ''
}
</div>
<div class="box"><h2>时间线</h2><div class="scroll"><table class="cards-on-phone"><thead><tr><th>时间</th><th>事件</th>\
<th>部门</th><th>操作者</th></tr></thead><tbody>
${o.timeline.map(
  (t) => html`<tr><td data-label="时间">${when(t.at)}</td><td data-label="事件">\
${ACTION_ZH[t.action] ?? t.action}</td><td data-label="部门">${w.dept(t.department_code)}</td><td data-label="操作者">\
${w.actor(t.actor)}</td></tr>`,
)}
</tbody></table></div></div>`;
}

/**
 * The second step of an irreversible action: what will happen, in words, and one button that does
 * it. Hidden fields carry what was typed, so going back loses nothing.
 */
export function confirmPage(o: {
  title: string;
  action: string;
  csrf: string;
  what: Html;
  button: string;
  fields?: Record<string, string | string[]>;
  back: string;
  backFields?: Record<string, string>;
}): Html {
  const hidden = Object.entries(o.fields ?? {}).flatMap(([k, v]) =>
    [v].flat().map((x) => html`<input type="hidden" name="${k}" value="${x}">`),
  );
  const backHidden = Object.entries(o.backFields ?? {}).map(
    ([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`,
  );
  return html`<h1>${o.title}</h1><div class="box">${o.what}
<form method="post" action="${o.action}" class="inline">${csrfField(o.csrf)}${hidden}\
<input type="hidden" name="confirm" value="1"><button type="submit">${o.button}</button></form>
<form method="get" action="${o.back}" class="inline">${backHidden}\
<button type="submit" class="secondary">返回修改</button></form></div>`;
}

/** Bulk claim: one line per item, done or why not. */
export function bulkResultPage(results: { id: string; label: string; ok: boolean; zh: string }[], back: string): Html {
  const done = results.filter((r) => r.ok).length;
  return html`<h1>批量认领结果</h1><p role="status">已认领 <b id="bulk-ok">${done}</b> 件，未认领 <b id="bulk-failed">\
${results.length - done}</b> 件。</p>
<div class="scroll"><table class="cards-on-phone"><thead><tr><th>事项</th><th>结果</th></tr></thead><tbody>
${results.map(
  (r) => html`<tr data-id="${r.id}"><td data-label="事项"><a href="/console/items/${r.id}">\
${r.label}</a></td><td data-label="结果" class="${r.ok ? 'ok' : 'warn'}">${r.zh}</td></tr>`,
)}
</tbody></table></div><p><a href="${back}">返回待办</a></p>`;
}

/** A deadline computed on the statutory floor (the year's notice not loaded) says so wherever it is shown. */
function provisionalMark(provisional: boolean | undefined): Html | string {
  return provisional
    ? html`<span class="warn" title="节假日安排未载入，按法定节假日最低安排计算，载入后重新计算">（暂定）</span>`
    : '';
}
