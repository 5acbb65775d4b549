import { SUPERVISION_KIND_ZH } from '../schema/labels.ts';
import type { CounterpartLookup } from './counterpart-search.ts';
import { when } from './format.ts';
import { html, type Html } from './html.ts';
import type { Words } from './names.ts';

const CREDIT_ZH: Record<string, string> = { normal: '正常', strict: '严格准入', restricted: '限制准入' };
const LICENSE_STATUS_ZH: Record<string, string> = {
  valid: '有效',
  suspended: '暂扣',
  revoked: '吊销',
  cancelled: '注销',
  withdrawn: '撤销',
  expired: '过期',
  changed: '已变更',
};
const RECORD_STATE_ZH: Record<string, string> = { active: '有效', withdrawn: '已撤回' };
const ACTION_STATE_ZH: Record<string, string> = {
  requested: '办理中',
  open: '办理中',
  approved: '已办结',
  rejected: '不予办理',
};
const COMMITMENT_STATE_ZH: Record<string, string> = {
  'verification-pending': '待核验',
  verified: '核验通过',
  rectifying: '限期整改',
  revoked: '已撤销',
  exempt: '免于核验',
};
const kindZh = (k: string) => SUPERVISION_KIND_ZH[k as keyof typeof SUPERVISION_KIND_ZH] ?? k;
const zh = (map: Record<string, string>, v: string) => map[v] ?? v;

/** The search form and what it found; a credit status appears only for a counterpart the hub holds records of. */
export function counterpartPage(o: { input: string; result: CounterpartLookup | null; words: Words }): Html {
  const w = o.words;
  const form = html`<form method="get" action="/console/counterparts" class="box filters" role="search">
<label for="key">名称、统一社会信用代码或身份证号</label><input id="key" name="key" value="${o.input}" size="30" required>
<button type="submit">查询</button></form>`;
  const r = o.result;
  if (!r) return html`<h1>相对人查询</h1>${form}`;
  if (r.kind === 'invalid-code')
    return html`<h1>相对人查询</h1>${form}<div class="error" role="alert" id="verdict"><b>\
${r.check ? '校验位错误' : '代码格式错误'}</b>：${r.input} — ${r.zh}。请核对后重新输入。</div>`;
  if (r.kind === 'not-found')
    return html`<h1>相对人查询</h1>${form}<div class="error" role="alert" id="verdict">\
<b>未找到</b>：本系统没有${r.by === 'code' ? '代码' : '名称包含'}“${r.input}”的相对人的任何审批、监管或承诺记录，无法判断其信用状态。</div>`;
  if (r.kind === 'candidates')
    return html`<h1>相对人查询</h1>${form}<div class="box" id="verdict"><p>名称包含“${r.input}”的相对人有 ${r.candidates.length}\
${r.more ? '+' : ''} 个，请选择：</p>
<ul>${r.candidates.map(
      (c) => html`<li><a href="/console/counterparts?key=${c.key}">${c.name}</a> <span class="muted">\
${c.key} · 审批 ${c.approvals} 件</span></li>`,
    )}</ul>
${r.more ? html`<p class="muted">结果较多，只列出前 ${r.candidates.length} 个，请输入更完整的名称。</p>` : ''}</div>`;
  const c = r.credit;
  const approvalOf = new Map(r.approvals.map((a) => [a.id, a]));
  const active = r.supervision.filter((s) => s.state === 'active').length;
  const licence = (id: string) => approvalOf.get(id)?.license_document_number ?? id;
  return html`<h1>相对人：${r.name}</h1>${form}
<p class="noprint"><button type="button" onclick="print()" class="secondary">打印</button></p>
<div class="box"><dl><dt>名称</dt><dd>${r.name}</dd><dt>代码</dt><dd>${r.key}</dd>
<dt>信用状态</dt><dd><b id="verdict" class="status ${c.status === 'normal' ? 'ok' : 'warn'}">${CREDIT_ZH[c.status]}</b>
${
  c.reasons.length
    ? html`<br>依据：${c.reasons.map(
        (x) => html`${kindZh(x.kind)}（${w.dept(x.department)}，\
${x.documentNumber ?? '无文书号'}，${x.decisionDate} 起${x.until ? `至 ${x.until}` : ''}：${CREDIT_ZH[x.effect]}）`,
      )}`
    : html`<br><span class="muted">没有影响准入的有效监管记录。</span>`
}
${
  active
    ? html`<br><span class="warn" id="record-count">有效监管记录 ${active} 条（${[
        ...new Set(r.supervision.filter((s) => s.state === 'active').map((s) => kindZh(s.kind))),
      ].join('、')}），见下表。</span>`
    : ''
}
<br><span class="muted">查询时间 ${when(w.now)}</span></dd></dl></div>
<h2>审批（${r.approvals.length}）</h2>
${table(
  ['事项', '许可文书号', '决定日期', '有效期至', '许可状态', '推送时间'],
  r.approvals.map((a) => [
    w.matter(a.matter_code),
    html`${a.license_document_number}`,
    String(a.decision.decisionDate ?? '—'),
    String(a.decision.validTo ?? '—'),
    zh(LICENSE_STATUS_ZH, a.license_status) +
      (a.state === 'active' ? '' : `（${a.state === 'superseded' ? '已更正' : a.state}）`),
    when(a.pushed_at),
  ]),
)}
<h2>许可状态变更（${r.licenseHistory.length}）</h2>
${table(
  ['许可文书号', '状态', '时间', '原因', '操作者'],
  r.licenseHistory.map((h) => [
    licence(h.approval_id),
    zh(LICENSE_STATUS_ZH, h.status),
    when(h.at),
    h.reason,
    w.actor(h.actor),
  ]),
)}
<h2>监管记录（全部 ${r.supervision.length} 条）</h2>
${table(
  ['类别', '部门', '文书号', '决定日期', '有效至', '状态', '内容'],
  r.supervision.map((s) => [
    kindZh(s.kind),
    w.dept(s.source_department),
    String(s.record.documentNumber ?? '—'),
    String(s.record.decisionDate ?? '—'),
    s.effective_until ?? '—',
    zh(RECORD_STATE_ZH, s.state),
    String(s.record.content ?? s.record.facts ?? s.record.summary ?? ''),
  ]),
)}
<h2>函告（${r.licenseActions.length}）</h2>
${table(
  ['许可文书号', '请求部门', '请求', '状态', '时间', '处理意见'],
  r.licenseActions.map((a) => [
    licence(a.approval_id),
    w.dept(a.requested_by),
    a.action,
    zh(ACTION_STATE_ZH, a.state),
    when(a.created_at),
    a.decision_reason ?? '',
  ]),
)}
<h2>告知承诺（${r.commitments.length}）</h2>
${table(
  ['事项', '核验方式', '状态', '核验期限', '办理时间'],
  r.commitments.map((m) => [
    w.matter(m.matter_code),
    m.verification_mode === 'post-verification' ? '后置核验' : m.verification_mode,
    zh(COMMITMENT_STATE_ZH, m.state),
    when(m.verification_due_at),
    when(m.created_at),
  ]),
)}`;
}

function table(head: string[], rows: (string | Html)[][]): Html {
  if (!rows.length) return html`<p class="muted">无</p>`;
  return html`<div class="scroll"><table class="cards-on-phone"><thead><tr>${head.map(
    (h) => html`<th>${h}</th>`,
  )}</tr></thead><tbody>
${rows.map(
  (r) => html`<tr>${r.map((c, i) => html`<td data-label="${head[i]!}">${c}</td>`)}</tr>`,
)}</tbody></table></div>`;
}
