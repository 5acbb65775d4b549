import { STAFF_ROLE_ZH, type StaffUser } from '../accounts/users.ts';
import { html, type Html } from './html.ts';

/** Plain CSS for a 1366×768 office screen: one column, tables that fit, no client framework. */
export const CONSOLE_CSS = `
@font-face{font-family:"SG Sans";font-display:swap;src:local("Microsoft YaHei"),local("PingFang SC"),local("Noto Sans CJK SC"),local("Source Han Sans SC"),local("WenQuanYi Micro Hei"),url(/console/font/sans.ttf) format("truetype")}
*{box-sizing:border-box}body{margin:0;font:14px/1.6 "SG Sans",sans-serif;color:#1f2933;background:#f4f6f8}
header{background:#9b1c1c;color:#fff;padding:0 24px;display:flex;align-items:center;gap:24px;height:48px}
header h1{font-size:17px;margin:0;white-space:nowrap}header nav{display:flex;gap:4px;flex:1;flex-wrap:wrap}
header nav a{color:#fde8e8;text-decoration:none;padding:4px 10px;border-radius:4px}header nav a.on,header nav a:hover{background:#7f1515;color:#fff}
header .me{font-size:13px;white-space:nowrap}header form{display:inline}
main{max-width:1280px;margin:0 auto;padding:16px 24px}
h2{font-size:18px;margin:8px 0 12px}h3{font-size:15px;margin:16px 0 8px}
table{width:100%;border-collapse:collapse;background:#fff;margin-bottom:12px}th,td{border:1px solid #d9e2ec;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef2f6;font-weight:600;white-space:nowrap}td.num{text-align:right}
.cards{display:flex;gap:12px;margin-bottom:12px;flex-wrap:wrap}.card{background:#fff;border:1px solid #d9e2ec;border-radius:6px;padding:8px 14px;min-width:150px;text-decoration:none;color:inherit}
.card b{display:block;font-size:22px}.card.on{border-color:#9b1c1c;box-shadow:0 0 0 1px #9b1c1c}
.warn{color:#b42318;font-weight:600}.ok{color:#067647}.muted{color:#6b7785}
.box{background:#fff;border:1px solid #d9e2ec;border-radius:6px;padding:12px 16px;margin-bottom:12px}
.flash{background:#ecfdf3;border:1px solid #abefc6;padding:8px 12px;border-radius:6px;margin-bottom:12px}
.error{background:#fef3f2;border:1px solid #fecdca;padding:8px 12px;border-radius:6px;margin-bottom:12px}
button,.button{background:#9b1c1c;color:#fff;border:0;border-radius:4px;padding:6px 14px;font:inherit;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary{background:#475467}input,textarea,select{font:inherit;padding:5px 8px;border:1px solid #b6c2cf;border-radius:4px}
textarea{width:100%;min-height:60px}form.inline{display:inline}label{display:block;margin:6px 0}
.bar{background:#4a6fa5;height:14px;display:inline-block;vertical-align:middle}
dl{display:grid;grid-template-columns:10em 1fr;gap:4px 12px;margin:0}dt{color:#6b7785}dd{margin:0}
.login{max-width:380px;margin:80px auto}.login input{width:100%}
`;

const NAV: [string, string, (u: StaffUser) => boolean][] = [
  ['/console', '待办', () => true],
  ['/console/counterparts', '信用查询', () => true],
  ['/console/catalogue', '事项目录', () => true],
  ['/console/documents', '文书', () => true],
  ['/console/reports/monthly', '月度通报', () => true],
  ['/console/deliveries', '投递监控', (u) => u.role === 'bureau-admin'],
  ['/console/adapters', '适配器', (u) => u.role === 'bureau-admin'],
];

export function page(o: {
  title: string;
  user?: StaffUser & { departmentName: string };
  csrf?: string;
  path?: string;
  body: Html;
  /** Warnings every page shows its user until resolved, e.g. next year's holiday schedule not loaded. */
  banner?: string[];
}): string {
  const u = o.user;
  return html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${o.title} · 审管联动枢纽</title><link rel="stylesheet" href="/console/console.css"></head><body>
<header><h1>审管联动枢纽</h1>${
    u
      ? html`<nav>${NAV.filter(([, , show]) => show(u)).map(([href, label]) => html`<a href="${href}" class="${o.path === href ? 'on' : ''}">${label}</a>`)}</nav>
<span class="me">${u.departmentName} · ${u.displayName}（${STAFF_ROLE_ZH[u.role]}）</span>
<form method="post" action="/console/logout"><input type="hidden" name="_csrf" value="${o.csrf ?? ''}"><button class="secondary" type="submit">退出</button></form>`
      : ''
  }</header>
<main>${(o.banner ?? []).map((b) => html`<div class="error" role="alert">${b}</div>`)}${o.body}</main></body></html>`
    .value;
}

/** The hidden CSRF field every form carries. */
export const csrfField = (token: string) => html`<input type="hidden" name="_csrf" value="${token}">`;
