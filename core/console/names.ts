import { listEntries } from '../catalogue/catalogue-store.ts';
import { departmentNames } from '../documents/document-sources.ts';
import type { HubContext } from '../hub-context.ts';
import { officeTimeWords } from './office-hours.ts';

/** What the hub's own jobs are called on screen, instead of `system:…`. */
const SYSTEM_ZH: Record<string, string> = {
  'system:deadline-sweep': '系统（到期自动处理）',
  'system:delivery': '系统（投递）',
  'system:demo-seed': '系统（演示数据）',
  'system:documents': '系统（文书出具）',
  'system:hub': '系统',
  'system:push-is-claim': '系统（推送即认领）',
  'system:scheduler': '系统（定时任务）',
};

/** Names a page shows instead of codes: departments, matters, people and department systems. */
export interface Words {
  dept: (code: string | null | undefined) => string;
  matter: (code: string | null | undefined) => string;
  actor: (id: string | null | undefined) => string;
  /** Office time left, as days and hours. */
  left: (hours: number) => string;
  now: Date;
  departments: Record<string, string>;
  matters: Record<string, string>;
}

export async function loadWords(ctx: HubContext): Promise<Words> {
  const [departments, entries, users, keys] = await Promise.all([
    departmentNames(ctx.db),
    listEntries(ctx, 'matter'),
    ctx.db.selectFrom('users').select(['username', 'display_name', 'department']).execute(),
    ctx.db.selectFrom('api_keys').select(['id', 'department_code', 'label']).execute(),
  ]);
  const matters = Object.fromEntries(entries.map((e) => [e.code, e.data?.name ?? e.code]));
  const dept = (code: string | null | undefined) => (code ? (departments[code] ?? code) : '—');
  const people = new Map(users.map((u) => [`user:${u.username}`, `${u.display_name}（${dept(u.department)}）`]));
  const systems = new Map(keys.map((k) => [`key:${k.id}`, `${dept(k.department_code)}业务系统`]));
  return {
    dept,
    matter: (code) => (code ? (matters[code] ?? code) : '—'),
    actor: (id) => {
      if (!id) return '—';
      if (people.has(id)) return people.get(id)!;
      if (systems.has(id)) return systems.get(id)!;
      if (SYSTEM_ZH[id]) return SYSTEM_ZH[id];
      if (id.startsWith('cli:')) return '系统管理员（命令行）';
      if (id.startsWith('user:')) return id.slice(5);
      return id.startsWith('key:') ? '部门业务系统' : id.startsWith('system:') ? '系统' : id;
    },
    left: (h) => officeTimeWords(ctx, h),
    now: ctx.clock.now(),
    departments,
    matters,
  };
}
