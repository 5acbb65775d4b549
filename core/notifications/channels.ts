import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { getDepartment } from '../departments/department-store.ts';
import type { HubContext } from '../hub-context.ts';
import { ROBOTS } from './robots.ts';

export const CHANNELS = ['email', ...ROBOTS] as const;
export type ChannelKind = (typeof CHANNELS)[number];
export const CHANNEL_ZH: Record<ChannelKind, string> = {
  email: '电子邮件',
  dingtalk: '钉钉群机器人',
  wecom: '企业微信群机器人',
  feishu: '飞书群机器人',
};

/** Checks a channel's address; returns the Chinese error per field, empty when it is fine. */
export function channelErrors(channel: string, target: string): Record<string, string> {
  if (!(CHANNELS as readonly string[]).includes(channel)) return { channel: '请选择通知方式。' };
  if (channel === 'email')
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(target) ? {} : { target: '请填写有效的电子邮件地址。' };
  try {
    const u = new URL(target);
    return ['http:', 'https:'].includes(u.protocol) ? {} : { target: 'Webhook 地址须以 https:// 开头。' };
  } catch {
    return { target: '请填写群机器人的 Webhook 地址。' };
  }
}

/** Adds an address a department is told at; audited. The robot's signing secret is stored with it. */
export async function addNotificationChannel(
  ctx: HubContext,
  c: { department: string; channel: ChannelKind; target: string; secret?: string },
  actor: Actor,
) {
  await getDepartment(ctx.db, c.department);
  const at = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    await tx
      .insertInto('notification_channels')
      .values({
        department: c.department,
        channel: c.channel,
        target: c.target,
        secret: c.secret || null,
        created_at: at,
        created_by: actor.id,
      })
      .onConflict((oc) => oc.columns(['department', 'channel', 'target']).doUpdateSet({ secret: c.secret || null }))
      .execute();
    await recordAudit(tx, {
      actor,
      at,
      action: 'notification-channel.added',
      entityType: 'notification-channel',
      entityId: `${c.department}:${c.channel}`,
      department: c.department,
      after: { channel: c.channel, target: c.channel === 'email' ? c.target : new URL(c.target).host },
    });
  });
}
