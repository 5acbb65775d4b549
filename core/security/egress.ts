import http from 'node:http';
import https from 'node:https';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { existsSync, realpathSync } from 'node:fs';
import ipaddr from 'ipaddr.js';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { HubError } from '../errors/hub-error.ts';

/**
 * Where the hub may send a department's messages. A department's own key chooses its endpoint, so the
 * hub must not become a way into its own machine or network: file-drop folders stay inside that
 * department's exchange folder, and webhooks go out over https (or http to allow-listed hosts) and never
 * to loopback, link-local, private or reserved addresses unless allow-listed — checked again on the
 * address actually connected to, so a DNS name resolving to 127.0.0.1 is refused at send time too.
 */
export interface EgressGuard {
  dataDir: string;
  egressAllowList: readonly string[];
}

/** The only folder a department's file-drop endpoint may write into. */
function exchangeRoot(guard: Pick<EgressGuard, 'dataDir'>, department: string): string {
  return join(guard.dataDir, 'exchange', department);
}

/** Follows symbolic links of the part of `path` that exists, so a link cannot lead out of the folder. */
function realish(path: string): string {
  let existing = path;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = resolve(existing, '..');
    if (parent === existing) break;
    rest.unshift(existing.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
    existing = parent;
  }
  return join(realpathSync(existing), ...rest);
}

/**
 * Resolves a department's file-drop folder: default `<exchange>/outbox`, a relative path inside its
 * exchange folder, or an absolute path that lies there; anything else is refused.
 */
export function confineFileDrop(guard: Pick<EgressGuard, 'dataDir'>, department: string, url: string | null): string {
  const root = exchangeRoot(guard, department);
  const wanted = resolve(root, url ?? 'outbox');
  const inside = (p: string, r: string) => {
    const rel = relative(r, p);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  const ok = inside(wanted, root) && (!existsSync(root) || inside(realish(wanted), realpathSync(root)));
  if (!ok || /[\0]/.test(wanted)) throw new HubError('ENDPOINT_PATH_REFUSED', { root, path: url ?? '' });
  return wanted;
}

export function allowListed(guard: EgressGuard, host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return guard.egressAllowList.some((entry) => {
    if (entry === h) return true;
    if (!ipaddr.isValid(h)) return false;
    try {
      const addr = ipaddr.process(h);
      if (entry.includes('/')) {
        const [range, bits] = ipaddr.parseCIDR(entry);
        return addr.kind() === range.kind() && addr.match([range, bits]);
      }
      return ipaddr.isValid(entry) && ipaddr.process(entry).toString() === addr.toString();
    } catch {
      return false;
    }
  });
}

/** The allow-list's addresses and ranges, as request-filtering-agent takes them. */
function allowedAddresses(guard: EgressGuard): string[] {
  return guard.egressAllowList.filter((e) => ipaddr.isValid(e) || (e.includes('/') && ipaddr.isValidCIDR(e)));
}

function refuse(en: string, zh: string): never {
  throw new HubError('ENDPOINT_URL_REFUSED', { reason: zh }, { details: [{ pointer: '/url', zh, en }] });
}

/** Checks a webhook URL when it is set: scheme, and an address literal's range. Names are checked when sending. */
export function checkWebhookUrl(guard: EgressGuard, raw: string | null | undefined): URL {
  if (!raw) refuse('a webhook endpoint needs a URL', 'webhook 端点须提供地址');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    refuse(`not a URL: ${raw}`, `不是有效的网址：${raw}`);
  }
  if (url.username || url.password) refuse('credentials in the URL are not accepted', '网址中不得包含用户名或密码');
  const listed = allowListed(guard, url.hostname);
  if (url.protocol === 'http:' && !listed)
    refuse(
      `plain http only to allow-listed hosts (SHENGUAN_EGRESS_ALLOW); ${url.hostname} is not one`,
      `仅允许向白名单主机使用 http，${url.hostname} 不在白名单中，请使用 https`,
    );
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    refuse(`scheme ${url.protocol} is not accepted`, `不接受 ${url.protocol} 协议`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!listed && ipaddr.isValid(host)) {
    const range = ipaddr.process(host).range();
    if (range !== 'unicast')
      refuse(
        `${host} is a ${range} address; only allow-listed internal addresses may be called`,
        `${host} 属于内部或保留地址（${range}），未列入白名单`,
      );
  }
  return url;
}

export interface GuardedResponse {
  status: number;
  text: string;
}

/**
 * POSTs through an agent that checks the address each connection actually goes to (request-filtering-agent,
 * over ipaddr.js ranges), so DNS names that resolve — or later re-resolve — to internal addresses are refused.
 */
export function postGuarded(
  guard: EgressGuard,
  raw: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs = 15_000,
): Promise<GuardedResponse> {
  const url = checkWebhookUrl(guard, raw);
  const listedName = allowListed(guard, url.hostname);
  const options = {
    allowPrivateIPAddress: listedName,
    allowIPAddressList: allowedAddresses(guard),
    keepAlive: false,
  };
  const isHttps = url.protocol === 'https:';
  const agent = isHttps ? new RequestFilteringHttpsAgent(options) : new RequestFilteringHttpAgent(options);
  const request = isHttps ? https.request : http.request;
  return new Promise((resolvePromise, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          if (text.length < 2000) text += c;
        });
        res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer from ${url.host} within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.on('close', () => agent.destroy());
    req.end(body);
  });
}
