import { sql } from 'kysely';
import { shanghaiDate, startOfShanghaiDay } from '../calendar/china-time.ts';
import { listEntries } from '../catalogue/catalogue-store.ts';
import { addOfficeHours, DEFAULT_OFFICE_HOURS } from '../console/office-hours.ts';
import { deadlineZh } from '../console/format.ts';
import { ownDeliveryBeside } from '../console/list-parts.ts';
import type { HubContext } from '../hub-context.ts';
import { ROBOTS, robotAccepted, robotRequest, type RobotKind } from './robots.ts';

/** How a notifier reaches the outside: e-mail and HTTP, injected so tests use local fake receivers. */
export interface Senders {
  email?: (to: string, subject: string, text: string) => Promise<void>;
  post: (url: string, body: unknown) => Promise<{ status: number; body: unknown }>;
}

export interface NotifyOptions {
  /** Items due within this many office hours are announced as near their deadline (e.g. 4). */
  nearOfficeHours: number;
  /** New items older than this are not announced any more (a hub started after a long pause stays quiet). */
  newWithinHours?: number;
  /** Where staff open an item, e.g. https://hub.example.gov.cn; links are left out without it. */
  publicUrl?: string;
}

/** Attempts per message before it is left as failed (each one recorded on the row). */
const MAX_ATTEMPTS = 5;
const BATCH = 200;

type Kind = 'new' | 'near';
const KIND_ZH: Record<Kind, string> = { new: '新推送待认领', near: '临近认领期限' };

/** Inside office hours of a working day: e-mail and robots speak only then; in-app notices wait for no one. */
function withinOfficeHours(ctx: HubContext, at: Date): boolean {
  const day = shanghaiDate(at);
  if (!ctx.calendar.current.classify(day).working) return false;
  const offset = at.getTime() - startOfShanghaiDay(day).getTime();
  return (ctx.profile.officeHours ?? DEFAULT_OFFICE_HOURS).some((s) => {
    const [a, b] = s.split('-').map((hm) => (Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5))) * 60_000);
    return offset >= a! && offset < b!;
  });
}

/**
 * One run: finds pending items that are new or near their deadline and not yet announced, records a
 * notification per recipient (in-app for every active account of the department that acts on it —
 * the forwarder for a forwarded item —, e-mail for accounts with an address and the department's
 * addresses, one per group robot), then sends what is queued unless it is quiet time.
 */
export async function runNotifications(ctx: HubContext, senders: Senders, opts: NotifyOptions) {
  const planned = await plan(ctx, opts);
  const sent = withinOfficeHours(ctx, ctx.clock.now()) ? await sendQueued(ctx, senders) : { sent: 0, failed: 0 };
  return { planned, ...sent };
}

