import type { FastifyInstance } from 'fastify';
import type { HubContext } from '../hub-context.ts';
import {
  CHANNEL_ZH,
  CHANNELS,
  addNotificationChannel,
  channelErrors,
  type ChannelKind,
} from '../notifications/channels.ts';
import { markNoticesRead, noticesOf } from '../notifications/notifier.ts';
import { when } from './format.ts';
import { html, type Html } from './html.ts';
import { csrfField, fieldError, invalidAttrs } from './layout.ts';
import { loadWords } from './names.ts';
import type { ConsoleKit } from './session.ts';

const STATE_ZH: Record<string, string> = {
  sent: '已发送',
  queued: '待发送（非工作时间）',
  failed: '发送失败',
  skipped: '无通知对象',
};

/** In-app notices of the signed-in user; the bureau's administrator manages where departments are told. */
export function noticeRoutes(app: FastifyInstance, ctx: HubContext, kit: ConsoleKit) {
  const { send, staff, actor, csrfToken, requireBureauAdmin } = kit;

  app.get('/console/notices', async (req, reply) => {
    const { rows, unread } = await noticesOf(ctx, staff(req).username);
    await markNoticesRead(ctx, staff(req).username);
    return send(
      req,
      reply,
      '通知',
      html`<h1>通知</h1><p>未读 <b id="unread">${unread}</b> 条（打开本页即标为已读）。</p>
${
  rows.length
    ? html`<ul class="box">${rows.map(
        (n) => html`<li${n.read_at ? '' : html` class="warn"`}>\
<a href="/console/items/${n.delivery_id}">${n.title}</a><br><span class="muted">\
${n.body.split('\n')[1] ?? ''} · ${when(n.created_at)}</span></li>`,
      )}</ul>`
    : html`<p class="muted">暂无通知。</p>`
}`,
    );
  });

  const channelsPage = async (errors?: Record<string, string>, typed: Record<string, string> = {}, flash?: string) => {
    const [channels, recent, words] = await Promise.all([
      ctx.db.selectFrom('notification_channels').selectAll().orderBy('department').execute(),
      ctx.db
        .selectFrom('notifications')
        .select([
          'id',
          'channel',
          'target',
          'department',
          'title',
          'state',
          'error',
          'attempts',
          'created_at',
          'sent_at',
        ])
        .where('channel', '!=', 'app')
        .orderBy('id', 'desc')
        .limit(50)
        .execute(),
      loadWords(ctx),
    ]);
    const hostOf = (t: string) =>
      t.includes('@')
        ? t
        : (() => {
            try {
              return new URL(t).host;
            } catch {
              return t;
            }
          })();
    return (
      csrf: string,
    ): Html => html`<h1>通知渠道</h1>${flash ? html`<div class="flash" role="status">${flash}</div>` : ''}
<p class="muted">新推送的事项和临近认领期限的事项，在工作时间内通过下列渠道告知部门；站内通知发给部门的每个账号。</p>
<div class="scroll"><table class="cards-on-phone"><thead><tr><th>部门</th><th>方式</th><th>地址</th><th>加签</th></tr></thead>\
<tbody>
${
  channels.length
    ? channels.map(
        (c) => html`<tr><td data-label="部门">${words.dept(c.department)}</td>\
<td data-label="方式">${CHANNEL_ZH[c.channel as ChannelKind] ?? c.channel}</td><td data-label="地址">\
${hostOf(c.target)}</td><td data-label="加签">${c.secret ? '已设置' : '—'}</td></tr>`,
      )
    : html`<tr><td colspan="4" class="muted">尚未设置。</td></tr>`
}
</tbody></table></div>
<h2>添加渠道</h2><form method="post" action="/console/notices/channels" class="box filters" novalidate>${csrfField(csrf)}
<label>部门<select name="department">${Object.entries(words.departments).map(
      ([c, n]) => html`<option value="${c}"${c === typed.department ? html` selected` : ''}>${n}</option>`,
    )}</select></label>
<label>方式<select name="channel">${CHANNELS.map(
      (c) => html`<option value="${c}"${c === typed.channel ? html` selected` : ''}>${CHANNEL_ZH[c]}</option>`,
    )}</select>${fieldError(errors, 'channel')}</label>
<label>地址（邮箱或 Webhook）<input name="target" value="${typed.target ?? ''}" size="40"${invalidAttrs(errors, 'target')}>\
${fieldError(errors, 'target')}</label>
<label>加签密钥（钉钉、飞书，可选）<input name="secret" type="password" autocomplete="off"></label>
<button type="submit">添加</button></form>
<h2>最近发送记录</h2><div class="scroll"><table class="cards-on-phone"><thead><tr><th>时间</th><th>部门</th><th>方式</th>\
<th>内容</th><th>状态</th></tr></thead><tbody>
${recent.map(
  (n) => html`<tr><td data-label="时间">${when(n.sent_at ?? n.created_at)}</td><td data-label="部门">\
${words.dept(n.department)}</td><td data-label="方式">${CHANNEL_ZH[n.channel as ChannelKind] ?? n.channel}</td>\
<td data-label="内容">${n.title}</td><td data-label="状态" class="${n.state === 'failed' ? 'warn' : ''}">\
${STATE_ZH[n.state] ?? n.state}${
  n.error ? html`<br><span class="muted">${n.error}（第 ${n.attempts} 次）</span>` : ''
}</td></tr>`,
)}
</tbody></table></div>`;
  };

  app.get('/console/notices/channels', async (req, reply) => {
    requireBureauAdmin(req);
    return send(req, reply, '通知渠道', (await channelsPage())(csrfToken(req, reply)));
  });

  app.post<{ Body: Record<string, string> }>('/console/notices/channels', async (req, reply) => {
    requireBureauAdmin(req);
    const typed = {
      department: String(req.body.department ?? ''),
      channel: String(req.body.channel ?? ''),
      target: String(req.body.target ?? '').trim(),
      secret: String(req.body.secret ?? '').trim(),
    };
    const errors = channelErrors(typed.channel, typed.target);
    if (Object.keys(errors).length)
      return send(req, reply, '通知渠道', (await channelsPage(errors, typed))(csrfToken(req, reply)), 422);
    await addNotificationChannel(ctx, { ...typed, channel: typed.channel as ChannelKind }, actor(req));
    return send(req, reply, '通知渠道', (await channelsPage(undefined, {}, '已添加。'))(csrfToken(req, reply)));
  });
}
