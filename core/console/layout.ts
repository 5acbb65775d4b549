import { STAFF_ROLE_ZH, type StaffUser } from '../accounts/users.ts';
import { html, type Html } from './html.ts';

/**
 * Plain CSS, no client framework: an office screen first, and a phone (390 px) where the menu wraps into
 * rows of small links under the title — every destination stays one tap away, none behind a menu
 * button (issue 15: each task in at most three clicks on a phone too) — wide tables turn into cards or
 * scroll inside their own box and bars scale with the screen.
 */
export const CONSOLE_CSS = `
@font-face{font-family:"SG Sans";font-display:swap;\
src:local("Microsoft YaHei"),local("PingFang SC"),local("Noto Sans CJK SC"),local("Source Han Sans SC"),\
local("WenQuanYi Micro Hei"),url(/console/font/sans.ttf) format("truetype")}
*{box-sizing:border-box}body{margin:0;font:14px/1.6 "SG Sans",sans-serif;color:#1f2933;background:#f4f6f8}
.skip{position:absolute;left:-9999px;top:0;background:#fff;color:#1f2933;padding:8px 12px;z-index:10}\
.skip:focus{left:8px;top:8px}
:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
header{background:#9b1c1c;color:#fff;padding:0 24px;display:flex;align-items:center;gap:16px;min-height:48px;\
flex-wrap:wrap}
header .brand{font-size:17px;margin:0;white-space:nowrap;font-weight:600}
header nav{flex:1}
header nav{display:flex;gap:4px;flex-wrap:wrap;align-items:center}
header nav a{color:#fde8e8;text-decoration:none;padding:4px 10px;border-radius:4px;white-space:nowrap}\
header nav a.on,header nav a:hover{background:#7f1515;color:#fff}
header .me{font-size:13px;white-space:nowrap}header form{display:inline}
main{max-width:1280px;margin:0 auto;padding:16px 24px}
h1{font-size:18px;margin:8px 0 12px}h2{font-size:15px;margin:16px 0 8px}
.scroll{overflow-x:auto;max-width:100%;margin-bottom:12px}
table{width:100%;border-collapse:collapse;background:#fff}\
th,td{border:1px solid #d9e2ec;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef2f6;font-weight:600;white-space:nowrap}th a{color:inherit}td.num{text-align:right}
.cards{display:flex;gap:12px;margin-bottom:12px;flex-wrap:wrap}\
.card{background:#fff;border:1px solid #d9e2ec;border-radius:6px;padding:8px 14px;min-width:120px;text-decoration:none;\
color:inherit}
.card b{display:block;font-size:22px}.card.on{border-color:#9b1c1c;box-shadow:0 0 0 1px #9b1c1c}
.warn{color:#b42318;font-weight:600}.ok{color:#067647}.muted{color:#5b6673}
.box{background:#fff;border:1px solid #d9e2ec;border-radius:6px;padding:12px 16px;margin-bottom:12px}
.flash{background:#ecfdf3;border:1px solid #abefc6;padding:8px 12px;border-radius:6px;margin-bottom:12px}
.error{background:#fef3f2;border:1px solid #fecdca;padding:8px 12px;border-radius:6px;margin-bottom:12px}
.field-error{color:#b42318;display:block;font-size:13px}\
[aria-invalid=true]{border-color:#b42318;box-shadow:0 0 0 1px #b42318}
button,.button{background:#9b1c1c;color:#fff;border:0;border-radius:4px;padding:6px 14px;font:inherit;cursor:pointer;\
text-decoration:none;display:inline-block}
button.secondary,.button.secondary{background:#475467}\
input,textarea,select{font:inherit;padding:5px 8px;border:1px solid #8a99a8;border-radius:4px;max-width:100%}
textarea{width:100%;min-height:60px}form.inline{display:inline}label{display:block;margin:6px 0}
.bulk{margin-bottom:8px}.filters{display:flex;flex-wrap:wrap;gap:8px 12px;align-items:flex-end}\
.filters label{margin:0;font-size:13px;min-width:0;max-width:100%}.filters select{width:100%}\
.filters label>*{display:block}
.pages{display:flex;flex-wrap:wrap;gap:4px;align-items:center;margin:8px 0}\
.pages a,.pages span{padding:2px 8px;border:1px solid #d9e2ec;border-radius:4px;background:#fff;text-decoration:none}\
.pages .on{background:#9b1c1c;color:#fff}
.bars{width:100%}.bars td:first-child{width:30%}\
.bar{background:#4a6fa5;height:14px;display:inline-block;vertical-align:middle;max-width:calc(100% - 5em)}
dl{display:grid;grid-template-columns:10em 1fr;gap:4px 12px;margin:0}dt{color:#5b6673}dd{margin:0}
.login{max-width:380px;margin:60px auto}.login input{width:100%}
.status{font-size:20px}
@media (max-width:720px){
header{padding:6px 12px;gap:4px 8px}header nav{flex-basis:100%;order:3;gap:2px;margin:0 -6px 4px}
header nav a{padding:6px 7px;font-size:13px;line-height:1.4;min-height:32px}
header .me{white-space:normal;flex:1;font-size:12px}main{padding:12px}
table.cards-on-phone thead{display:none}\
table.cards-on-phone tr{display:block;border:1px solid #d9e2ec;margin-bottom:8px;background:#fff}
table.cards-on-phone td{display:block;border:0;border-bottom:1px solid #eef2f6}\
table.cards-on-phone td[data-label]::before{content:attr(data-label) "：";color:#5b6673}
dl{grid-template-columns:1fr}dt{font-weight:600}.login{margin:24px auto}
}
@media print{
header,.skip,.filters,.pages,form,button,.noprint{display:none!important}body{background:#fff;font-size:12px}
main{max-width:none;padding:0}.box{border:0;padding:0}a{color:inherit;text-decoration:none}.scroll{overflow:visible}
}
`;

