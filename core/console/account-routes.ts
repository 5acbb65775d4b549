import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  changeOwnPassword,
  createAccount,
  listAccounts,
  MIN_PASSWORD_LENGTH,
  resetPassword,
  setAccountDisabled,
} from '../accounts/account-admin.ts';
import { STAFF_ROLE_ZH, STAFF_ROLES, type StaffRole } from '../accounts/users.ts';
import { HubError } from '../errors/hub-error.ts';
import type { HubContext } from '../hub-context.ts';
import { when } from './format.ts';
import { html, type Html } from './html.ts';
import { csrfField, fieldError, invalidAttrs } from './layout.ts';
import { loadWords, type Words } from './names.ts';
import { ACTION_ZH } from './pages.ts';
import type { ConsoleKit } from './session.ts';
import { confirmPage } from './work-pages.ts';

const AUDIT_PAGE = 100;
const AUDIT_ACTION_ZH: Record<string, string> = {
  ...ACTION_ZH,
  'user.signed-in': '登录',
  'user.signed-out': '退出',
  'user.sign-in-failed': '登录失败',
  'user.sign-in-refused': '登录被拒绝',
  'user.locked': '账号锁定',
  'user.added': '新建账号',
  'user.disabled': '停用账号',
  'user.enabled': '启用账号',
  'user.password-changed': '修改密码',
  'user.password-reset': '重置密码',
};

function passwordPage(o: { csrf: string; errors?: Record<string, string>; done?: boolean }): Html {
  const field = (name: string, label: string, auto: string) =>
    html`<label for="${name}">${label}</label>\
<input id="${name}" name="${name}" type="password" autocomplete="${auto}" required${invalidAttrs(o.errors, name)}>\
${fieldError(o.errors, name)}`;
  return html`<h1>修改密码</h1>${o.done ? html`<div class="flash" role="status">密码已修改，下次登录请使用新密码。</div>` : ''}
<form method="post" action="/console/password" class="box login" novalidate>${csrfField(o.csrf)}
${field('current', '当前密码', 'current-password')}\
${field('next', `新密码（至少 ${MIN_PASSWORD_LENGTH} 位，不能与最近用过的相同）`, 'new-password')}\
${field('repeat', '再次输入新密码', 'new-password')}
<p><button type="submit">修改密码</button></p></form>`;
}

function accountsPage(o: {
  rows: Awaited<ReturnType<typeof listAccounts>>;
  words: Words;
  csrf: string;
  now: Date;
  notice?: Html;
  errors?: Record<string, string>;
  typed?: Record<string, string>;
}): Html {
  const t = o.typed ?? {};
  return html`<h1>账号管理</h1>${o.notice ?? ''}
<div class="scroll"><table class="cards-on-phone"><thead><tr><th>用户名</th><th>姓名</th><th>部门</th><th>角色</th><th>状态</th>\
<th>操作</th></tr></thead><tbody>
${o.rows.map(
  (r) => html`<tr data-user="${r.username}"><td data-label="用户名">${r.username}</td><td data-label="姓名">\
${r.display_name}</td><td data-label="部门">${o.words.dept(r.department)}</td><td data-label="角色">\
${STAFF_ROLE_ZH[r.role as StaffRole] ?? r.role}</td>
<td data-label="状态" class="account-state">${
    r.disabled
      ? html`<span class="warn">已停用</span>`
      : r.locked_until && r.locked_until > o.now
        ? html`<span class="warn">登录受限至 ${when(r.locked_until)}</span>`
        : '正常'
  }${r.failed_attempts ? html`<br><span class="muted">连续失败 ${r.failed_attempts} 次</span>` : ''}</td>
<td data-label="操作">\
<form method="post" action="/console/accounts/${r.username}/${r.disabled ? 'enable' : 'disable'}" class="inline">\
${csrfField(o.csrf)}<button type="submit" class="secondary">${r.disabled ? '启用' : '停用'}</button></form>
<form method="post" action="/console/accounts/${r.username}/reset" class="inline">${csrfField(o.csrf)}\
<button type="submit" class="secondary">重置密码</button></form></td></tr>`,
)}</tbody></table></div>
<h2>新建账号</h2><form method="post" action="/console/accounts" class="box filters" novalidate>${csrfField(o.csrf)}
<label>用户名<input name="username" value="${t.username ?? ''}" required${invalidAttrs(o.errors, 'username')}>\
${fieldError(o.errors, 'username')}</label>
<label>姓名<input name="displayName" value="${t.displayName ?? ''}" required${invalidAttrs(o.errors, 'displayName')}>\
${fieldError(o.errors, 'displayName')}</label>
<label>部门<select name="department">${Object.entries(o.words.departments).map(
    ([c, n]) => html`<option value="${c}"${c === t.department ? html` selected` : ''}>${n}</option>`,
  )}</select>${fieldError(o.errors, 'department')}</label>
<label>电子邮箱（接收通知，可选）<input name="email" type="email" value="${t.email ?? ''}"${invalidAttrs(o.errors, 'email')}>\
${fieldError(o.errors, 'email')}</label>
<label>角色<select name="role">${STAFF_ROLES.map(
    (r) => html`<option value="${r}"${r === t.role ? html` selected` : ''}>${STAFF_ROLE_ZH[r]}</option>`,
  )}</select></label>
<button type="submit">新建</button></form>`;
}

