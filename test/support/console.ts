import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { addUser, type StaffRole } from '../../core/accounts/users.ts';
import { cliActor } from '../../core/audit/actor.ts';
import { startDemo } from './demo.ts';
import type { TestHub } from './test-hub.ts';

export const PASSWORD = 'correct-horse-battery';

/** Adds a console account with the test password, and the e-mail address notifications go to when given. */
export async function addStaff(hub: TestHub, username: string, department: string, role: StaffRole, email?: string) {
  const user = await addUser(
    hub.ctx,
    { username, displayName: `测试${username}`, department, role, password: PASSWORD },
    cliActor(),
  );
  if (email) await hub.ctx.db.updateTable('users').set({ email }).where('username', '=', username).execute();
  return user;
}

/** The demo county with console accounts: staff of 市场监管局 and 人社局, and the bureau's administrator. */
export async function startDemoWithStaff(now = '2026-06-10T10:00:00+08:00') {
  const demo = await startDemo({ now });
  await addStaff(demo.hub, 'wangfang', 'scjg', 'department-staff');
  await addStaff(demo.hub, 'chengang', 'rsj', 'department-staff');
  await addStaff(demo.hub, 'zhangming', 'bureau', 'bureau-admin');
  return demo;
}

/** A browser-like client over inject: keeps cookies, reads the CSRF field of the last page it saw. */
export class ConsoleClient {
  private cookies = new Map<string, string>();
  csrf = '';
  constructor(private readonly app: FastifyInstance) {}

  private remember(res: LightMyRequestResponse) {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() <= Date.now()))
        this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1];
    if (token) this.csrf = token;
    return res;
  }

  private get cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string) {
    return this.remember(await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader } }));
  }

  async post(url: string, form: Record<string, string | string[]> = {}, opts: { csrf?: string | null } = {}) {
    const token = opts.csrf === undefined ? this.csrf : opts.csrf;
    const params = new URLSearchParams(token === null ? {} : { _csrf: token });
    for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) params.append(k, x);
    const body = params.toString();
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        payload: body,
        headers: { cookie: this.cookieHeader, 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
  }

  async signIn(username: string, password = PASSWORD) {
    await this.get('/console/login');
    return this.post('/console/login', { username, password, next: '/console' });
  }
}