const NAV: [string, string, (u: StaffUser) => boolean][] = [
  ['/console', '待办', () => true],
  ['/console/notices', '通知', () => true],
  ['/console/counterparts', '相对人查询', () => true],
  ['/console/catalogue', '事项目录', () => true],
  ['/console/documents', '文书', () => true],
  ['/console/reports/monthly', '月度通报', () => true],
  ['/console/deliveries', '投递监控', (u) => u.role === 'bureau-admin'],
  ['/console/adapters', '适配器', (u) => u.role === 'bureau-admin'],
  ['/console/accounts', '账号', (u) => u.role === 'bureau-admin'],
  ['/console/notices/channels', '通知渠道', (u) => u.role === 'bureau-admin'],
  ['/console/audit', '操作日志', (u) => u.role === 'bureau-admin' || u.role === 'reform-office'],
  ['/console/password', '修改密码', () => true],
  ['/console/help', '帮助', () => true],
];

export function page(o: {
  title: string;
  user?: StaffUser & { departmentName: string };
  csrf?: string;
  path?: string;
  body: Html;
  /** Warnings every page shows its reader, e.g. next year's holiday schedule not loaded (administrators). */
  banner?: string[];
}): string {
  const u = o.user;
  return html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">\
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${o.title} · 审管联动枢纽</title><link rel="stylesheet" href="/console/console.css"></head><body>
<a class="skip" href="#main">跳到正文</a>
<header><span class="brand">审管联动枢纽</span>${
    u
      ? html`<nav aria-label="主菜单">${NAV.filter(([, , show]) => show(u)).map(
          ([href, label]) =>
            html`<a href="${href}" class="${o.path === href ? 'on' : ''}"\
${o.path === href ? html` aria-current="page"` : ''}>${label}</a>`,
        )}</nav>
<span class="me">${u.departmentName} · ${u.displayName}（${STAFF_ROLE_ZH[u.role]}）</span>
<form method="post" action="/console/logout"><input type="hidden" name="_csrf" value="${o.csrf ?? ''}">\
<button class="secondary" type="submit">退出</button></form>`
      : ''
  }</header>
<main id="main" tabindex="-1">${(o.banner ?? []).map((b) => html`<div class="error" role="alert">${b}</div>`)}\
${o.body}</main></body></html>`.value;
}

/** The hidden CSRF field every form carries. */
export const csrfField = (token: string) => html`<input type="hidden" name="_csrf" value="${token}">`;

/** A field's error, in Chinese, right under it; the control points at it with aria-describedby. */
export function fieldError(errors: Record<string, string> | undefined, name: string): Html {
  const e = errors?.[name];
  return e ? html`<span class="field-error" id="err-${name}" role="alert">${e}</span>` : html``;
}
/** Attributes that mark a control invalid and tie it to its error message. */
export const invalidAttrs = (errors: Record<string, string> | undefined, name: string): Html =>
  errors?.[name] ? html` aria-invalid="true" aria-describedby="err-${name}"` : html``;