/** Self-service password change; accounts for the bureau's administrator; the audit-log browser. */
export function accountRoutes(app: FastifyInstance, ctx: HubContext, kit: ConsoleKit) {
  const { send, staff, actor, csrfToken, requireBureauAdmin } = kit;

  app.get<{ Querystring: { done?: string } }>('/console/password', async (req, reply) =>
    send(req, reply, '修改密码', passwordPage({ csrf: csrfToken(req, reply), done: req.query.done === '1' })),
  );
  app.post<{ Body: Record<string, string> }>('/console/password', async (req, reply) => {
    const errors = await changeOwnPassword(
      ctx,
      staff(req).username,
      {
        current: String(req.body.current ?? ''),
        next: String(req.body.next ?? ''),
        repeat: String(req.body.repeat ?? ''),
      },
      actor(req),
    );
    if (Object.keys(errors).length)
      return send(req, reply, '修改密码', passwordPage({ csrf: csrfToken(req, reply), errors }), 422);
    return reply.redirect('/console/password?done=1');
  });

  const renderAccounts = async (
    req: FastifyRequest,
    reply: Parameters<ConsoleKit['send']>[1],
    extra: { notice?: Html; errors?: Record<string, string>; typed?: Record<string, string> } = {},
    status = 200,
  ) =>
    send(
      req,
      reply,
      '账号管理',
      accountsPage({
        rows: await listAccounts(ctx),
        words: await loadWords(ctx),
        csrf: csrfToken(req, reply),
        now: ctx.clock.now(),
        ...extra,
      }),
      status,
    );

  app.get('/console/accounts', async (req, reply) => {
    requireBureauAdmin(req);
    return renderAccounts(req, reply);
  });

  app.post<{ Body: Record<string, string> }>('/console/accounts', async (req, reply) => {
    requireBureauAdmin(req);
    const typed = {
      username: String(req.body.username ?? '').trim(),
      displayName: String(req.body.displayName ?? '').trim(),
      department: String(req.body.department ?? ''),
      role: String(req.body.role ?? ''),
      email: String(req.body.email ?? '').trim(),
    };
    const errors: Record<string, string> = {};
    if (typed.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(typed.email)) errors.email = '请填写有效的电子邮件地址。';
    if (!/^[a-z][a-z0-9._-]{2,31}$/.test(typed.username))
      errors.username = '用户名须为 3–32 位小写字母、数字、点、下划线或连字符，以字母开头。';
    if (!typed.displayName) errors.displayName = '请填写姓名。';
    if (Object.keys(errors).length) return renderAccounts(req, reply, { errors, typed }, 422);
    try {
      const password = await createAccount(ctx, typed, actor(req));
      return renderAccounts(req, reply, {
        notice: html`<div class="flash" role="status">已新建账号 ${typed.username}，临时密码 <code id="temp-password">\
${password}</code>（只显示这一次，请当面交给本人并提醒其修改）。</div>`,
      });
    } catch (err) {
      if (!(err instanceof HubError) || !['ACCOUNT_INVALID', 'CONFLICT', 'NOT_FOUND'].includes(err.code)) throw err;
      const field = err.code === 'CONFLICT' ? 'username' : err.code === 'NOT_FOUND' ? 'department' : 'department';
      return renderAccounts(req, reply, { errors: { [field]: err.zh }, typed }, 422);
    }
  });

  for (const [step, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const)
    app.post<{ Params: { username: string }; Body: { confirm?: string } }>(
      `/console/accounts/:username/${step}`,
      async (req, reply) => {
        requireBureauAdmin(req);
        if (disabled && req.body.confirm !== '1')
          return send(
            req,
            reply,
            '确认停用账号',
            confirmPage({
              title: `确认停用账号 ${req.params.username}`,
              action: `/console/accounts/${req.params.username}/disable`,
              csrf: csrfToken(req, reply),
              what: html`<p>停用后该账号立即退出登录，不能再登录，直到重新启用。</p>`,
              button: '确认停用',
              back: '/console/accounts',
            }),
          );
        await setAccountDisabled(ctx, req.params.username, disabled, actor(req));
        return reply.redirect('/console/accounts');
      },
    );

  app.post<{ Params: { username: string }; Body: { confirm?: string } }>(
    '/console/accounts/:username/reset',
    async (req, reply) => {
      requireBureauAdmin(req);
      if (req.body.confirm !== '1')
        return send(
          req,
          reply,
          '确认重置密码',
          confirmPage({
            title: `确认重置 ${req.params.username} 的密码`,
            action: `/console/accounts/${req.params.username}/reset`,
            csrf: csrfToken(req, reply),
            what: html`<p>将生成一个临时密码，原密码立即失效，该账号的登录全部退出。</p>`,
            button: '确认重置',
            back: '/console/accounts',
          }),
        );
      const password = await resetPassword(ctx, req.params.username, actor(req));
      return renderAccounts(req, reply, {
        notice: html`<div class="flash" role="status">已重置 ${req.params.username} 的密码，临时密码 <code id="temp-password">\
${password}</code>（只显示这一次）。</div>`,
      });
    },
  );

  app.get<{ Querystring: Record<string, string> }>('/console/audit', async (req, reply) => {
    const u = staff(req);
    if (u.role !== 'bureau-admin' && u.role !== 'reform-office')
      throw new HubError('FORBIDDEN_ROLE', { role: '审批局管理员或审改办 / bureau-admin or reform-office' });
    const q = req.query;
    const text = (v: unknown) => (typeof v === 'string' ? v.trim().slice(0, 80) : '');
    const f = {
      actor: text(q.actor),
      department: text(q.department),
      subject: text(q.subject),
      action: text(q.action),
      from: /^\d{4}-\d{2}-\d{2}$/.test(text(q.from)) ? text(q.from) : '',
      to: /^\d{4}-\d{2}-\d{2}$/.test(text(q.to)) ? text(q.to) : '',
      before: /^\d{1,18}$/.test(text(q.before)) ? text(q.before) : '',
    };
    let query = ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(AUDIT_PAGE + 1);
    if (f.actor) query = query.where('actor', '=', f.actor.includes(':') ? f.actor : `user:${f.actor}`);
    if (f.department) query = query.where('department_code', '=', f.department);
    if (f.subject)
      query = query.where((eb) =>
        eb.or([eb('subject', '=', f.subject), eb('entity_id', '=', f.subject), eb('counterpart_key', '=', f.subject)]),
      );
    if (f.action) query = query.where('action', '=', f.action);
    if (f.from) query = query.where('at', '>=', new Date(`${f.from}T00:00:00+08:00`));
    if (f.to) query = query.where('at', '<', new Date(new Date(`${f.to}T00:00:00+08:00`).getTime() + 86_400_000));
    if (f.before) query = query.where('id', '<', Number(f.before));
    const [rows, words, people] = await Promise.all([
      query.execute(),
      loadWords(ctx),
      ctx.db.selectFrom('users').select(['username', 'display_name']).orderBy('username').execute(),
    ]);
    const page = rows.slice(0, AUDIT_PAGE);
    const more = rows.length > AUDIT_PAGE ? page.at(-1)!.id : null;
    const params = (extra: Record<string, string>) =>
      new URLSearchParams(Object.entries({ ...f, ...extra }).filter(([, v]) => v)).toString();
    return send(
      req,
      reply,
      '操作日志',
      html`<h1>操作日志</h1><form method="get" action="/console/audit" class="box filters" role="search">
<label>操作者<select name="actor"><option value="">全部</option>${people.map(
        (p) => html`<option value="${p.username}"${f.actor === p.username ? html` selected` : ''}>\
${p.display_name}（${p.username}）</option>`,
      )}</select></label>
<label>部门<select name="department"><option value="">全部</option>${Object.entries(words.departments).map(
        ([c, n]) => html`<option value="${c}"${f.department === c ? html` selected` : ''}>${n}</option>`,
      )}</select></label>
<label>对象（编号、用户名或代码）<input name="subject" value="${f.subject}"></label>
<label>事件<select name="action"><option value="">全部</option>${Object.entries(AUDIT_ACTION_ZH).map(
        ([a, n]) => html`<option value="${a}"${f.action === a ? html` selected` : ''}>${n}</option>`,
      )}</select></label>
<label>日期自<input type="date" name="from" value="${f.from}"></label>\
<label>至<input type="date" name="to" value="${f.to}"></label>
<button type="submit">查询</button> <a href="/console/audit">清除条件</a></form>
<div class="scroll"><table class="cards-on-phone"><thead><tr><th>时间</th><th>操作者</th><th>事件</th><th>部门</th>\
<th>对象</th></tr></thead><tbody>
${
  page.length
    ? page.map(
        (r) => html`<tr><td data-label="时间">${when(r.at)}</td><td data-label="操作者">\
${words.actor(r.actor)}</td><td data-label="事件">${AUDIT_ACTION_ZH[r.action] ?? r.action}</td><td data-label="部门">\
${words.dept(r.department_code)}</td><td data-label="对象">\
${r.entity_type === 'user' ? words.actor(`user:${r.entity_id}`) : `${r.entity_type} ${r.entity_id.slice(0, 12)}`}</td>\
</tr>`,
      )
    : html`<tr><td colspan="5" class="muted">没有符合条件的记录。</td></tr>`
}
</tbody></table></div>${
        more
          ? html`<nav class="pages"><a href="/console/audit?${params({ before: String(more) })}">更早的记录</a></nav>`
          : ''
      }`,
    );
  });
}
