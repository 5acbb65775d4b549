import { withDeliveryEvents } from '../audit/push-entries.ts';
import type { CatalogueVersion, FieldChange } from '../catalogue/catalogue-store.ts';
import type { DocumentMeta } from '../documents/documents.ts';
import type { MonthlyReportData } from '../documents/monthly-report-data.ts';
import { SUPERVISION_KIND_ZH } from '../schema/labels.ts';
import { SUBJECT_ZH, kindZh, when } from './format.ts';
import { html, type Html } from './html.ts';
import { csrfField } from './layout.ts';
import type { Words } from './names.ts';
import type { WorkItem, WorkItemDetail } from './work-items.ts';

type Names = Record<string, string>;
const name = (names: Names, code: string | null | undefined) => (code ? (names[code] ?? code) : '—');

export function subjectLine(i: WorkItem | WorkItemDetail, w: Words): Html {
  if (i.subject_type === 'approval')
    return html`${i.counterpart_name ?? ''}<br><span class="muted">\
${w.matter(i.matter_code)} · ${i.license_document_number}</span>`;
  if (i.subject_type === 'supervision-record')
    return html`${
      SUPERVISION_KIND_ZH[i.supervision_kind as keyof typeof SUPERVISION_KIND_ZH] ?? i.supervision_kind
    }<br><span class="muted">${i.supervision_counterpart ?? ''}</span>`;
  return html`${SUBJECT_ZH[i.subject_type] ?? i.subject_type}`;
}

export const ACTION_ZH: Record<string, string> = {
  'approval.pushed': '推送审批信息',
  'delivery.created': '投递',
  'delivery.claimed': '认领',
  'delivery.auto-claimed': '超时自动认领',
  'delivery.escalated': '超时上报',
  'delivery.disputed': '提出异议',
  'delivery.upheld': '维持推送',
  'delivery.superseded': '被更正替代',
  'delivery.replayed': '重新投递',
  'document.issued': '出具文书',
  'supervision.pushed': '推送监管信息',
  'license-action.requested': '函告',
  'license.status-changed': '许可状态变更',
};

/**
 * An item's timeline from its audit entries, oldest first: a push's entry names the deliveries it made
 * (core/audit/push-entries.ts), and each is shown on its own 投递 line, in the recipient's department.
 */
export function itemTimeline<
  T extends { action: string; after: unknown; entity_type: string; entity_id: string; department_code: string | null },
>(entries: T[]): T[] {
  return withDeliveryEvents(entries);
}

export function fields(subject: Record<string, unknown> | null): Html {
  if (!subject) return html``;
  const labels: [string, string][] = [
    ['counterpart', '相对人'],

    ['licenseDocumentNumber', '许可文书号'],
    ['decisionDate', '决定日期'],
    ['validFrom', '有效期自'],
    ['validTo', '有效期至'],
    ['content', '内容'],
    ['documentNumber', '文书号'],
    ['kind', '类别'],
    ['basis', '依据'],
  ];
  // A party reads as its name and code; its category and other machine values are not for staff.
  const show = (v: unknown) => {
    if (!v || typeof v !== 'object') return String(v);
    const o = v as Record<string, unknown>;
    const known = [o.name, o.uscc, o.idNumber].filter((x) => typeof x === 'string');
    return (known.length ? known : Object.values(o).filter((x) => typeof x === 'string')).join(' · ');
  };
  return html`<dl>${labels
    .filter(([k]) => subject[k] !== undefined)
    .map(([k, l]) => html`<dt>${l}</dt><dd>${show(subject[k])}</dd>`)}</dl>`;
}

export function errorPage(status: number, zh: string, code: string): Html {
  return html`<h1>${status === 403 ? '无权访问' : status === 404 ? '未找到' : '无法完成操作'}</h1><div class="error"><b>\
${status === 403 ? '无权访问' : status === 404 ? '未找到' : '无法完成操作'}</b>：${zh} <span class="muted">（${code}）</span></div><p>\
<a href="/console">返回待办</a></p>`;
}