async function plan(ctx: HubContext, opts: NotifyOptions): Promise<number> {
  const now = ctx.clock.now();
  const newSince = new Date(now.getTime() - (opts.newWithinHours ?? 72) * 3_600_000);
  const nearBy = addOfficeHours(ctx, now, opts.nearOfficeHours);
  const candidates = await ctx.db
    .selectFrom('deliveries as d')
    .leftJoin('approvals as a', (j) => j.onRef('a.id', '=', 'd.subject_id').on('d.subject_type', '=', 'approval'))
    .select([
      'd.id',
      'd.recipient',
      'd.via',
      'd.claim_due_at',
      'd.created_at',
      'd.subject_type',
      'a.counterpart_name',
      'a.matter_code',
      'a.license_document_number',
      sql<boolean>`d.claim_due_at is not null and d.claim_due_at >= ${now} and d.claim_due_at <= ${nearBy}`.as('near'),
      sql<boolean>`d.created_at >= ${newSince}`.as('fresh'),
    ])
    .where('d.claim_state', '=', 'pending')
    // A copy this department forwards beside its own delivery of the same subject is announced once, with it.
    .where((eb) => eb.or([eb('d.via', 'is', null), eb.not(ownDeliveryBeside(eb, null))]))
    // New, or near its claim deadline, and not yet announced as such.
    .where((eb) =>
      eb.or(
        (
          [
            ['new', eb('d.created_at', '>=', newSince)],
            ['near', eb.and([eb('d.claim_due_at', '>=', now), eb('d.claim_due_at', '<=', nearBy)])],
          ] as const
        ).map(([kind, due]) =>
          eb.and([
            due,
            eb.not(
              eb.exists(
                eb
                  .selectFrom('notifications as n')
                  .select('n.id')
                  .whereRef('n.delivery_id', '=', 'd.id')
                  .where('n.kind', '=', kind),
              ),
            ),
          ]),
        ),
      ),
    )
    .orderBy('d.created_at')
    .limit(BATCH)
    .execute();
  if (!candidates.length) return 0;
  const departments = [...new Set(candidates.map((c) => c.via ?? c.recipient))];
  const [users, channels, matters] = await Promise.all([
    ctx.db
      .selectFrom('users')
      .select(['username', 'department', 'email'])
      .where('disabled', '=', false)
      .where('department', 'in', departments)
      .execute(),
    ctx.db
      .selectFrom('notification_channels')
      .select(['department', 'channel', 'target'])
      .where('department', 'in', departments)
      .execute(),
    listEntries(ctx, 'matter'),
  ]);
  const matterName = new Map(matters.map((m) => [m.code, m.data?.name ?? m.code]));
  const rows = [];
  for (const c of candidates) {
    const dept = c.via ?? c.recipient;
    const kinds: Kind[] = [];
    // An item already near its deadline when it arrives is announced once, as near.
    if (c.near) kinds.push('near');
    else if (c.fresh) kinds.push('new');
    for (const kind of kinds) {
      const what = c.counterpart_name
        ? `${c.counterpart_name} ${matterName.get(c.matter_code ?? '') ?? ''} ${c.license_document_number ?? ''}`.trim()
        : '监管信息';
      const title = `【${KIND_ZH[kind]}】${what}`;
      const link = opts.publicUrl ? `\n办理：${opts.publicUrl.replace(/\/$/, '')}/console/items/${c.id}` : '';
      const body = `${title}\n认领期限：${deadlineZh(c.claim_due_at, now)}${c.via ? '（转送事项）' : ''}${link}`;
      const targets: [string, string][] = [
        ...users.filter((u) => u.department === dept).map((u) => ['app', u.username] as [string, string]),
        ...users.filter((u) => u.department === dept && u.email).map((u) => ['email', u.email!] as [string, string]),
        ...channels.filter((ch) => ch.department === dept).map((ch) => [ch.channel, ch.target] as [string, string]),
      ];
      for (const [channel, target] of targets)
        rows.push({
          delivery_id: c.id,
          kind,
          channel,
          target,
          department: dept,
          title,
          body,
          // In-app notices are shown at once; e-mail and robots wait in the queue for office hours.
          state: channel === 'app' ? 'sent' : 'queued',
          sent_at: channel === 'app' ? now : null,
          due_at: c.claim_due_at,
          created_at: now,
        });
    }
  }
  if (!rows.length) {
    // A department with no one to tell: record that, so the item is not looked at again every minute.
    for (const c of candidates)
      rows.push({
        delivery_id: c.id,
        kind: c.near ? 'near' : 'new',
        channel: 'none',
        target: c.via ?? c.recipient,
        department: c.via ?? c.recipient,
        title: '无通知对象',
        body: '该部门没有启用的账号、邮箱或群机器人。',
        state: 'skipped',
        sent_at: null,
        due_at: c.claim_due_at,
        created_at: now,
      });
  }
  const inserted = await ctx.db
    .insertInto('notifications')
    .values(rows)
    .onConflict((oc) => oc.columns(['delivery_id', 'kind', 'channel', 'target']).doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

async function sendQueued(ctx: HubContext, senders: Senders) {
  const queued = await ctx.db
    .selectFrom('notifications as n')
    .innerJoin('deliveries as d', 'd.id', 'n.delivery_id')
    .select(['n.id', 'n.channel', 'n.target', 'n.department', 'n.title', 'n.body', 'n.attempts', 'n.kind'])
    .where('n.state', '=', 'queued')
    // Claimed meanwhile: nothing to announce any more.
    .where('d.claim_state', '=', 'pending')
    .orderBy('n.id')
    .limit(BATCH)
    .execute();
  const secrets = new Map(
    (
      await ctx.db.selectFrom('notification_channels').select(['department', 'channel', 'target', 'secret']).execute()
    ).map((c) => [`${c.department}|${c.channel}|${c.target}`, c.secret]),
  );
  let sent = 0;
  let failed = 0;
  for (const n of queued) {
    const at = ctx.clock.now();
    try {
      if (n.channel === 'email') {
        if (!senders.email) throw new Error('no SMTP server configured (SHENGUAN_SMTP_URL)');
        await senders.email(n.target, n.title, n.body);
      } else if ((ROBOTS as readonly string[]).includes(n.channel)) {
        const secret = secrets.get(`${n.department}|${n.channel}|${n.target}`) ?? null;
        const req = robotRequest(n.channel as RobotKind, n.target, secret, n.body, at);
        const res = await senders.post(req.url, req.body);
        if (!robotAccepted(res.status, res.body))
          throw new Error(`robot refused: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      } else throw new Error(`unknown channel ${n.channel}`);
      await ctx.db
        .updateTable('notifications')
        .set({ state: 'sent', sent_at: at, attempts: n.attempts + 1, error: null })
        .where('id', '=', n.id)
        .execute();
      sent++;
    } catch (err) {
      const attempts = n.attempts + 1;
      await ctx.db
        .updateTable('notifications')
        .set({
          state: attempts >= MAX_ATTEMPTS ? 'failed' : 'queued',
          attempts,
          error: String((err as Error).message ?? err).slice(0, 500),
        })
        .where('id', '=', n.id)
        .execute();
      failed++;
    }
  }
  return { sent, failed };
}

/** The in-app notices of one account, newest first, and how many are unread. */
export async function noticesOf(ctx: HubContext, username: string, limit = 100) {
  const [rows, unread] = await Promise.all([
    ctx.db
      .selectFrom('notifications')
      .select(['id', 'delivery_id', 'kind', 'title', 'body', 'created_at', 'read_at'])
      .where('channel', '=', 'app')
      .where('target', '=', username)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute(),
    ctx.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('channel', '=', 'app')
      .where('target', '=', username)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, unread: Number(unread.n) };
}

export async function markNoticesRead(ctx: HubContext, username: string) {
  await ctx.db
    .updateTable('notifications')
    .set({ read_at: ctx.clock.now() })
    .where('channel', '=', 'app')
    .where('target', '=', username)
    .where('read_at', 'is', null)
    .execute();
}
