import { createHmac } from 'node:crypto';

/** The group robots Chinese offices use, each with its own custom-robot message format and signing. */
export const ROBOTS = ['dingtalk', 'wecom', 'feishu'] as const;
export type RobotKind = (typeof ROBOTS)[number];

/**
 * The request a text message to a robot is sent as. 钉钉 signs `timestamp\nsecret` with the secret as
 * the HMAC-SHA256 key and appends timestamp and sign to the URL; 飞书 uses `timestamp\nsecret` as the
 * key of an HMAC over an empty message and puts both in the body; 企业微信 has no signing (its key is
 * part of the webhook URL).
 */
export function robotRequest(
  kind: RobotKind,
  url: string,
  secret: string | null,
  text: string,
  now: Date,
): { url: string; body: Record<string, unknown> } {
  switch (kind) {
    case 'dingtalk': {
      const body = { msgtype: 'text', text: { content: text } };
      if (!secret) return { url, body };
      const timestamp = now.getTime();
      const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
      const sep = url.includes('?') ? '&' : '?';
      return { url: `${url}${sep}timestamp=${timestamp}&sign=${encodeURIComponent(sign)}`, body };
    }
    case 'feishu': {
      const body: Record<string, unknown> = { msg_type: 'text', content: { text } };
      if (!secret) return { url, body };
      const timestamp = Math.floor(now.getTime() / 1000);
      const sign = createHmac('sha256', `${timestamp}\n${secret}`).update('').digest('base64');
      return { url, body: { timestamp: String(timestamp), sign, ...body } };
    }
    case 'wecom':
      return { url, body: { msgtype: 'text', text: { content: text } } };
  }
}

/** Robots answer HTTP 200 with an error code in the body: errcode (钉钉, 企业微信) or code (飞书), 0 when accepted. */
export function robotAccepted(status: number, body: unknown): boolean {
  if (status < 200 || status >= 300) return false;
  const b = (body ?? {}) as { errcode?: number; code?: number; StatusCode?: number };
  return (b.errcode ?? b.code ?? b.StatusCode ?? 0) === 0;
}