export function documentsPage(o: { documents: DocumentMeta[]; names: Names; next: string | null }): Html {
  return html`<h1>文书</h1><div class="scroll"><table><thead><tr><th>种类</th><th>发文字号</th><th>标题</th><th>发文单位</th>\
<th>页数</th><th>出具时间</th><th></th></tr></thead><tbody>
${o.documents.map(
  (d) => html`<tr><td>${kindZh(d.kind)}</td><td>${d.number ?? '—'}</td><td>${d.title}</td><td>\
${name(o.names, d.issuer)}</td><td class="num">${d.pages}</td><td>${when(d.created_at)}</td><td>\
<a href="/console/documents/${d.id}/pdf">下载 PDF</a></td></tr>`,
)}
</tbody></table></div>${o.next ? html`<a class="button" href="/console/documents?before=${o.next}">下一页</a>` : ''}`;
}

function bars(items: { label: string; value: number }[], unit: string): Html {
  const max = Math.max(1, ...items.map((i) => i.value));
  return html`<div class="scroll"><table class="bars"><tbody>${items.map(
    (i) => html`<tr><td>${i.label}</td><td>\
<span class="bar" style="width:${Math.round((i.value / max) * 100)}%"></span> ${i.value}${unit}</td></tr>`,
  )}</tbody></table></div>`;
}

export function monthlyPage(o: {
  month: string;
  data: MonthlyReportData;
  names: Names;
  document: { id: string; number: string | null } | undefined;
  csrf: string;
  canIssue: boolean;
}): Html {
  const a = o.data.approvals;
  return html`<h1>月度通报 ${o.month}</h1>
<form method="get" action="/console/reports/monthly" class="box">\
<label class="inline" for="month">月份</label> <input id="month" type="month" name="month" value="${o.month}"> \
<button type="submit" class="secondary">查看</button>
 <a href="/console/reports/monthly.csv?month=${o.month}">下载 CSV</a>
 ${
   o.document
     ? html` · <a href="/console/documents/${o.document.id}/pdf">下载通报 PDF（${o.document.number}）</a>`
     : o.canIssue
       ? html`</form><form method="post" action="/console/reports/monthly/issue?month=${o.month}" class="box">\
${csrfField(o.csrf)}<button type="submit">出具本月通报 PDF</button>`
       : ''
 }</form>
<h2>审批信息推送认领情况</h2>
<div class="scroll"><table><thead><tr><th>部门</th><th>推送</th><th>按时认领</th><th>推送即认领</th><th>超时自动认领</th><th>异议</th>\
<th>逾期</th><th>平均认领（工作小时）</th></tr></thead><tbody>
${a.map(
  (r) => html`<tr><td>${name(o.names, r.department)}</td><td class="num">${r.pushed}</td><td class="num">\
${r.claimedOnTime}</td><td class="num">${r.pushIsClaim}</td><td class="num">${r.autoClaimed}</td><td class="num">\
${r.disputed}</td><td class="num">${r.overdue}</td><td class="num">${r.avgClaimWorkingHours ?? '—'}</td></tr>`,
)}
</tbody></table></div>
<h2>各部门接收审批信息条数</h2>${bars(
    a.map((r) => ({ label: name(o.names, r.department), value: r.pushed })),
    '条',
  )}
<h2>各部门平均认领用时（工作小时）</h2>${bars(
    a
      .filter((r) => r.avgClaimWorkingHours !== null)
      .map((r) => ({ label: name(o.names, r.department), value: r.avgClaimWorkingHours! })),
    'h',
  )}
<h2>监管信息推送认领情况</h2>
<div class="scroll"><table><thead><tr><th>推送部门</th><th>推送</th><th>按时认领</th><th>超时自动认领</th><th>异议</th>\
<th>逾期</th></tr></thead><tbody>
${o.data.supervision.map(
  (r) => html`<tr><td>${name(o.names, r.department)}</td><td class="num">${r.pushed}</td>\
<td class="num">${r.claimedOnTime}</td><td class="num">${r.autoClaimed}</td><td class="num">${r.disputed}</td>\
<td class="num">${r.overdue}</td></tr>`,
)}
</tbody></table></div>
<h2>函告与告知承诺</h2>
<p>函告：${
    o.data.licenseActions
      .map(
        (r) =>
          `${name(o.names, r.department)} ${r.requested} 件（办结 ${r.approved}，` +
          `不予办理 ${r.rejected}，办理中 ${r.open}）`,
      )
      .join('；') || '无'
  }。</p>
<p>告知承诺：办理 ${o.data.commitments.total} 件，按时核验 ${o.data.commitments.verifiedOnTime} 件，\
逾期未核验 ${o.data.commitments.overdue} 件，撤销 ${o.data.commitments.revoked} 件。</p>`;
}

