import type { FastifyInstance } from 'fastify';
import { MIN_PASSWORD_LENGTH } from '../accounts/account-admin.ts';
import type { HubContext } from '../hub-context.ts';
import { html, type Html } from './html.ts';
import { DEFAULT_OFFICE_HOURS } from './office-hours.ts';
import type { ConsoleKit } from './session.ts';

/**
 * A daily task and the clicks that do it, counted from the page after sign-in (the 待办 list), the same on
 * a phone, whose menu shows every destination without a menu button (test/integration/console-browser).
 */
const TASKS: [string, string, string][] = [
  ['认领一条待办', '① 待办列表中点该条的“办理” ② “认领” ③ 在确认页点“确认认领”。', '/console'],
  [
    '一次认领多条',
    '本页全部：① “认领本页全部待认领” ② “确认认领 N 件”。只认领其中一条或几条：勾选（每勾一条算一步），再点“批量认领所选”和“确认认领 N 件”。结果页逐条列出是否认领成功。',
    '/console',
  ],
  [
    '对推送有异议',
    '① “办理” ② 填写异议理由后点“提出异议” ③ “确认提出异议”。理由为空时，错误会写在理由框下，已填内容保留。',
    '/console',
  ],
  [
    '找一条事项',
    '在待办页上方输入相对人名称或代码、关键词（文书号、异议理由、事项编号），或选部门、事项、状态、期限、推送日期，① “查询”。点列名排序。筛选后的网址可收藏、转发。',
    '/console?view=all',
  ],
  [
    '导出当前列表',
    '按上面筛选好后，① “导出 Excel”或“导出 CSV”（当前筛选和排序，最多 10000 条）。',
    '/console?view=all',
  ],
  [
    '查一家企业的全部记录',
    '① 菜单“相对人查询” ② 输入名称中的几个字或统一社会信用代码，点“查询”（名称有多家时 ③ 点选其一）。代码校验位错误或查无此人时页面会明说，不会显示“正常”。',
    '/console/counterparts',
  ],
  ['看通知', '① 菜单“通知”：新推送和临近期限的提醒，点条目即可办理。', '/console/notices'],
  [
    '修改自己的密码',
    `① 菜单“修改密码” ② 填写后点“修改密码”。新密码至少 ${MIN_PASSWORD_LENGTH} 位，且不能与最近用过的相同。`,
    '/console/password',
  ],
  [
    '出具月度通报（审批局）',
    '① 菜单“月度通报” ② “出具本月通报 PDF” ③ 确认页核对文号后点“确认出具（文号）”。',
    '/console/reports/monthly',
  ],
  [
    '管理账号（审批局管理员）',
    '① 菜单“账号” ② 新建、停用或重置某个账号（停用、重置前有确认）。登录被锁定的账号也在此列出。',
    '/console/accounts',
  ],
  ['查操作日志（审批局、审改办）', '① 菜单“操作日志” ② 按操作人、对象或时间筛选后“查询”。', '/console/audit'],
];

/** How to do each daily task, what the deadline words mean and whom to ask: linked from every page's menu. */
export function helpRoutes(app: FastifyInstance, ctx: HubContext, kit: ConsoleKit) {
  app.get('/console/help', async (req, reply) => {
    const admins = await ctx.db
      .selectFrom('users as u')
      .innerJoin('departments as d', 'd.code', 'u.department')
      .select(['u.display_name', 'u.email', 'd.name as department'])
      .where('u.role', '=', 'bureau-admin')
      .where('u.disabled', '=', false)
      .orderBy('u.username')
      .execute();
    kit.staff(req);
    return kit.send(req, reply, '使用帮助', helpPage(ctx, admins));
  });
}

function helpPage(ctx: HubContext, admins: { display_name: string; email: string | null; department: string }[]): Html {
  const p = ctx.profile;
  const hours = (p.officeHours ?? DEFAULT_OFFICE_HOURS).join('、');
  const claim =
    p.approvalPush.claimMode === 'push-is-claim'
      ? '审批信息推送即视为认领，无需再点“认领”'
      : `审批信息须在推送后 ${p.approvalPush.claimDays} 个工作日内认领，${
          p.approvalPush.onClaimExpiry === 'auto-claim'
            ? '超时未认领的视为自动认领，由业务主管部门承担相关责任'
            : '超时未认领的上报审改办'
        }`;
  return html`<h1>使用帮助</h1>
<p class="muted">登录后进入“待办”。下列每项工作最多三步（“①②③”是要点的按钮或链接）。</p>
<div class="scroll"><table class="cards-on-phone"><thead><tr><th>要做的事</th><th>怎么做</th><th></th></tr></thead><tbody>
${TASKS.map(
  ([task, how, href]) => html`<tr><td data-label="要做的事"><b>${task}</b></td><td data-label="怎么做">${how}</td>\
<td><a href="${href}">去办理</a></td></tr>`,
)}
</tbody></table></div>
<h2>期限怎么读</h2>
<dl>
<dt>11月24日24时</dt><dd>期限的最后一天到 24 时结束（民法典第二百零三条）：当天下班后、午夜前办理仍算按时。</dd>
<dt>剩余 1 个工作日 3.5 小时</dt><dd>只计工作日的办公时间（${hours}），节假日和下班后不计；不足 4 个工作小时时标红。</dd>
<dt>已逾期</dt><dd>期限已过仍未认领；这类事项在“超时与逾期”中。</dd>
<dt>临近期限</dt><dd>距期限不足 4 个工作小时的待认领事项；届时会发送通知（站内、邮件或工作群机器人）。</dd>
<dt>暂定</dt><dd>次年节假日安排尚未载入，期限按法定节假日推算，载入后可能调整。</dd>
<dt>认领时限</dt><dd>${claim}；异议须在 ${p.approvalPush.disputeDays} 个工作日内提出（${p.source}）。</dd>
</dl>
<h2>遇到问题找谁</h2>
<p>账号、密码、登录被锁定、通知渠道：找${p.bureau.name}的系统管理员${admins.length ? '：' : '。'}</p>
${
  admins.length
    ? html`<ul>${admins.map(
        (a) =>
          html`<li>${a.display_name}（${a.department}）${
            a.email ? html` · <a href="mailto:${a.email}">${a.email}</a>` : ''
          }</li>`,
      )}</ul>`
    : ''
}
<p>推送内容有误或不属于本部门：在该事项上“提出异议”，由${p.bureau.name}答复；逾期未答复的报审改办。</p>`;
}