export function cataloguePage(entries: CatalogueVersion<'matter'>[], names: Names): Html {
  return html`<h1>划转事项目录</h1><div class="scroll"><table><thead><tr><th>编码</th><th>事项名称</th><th>监管部门</th><th>版本</th>\
<th>生效日期</th><th></th></tr></thead><tbody>
${entries.map(
  (e) => html`<tr><td>${e.code}</td><td>${e.data?.name ?? ''}</td><td>\
${(e.data?.supervisionDepartments ?? []).map((c) => name(names, c)).join('、')}</td><td class="num">${e.version}</td>\
<td>${e.effectiveFrom}</td><td><a href="/console/catalogue/${encodeURIComponent(e.code)}">版本与变更</a></td></tr>`,
)}
</tbody></table></div>`;
}

export function catalogueEntryPage(code: string, history: CatalogueVersion[], diffs: FieldChange[][]): Html {
  const show = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));
  return html`<h1>事项 ${code} 的版本</h1>${history
    .map(
      (
        v,
        i,
      ) => html`<div class="box"><h2>第 ${v.version} 版 · ${v.effectiveFrom} 起${v.retired ? '（已停用）' : ''}</h2>\
<p class="muted">${v.reason}（${v.author}，${(v.createdAt as Date).toISOString().slice(0, 10)}）</p>
${
  i > 0
    ? html`<div class="scroll"><table><thead><tr><th>字段</th><th>变更</th><th>原值</th><th>新值</th></tr></thead><tbody>\
${(diffs[i - 1] ?? []).map(
  (c) => html`<tr><td>${c.pointer}</td><td>\
${{ added: '新增', removed: '删除', changed: '修改' }[c.type]}</td><td>${show(c.before)}</td><td>${show(c.after)}</td></tr>`,
)}</tbody></table></div>`
    : html`<p>${(v.data as { name?: string } | null)?.name ?? ''}</p>`
}</div>`,
    )
    .reverse()}`;
}

export function deliveriesPage(o: {
  rows: {
    id: string;
    recipient: string;
    state: string;
    attempts: number;
    next_attempt_at: Date;
    last_error: string | null;
    created_at: Date;
  }[];
  names: Names;
  csrf: string;
  flash?: string;
}): Html {
  return html`<h1>投递监控：失败与死信</h1>${o.flash ? html`<div class="flash">${o.flash}</div>` : ''}
<div class="scroll"><table><thead><tr><th>消息</th><th>接收部门</th><th>状态</th><th>尝试次数</th><th>下次尝试</th><th>最近错误</th>\
<th></th></tr></thead><tbody>
${
  o.rows.length
    ? o.rows.map(
        (r) => html`<tr><td>${r.id.slice(0, 8)}</td><td>${name(o.names, r.recipient)}</td>\
<td class="${r.state === 'dead' ? 'warn' : ''}">${r.state === 'dead' ? '死信' : '重试中'}</td><td class="num">\
${r.attempts}</td><td>${when(r.next_attempt_at)}</td><td>${r.last_error ?? ''}</td>
<td><form method="post" action="/console/deliveries/${r.id}/replay" class="inline">${csrfField(o.csrf)}\
<button type="submit">重新投递</button></form></td></tr>`,
      )
    : html`<tr><td colspan="7" class="muted">没有失败的投递。</td></tr>`
}
</tbody></table></div>`;
}

export function adaptersPage(
  rows: {
    name: string;
    department: string;
    transport: string;
    format: string;
    directions: string[];
    files: number;
    accepted: number;
    rejected: number;
    failed: number;
    last: Date | null;
  }[],
  names: Names,
): Html {
  return html`<h1>适配器状态</h1><div class="scroll"><table><thead><tr><th>适配器</th><th>部门</th><th>通道</th><th>格式</th>\
<th>方向</th><th>已收文件</th><th>接收记录</th><th>拒收记录</th><th>失败文件</th><th>最近接收</th></tr></thead><tbody>
${rows.map(
  (r) => html`<tr><td>${r.name}</td><td>${name(names, r.department)}</td><td>${r.transport}</td><td>\
${r.format}</td><td>${r.directions.map((d) => (d === 'inbound' ? '接收' : '发送')).join('、')}</td><td class="num">\
${r.files}</td><td class="num">${r.accepted}</td><td class="num ${r.rejected ? 'warn' : ''}">${r.rejected}</td>\
<td class="num ${r.failed ? 'warn' : ''}">${r.failed}</td><td>${when(r.last)}</td></tr>`,
)}
</tbody></table></div>`;
}
